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
const CREDENTIAL_WORD = /key|secret|token|pass|pwd|private|mnemonic|seed|credential|auth|signature|webhook|dsn|cookie|session/gi;
const CREDENTIAL_NAME = new RegExp(CREDENTIAL_WORD.source, 'i');
// File kinds whose values may stand bare (`api_key: abc`, `API_KEY=abc`); in code a bare value is an expression.
const BARE_KINDS = new Set<FileKind>(['yaml', 'toml', 'ini', 'env', 'shell', 'dockerfile', 'text', 'markdown']);
// `name <op> value` on one line: the name (maybe quoted), then a quoted value or (group 5) a bare one.
// A bare value runs to the end of its line, less a trailing comment or a separator.
const ASSIGNMENT = /(["'`]?)([A-Za-z_$@][\w$.@-]*)\1[ \t]*(?::=|=>|:|=(?![=>]))[ \t]*(?:(?:[rRbBfFuU]{1,2}(?=["']))?(["'`])((?:\\.|(?!\3)[^\\\n])*)\3|([^\s"'`#,;(){}[\]](?:[^\n#,;(){}[\]]*[^\s#,;(){}[\]])?))?/g;
// One env-file line: `export NAME=value`, the value up to a ` #` comment (inside quotes, up to the quote).
const ENV_LINE = /^[ \t]*(?:export[ \t]+)?[A-Za-z_][\w.-]*[ \t]*=[ \t]*(?:(["'`])((?:\\.|(?!\1)[^\\\n])*?)(?:\1|$)|([^\n]*?))[ \t]*(?:[ \t]#[^\n]*)?$/gm;
// Bare values that are never secret, so hiding them would only obscure the config.
const HARMLESS = /^(?:true|false|null|none|nil|yes|no|on|off|~|\d{1,5})$/i;

/** The spans to hide in a text, sorted and merged, one per line segment. */
export function hideRanges(text: string, input: HideInput): HideSpan[] {
  const spans: number[] = []; // flat [start, end, …] offsets
  for (const f of input.findings ?? []) if (f.end > f.start) spans.push(f.start, f.end);
  for (const v of input.values ?? []) addOccurrences(text, v, spans);
  if (input.kind === 'env') envValues(text, spans);
  namedValues(text, BARE_KINDS.has(input.kind), spans);
  return toLineSpans(text, spans);
}

/** Every occurrence of a known value. */
function addOccurrences(text: string, value: string, spans: number[]): void {
  if (value.length < MIN_VALUE_LENGTH) return;
  for (let i = text.indexOf(value); i !== -1; i = text.indexOf(value, i + value.length)) spans.push(i, i + value.length);
}

/** Every non-empty value of an env file, named or not. */
function envValues(text: string, spans: number[]): void {
  ENV_LINE.lastIndex = 0;
  for (let m = ENV_LINE.exec(text); m; m = ENV_LINE.exec(text)) {
    const value = m[2] ?? m[3];
    if (!value) continue;
    // The value's offset: the match ends with it (plus an optional closing quote, blanks and comment).
    const at = m.index + m[0].indexOf(value, m[0].indexOf('='));
    spans.push(at, at + value.length);
  }
}

/** Values assigned to credential-named keys, on the lines that hold a credential word. */
function namedValues(text: string, bare: boolean, spans: number[]): void {
  CREDENTIAL_WORD.lastIndex = 0;
  let doneUpTo = -1;
  for (let w = CREDENTIAL_WORD.exec(text); w; w = CREDENTIAL_WORD.exec(text)) {
    if (w.index < doneUpTo) continue;
    const lineStart = text.lastIndexOf('\n', w.index) + 1;
    let lineEnd = text.indexOf('\n', w.index);
    if (lineEnd === -1) lineEnd = text.length;
    doneUpTo = lineEnd;
    CREDENTIAL_WORD.lastIndex = lineEnd;
    lineValues(text.slice(lineStart, lineEnd), lineStart, bare, spans);
  }
}

/** The credential-named assignments of one line. */
function lineValues(line: string, offset: number, bare: boolean, spans: number[]): void {
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(line); m; m = ASSIGNMENT.exec(line)) {
    if (m[0].length === 0) { ASSIGNMENT.lastIndex++; continue; }
    const name = m[2];
    const last = name.slice(name.lastIndexOf('.') + 1);
    if (!CREDENTIAL_NAME.test(last)) continue;
    const quoted = m[4];
    const value = quoted ?? (bare ? m[5] : undefined);
    if (!value || (quoted === undefined && HARMLESS.test(value))) continue;
    const end = m.index + m[0].length - (quoted !== undefined ? 1 : 0);
    spans.push(offset + end - value.length, offset + end);
    // A value may itself hold `key: value` pairs (`"{\"secret\": …}"`): it is hidden whole, so go on after it.
  }
}

/** Sorts and merges offset ranges and cuts them at line breaks into line/column spans. */
function toLineSpans(text: string, flat: number[]): HideSpan[] {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: HideSpan[] = [];
  let line = 0;
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  let lastEnd = -1;
  for (const [s0, e] of pairs) {
    let s = Math.max(s0, lastEnd);
    if (s >= e) continue;
    lastEnd = e;
    while (s < e) {
      while (nextBreak !== -1 && nextBreak < s) {
        line++;
        lineStart = nextBreak + 1;
        nextBreak = text.indexOf('\n', lineStart);
      }
      const lineEnd = nextBreak === -1 ? text.length : nextBreak;
      const segEnd = Math.min(e, lineEnd);
      // A CR before the break is not part of the value's visible text.
      const visibleEnd = segEnd === lineEnd && text[segEnd - 1] === '\r' ? segEnd - 1 : segEnd;
      if (visibleEnd > s) pushMerged(out, { line, start: s - lineStart, end: visibleEnd - lineStart });
      s = lineEnd + 1;
    }
  }
  return out;
}

/** Appends a span, joining it to the previous one when they touch on the same line. */
function pushMerged(out: HideSpan[], span: HideSpan): void {
  const prev = out[out.length - 1];
  if (prev && prev.line === span.line && span.start <= prev.end) prev.end = Math.max(prev.end, span.end);
  else out.push(span);
}
