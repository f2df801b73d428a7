import * as assert from 'assert';
import fc from 'fast-check';
import { ALL_DETECTORS } from '../../../../src/engine';
import { spanRegexOf } from '../../../../src/engine/find/valueSpan';

const VALUES: RegExp[] = ALL_DETECTORS.flatMap((d) => d.patterns.flatMap((p) => (p.afterAssign ? [p.afterAssign] : [])));

/** The span the `d` regex reports at `at` (its `v` group, else the whole match), and where the match ends. */
function withIndices(re: RegExp, text: string, at: number): string {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return 'none';
  const span = m.indices?.groups?.v ?? m.indices![0];
  return `${span[0]}-${span[1]} end ${re.lastIndex} ex ${m.groups?.ex}`;
}

/** The same read from the index-free regex. */
function withoutIndices(re: RegExp, text: string, at: number): string {
  const fast = spanRegexOf(re)!;
  fast.re.lastIndex = at;
  const m = fast.re.exec(text);
  if (!m) return 'none';
  const [start, end] = fast.span(m);
  return `${start}-${end} end ${fast.re.lastIndex} ex ${m.groups?.ex}`;
}

const KEY64 = 'u6WRx81a6Zx92Z04OA2t7sFSWcjxWPxBXC55IyqREMOXCh3uYIm8RNVUIIXgm3nX';
const piece = fc.constantFrom(
  '"', "'", '`', '\\"', ' ', '\t', '\n', '=', ':', ',', '(', ')', 'r"', 'b\'', '@"', '$', '[', ']', '{', '}', '0x', '-',
  KEY64, KEY64.slice(0, 40), KEY64.slice(0, 32), KEY64.slice(0, 20), KEY64.slice(0, 12), 'ab12'.repeat(16), 'bg_0123456789abcdef0123456789abcdef',
  'Tr4d1ngB0t!x', 'hunter2', 'https://x.io/a=b', 'PKA1B2C3D4E5F6G7H8J9', 'sk-proj-', 'xoxb-', 'ghp_', 'eyJhbGciOiJIUzI1NiJ9', '-----BEGIN PRIVATE KEY-----',
  'abandon ', 'zoo ', 'legal ', 'okx', 'binance',
);

describe('value spans without the d flag', () => {
  it('cover every assignment pattern', () => {
    assert.ok(VALUES.length > 50);
    for (const re of VALUES) assert.ok(spanRegexOf(re), re.source);
  });

  it('match, end and span exactly where the d regex does, at every offset (fast-check)', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }).map((a) => a.join('')), (text) => {
      for (const re of VALUES) {
        for (let at = 0; at <= text.length; at++) assert.strictEqual(withoutIndices(re, text, at), withIndices(re, text, at), `${re.source} at ${at} of ${JSON.stringify(text)}`);
      }
    }), { numRuns: 60 });
  });

  it('fall back to the d regex where the value is not a top-level step', () => {
    for (const src of ['a|(?<v>b)', '(?:x(?<v>b))', '(?<v>a)+', '(?<v>a){2}', '(a)\\1(?<v>b)', 'x']) assert.strictEqual(spanRegexOf(new RegExp(src, 'yd')), undefined, src);
    const fast = spanRegexOf(/["'](?<v>[a-z]+)(?:"|')/dy)!;
    fast.re.lastIndex = 2;
    const m = fast.re.exec('= "abc"')!;
    assert.deepStrictEqual(fast.span(m), [3, 6]);
    // An optional value group may take no part: that shape keeps the d regex.
    assert.strictEqual(spanRegexOf(/x(?<v>y)?/dy), undefined);
  });
});
