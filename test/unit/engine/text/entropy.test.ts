// Entropy terms come from a table for short values: the result must be the same number the direct sum gives.
import * as assert from 'assert';
import { shannonEntropy } from '../../../../src/engine/text/entropy';
import { Rng } from '../../../../bench/random';

/** The entropy as the plain formula computes it, in the same order (first occurrence of each character). */
function direct(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

describe('shannonEntropy', () => {
  it('equals the direct sum bit for bit, for short and long values of narrow and wide alphabets', () => {
    const r = new Rng(7);
    for (let len = 0; len <= 300; len++) {
      for (const value of [r.alnum(len), r.hex(len), 'ab'.repeat(len).slice(0, len), r.base64(len)]) {
        assert.strictEqual(shannonEntropy(value), direct(value), value);
      }
    }
  });
});
