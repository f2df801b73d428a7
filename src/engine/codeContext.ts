// Line-level judgement of where a match sits in code: inside a comment, or inside a string literal.
// Approximate by design (no parser): it looks only at the text before the match on its own line.
import type { Validator } from './detector';
import type { FileKind } from './types';

const HASH_COMMENT = new Set<FileKind>(['python', 'notebook', 'shell', 'yaml', 'toml', 'ruby', 'env', 'dockerfile', 'ini', 'php', 'r', 'elixir', 'perl', 'powershell']);
const SLASH_COMMENT = new Set<FileKind>(['javascript', 'typescript', 'go', 'rust', 'java', 'kotlin', 'csharp', 'php', 'json', 'swift', 'dart', 'c', 'cpp', 'scala']);

/** Text of the line before `offset`. */
function linePrefix(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(Math.max(start, offset - 2000), offset);
}

/** True when an unclosed quote opens before the end of `prefix` (counting unescaped quotes). */
function inQuotes(prefix: string): boolean {
  let quote = '';
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    if (c === '\\') { i++; continue; }
    if (quote) { if (c === quote) quote = ''; }
    else if (c === '"' || c === "'" || c === '`') quote = c;
  }
  return quote !== '';
}

/** How far back the block-level checks look: far enough for any docstring or notebook cell, bounded for huge files. */
const BLOCK_LOOKBACK = 100_000;

/** Triple-quote marks of the last text asked about, with the open quote after each: files are scanned match by match. */
let marksOf: { text: string; kind: FileKind; ends: number[]; open: string[] } | undefined;

/** True inside a Python triple-quoted string (docstrings with usage examples), counting `"""`/`'''` from the file's start. */
function inTripleQuotes(text: string, offset: number, kind: FileKind): boolean {
  // From the start, not a look-back window: in a file over the window the window's first quote may close a string.
  if (!marksOf || marksOf.text !== text || marksOf.kind !== kind) {
    // In a notebook's JSON a docstring's quotes are escaped: \"\"\".
    const re = kind === 'notebook' ? /(?:\\")(?:\\")(?:\\")|'''/g : /"""|'''/g;
    const ends: number[] = [];
    const open: string[] = [];
    let state = '';
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!state) state = m[0];
      else if (m[0] === state) state = '';
      ends.push(m.index + m[0].length);
      open.push(state);
    }
    marksOf = { text, kind, ends, open };
  }
  // The state after the last mark that ends at or before `offset`.
  const { ends, open } = marksOf;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && open[lo - 1] !== '';
}

/** True when a notebook offset is not in a code cell's source: markdown and raw cells, and outputs. */
function inNotebookProse(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - BLOCK_LOOKBACK), offset);
  let cellType = '';
  for (const m of before.matchAll(/"cell_type"[ \t]*:[ \t]*"([a-z]+)"/g)) cellType = m[1];
  if (cellType === 'markdown' || cellType === 'raw') return true;
  return before.lastIndexOf('"outputs"') > before.lastIndexOf('"source"');
}

/** True when the line, before `offset`, opens a comment of the file's language outside any string. */
export function inComment(text: string, offset: number, kind: FileKind): boolean {
  if (kind === 'notebook' && inNotebookProse(text, offset)) return true;
  if ((kind === 'python' || kind === 'notebook') && inTripleQuotes(text, offset, kind)) return true;
  const prefix = linePrefix(text, offset);
  const trimmed = prefix.trimStart();
  if (trimmed.startsWith('*') || trimmed.startsWith('/*') || trimmed.startsWith('<!--')) return true;
  const markers: string[] = [];
  if (HASH_COMMENT.has(kind)) markers.push('#');
  if (SLASH_COMMENT.has(kind)) markers.push('//');
  if (kind === 'python' && /^\s*(?:"""|''')/.test(prefix)) return true;
  for (const m of markers) {
    for (let i = prefix.indexOf(m); i !== -1; i = prefix.indexOf(m, i + 1)) {
      if (!inQuotes(prefix.slice(0, i))) return true;
    }
  }
  return false;
}

/** True when the match starts inside a string literal opened on its own line. */
export function inString(text: string, offset: number): boolean {
  return inQuotes(linePrefix(text, offset));
}

const CLOSER: Record<string, string> = { '[': ']', '(': ')', '{': '}' };

/**
 * True when `offset` sits inside a collection opened after the last match of `owner` in the 400 characters
 * before it (`accounts: [ …`, `FORBIDDEN_PATHS = frozenset({ …`): the first bracket `opener` finds after the
 * owner is not closed before `offset`.
 */
export function inCollectionOf(text: string, offset: number, owner: RegExp, opener: RegExp): boolean {
  const before = text.slice(Math.max(0, offset - 400), offset);
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(owner)) last = m;
  if (!last) return false;
  const rest = before.slice(last.index + last[0].length);
  const open = opener.exec(rest);
  if (!open) return false;
  const bracket = open[0].slice(-1);
  return !rest.includes(CLOSER[bracket], open.index + open[0].length);
}

/** Drops matches inside comments (`# client.withdraw(...)`, `// POST /sapi/v1/capital/withdraw/apply`). */
export const notInComment: Validator = {
  name: 'not-in-comment',
  test: (_value, ctx) => !inComment(ctx.text, ctx.start, ctx.kind),
};

/** Drops calls written inside strings (log messages, test titles), for patterns that are calls, not paths. */
export const notInString: Validator = {
  name: 'not-in-string',
  test: (_value, ctx) => !inString(ctx.text, ctx.start),
};
