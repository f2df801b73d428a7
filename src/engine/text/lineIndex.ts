/**
 * Maps offsets to 0-based line/column in one pass over the text, then by binary search. Line breaks are
 * CRLF, LF and a lone CR, as VS Code and SARIF count them, so positions match the editor's.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string, known?: number[]) {
    if (known) {
      this.starts = known;
      return;
    }
    const starts = [0];
    if (!text.includes('\r')) {
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
  }

  /**
   * The index of `text`, which is this index's text with [start, oldEnd) replaced by `insertedLength` characters:
   * line starts before the edit kept, those after it shifted, only the edited lines read again.
   */
  edited(text: string, start: number, oldEnd: number, insertedLength: number): LineIndex {
    // A lone CR makes a line break end at a CR the next edit may join to an LF: read such texts whole.
    if (text.includes('\r') || this.text.includes('\r')) return new LineIndex(text);
    const delta = insertedLength - (oldEnd - start);
    const old = this.starts;
    const keep = this.lineOf(start) + 1; // starts at or before the edit's start stay
    const inserted: number[] = [];
    for (let i = text.indexOf('\n', start); i !== -1 && i < start + insertedLength; i = text.indexOf('\n', i + 1)) inserted.push(i + 1);
    let tail = this.lineOf(oldEnd) + 1; // starts after the edit move by delta
    while (tail < old.length && old[tail] <= oldEnd) tail++;
    // Native copies and one pass over the tail (typing in a 50,000-line file runs this per key).
    const moved = old.slice(tail);
    for (let i = 0; i < moved.length; i++) moved[i] += delta;
    return new LineIndex(text, old.slice(0, keep).concat(inserted, moved));
  }

  /** Number of lines (a trailing newline opens an empty last line, as in editors). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line that holds `offset`. */
  lineOf(offset: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Offset where `line` starts. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset where `line` ends, before its `\r\n`, `\n` or `\r`. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1] - 1;
    if (this.text.charCodeAt(end) === 10 && end - 1 >= this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Text of one line without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** 0-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line, column: offset - this.starts[line] };
  }
}
