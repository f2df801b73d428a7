// Per-text memos for validators that ask the same question of one file at every match (a helper's body, a file's
// dev-key names). Each memo answers for the text it last saw; scanWith releases them all when a scan ends, so no
// module keeps a scanned file (its secrets included) alive between scans.

/**
 * Texts longer than this are indexed once (per memo) rather than searched again per question: a file of many small
 * functions asks about each, and a search from the top per question is quadratic. Shorter texts (a window above a
 * call, a small file) are searched directly: an index would cost more than it saves.
 */
export const INDEXED_TEXT = 20_000;

/** Every memo made, so one call can release them all. */
const ALL: Array<TextMemo<unknown>> = [];

/** Answers per (text, key), remembered while the same text is asked about; a new text starts afresh. */
export class TextMemo<V> {
  private text: string | undefined;
  private readonly answers = new Map<string, V>();

  constructor() {
    ALL.push(this as TextMemo<unknown>);
  }

  /** The answer for `key` in `text`, computed by `make` once per text. */
  get(text: string, key: string, make: () => V): V {
    if (this.text !== text) {
      this.release();
      this.text = text;
    }
    if (this.answers.has(key)) return this.answers.get(key) as V;
    const value = make();
    this.answers.set(key, value);
    return value;
  }

  /** The answer for `key` in `text` when it is known, else undefined: no `make` closure for a question asked per match. */
  peek(text: string, key: string): V | undefined {
    return this.text === text ? this.answers.get(key) : undefined;
  }

  /** Forgets the text and its answers. */
  release(): void {
    // Most memos see no text in a given scan: nothing to clear.
    if (this.text === undefined) return;
    this.text = undefined;
    this.answers.clear();
  }
}

/** Releases every memo: called when a scan ends. */
export function releaseTextMemos(): void {
  for (const memo of ALL) memo.release();
}
