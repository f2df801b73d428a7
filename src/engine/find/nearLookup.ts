// What lies near a value in one text: a detector's near / notNear / exchangeNear requirements and the
// distance to the nearest of some words. Dense files index a pattern's matches once instead of rescanning.
import type { Requirement } from '../defineDetector';
import { globalVersion, wordsPattern } from './regexCache';

/** How far either side of a position `distanceTo` looks for words (dedupe's exchange words). */
export const WORD_DISTANCE_LIMIT = 4000;
/** Near look-ups per pattern and file done on a window slice before the file's matches are indexed once. */
const NEAR_SLICE_LOOKUPS = 4;

/** The answer for a value without requirements: shared, never written. */
const MET: { readonly ok: boolean; readonly ex?: string } = Object.freeze({ ok: true });

/** Near look-ups over one text, with per-pattern indexes built once a pattern is looked up often. */
export class NearLookup {
  /** Look-ups per near pattern, and the pattern's matches in the whole text once they are many. */
  private readonly nearUses = new Map<RegExp, number>();
  private readonly nearIndex = new Map<RegExp, RegExpExecArray[]>();

  constructor(private readonly text: string) {}

  /** True when the requirement holds for a value at [start, end). */
  meets(req: Requirement | undefined, start: number, end: number): { ok: boolean; ex?: string } {
    if (!req) return MET;
    let ex: string | undefined;
    if (req.near) {
      const m = this.around(req.near, start, end);
      if (!m) return { ok: false };
      ex = m.groups?.ex;
    }
    if (req.notNear && this.around(req.notNear, start, end)) return { ok: false };
    for (const near of req.exchangeNear ?? []) {
      if (ex) break;
      ex = this.around(near, start, end)?.groups?.ex;
    }
    return { ok: true, ex };
  }

  /**
   * The match of `pattern` in the window around a value that belongs to it: the closest one before the value,
   * else the first after it (`exchange.apiKey = …` after `ccxt.kucoin()` is KuCoin's even when `ccxt.okx()`
   * follows).
   */
  private around(near: { pattern: RegExp; before: number; after?: number }, start: number, end: number) {
    const from = Math.max(0, start - near.before);
    const to = end + (near.after ?? 0);
    const re = globalVersion(near.pattern);
    // Files dense with hits (a module of withdraw calls) would rescan the same window per hit: after a few
    // look-ups, find the pattern's matches once and pick from them.
    const uses = (this.nearUses.get(re) ?? 0) + 1;
    this.nearUses.set(re, uses);
    if (uses > NEAR_SLICE_LOOKUPS) return this.aroundIndexed(re, from, start, to);
    const slice = this.text.slice(from, to);
    let before: RegExpExecArray | null = null;
    for (const m of slice.matchAll(re)) {
      if (from + m.index >= start) return before ?? m;
      before = m;
    }
    return before;
  }

  /** `around` over the pattern's matches in the whole text: the closest in [from, start), else the first after. */
  private aroundIndexed(re: RegExp, from: number, start: number, to: number): RegExpExecArray | null {
    let all = this.nearIndex.get(re);
    if (!all) this.nearIndex.set(re, (all = [...this.text.matchAll(re)]));
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].index < start) lo = mid + 1;
      else hi = mid;
    }
    const prev = all[lo - 1];
    if (prev && prev.index >= from && prev.index + prev[0].length <= to) return prev;
    const next = all[lo];
    return next && next.index + next[0].length <= to ? next : null;
  }

  /**
   * How far before `start` the nearest of `words` occurs (case-insensitive), within `limit` characters;
   * `limit + distance after` when it only occurs after, Infinity when nowhere near.
   */
  distanceTo(words: readonly string[], start: number, limit = WORD_DISTANCE_LIMIT): number {
    const from = Math.max(0, start - limit);
    const re = wordsPattern(words);
    let best = Infinity;
    re.lastIndex = 0;
    const slice = this.text.slice(from, Math.min(this.text.length, start + limit));
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const at = from + m.index;
      if (at < start) best = start - at;
      else return best !== Infinity ? best : limit + (at - start);
    }
    return best;
  }
}
