// Screen-share mode's "what to hide" decision: the findings of the last scan, the values KeyGuard knows
// (earlier findings, stored keys) wherever they appear, every value of an env file, and the value under a
// credential-named key. It errs on the side of hiding: a hidden non-secret costs a glance, a shown secret
// costs a key.
import type { FileKind } from '../types';

/** A span of one line to hide: zero-based line, start and end columns (UTF-16, end exclusive). */
export interface HideSpan {
  line: number;
  start: number;
  end: number;
}

/** What the caller knows besides the text. */
export interface HideInput {
  kind: FileKind;
  /** Offset ranges of secret findings that are valid for this very text. */
  findings?: ReadonlyArray<{ start: number; end: number }>;
  /** Exact values to hide wherever they occur (values of earlier findings, stored keys); short ones are ignored. */
  values?: Iterable<string>;
}

/** Values shorter than this are not searched for: they would match ordinary words. */
export const MIN_VALUE_LENGTH = 6;

// Names that may hold a credential. Broader than the detectors' name tests on purpose (`KEY`, `AUTH`, `SEED`):
// this only hides, it never reports.
const CREDENTIAL_NAME = /key|secret|token|pass|pwd|private|mnemonic|seed|credential|auth|signature|webhook|dsn|cookie|session/i;
// File kinds whose values may stand bare (`api_key: abc`, `API_KEY=abc`); in code a bare value is an expression.
const BARE_KINDS = new Set<FileKind>(['yaml', 'toml', 'ini', 'env', 'shell', 'dockerfile', 'text', 'markdown']);
// `name <op> value` on one line: the name (maybe quoted), then a quoted value or (group 5) a bare one.
// Names start at a word boundary (not inside another name). A bare value runs to the end of its line, less a trailing comment or a separator.
const ASSIGNMENT = /(?<![\w$@.\-"'`])(["'`]?)([A-Za-z_$@][\w$.@-]*)\1[ \t]*(?::=|=>|:|=(?![=>]))[ \t]*(?:(?:[rRbBfFuU]{1,2}(?=["']))?(["'`])((?:\\.|(?!\3)[^\\\n])*)\3|([^\s"'`#,;(){}[\]](?:[^\n#,;(){}[\]]*[^\s#,;(){}[\]])?))?/g;
// One env-file line: `export NAME=value`, the value up to a ` #` comment (inside quotes, up to the quote).
const ENV_LINE = /^[ \t]*(?:export[ \t]+)?[A-Za-z_][\w.-]*[ \t]*=[ \t]*(?:(["'`])((?:\\.|(?!\1)[^\\])*?)(?:\1|$)|(.*?))[ \t]*(?:[ \t]#.*)?$/;
// Bare values that are never secret, so hiding them would only obscure the config.
const HARMLESS = /^(?:true|false|null|none|nil|yes|no|on|off|~|\d{1,5})$/i;

/**
 * The spans to hide in one line: known values, an env file's value, values under credential-named keys.
 * Flat [start, end, …] columns, sorted and merged. Work is per line, so an edit costs one line.
 */
export function hideLine(rawLine: string, kind: FileKind, values: readonly string[]): number[] {
  // A CR left by splitting a CRLF text is not part of any value.
  const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
  const flat: number[] = [];
  for (const v of values) {
    for (let i = line.indexOf(v); i !== -1; i = line.indexOf(v, i + v.length)) flat.push(i, i + v.length);
  }
  if (kind === 'env') envValue(line, flat);
  if (CREDENTIAL_NAME.test(line)) namedValues(line, BARE_KINDS.has(kind), flat);
  return merge(flat, line.length);
}

/** Known values as they can appear on one line: multi-line values (PEM keys) by line, short ones dropped. */
export function lineValues(values: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const v of values) {
    for (const part of v.split('\n')) {
      const p = part.trim();
      if (p.length >= MIN_VALUE_LENGTH) out.add(p);
    }
  }
  return [...out];
}

/**
 * Hide spans of a document kept line by line, so that an edit recomputes only the lines it touched (the
 * editor calls `splice` on each keystroke and `spans` to redraw).
 */
export class LineHider {
  private readonly perLine: number[][];
  private readonly values: string[];

  constructor(private readonly kind: FileKind, values: Iterable<string>, lines: readonly string[]) {
    this.values = lineValues(values);
    this.perLine = lines.map((l) => hideLine(l, kind, this.values));
  }

  /** Replaces `deleteCount` lines from `from` by `newLines`, computing only those. */
  splice(from: number, deleteCount: number, newLines: readonly string[]): void {
    this.perLine.splice(from, deleteCount, ...newLines.map((l) => hideLine(l, this.kind, this.values)));
  }

  /** Number of lines held (equal to the document's when the edits were applied right). */
  get lineCount(): number {
    return this.perLine.length;
  }

  /** Every span, in document order. */
  spans(): HideSpan[] {
    const out: HideSpan[] = [];
    for (let line = 0; line < this.perLine.length; line++) {
      const flat = this.perLine[line];
      for (let i = 0; i < flat.length; i += 2) out.push({ line, start: flat[i], end: flat[i + 1] });
    }
    return out;
  }
}

/** The spans to hide in a whole text (findings given as offsets valid for it), sorted and merged. */
export function hideRanges(text: string, input: HideInput): HideSpan[] {
  const lines = text.split('\n');
  const values = lineValues(input.values ?? []);
  const perLine = lines.map((l) => hideLine(l, input.kind, values));
  if (input.findings?.length) {
    const starts: number[] = [];
    for (let i = 0, at = 0; i < lines.length; at += lines[i].length + 1, i++) starts.push(at);
    for (const f of input.findings) addOffsets(lines, starts, perLine, f.start, f.end);
  }
  const out: HideSpan[] = [];
  perLine.forEach((flat, line) => {
    for (let i = 0; i < flat.length; i += 2) out.push({ line, start: flat[i], end: flat[i + 1] });
  });
  return out;
}

/** Adds an offset range (possibly over several lines) to the per-line spans. */
function addOffsets(lines: string[], starts: number[], perLine: number[][], start: number, end: number): void {
  let line = upperBound(starts, start) - 1;
  for (; line < lines.length && starts[line] < end; line++) {
    const s = Math.max(0, start - starts[line]);
    const e = Math.min(lines[line].replace(/\r$/, '').length, end - starts[line]);
    if (e > s) perLine[line] = merge([...perLine[line], s, e], lines[line].length);
  }
}

/** Index of the first element greater than x in an ascending array. */
function upperBound(a: number[], x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The value of an env-file line, named or not. */
function envValue(line: string, flat: number[]): void {
  const m = ENV_LINE.exec(line);
  const value = m && (m[2] ?? m[3]);
  if (!value) return;
  // Nothing but blanks and a quote stands between `=` and the value.
  const at = line.indexOf(value, line.indexOf('='));
  flat.push(at, at + value.length);
}

/** The values assigned to credential-named keys on one line. */
function namedValues(line: string, bare: boolean, flat: number[]): void {
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(line); m; m = ASSIGNMENT.exec(line)) {
    const name = m[2];
    if (!CREDENTIAL_NAME.test(name.slice(name.lastIndexOf('.') + 1))) continue;
    const quoted = m[4];
    const value = quoted ?? (bare ? m[5] : undefined);
    if (!value || (quoted === undefined && HARMLESS.test(value))) continue;
    const end = m.index + m[0].length - (quoted !== undefined ? 1 : 0);
    flat.push(end - value.length, end);
  }
}

/** Sorts and merges flat [start, end, …] pairs, clipped to `limit`. */
function merge(flat: number[], limit: number): number[] {
  if (flat.length === 0) return flat;
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], Math.min(flat[i + 1], limit)]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: number[] = [];
  for (const [s, e] of pairs) {
    if (e <= s) continue;
    if (out.length && s <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], e);
    else out.push(s, e);
  }
  return out;
}
