// What the incremental rescan assumes of each rule (find/reach.ts) must hold: a regex's span bounds its matches, and
// a validator that declares its reach answers the same whatever lies beyond it.
import * as assert from 'assert';
import { DETECTORS } from '../../../../src/engine';
import { regexSpan, spanChars, UNBOUNDED_SPAN } from '../../../../src/engine/find/reach';
import { fileKindOf } from '../../../../src/engine/text/fileKind';
import { parseExample } from '../../exampleParser';

/** Length of the longest line of a text. */
const longestLine = (text: string): number => Math.max(...text.split('\n').map((l) => l.length));

/** Text a validator might look for beyond its reach: list owners, public names, verbs, brackets, comments, quotes. */
const HOSTILE = [
  '\n'.repeat(8),
  ' '.repeat(8),
  'accounts = [ privateKeys: [ FORBIDDEN = frozenset({ deny = ( ',
  'tx_hash = "0x" blockHash address pubkey public ',
  "method = 'POST' requests.post( this.postPrivate( http.MethodPost ",
  'X-Amz-Credential= AWSAccessKeyId= fun def function void Client ',
  '# // " \' ` [ ( { ] ) } \\ ',
  // Not triple quotes, block comments or PEM armour: an edit of those makes the rescan read the whole text.
];
const STATE = /"""|'''|\/\*|\*\/|-----/;

describe('rule reach (find/reach.ts)', () => {
  it('bounds regex spans from their source', () => {
    const chars = (re: RegExp, longest = 100): number => spanChars(regexSpan(re), longest);
    assert.strictEqual(chars(/abc/), 3);
    assert.strictEqual(chars(/a{2,5}b?/), 6);
    assert.strictEqual(chars(/(?<=ab)c(?!de)/), 1 + 2 * 2, 'look-arounds read before the start and after the end');
    assert.strictEqual(chars(/<(?<n>[a-z]{1,8})>x<\/\k<n>>/), 2 * 8 + 6, 'a back-reference reads what its group does');
    assert.strictEqual(chars(/[ \t]*=/), 101, 'a run without line breaks stays on one line');
    assert.strictEqual(chars(/[ \t\r\n]{0,40}x/), 41);
    assert.strictEqual(chars(/\s+/), UNBOUNDED_SPAN, 'a run across lines has no bound');
    assert.strictEqual(chars(/a{,3}/), 5, 'a brace without a number is a literal');
    assert.strictEqual(chars(/[^"\n]*"/, 50), 51, 'a negated class without a line break stays on one line');
    assert.strictEqual(chars(/[^"]*"/, 50), UNBOUNDED_SPAN);
  });

  it("bounds every match of every pattern in the detectors' examples", () => {
    let matches = 0;
    for (const d of DETECTORS) {
      for (const example of [...d.examples.positive, ...d.examples.negative]) {
        const { text } = parseExample(example);
        for (const p of d.patterns) {
          const bound = spanChars(regexSpan(p.re), longestLine(text));
          p.re.lastIndex = 0;
          for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
            matches++;
            assert.ok(m[0].length <= bound, `${d.id}: ${m[0].length} > ${bound} for ${p.re.source.slice(0, 80)}`);
            if (m[0].length === 0) p.re.lastIndex++;
          }
        }
      }
    }
    assert.ok(matches > 500, `matches: ${matches}`);
  });

  it('a validator that declares its reach answers the same whatever lies beyond it', () => {
    let checked = 0;
    for (const d of DETECTORS) {
      for (const example of [...d.examples.positive, ...d.examples.negative]) {
        const parsed = parseExample(example);
        const path = parsed.path ?? 'bot.py';
        const kind = fileKindOf(path);
        // The example between a kilobyte of plain lines each side: reaches of a few hundred characters end in them.
        const pad = 'x = 1\n'.repeat(170);
        const text = pad + parsed.text + '\n' + pad;
        for (const p of d.patterns) {
          const declared = [...(d.validate ?? []), ...(p.validate ?? [])].filter((v) => v.reach && v.test.length >= 2);
          if (declared.length === 0) continue;
          p.re.lastIndex = 0;
          for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
            if (m[0].length === 0) p.re.lastIndex++;
            const span = m.indices?.groups?.[p.valueGroup ?? 'v'] ?? m.indices?.groups?.name ?? m.indices?.[0];
            if (!span) continue;
            const [start, end] = span;
            const value = text.slice(start, end);
            for (const v of declared) {
              // Kept: the value's lines with the breaks that bound them, and the declared reach.
              const lo = Math.max(0, Math.min(text.lastIndexOf('\n', start - 1), start - v.reach!.before));
              const lineEnd = text.indexOf('\n', end);
              const hi = Math.min(text.length, Math.max(lineEnd === -1 ? text.length : lineEnd + 1, end + v.reach!.after));
              // Triple quotes, block comments and PEM armour are the rescan's own cases (it reads the whole text).
              if (STATE.test(text.slice(0, lo)) || STATE.test(text.slice(hi))) continue;
              const want = v.test(value, { text, start, end, path, kind });
              for (const filler of HOSTILE) {
                const fill = (n: number): string => filler.repeat(Math.ceil(n / filler.length) + 1).slice(0, Math.max(0, n));
                const other = fill(lo) + text.slice(lo, hi) + fill(text.length - hi);
                assert.strictEqual(v.test(value, { text: other, start, end, path, kind }), want, `${d.id} ${v.name} at ${start} with ${JSON.stringify(filler.slice(0, 20))}`);
                checked++;
              }
            }
          }
        }
      }
    }
    assert.ok(checked > 100, `checked: ${checked}`);
  });
});
