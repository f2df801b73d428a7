// The line windows of one keyword's occurrences, the pieces ScanState merges into a pattern's keyword windows.
import { lineStartWithin } from './regexCache';

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
