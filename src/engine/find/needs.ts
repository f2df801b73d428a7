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
 * Where one pass over ascending windows stands in the text for a pattern's required character sets
 * (find/requiredChars.ts): per set and character, the next occurrence found and where it was looked for from.
 */
export interface SetCursor {
  readonly at: number[][];
  readonly from: number[][];
}

/**
 * A cursor for one pass, or null when some set has no character in the text (then no window can match). `firstAt` gives
 * a character's first offset in the text (-1: none), remembered by the caller: dozens of patterns ask about a few characters.
 */
export function setCursorOf(sets: ReadonlyArray<readonly string[]>, firstAt: (c: string) => number): SetCursor | null {
  const at = sets.map((set) => set.map(firstAt));
  if (at.some((list) => list.every((i) => i === -1))) return null;
  // Looked for from the text's start: the next occurrence for every window up to it.
  return { at, from: sets.map((set) => set.map(() => 0)) };
}

/** True when [start, end) holds a character of every set; like windowHolds, each character's next occurrence is kept while ahead. */
export function windowHoldsSets(text: string, sets: ReadonlyArray<readonly string[]>, cursor: SetCursor, start: number, end: number): boolean {
  for (let k = 0; k < sets.length; k++) {
    const set = sets[k];
    const at = cursor.at[k];
    const from = cursor.from[k];
    let held = false;
    for (let j = 0; j < set.length && !held; j++) {
      if (!(from[j] <= start && (at[j] === -1 || at[j] >= start))) {
        from[j] = start;
        at[j] = text.indexOf(set[j], start);
      }
      held = at[j] !== -1 && at[j] < end;
    }
    if (!held) return false;
  }
  return true;
}
