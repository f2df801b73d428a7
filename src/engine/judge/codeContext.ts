// Line-level judgement of where a match sits in code: inside a comment, or inside a string literal.
// Approximate by design (no parser): it looks only at the text before the match on its own line.
import type { Validator } from '../defineDetector';
import type { FileKind } from '../types';
import { TextMemo } from './textMemo';

const HASH_COMMENT = new Set<FileKind>(['python', 'notebook', 'shell', 'yaml', 'toml', 'ruby', 'env', 'dockerfile', 'ini', 'php', 'r', 'elixir', 'perl', 'powershell', 'julia']);
const SLASH_COMMENT = new Set<FileKind>(['javascript', 'typescript', 'go', 'rust', 'java', 'kotlin', 'csharp', 'php', 'json', 'swift', 'dart', 'c', 'cpp', 'scala', 'solidity']);

/** Text of the line before `offset`, at most 2,000 characters: the line start is searched within them only (a lastIndexOf on the whole text walks a minified line back to its start, quadratic in the line's length). */
function linePrefix(text: string, offset: number): string {
  const win = text.slice(Math.max(0, offset - 2000), offset);
  return win.slice(win.lastIndexOf('\n') + 1);
}

const ANY_QUOTE = /["'`]/;

/** True when an unclosed quote opens before the end of `prefix` (counting unescaped quotes). */
function inQuotes(prefix: string): boolean {
  // No quote at all (most of a minified line's prefixes): no loop over its characters.
  if (!ANY_QUOTE.test(prefix)) return false;
  let quote = '';
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    if (c === '\\') { i++; continue; }
    if (quote) { if (c === quote) quote = ''; }
    else if (c === '"' || c === "'" || c === '`') quote = c;
  }
  return quote !== '';
}

/** How far back the notebook cell check looks: far enough for any cell, bounded for huge files. */
const BLOCK_LOOKBACK = 100_000;

/** A file's triple-quoted strings as flat [start, end, start, end, …] offsets (end: after the closing quotes). */
interface TripleQuoteSpans {
  spans: number[];
  /** Per span: true when the opening quotes start their line (a docstring or bare string, not `x = """…`). */
  docstring: boolean[];
}

// One file's spans, remembered per text and kind (released when the scan ends: no file text stays behind): the
// validators of every match in a file ask about the same text.
const TRIPLE_QUOTES = new TextMemo<TripleQuoteSpans>();

/**
 * The triple-quoted strings of a Python file or notebook, from one pass over the whole text, once per text:
 * a window of the text (the last 100,000 characters, as before) misjudges which quotes open and which close.
 */
function tripleQuoteSpans(text: string, kind: FileKind): TripleQuoteSpans {
  return TRIPLE_QUOTES.peek(text, kind) ?? TRIPLE_QUOTES.get(text, kind, () => readTripleQuoteSpans(text, kind));
}

/** tripleQuoteSpans, without the memo. */
function readTripleQuoteSpans(text: string, kind: FileKind): TripleQuoteSpans {
  // In a notebook's JSON a docstring's quotes are escaped: \"\"\". indexOf finds quotes faster than a regex.
  const double = kind === 'notebook' ? '\\"\\"\\"' : '"""';
  const single = "'''";
  const spans: number[] = [];
  const docstring: boolean[] = [];
  let nextDouble = text.indexOf(double);
  let nextSingle = text.indexOf(single);
  while (nextDouble !== -1 || nextSingle !== -1) {
    const isDouble = nextSingle === -1 || (nextDouble !== -1 && nextDouble < nextSingle);
    const quote = isDouble ? double : single;
    const openAt = isDouble ? nextDouble : nextSingle;
    const close = text.indexOf(quote, openAt + quote.length);
    const end = close === -1 ? text.length : close + quote.length;
    spans.push(openAt, end);
    docstring.push(opensLine(text, openAt));
    if (nextDouble !== -1 && nextDouble < end) nextDouble = text.indexOf(double, end);
    if (nextSingle !== -1 && nextSingle < end) nextSingle = text.indexOf(single, end);
  }
  return { spans, docstring };
}

/** True when only indentation (and a string prefix such as r or u, or a notebook's `"`) precedes `at` on its line. */
function opensLine(text: string, at: number): boolean {
  return /^[ \t]*"?[ \t]*[rRuUbBfF]{0,2}$/.test(linePrefixWithin(text, at));
}

/** The text between the start of `at`'s line and `at`, looking back at most 200 characters (bounded on one-line files). */
function linePrefixWithin(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  const nl = before.lastIndexOf('\n');
  if (nl !== -1) return before.slice(nl + 1);
  // No line break within reach: a line that long before the quotes is no indentation.
  return at <= 200 ? before : 'x';
}

/** Index of the triple-quoted span holding `offset` (inside its quotes), or -1. */
function spanAt(t: TripleQuoteSpans, offset: number): number {
  const { spans } = t;
  let lo = 0;
  let hi = spans.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < spans[2 * mid]) hi = mid - 1;
    else if (offset >= spans[2 * mid + 1]) lo = mid + 1;
    else return offset >= spans[2 * mid] + 3 ? mid : -1;
  }
  return -1;
}

/** True inside a Python triple-quoted string (docstrings with usage examples). */
function inTripleQuotes(text: string, offset: number, kind: FileKind): boolean {
  return spanAt(tripleQuoteSpans(text, kind), offset) !== -1;
}

/**
 * True inside documentation written in code: a Python docstring (a triple-quoted string that starts its
 * line, not one assigned to a name), a notebook's Markdown cell, a `/** … *\/` doc block (JSDoc, Javadoc,
 * PHPDoc), a `///` doc comment line (Rust, C#, Swift, Dart: their doc examples hold sample keys and phrases), or an
 * Elixir `@doc` heredoc.
 */
export function inDocBlock(text: string, offset: number, kind: FileKind): boolean {
  // A notebook's Markdown cells are documentation too; its recorded outputs are not: a key printed there is the key
  // the code ran with, written into the file.
  if (kind === 'notebook' && inNotebookProse(text, offset, false)) return true;
  if (kind === 'python' || kind === 'notebook') {
    const t = tripleQuoteSpans(text, kind);
    const i = spanAt(t, offset);
    return i !== -1 && t.docstring[i];
  }
  // Elixir's documentation is a heredoc given to `@doc`, `@moduledoc` or `@typedoc` (its `iex>` examples).
  if (kind === 'elixir') {
    const t = tripleQuoteSpans(text, kind);
    const i = spanAt(t, offset);
    return i !== -1 && ELIXIR_DOC.test(linePrefixWithin(text, t.spans[2 * i]));
  }
  if (!SLASH_COMMENT.has(kind) || kind === 'json') return false;
  if (LINE_DOC_KINDS.has(kind) && LINE_DOC.test(linePrefix(text, offset))) return true;
  return inSpans(blockSpans(text, '/**'), offset);
}

/** What opens an Elixir doc heredoc on its line (`@doc """`, `@moduledoc ~S"""`). */
const ELIXIR_DOC = /^[ \t]*@(?:module|type|short)?doc[ \t]+(?:~[sS])?$/;
/** Languages whose `///` lines are documentation (Rust also `//!`): rustdoc, C# XML docs, Swift and Dart doc comments. */
const LINE_DOC_KINDS = new Set<FileKind>(['rust', 'csharp', 'swift', 'dart']);
/** A line that opens with a doc comment (`/// let seed = "…"`, `//! # Example`), not a `////` rule line. */
const LINE_DOC = /^[ \t]*\/\/[\/!](?!\/)/;

/** True when `offset` lies in one of the flat [start, end, …] spans (sorted, not overlapping). */
function inSpans(spans: number[], offset: number): boolean {
  // The last block starting before the offset: blocks do not overlap, so it is the only candidate.
  let lo = 0;
  let hi = spans.length / 2 - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found !== -1 && offset < spans[2 * found + 1];
}

const lastBlocks = new Map<string, { text: string; spans: number[] }>();

/**
 * The `/** … *\/` blocks (opener `/**`) or all block comments (opener `/*`) of a text as flat [start, end, …]
 * offsets, from one pass, once per text. A block opens at the start of its line and is followed by a space or line
 * break, so `"src/**\/*.ts"` in a string is not one.
 */
function blockSpans(text: string, opener: '/**' | '/*'): number[] {
  const last = lastBlocks.get(opener);
  if (last?.text === text) return last.spans;
  const spans: number[] = [];
  const n = opener.length;
  for (let at = text.indexOf(opener); at !== -1; ) {
    const after = text.charCodeAt(at + n);
    // A space, tab, line break, another star or a word (`/*CMD`, `/*global x*/`) after the opener; only indentation before it.
    const word = (after >= 65 && after <= 90) || (after >= 97 && after <= 122);
    if ((after === 32 || after === 9 || after === 10 || after === 13 || after === 42 || word) && /^[ \t]*$/.test(linePrefixWithin(text, at))) {
      const close = text.indexOf('*/', at + n);
      const end = close === -1 ? text.length : close + 2;
      spans.push(at, end);
      at = text.indexOf(opener, end);
    } else {
      at = text.indexOf(opener, at + n);
    }
  }
  lastBlocks.set(opener, { text, spans });
  return spans;
}

/** True when a notebook offset is not in a code cell's source: markdown and raw cells, and (unless `outputs` is false) outputs. */
function inNotebookProse(text: string, offset: number, outputs = true): boolean {
  const before = text.slice(Math.max(0, offset - BLOCK_LOOKBACK), offset);
  let cellType = '';
  for (const m of before.matchAll(/"cell_type"[ \t]*:[ \t]*"([a-z]+)"/g)) cellType = m[1];
  if (cellType === 'markdown' || cellType === 'raw') return true;
  return outputs && before.lastIndexOf('"outputs"') > before.lastIndexOf('"source"');
}

// Per text, the answer at each offset asked: every detector's notInComment asks about the same match start.
const COMMENT_AT = new TextMemo<boolean>();

/** True when the line, before `offset`, opens a comment of the file's language outside any string. */
export function inComment(text: string, offset: number, kind: FileKind): boolean {
  return COMMENT_AT.get(text, `${kind}:${offset}`, () => commentAt(text, offset, kind));
}

/** inComment, computed. */
function commentAt(text: string, offset: number, kind: FileKind): boolean {
  if (kind === 'notebook' && inNotebookProse(text, offset)) return true;
  // Julia's docstrings are triple-quoted too (usage examples above each function).
  if ((kind === 'python' || kind === 'notebook' || kind === 'julia') && inTripleQuotes(text, offset, kind)) return true;
  const prefix = linePrefix(text, offset);
  const trimmed = prefix.trimStart();
  // Python has no block comments: a line starting with `*` unpacks arguments (`*self.post(…)`).
  if ((trimmed.startsWith('*') && kind !== 'python' && kind !== 'notebook') || trimmed.startsWith('/*') || trimmed.startsWith('<!--')) return true;
  // Inside a block comment whose lines carry no star (Go's generated doc comments: `/*⏎Withdraw …⏎Post /sapi/…⏎*/`).
  if (SLASH_COMMENT.has(kind) && kind !== 'json' && inSpans(blockSpans(text, '/*'), offset)) return true;
  const markers: string[] = [];
  if (HASH_COMMENT.has(kind)) markers.push('#');
  if (SLASH_COMMENT.has(kind)) markers.push('//');
  if (kind === 'clojure') markers.push(';');
  if (kind === 'python' && /^\s*(?:"""|''')/.test(prefix)) return true;
  for (const m of markers) {
    for (let i = prefix.indexOf(m); i !== -1; i = prefix.indexOf(m, i + 1)) {
      if (!inQuotes(prefix.slice(0, i))) return true;
    }
  }
  return false;
}

// Per text, the answer at each offset asked: the validators of several rules ask about the same match start.
const STRING_AT = new TextMemo<boolean>();
/** True when the match starts inside a string literal opened on its own line. */
export function inString(text: string, offset: number): boolean {
  return STRING_AT.get(text, String(offset), () => inQuotes(linePrefix(text, offset)));
}

const CLOSER: Record<string, string> = { '[': ']', '(': ')', '{': '}' };

/**
 * True when `offset` sits inside a collection opened after the last match of `owner` in the 400 characters
 * before it (`accounts: [ …`, `FORBIDDEN_PATHS = frozenset({ …`): the first bracket `opener` finds after the
 * owner is not closed before `offset`.
 */
export function inCollectionOf(text: string, offset: number, owner: RegExp, opener: RegExp): boolean {
  return collectionOwnerAt(text, offset, owner, opener) !== undefined;
}

/** Where the owner of the collection `offset` sits in starts (see inCollectionOf); undefined outside one. */
export function collectionOwnerAt(text: string, offset: number, owner: RegExp, opener: RegExp): number | undefined {
  const from = Math.max(0, offset - 400);
  const before = text.slice(from, offset);
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(owner)) last = m;
  if (!last) return undefined;
  const rest = before.slice(last.index + last[0].length);
  const open = opener.exec(rest);
  if (!open) return undefined;
  const bracket = open[0].slice(-1);
  return rest.includes(CLOSER[bracket], open.index + open[0].length) ? undefined : from + last.index;
}

/** Drops matches inside comments (`# client.withdraw(...)`, `// POST /sapi/v1/capital/withdraw/apply`). */
export const notInComment: Validator = {
  name: 'not-in-comment',
  // The value's own line; triple-quoted strings, block comments and notebook cells are the rescan's own cases.
  reach: { before: 0, after: 0 },
  test: (_value, ctx) => !inComment(ctx.text, ctx.start, ctx.kind),
};

/** Drops calls written inside strings (log messages, test titles), for patterns that are calls, not paths. */
export const notInString: Validator = {
  name: 'not-in-string',
  reach: { before: 0, after: 0 }, // the value's own line
  test: (_value, ctx) => !inString(ctx.text, ctx.start),
};
