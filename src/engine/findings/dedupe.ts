// One finding per span: where detectors claim the same value, the exchange named closest or the earlier detector wins.
import type { Finding } from '../types';
import type { WordDistance } from './stage';

export type { WordDistance } from './stage';

/** A finding with its detector's place in the list and the words that name its exchange. */
export interface Found {
  finding: Finding;
  order: number;
  words?: readonly string[];
}

/**
 * One finding per span. Where detectors of different exchanges claim the same value (a file that talks to
 * OKX and Bybit, both with 32-character secrets), the exchange named closest before it wins; otherwise the
 * more specific detector (earlier in the list).
 */
export function dedupe(found: Found[], state: WordDistance): Finding[] {
  found.sort((a, b) => a.finding.range.start - b.finding.range.start || a.order - b.order);
  const kept: Found[] = [];
  // Indexed: no iterator result per finding before the loop is optimized.
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const last = kept[kept.length - 1];
    if (last && f.finding.range.start < last.finding.range.end && f.finding.category === last.finding.category) {
      if (preferred(f, last, state)) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  return kept.map((k) => k.finding);
}

/** True when `a` should be reported instead of `b` for the same span. */
function preferred(a: Found, b: Found, state: WordDistance): boolean {
  if (a.words && b.words && a.finding.exchange !== b.finding.exchange) {
    const start = a.finding.range.start;
    const da = state.distanceTo(a.words, start);
    const db = state.distanceTo(b.words, start);
    if (da !== db) return da < db;
  }
  return a.order < b.order;
}
