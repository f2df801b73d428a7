import * as assert from 'assert';
import { DETECTORS } from '../../../../src/engine';
import { kindPlan, planFor } from '../../../../src/engine/find/scanPlan';
import { DEFAULT_MAX_WINDOW, ScanState } from '../../../../src/engine/find/scanState';
import type { FileKind } from '../../../../src/engine/types';

const plan = planFor(DETECTORS);

/**
 * The patterns a scan visits, by brute force: those that run on the kind and either have no keyword, or have one the
 * text holds and their file words (if any) too. Ascending.
 */
function expected(text: string, kind: FileKind): number[] {
  const lower = text.toLowerCase();
  const keywords = plan.table as unknown as { list: string[] };
  const holds = (ids: readonly number[]) => ids.some((id) => lower.includes(keywords.list[id]));
  const out: number[] = [];
  plan.flat.forEach(({ pp, detector }, i) => {
    if ((detector.files && !detector.files.includes(kind)) || (pp.spec.files && !pp.spec.files.includes(kind))) return;
    if (pp.keywordIds.length === 0 || (holds(pp.keywordIds) && (!pp.fileIds || holds(pp.fileIds)))) out.push(i);
  });
  return out;
}

const TEXTS = [
  '',
  'def f(a, b):\n    return a + b\n',
  'api_key = os.environ["BINANCE_API_KEY"]\nprint(api_key)\n',
  'import ccxt\nexchange = ccxt.bybit({"apiKey": KEY, "secret": SECRET})\nexchange.withdraw("USDT", 10, addr)\n',
  ...DETECTORS.flatMap((d) => d.examples.positive.slice(0, 1)).map((e) => (typeof e === 'string' ? e : e.text)).filter((t) => /^[\x00-\x7f]*$/.test(t)),
];

describe('ScanState.gatedPatterns', () => {
  for (const kind of ['python', 'javascript', 'env'] as FileKind[]) {
    it(`visits exactly the patterns whose keywords and file words the text holds, ascending (${kind})`, () => {
      for (const text of TEXTS) {
        const state = new ScanState(text, 'x', kind, DEFAULT_MAX_WINDOW, plan);
        assert.deepStrictEqual(Array.from(state.gatedPatterns()), expected(text, kind), JSON.stringify(text.slice(0, 80)));
        // The kind plan's marks are shared by every scan: each leaves them clear.
        assert.ok(kindPlan(plan, kind).marks.every((m) => m === 0));
      }
    });
  }
});
