// The line windows of one keyword's occurrences, and their merge into a pattern's keyword windows.
import type { KeywordTable } from './keywordTable';
import { mergeOrder } from './mergeOrder';
import { lineStartWithin } from './regexCache';

/**
 * Windows closer than this are merged: one regex run over a longer span costs less than many short runs
 * (each run has a fixed setup cost). Patterns are linear, so merging never changes the complexity.
 */
export const MERGE_GAP = 32;
/** Keyword lists merged by one sort above this many (the assignment patterns' ~100), else head by head. */
const SORT_ABOVE = 8;

/**
 * Per occurrence of a keyword (ascending offsets `at`, keyword length `len`), the window of its own line, clipped to
 * maxWindow either side of the keyword (a 10 MB minified line is not one window): flat [first keyword, last keyword,
 * window start, window end) quadruples. One ascending pass: an occurrence on the line of the previous one reuses its
 * bounds, so the pass reads each line once; occurrences on one line whose windows join (closer than `mergeGap`) share
 * one window, whose context lines reach as far back as its first keyword's and as far ahead as its last's.
 */
export function lineWindowsOf(text: string, at: readonly number[], len: number, maxWindow: number, mergeGap: number): number[] {
  // A plain array: a typed one per keyword and file (and its subarray) cost more to allocate than to fill.
  const out: number[] = [];
  let n = 0;
  let lineStart = 0;
  let lineEnd = -1;
  for (let i = 0; i < at.length; i++) {
    const p = at[i];
    if (p > lineEnd) {
      // At most maxWindow back: only max(lineStart, p - maxWindow) is used, here and for the later keywords of the
      // line, so a start found no nearer gives the same windows. Unbounded, each keyword's first hit deep in a
      // one-line file read the whole line back (a tenth of a 10 MB minified bundle's scan).
      lineStart = lineStartWithin(text, p, maxWindow);
      lineEnd = text.indexOf('\n', p);
      if (lineEnd === -1) lineEnd = text.length;
    } else if (Math.max(lineStart, p - maxWindow) <= out[n - 1] + mergeGap) {
      // The same line, and a window the previous one's joins anyway: one window, ending where this one ends
      // (on one line a later keyword's window ends no sooner, and its context lines reach no less far ahead).
      out[n - 3] = p;
      out[n - 1] = Math.min(lineEnd, p + len + maxWindow);
      continue;
    }
    out.push(p, p, Math.max(lineStart, p - maxWindow), Math.min(lineEnd, p + len + maxWindow));
    n += 4;
  }
  return out;
}

/** Merges keywords' line windows (lineWindowsOf) into a pattern's windows, one text per merger (it remembers a line end). */
export class WindowMerger {
  constructor(private readonly text: string, private readonly maxWindow: number, private readonly table: KeywordTable) {}

  /**
   * Merged, non-overlapping [start, end) windows, flat, from the line window lists of the keywords `ids` (those the
   * text holds): taken in text order, each widened by the context lines the pattern asks for, neighbours joined.
   * Dense files become one window.
   */
  merge(lists: readonly number[][], ids: readonly number[], linesBefore: number, linesAfter: number): number[] {
    const { text, maxWindow } = this;
    const pos = lists.map(() => 0);
    // Few lists: pick the least head each step (no allocation); many: one sort gives the order.
    const order = lists.length > SORT_ABOVE ? mergeOrder(lists) : undefined;
    const out: number[] = [];
    for (let q = 0; ; q++) {
      let k = -1;
      if (order) k = q < order.length ? order[q] : -1;
      else if (lists.length === 1) k = pos[0] < lists[0].length ? 0 : -1;
      else for (let i = 0; i < lists.length; i++) if (pos[i] < lists[i].length && (k === -1 || lists[i][pos[i]] < lists[k][pos[k]])) k = i;
      if (k === -1) break;
      const list = lists[k];
      const at = list[pos[k]];
      const lastAt = list[pos[k] + 1];
      let start = list[pos[k] + 2];
      let end = list[pos[k] + 3];
      pos[k] += 4;
      const last = out.length - 1;
      // Whole lines, but never more than maxWindow beyond the keyword: on a 10 MB minified line each
      // boundary search stays bounded, so the walk stays linear. A start that joins the last window goes no
      // further back: an earlier one joins it too, and the joined window keeps the last one's start.
      for (let i = 0; i < linesBefore && start > 0 && at - start < maxWindow; i++) {
        if (last > 0 && start <= out[last] + MERGE_GAP) break;
        start = lineStartWithin(text, start - 1, maxWindow);
      }
      if (linesAfter !== 0) {
        const len = this.table.lengthOf(ids[k]);
        for (let i = 0; i < linesAfter && end < text.length && end - lastAt - len < maxWindow; i++) end = this.lineEndWithin(end + 1);
      }
      if (last > 0 && start <= out[last] + MERGE_GAP) out[last] = Math.max(out[last], end);
      else out.push(start, end);
    }
    return out;
  }

  /** The line break at or after `pos` (-1: none), remembered: the context lines of neighbouring keywords ask again. */
  private breakFrom = 0;
  private breakAt = -2;
  private breakAtOrAfter(pos: number): number {
    if (this.breakAt !== -2 && pos >= this.breakFrom && (this.breakAt === -1 || pos <= this.breakAt)) return this.breakAt;
    this.breakFrom = pos;
    return (this.breakAt = this.text.indexOf('\n', pos));
  }

  /** End of the line at `pos`, at most maxWindow characters ahead. */
  private lineEndWithin(pos: number): number {
    const to = Math.min(this.text.length, pos + this.maxWindow);
    const at = this.breakAtOrAfter(pos);
    return at !== -1 && at < to ? at : to;
  }
}
