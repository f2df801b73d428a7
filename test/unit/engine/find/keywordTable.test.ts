import * as assert from 'assert';
import { KeywordTable } from '../../../../src/engine/find/keywordTable';
import { ALL_DETECTORS } from '../../../../src/engine';

describe('KeywordTable', () => {
  it('finds every keyword by chunk, like indexOf would', () => {
    const keywords = ['binance', 'key', 'secret', 'pk', ':aa', '-----begin'];
    const text = ('x'.repeat(90) + 'api_key = 1\n').repeat(40) + 'binance secret pk -----begin 123:aa' + 'y'.repeat(500) + 'key';
    const table = new KeywordTable(keywords);
    const chunks = table.chunksOf(text, 256);
    for (const k of keywords) {
      const expected: number[] = [];
      for (let p = text.indexOf(k); p !== -1; p = text.indexOf(k, p + 1)) {
        const c = Math.floor(p / 256);
        if (expected[expected.length - 1] !== c) expected.push(c);
      }
      assert.deepStrictEqual(chunks[table.idOf(k)], expected, k);
    }
  });

  it('finds every detector keyword in every detector example, like indexOf would', () => {
    const keywords = [...new Set(ALL_DETECTORS.flatMap((d) => [...d.keywords, ...d.patterns.flatMap((p) => [...(p.keywords ?? []), ...(p.requires?.fileContains ?? [])])]))];
    const text = ALL_DETECTORS.flatMap((d) => [...d.examples.positive, ...d.examples.negative]).map((e) => (typeof e === 'string' ? e : e.text)).join('\n').toLowerCase();
    const table = new KeywordTable(keywords);
    for (const chunk of [64, 256]) {
      const chunks = table.chunksOf(text, chunk);
      for (const k of keywords) {
        const expected: number[] = [];
        for (let p = text.indexOf(k); p !== -1; p = text.indexOf(k, p + 1)) {
          const c = Math.floor(p / chunk);
          if (expected[expected.length - 1] !== c) expected.push(c);
        }
        assert.deepStrictEqual(chunks[table.idOf(k)], expected, k);
      }
    }
  });

  it('ignores ASCII case, and reports offsets in the text itself', () => {
    const keywords = ['binance', 'key', 'apikey', 'pk'];
    const table = new KeywordTable(keywords);
    // İ lowercases to two characters: a search in a lowercase copy would shift every offset after it.
    const text = `${'İ'.repeat(70)} BINANCE_API_KEY = x; apiKey: y; Pk`;
    const chunks = table.chunksOf(text, 16);
    for (const k of keywords) {
      const expected: number[] = [];
      const re = new RegExp(k, 'gi');
      for (let m = re.exec(text); m; re.lastIndex = m.index + 1, m = re.exec(text)) {
        const c = Math.floor(m.index / 16);
        if (expected[expected.length - 1] !== c) expected.push(c);
      }
      assert.ok(expected.length > 0, k);
      assert.deepStrictEqual(chunks[table.idOf(k)], expected, k);
    }
  });

  it('rejects one-character keywords and unknown lookups', () => {
    assert.throws(() => new KeywordTable(['a']));
    assert.throws(() => new KeywordTable(['ab']).idOf('cd'));
    assert.throws(() => new KeywordTable(['Binance']));
  });
});
