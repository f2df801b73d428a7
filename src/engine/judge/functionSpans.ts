// The named functions of a text and where each body ends: what a finding's enclosing function is, and which names a
// file defines. Text analysis only (no parser): a head on one line, then the body by indentation (Python, Ruby) or by
// brace balance (the C family, Go, Rust, PHP, JS), with a cap so a broken file stays linear. The one reader of
// function extents: enclosingFunction.ts asks it too (a caller's name, a helper's body).
import type { FileKind } from '../types';
import { TextMemo } from './textMemo';

/** A named function: its name, the offsets of its head and body end, and the 0-based line of its head. */
export interface FunctionSpan {
  name: string;
  start: number;
  end: number;
  line: number;
}

/** Heads that name a function, one per language family; group 1 is the name. */
const HEADS: readonly RegExp[] = [
  // Python, Ruby: `def name(`, `async def name(`, Ruby's `def self.name`.
  /^[ \t]*(?:async[ \t]+)?def[ \t]+(?:self\.)?([A-Za-z_]\w*[?!]?)/,
  // JS/TS, PHP: `function name(`, `export default async function name(`, `public static function name(`.
  /^[ \t]*(?:export[ \t]+)?(?:default[ \t]+)?(?:(?:public|private|protected|static|final|abstract)[ \t]+)*(?:async[ \t]+)?function\*?[ \t]*&?[ \t]*([A-Za-z_$][\w$]*)[ \t]*\(/,
  // JS/TS: `const name = async (a) => {`, `let name = function (`, `name: async (a) => {`, `name = (a) => {` (class fields);
  // CommonJS and pre-class JS name theirs on an object: `module.exports.name = function(`, `Wallet.prototype.name = `.
  /^[ \t]*(?:export[ \t]+)?(?:(?:const|let|var|public|private|protected|static|readonly)[ \t]+)*(?:(?:module\.)?exports\.|[A-Za-z_$][\w$]*\.prototype\.|this\.)?([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{1,80})?[:=][ \t]*(?:async[ \t]*)?(?:function\b|\([^()\n]*\)[ \t]*(?::[^=\n]{1,80})?=>|[A-Za-z_$][\w$]*[ \t]*=>)/,
  // JS/TS with the parameters on the next lines: `withdrawAll = async (⏎`, `const pay = (⏎  to,` (the body's brace decides).
  /^[ \t]*(?:export[ \t]+)?(?:(?:const|let|var|public|private|protected|static|readonly)[ \t]+)*([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{1,80})?=[ \t]*async[ \t]*\((?=[^()\n]*,[ \t]*$|[ \t]*$)/,
  /^[ \t]*(?:export[ \t]+)?(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{1,80})?=[ \t]*\((?=[^()\n]*,[ \t]*$|[ \t]*$)/,
  // Go: `func name(`, `func (r *T) name(`.
  /^[ \t]*func[ \t]+(?:\([^)\n]*\)[ \t]*)?([A-Za-z_]\w*)[ \t]*[([]/,
  // Rust: `pub async fn name(`; Kotlin, Swift: `fun name(`, `func name(`.
  /^[ \t]*(?:pub(?:\([^)\n]*\))?[ \t]+)?(?:(?:async|unsafe|const|suspend|override|private|public|internal|open)[ \t]+)*(?:fn|fun)[ \t]+(?:<[^>\n]*>[ \t]*)?([A-Za-z_]\w*)/,
  // Java, C#, Kotlin, Dart with modifiers: `public async Task<T> NameAsync(`.
  /^[ \t]*(?:(?:public|private|protected|internal|static|final|async|override|virtual|synchronized|abstract|sealed)[ \t]+)+[\w<>[\],.?]+(?:[ \t]+[\w<>[\],.?]+)*?[ \t]+([A-Za-z_$][\w$]*)[ \t]*\(/,
  // JS/TS class methods, Dart, C: `async name(a, b) {`, `name(a): Promise<T> {` alone on their line.
  /^[ \t]*(?:(?:async|static|get|set|public|private|protected)[ \t]+)*([A-Za-z_$][\w$]*)[ \t]*\([^()\n]*\)[ \t]*(?::[^{\n]{1,80})?\{[ \t]*$/,
  // With a modifier that says it is a method, any parameter list: `async sendToken(⏎  from,`, `async pay(cb = () => {}) {`.
  /^[ \t]*(?:(?:async|static|public|private|protected)[ \t]+)+([A-Za-z_$][\w$]*)[ \t]*\(/,
];

/**
 * An anonymous default export heading its body, in JS/TS: `export default async function (to, amount) {`,
 * `export default async ({ to, amount }) => {`, `module.exports = async function (`; named after its file (defaultExportName).
 */
const ANON_DEFAULT = /^[ \t]*(?:export[ \t]+default|module\.exports[ \t]*=)[ \t]*(?:async[ \t]*)?(?:function\b\*?[ \t]*\(|\([^()\n]*\)[ \t]*(?::[^=\n]{1,80})?=>|\((?=[^()\n]*,?[ \t]*$)|[A-Za-z_$][\w$]*[ \t]*=>)/;

/**
 * The name code imports an anonymous default export by: its file's (`lib/sendTokens.js` → `sendTokens`,
 * `send-tokens.ts` → `sendTokens`), or its folder's for an `index` file; undefined when that is no identifier.
 */
export function defaultExportName(path: string): string | undefined {
  const parts = path.replace(/\\/g, '/').split('/');
  let stem = (parts.pop() ?? '').replace(/\.[^.]*$/, '');
  if (stem === 'index') stem = parts.pop() ?? '';
  const name = stem.replace(/[-.]+([A-Za-z0-9])/g, (_m, c: string) => c.toUpperCase());
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : undefined;
}

/** Words that look like a call heading a block but are statements: never a function's name. */
const NOT_A_NAME = new Set(['if', 'for', 'foreach', 'while', 'switch', 'catch', 'return', 'function', 'elif', 'else', 'with', 'using', 'lock', 'synchronized', 'new', 'await', 'typeof', 'do', 'try', 'match', 'when', 'loop']);

/** The most lines a body is followed for: a function longer than this is cut (its findings past it have no name). */
const MAX_BODY_LINES = 400;

/**
 * Every named function of the text with its body's extent, in text order. Given the file's `path`, a JS/TS anonymous
 * default export is a function too, named as its importers call it (defaultExportName): the cross-file index asks so.
 */
export function functionSpans(text: string, kind: FileKind, path?: string): FunctionSpan[] {
  // The cross-file index reads a wrapped Python head as the head alone: followed into its body, a factory of
  // operator classes (a class attribute's withdraw example) became a mover on the tuned set.
  const anonymous = path !== undefined && (kind === 'javascript' || kind === 'typescript') ? defaultExportName(path) : undefined;
  return spansOf(text, readsByIndent(kind), false, anonymous);
}

// Released when a scan ends (textMemo.ts): the scanned text is not kept past it.
const SPANS = new TextMemo<FunctionSpan[]>();

/** functionSpans of the text last asked about, computed once: validators asking for every match of a file share it. */
export function cachedFunctionSpans(text: string, kind: FileKind): FunctionSpan[] {
  return SPANS.get(text, kind, () => functionSpans(text, kind));
}

/** True for the languages whose bodies end at a dedent (Python, notebooks, Ruby), not at a closing brace. */
export function readsByIndent(kind: FileKind): boolean {
  return kind === 'python' || kind === 'notebook' || kind === 'ruby';
}

/**
 * Every named function of the text, bodies by indentation (`byIndent`) or by braces; `wrapped`: a Python head whose
 * parameters close at its own indent (`):`, black's style) goes on to its body; `anonymous`: the name an anonymous
 * default export takes (none when undefined).
 */
export function spansOf(text: string, byIndent: boolean, wrapped = true, anonymous?: string): FunctionSpan[] {
  const spans: FunctionSpan[] = [];
  const lines = text.split('\n');
  const starts: number[] = new Array(lines.length);
  for (let i = 0, at = 0; i < lines.length; i++) {
    starts[i] = at;
    at += lines[i].length + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Cheap first: a head holds `(`, `def`, `fn` or `=>`.
    if (line.length > 400 || (!line.includes('(') && !line.includes('def'))) continue;
    let name = headName(line);
    // The body of an anonymous head is read from the line's start (no name to skip).
    let skip = name;
    if (!name && anonymous !== undefined && ANON_DEFAULT.test(line)) [name, skip] = [anonymous, ''];
    if (!name || skip === undefined) continue;
    const last = bodyEnd(lines, i, skip, byIndent, wrapped);
    if (last === undefined) continue;
    spans.push({ name, start: starts[i], end: starts[last] + lines[last].length, line: i });
  }
  return spans;
}

/** The name a function head on this line defines, if any. */
export function headName(line: string): string | undefined {
  for (const head of HEADS) {
    const m = head.exec(line);
    if (m && !NOT_A_NAME.has(m[1])) return m[1];
  }
  return undefined;
}

/**
 * The innermost named function around an offset (its body's end at or past `at`, or past it when `strict`), if any;
 * only heads at or after `from` count. Spans are in text order: a binary search and a walk back that stops where no
 * earlier body reaches `at`, so a file of many functions asked at each of its calls stays linear.
 */
export function enclosingSpan(spans: readonly FunctionSpan[], at: number, from = 0, strict = false): FunctionSpan | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  const reach = farthestEnds(spans);
  const past = strict ? at + 1 : at;
  for (let i = lo - 1; i >= 0 && spans[i].start >= from && reach[i] >= past; i--) if (spans[i].end >= past) return spans[i];
  return undefined;
}

/** Per list of spans, the farthest body end among its first i + 1 spans (a walk back stops below `at`). */
const REACH = new WeakMap<readonly FunctionSpan[], number[]>();

/** The farthest body end of each prefix of `spans`, computed once per list. */
function farthestEnds(spans: readonly FunctionSpan[]): number[] {
  let reach = REACH.get(spans);
  if (reach && reach.length === spans.length) return reach;
  reach = [];
  for (let i = 0, far = -1; i < spans.length; i++) reach.push(far = Math.max(far, spans[i].end));
  REACH.set(spans, reach);
  return reach;
}

/**
 * The index of the last line of the body whose head (defining `name`) is `lines[head]`, by indentation or by brace
 * balance; undefined for a brace-language declaration with no body.
 */
export function bodyEnd(lines: readonly string[], head: number, name: string, byIndent: boolean, wrapped = true): number | undefined {
  return byIndent ? indentEnd(lines, head, wrapped) : braceEnd(lines, head, name);
}

/** The last line of a body by indentation: the line before the next non-blank line indented no deeper than the head. */
function indentEnd(lines: readonly string[], head: number, wrapped: boolean): number {
  const own = indentOf(lines[head]);
  let last = head;
  for (let i = head + 1; i < lines.length && i <= head + MAX_BODY_LINES; i++) {
    const t = lines[i].trim();
    if (t === '' || t.startsWith('#')) continue;
    // Parameters one a line close at the head's indent (`):`, `) -> dict:`, black's style): still the head.
    if (indentOf(lines[i]) <= own && !(wrapped && /^[)\]]/.test(t))) return /^end\b/.test(t) ? i : last; // Ruby closes with `end` at the head's indent
    last = i;
  }
  return last;
}

/**
 * The line of the brace that closes the body: past the parameter list that opens after the name (whatever braces
 * its defaults hold), the first `{` within twelve lines; undefined for a declaration (`;` first) or no body.
 */
function braceEnd(lines: readonly string[], head: number, name: string): number | undefined {
  let parens = 0;
  let depth = 0;
  let inParams = false;
  let paramsDone = false;
  let opened = false;
  for (let i = head; i < lines.length && i <= head + MAX_BODY_LINES; i++) {
    const line = stripStrings(lines[i]);
    let c = 0;
    if (i === head) {
      const at = line.indexOf(name);
      c = at === -1 ? 0 : at + name.length;
    }
    for (; c < line.length; c++) {
      const ch = line[c];
      if (ch === '/' && line[c + 1] === '/') break;
      if (!paramsDone) {
        if (ch === '(') {
          parens++;
          inParams = true;
        } else if (ch === ')' && inParams && --parens === 0) paramsDone = true;
        else if (ch === '{' && !inParams) {
          // A body with no parameter list before it (`fn name<T>` generics end at `(` anyway): count it.
          paramsDone = true;
          c--;
        }
        continue;
      }
      if (ch === '{') {
        depth++;
        opened = true;
      } else if (ch === '}' && opened && --depth === 0) return i;
      else if (ch === ';' && !opened) return undefined; // `abstract void f();`, an interface method
    }
    // Parameters one a line, destructured options included (`{⏎ accountType,⏎ …⏎ } = {},`): up to 30 lines.
    if (!opened && i >= head + 30) return undefined;
  }
  return opened ? Math.min(lines.length - 1, head + MAX_BODY_LINES) : undefined;
}

/** The line with its string literals emptied, so braces inside them do not count. */
function stripStrings(line: string): string {
  return line.indexOf('"') === -1 && line.indexOf("'") === -1 && line.indexOf('`') === -1
    ? line
    : line.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\\n]|\\.)*`/g, '""');
}

/** Columns of leading whitespace (a tab counts as one). */
function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}
