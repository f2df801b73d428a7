import * as assert from 'assert';
import fc from 'fast-check';
import { ALL_DETECTORS } from '../../../../src/engine';
import { CharCursor, needCursor, windowHolds } from '../../../../src/engine/find/needs';

describe('find/needs', () => {
  it('windowHolds answers as a search of each window would, over ascending windows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'ab', 'Ab', 'ba', '\n', '/', 'post', 'POST', 'Po'), { maxLength: 60 }).map((p) => p.join('')),
        fc.uniqueArray(fc.constantFrom('ab', 'Ab', 'post', 'Post', 'ost', 'zz', '/', '\n'), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(20), fc.nat(20)), { maxLength: 12 }),
        (text, literals, steps) => {
          const words = literals.filter((w) => w.length > 1);
          // Every occurrence in any case, as the keyword search reports a word.
          const lower = text.toLowerCase();
          const hits = words.map((w) => [...lower.matchAll(new RegExp(`(?=${w.toLowerCase()})`, 'g'))].map((m) => m.index!));
          const needs = { hits, words, chars: literals.filter((w) => w.length === 1) };
          const cursor = needCursor(needs);
          let at = 0;
          for (const [gap, len] of steps) {
            const start = at + gap;
            const end = start + len;
            at = end;
            const slice = text.slice(start, end);
            assert.strictEqual(windowHolds(text, needs, cursor, start, end), literals.some((w) => slice.includes(w)), `${JSON.stringify(text)} [${start}, ${end})`);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('CharCursor.next answers as indexOf would, whatever the order of the questions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', '(', '"', '=', '\n', 'xyz'), { maxLength: 80 }).map((p) => p.join('')),
        fc.array(fc.tuple(fc.constantFrom('(', '"', '=', '`'), fc.nat(90)), { maxLength: 30 }),
        (text, questions) => {
          const chars = new CharCursor(text);
          for (const [ch, start] of questions) assert.strictEqual(chars.next(ch.charCodeAt(0), start), text.indexOf(ch, start), `${JSON.stringify(text)} ${ch} from ${start}`);
        },
      ),
      { numRuns: 3000 },
    );
  });

  // The claim `needs` makes: a window (here every run of whole lines of each example) in which the regex matches holds
  // one of the literals. Examples are where the shapes are spelled out; a wrong list drops one of them.
  for (const d of ALL_DETECTORS) {
    d.patterns.forEach((p, i) => {
      const needs = p.needs;
      if (!needs) return;
      it(`${d.id} pattern ${i}: every window its regex matches in holds one of its needed literals`, () => {
        const texts = [...d.examples.positive, ...d.examples.negative].map((e) => (typeof e === 'string' ? e : e.text).replace(/[⟦⟧]/g, ''));
        for (const text of texts) {
          const starts = [0];
          for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
          starts.push(text.length + 1);
          for (let a = 0; a < starts.length - 1; a++) {
            for (let b = a + 1; b < starts.length; b++) {
              const slice = text.slice(starts[a], starts[b] - 1);
              p.re.lastIndex = 0;
              if (!p.re.exec(slice)) continue;
              assert.ok(needs.some((w) => slice.includes(w)), `${JSON.stringify(slice)} matches but holds none of ${needs.join(', ')}`);
            }
          }
        }
        p.re.lastIndex = 0;
      });
    });
  }
});
