// The window skip of a pattern's needed literals (PatternSpec.needs): a match lies inside its window, lookarounds
// included (the regex runs on the window's slice), so a window that holds none of the literals cannot hold a match.
// Most windows of the costliest patterns (a post of a variable, 40 lines below a withdrawal word) hold none. A word is
// found by the keyword search, with the keywords (no pass of its own), and its case checked at each occurrence; a
// one-character literal by indexOf.

/** Per needed word, its occurrences in any case (the keyword search's), and the word as written; per character, itself. */
export interface NeedLists {
  readonly hits: ReadonlyArray<readonly number[]>;
  readonly words: readonly string[];
  readonly chars: readonly string[];
}

/** Where one pass over ascending windows stands: per word the first occurrence not before the window, per character the next one found. */
export interface NeedCursor {
  readonly word: number[];
  readonly charAt: number[];
  readonly charFrom: number[];
}

/**
 * A pattern's need lists in one text, from the keyword occurrences (by table id); undefined when it needs none, null
 * when the text holds none of its literals (then no window can match, and none need be computed).
 */
export function needListsOf(
  text: string, pp: { readonly needIds?: readonly number[]; readonly needWords?: readonly string[]; readonly needChars?: readonly string[] }, hits: ReadonlyArray<readonly number[]>,
): NeedLists | null | undefined {
  const { needIds, needWords, needChars } = pp;
  if (!needIds || !needWords || !needChars) return undefined;
  const lists = needIds.map((id) => hits[id]);
  const held = needChars.some((c) => text.includes(c)) || lists.some((list, k) => list.some((at) => text.startsWith(needWords[k], at)));
  return held ? { hits: lists, words: needWords, chars: needChars } : null;
}

/** A cursor for one pass over a text's windows. */
export function needCursor(needs: NeedLists): NeedCursor {
  return { word: needs.hits.map(() => 0), charAt: needs.chars.map(() => -1), charFrom: needs.chars.map(() => Number.MAX_SAFE_INTEGER) };
}

/**
 * True when [start, end) of `text` holds one of the needed literals whole, case as written. Windows come in ascending
 * order, so each word's occurrence list is walked once, and each character's next occurrence is looked for once and
 * kept while it lies ahead: one pass reads the text at most once per character.
 */
export function windowHolds(text: string, needs: NeedLists, cursor: NeedCursor, start: number, end: number): boolean {
  const { hits, words, chars } = needs;
  const { word, charAt, charFrom } = cursor;
  for (let k = 0; k < hits.length; k++) {
    const list = hits[k];
    const w = words[k];
    let i = word[k];
    // An earlier start (windows out of order) reads the list again from its head.
    if (i > 0 && list[i - 1] >= start) i = 0;
    while (i < list.length && list[i] < start) i++;
    word[k] = i;
    for (; i < list.length && list[i] + w.length <= end; i++) if (text.startsWith(w, list[i])) return true;
  }
  for (let k = 0; k < chars.length; k++) {
    // Looked for from this window's start or before, and found at or after it (or not at all): still the next one.
    if (!(charFrom[k] <= start && (charAt[k] === -1 || charAt[k] >= start))) {
      charFrom[k] = start;
      charAt[k] = text.indexOf(chars[k], start);
    }
    if (charAt[k] !== -1 && charAt[k] < end) return true;
  }
  return false;
}

/**
 * The next occurrence of ASCII characters in one text, for the required-character skip (find/requiredChars.ts): one
 * per scan, shared by every pattern, so a pattern's pass allocates nothing. Per character it keeps where it last looked
 * from and what it found; a pass's windows ascend, so most questions are answered by that, and a new pass (which starts
 * again near the text's start) searches again only up to the next occurrence.
 */
export class CharCursor {
  private readonly from = new Int32Array(128).fill(-1);
  private readonly at = new Int32Array(128);

  constructor(private readonly text: string) {}

  /** Offset of the first occurrence of character `code` at or after `start`, or -1. */
  next(code: number, start: number): number {
    const from = this.from[code];
    const at = this.at[code];
    if (from !== -1 && from <= start && (at === -1 || at >= start)) return at;
    this.from[code] = start;
    return (this.at[code] = this.text.indexOf(String.fromCharCode(code), start));
  }

  /** True when [start, end) holds a character of every set (character codes). */
  holdsAll(sets: ReadonlyArray<readonly number[]>, start: number, end: number): boolean {
    for (let k = 0; k < sets.length; k++) {
      const set = sets[k];
      let held = false;
      for (let j = 0; j < set.length && !held; j++) {
        const at = this.next(set[j], start);
        held = at !== -1 && at < end;
      }
      if (!held) return false;
    }
    return true;
  }
}
