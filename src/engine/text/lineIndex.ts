/**
 * Maps offsets to 0-based line/column in one pass over the text, then by binary search. Line breaks are
 * CRLF, LF and a lone CR, as VS Code and SARIF count them, so positions match the editor's.
 */
export class LineIndex {
  /**
   * Line starts, except that those at index `shiftFrom` and later are `shift` short: an edit moves every later
   * line, and typing in a 50,000-line file would otherwise rewrite (and reallocate) the whole list per key.
   */
  private starts: number[];
  private shiftFrom: number;
  private shift = 0;
  /** The text holds a CR (its line breaks are then read whole, see `edited`). */
  private readonly hasCR: boolean;

  constructor(private text: string) {
    const starts = [0];
    this.hasCR = text.includes('\r');
    if (!this.hasCR) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.starts = starts;
    this.shiftFrom = starts.length;
  }

  /** Offset where line `i` starts (0 ≤ i < lineCount). */
  private at(i: number): number {
    return i >= this.shiftFrom ? this.starts[i] + this.shift : this.starts[i];
  }

  /**
   * The index of `text`, which is this index's text with [start, oldEnd) replaced by `insertedLength` characters:
   * line starts before the edit kept, those after it shifted (lazily), only the edited lines read again. This index
   * is reused: it describes the new text afterwards and must not be asked about the old one.
   */
  edited(text: string, start: number, oldEnd: number, insertedLength: number): LineIndex {
    // A lone CR makes a line break end at a CR the next edit may join to an LF: read such texts whole.
    // (Only the inserted text is read for one: this text holds none.)
    const added = text.slice(start, start + insertedLength);
    if (this.hasCR || added.includes('\r')) return new LineIndex(text);
    // Line starts inside the inserted text; a paste of very many lines is read whole (one splice argument each).
    const inserted: number[] = [];
    for (let i = added.indexOf('\n'); i !== -1; i = added.indexOf('\n', i + 1)) inserted.push(start + i + 1);
    if (inserted.length > 10_000) return new LineIndex(text);
    const delta = insertedLength - (oldEnd - start);
    const starts = this.starts;
    const keep = this.lineOf(start) + 1; // starts at or before the edit's start stay
    const tail = this.lineOf(oldEnd) + 1; // starts after the edit move by delta
    // Move the lazy shift's boundary to `keep`: the lines between the two take their true starts.
    if (this.shift !== 0) {
      for (let i = this.shiftFrom; i < keep && i < starts.length; i++) starts[i] += this.shift;
      for (let i = keep; i < this.shiftFrom; i++) starts[i] -= this.shift;
    }
    this.shiftFrom = keep;
    this.shift += delta;
    // The inserted lines' starts are stored as the shifted lines are.
    for (let i = 0; i < inserted.length; i++) inserted[i] -= this.shift;
    if (inserted.length !== 0 || tail !== keep) starts.splice(keep, tail - keep, ...inserted);
    this.text = text;
    return this;
  }

  /** Number of lines (a trailing newline opens an empty last line, as in editors). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The line the last look-up found: findings come in text order, so the next offset is mostly on it or the next. */
  private lastLine = 0;

  /** 0-based line that holds `offset`. */
  lineOf(offset: number): number {
    const n = this.starts.length;
    const h = this.lastLine;
    // Checked, not trusted: starts ascend, so line h holds the offset exactly when it starts at or before it and h + 1 after it.
    if (h < n && this.at(h) <= offset) {
      if (h + 1 === n || this.at(h + 1) > offset) return h;
      if (h + 2 === n || this.at(h + 2) > offset) return (this.lastLine = h + 1);
    }
    let lo = 0, hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.at(mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (this.lastLine = lo);
  }

  /** Offset where `line` starts. */
  lineStart(line: number): number {
    return this.at(Math.max(0, Math.min(line, this.starts.length - 1)));
  }

  /** Offset where `line` ends, before its `\r\n`, `\n` or `\r`. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.at(line + 1) - 1;
    if (this.text.charCodeAt(end) === 10 && end - 1 >= this.at(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Text of one line without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** 0-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line, column: offset - this.at(line) };
  }
}
