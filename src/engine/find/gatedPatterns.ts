// The patterns one scan visits: those its file kind runs that no keyword gates, and those gated by a keyword the
// text holds whose file words it holds too. Marked in the kind plan's shared list and read back in order: a list of
// the plan's size per file, and visiting each of the 157 patterns `key` gates, cost a small file's scan a third.
import type { KindPlan, SlotGroup } from './scanPlan';

/** Whether the text holds one of a file slot's words (table ids). */
export type HoldsSlot = (slot: number, ids: readonly number[]) => boolean;

/** The `flat` indices of the patterns a text visits, ascending, from the ids of the keywords it holds. */
export function gatedPatternsOf(kind: KindPlan, present: readonly number[], holdsSlot: HoldsSlot): readonly number[] {
  const { byKeyword, ungated, marks } = kind;
  // A text without keywords runs the ungated patterns only: nothing to mark.
  if (present.length === 0) return ungated;
  const range = { lo: marks.length, hi: -1 };
  const out: number[] = [];
  try {
    mark(marks, ungated, range);
    for (let k = 0; k < present.length; k++) markGroups(marks, byKeyword[present[k]], range, holdsSlot);
  } finally {
    // Read in order between the least and greatest mark, and cleared: the marks are shared by every scan of the kind.
    for (let i = range.lo; i <= range.hi; i++) {
      if (marks[i] === 0) continue;
      marks[i] = 0;
      out.push(i);
    }
  }
  return out;
}

/** Marks the patterns of the groups whose file words the text holds. */
function markGroups(marks: Uint8Array, groups: readonly SlotGroup[], range: { lo: number; hi: number }, holdsSlot: HoldsSlot): void {
  for (let g = 0; g < groups.length; g++) {
    const { slot, fileIds, patterns } = groups[g];
    if (slot === -1 || holdsSlot(slot, fileIds!)) mark(marks, patterns, range);
  }
}

/** Marks one list of patterns, widening the marked range. */
function mark(marks: Uint8Array, list: readonly number[], range: { lo: number; hi: number }): void {
  for (let j = 0; j < list.length; j++) {
    const i = list[j];
    marks[i] = 1;
    if (i < range.lo) range.lo = i;
    if (i > range.hi) range.hi = i;
  }
}
