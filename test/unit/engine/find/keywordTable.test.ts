import * as assert from 'assert';
import { KeywordTable } from '../../../../src/engine/find/keywordTable';
import { ALL_DETECTORS } from '../../../../src/engine';

/** Whether `k` repeats a period of at most half its length (`aaaa`, `abab`). */
function periodic(k: string): boolean {
  for (let p = 1; p * 2 <= k.length; p++) if (k.slice(p) === k.slice(0, k.length - p)) return true;
  return false;
}

/**
 * Every start offset of `k` in `text` as indexOf finds them, overlapping ones included; for a periodic
 * keyword, only those that start after the previous one kept has ended.
 */
function offsets(text: string, k: string): number[] {
  const out: number[] = [];
  const step = periodic(k) ? k.length : 1;
  for (let p = text.indexOf(k); p !== -1; p = text.indexOf(k, p + step)) out.push(p);
  return out;
}

describe('KeywordTable', () => {
  it('finds every keyword offset, like indexOf would', () => {
    const keywords = ['binance', 'key', 'secret', 'pk', ':aa', '-----begin', 'aa'];
    const text = ('x'.repeat(90) + 'api_key = 1\n').repeat(40) + 'binance secret pk -----begin 123:aaaa' + 'y'.repeat(500) + 'key';
    const table = new KeywordTable(keywords);
    const at = table.positionsOf(text);
    for (const k of keywords) assert.deepStrictEqual(Array.from(at[table.idOf(k)]), offsets(text, k), k);
  });

  it('finds every detector keyword in every detector example, like indexOf would', () => {
    const keywords = [...new Set(ALL_DETECTORS.flatMap((d) => [...d.keywords, ...d.patterns.flatMap((p) => [...(p.keywords ?? []), ...(p.requires?.fileContains ?? [])])]))];
    const text = ALL_DETECTORS.flatMap((d) => [...d.examples.positive, ...d.examples.negative]).map((e) => (typeof e === 'string' ? e : e.text)).join('\n').toLowerCase();
    const table = new KeywordTable(keywords);
    const at = table.positionsOf(text);
    for (const k of keywords) assert.deepStrictEqual(Array.from(at[table.idOf(k)]), offsets(text, k), k);
  });

  it('keeps one offset per keyword length in a run of a periodic keyword, every offset of the others', () => {
    const table = new KeywordTable(['aaaa', 'abab', 'withdraw']);
    const at = table.positionsOf(`${'a'.repeat(10)} ababab withdrawithdraw`);
    assert.deepStrictEqual(Array.from(at[table.idOf('aaaa')]), [0, 4]);
    assert.deepStrictEqual(Array.from(at[table.idOf('abab')]), [11]);
    // Not periodic (its overlap is one letter): both occurrences count.
    assert.deepStrictEqual(Array.from(at[table.idOf('withdraw')]), [18, 25]);
  });

  it('lists the keywords that occur, each once, in the order of their first occurrence', () => {
    const table = new KeywordTable(['secret', 'key', 'binance', 'aaaa']);
    const found = table.occurrencesOf('KEY = 1; secret_key = 2; aaaaaaaaa');
    assert.deepStrictEqual(found.present, [table.idOf('key'), table.idOf('secret'), table.idOf('aaaa')]);
    assert.deepStrictEqual(found.at, table.positionsOf('KEY = 1; secret_key = 2; aaaaaaaaa'));
    assert.deepStrictEqual(table.occurrencesOf('nothing here').present, []);
  });

  it('answers texts without any keyword with one shared, frozen answer that later texts leave empty', () => {
    const table = new KeywordTable(['secret', 'key']);
    const none = table.occurrencesOf('nothing here');
    assert.strictEqual(table.occurrencesOf('no hit either'), none);
    assert.ok(Object.isFrozen(none.at) && Object.isFrozen(none.present));
    assert.deepStrictEqual(table.occurrencesOf('secret').present, [table.idOf('secret')]);
    assert.deepStrictEqual(none.at.map((list) => list.length), [0, 0]);
    assert.deepStrictEqual(table.occurrencesOf('').present, []);
  });

  it('reports offsets in the whole text for a slice of it', () => {
    const table = new KeywordTable(['secret', 'key']);
    const text = 'a'.repeat(100) + 'secret_key = 1\nkey';
    const at = table.positionsOf(text.slice(90), 90);
    assert.deepStrictEqual(Array.from(at[table.idOf('secret')]), [100]);
    assert.deepStrictEqual(Array.from(at[table.idOf('key')]), [107, 115]);
    assert.strictEqual(table.lengthOf(table.idOf('secret')), 6);
  });

  it('ignores ASCII case, and reports offsets in the text itself', () => {
    const keywords = ['binance', 'key', 'apikey', 'pk'];
    const table = new KeywordTable(keywords);
    // İ lowercases to two characters: a search in a lowercase copy would shift every offset after it.
    const text = `${'İ'.repeat(70)} BINANCE_API_KEY = x; apiKey: y; Pk`;
    const at = table.positionsOf(text);
    for (const k of keywords) {
      const expected: number[] = [];
      const re = new RegExp(k, 'gi');
      for (let m = re.exec(text); m; re.lastIndex = m.index + 1, m = re.exec(text)) expected.push(m.index);
      assert.ok(expected.length > 0, k);
      assert.deepStrictEqual(Array.from(at[table.idOf(k)]), expected, k);
    }
  });

  it('rejects one-character keywords and unknown lookups', () => {
    assert.throws(() => new KeywordTable(['a']));
    assert.throws(() => new KeywordTable(['ab']).idOf('cd'));
    assert.throws(() => new KeywordTable(['Binance']));
  });

  it('counts every occurrence, overlapping ones and runs of periodic keywords included, line by line as whole', () => {
    const keywords = ['binance', 'key', 'aa', 'abab', 'secret'];
    const table = new KeywordTable(keywords);
    const lines = ['api_KEY = aaaaa', 'ababab binance', '', 'secretkeykey aa', 'BINANCE_SECRET'];
    const text = lines.join('\n');
    const every = (t: string, k: string): number => {
      let n = 0;
      for (let p = t.toLowerCase().indexOf(k); p !== -1; p = t.toLowerCase().indexOf(k, p + 1)) n++;
      return n;
    };
    assert.deepStrictEqual([...table.countsOf(text)], keywords.map((k) => every(text, k)));
    const byLine = lines.map((l) => table.countsOf(l)).reduce((a, b) => a.map((x, i) => x + b[i]));
    assert.deepStrictEqual([...byLine], [...table.countsOf(text)]);
  });
});
