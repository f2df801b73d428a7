// Where a function starts and ends in a text of any language, read without a parser: the name of the function a line
// sits in (a caller's name), and the parameters and body of a function defined in the text (what a helper does).
// The heads and extents are functionSpans.ts's (indented bodies end at their dedent, brace bodies at the brace
// that closes them): one reader of function extents, asked here about one offset or one name.
import { callArguments } from './callArguments';
import { bodyEnd, enclosingSpan, spansOf, type FunctionSpan } from './functionSpans';
import { INDEXED_TEXT, TextMemo } from './textMemo';
import { linesAboveStart } from '../text/linesAbove';

/**
 * The name of the function the offset `at` sits in, if its head is within `maxLines` lines above; `indented` reads
 * bodies by indentation (Python, Ruby: functionSpans.ts's readsByIndent), else by braces.
 */
export function enclosingName(text: string, at: number, indented: boolean, maxLines = 40): string | undefined {
  // A cap in characters too: a minified line is no function head worth reading.
  const start = linesAboveStart(text, at, maxLines, maxLines * 200);
  // A long text's functions are read once and looked up per offset: a file of many small senders asks at each send,
  // and reading the window above each one again made such a file quadratic (0.3 MB/s in the bench's worst case).
  if (text.length > INDEXED_TEXT) return enclosingSpan(WHOLE_SPANS.get(text, indented ? 'i' : 'b', () => spansOf(text, indented)), at, start)?.name;
  const lineEnd = text.indexOf('\n', at);
  // The window ends with the offset's line: a body still open there holds the offset.
  return enclosingSpan(spansOf(text.slice(start, lineEnd === -1 ? text.length : lineEnd), indented), at - start)?.name;
}

/** The functions of a long text, read as enclosingName reads a window (released when the scan ends). */
const WHOLE_SPANS = new TextMemo<FunctionSpan[]>();

/** The offset just after the bracket closing the one at `open` (strings skipped), or -1 within `cap` characters. */
function closingBracket(text: string, open: number, cap: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < Math.min(text.length, open + cap); i++) {
    const c = text[i];
    if (quote) { if (c === quote && text[i - 1] !== '\\') quote = ''; else if (c === '\n' && quote !== '`') quote = ''; continue; }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && --depth === 0) return i + 1;
  }
  return -1;
}

/** The offset of the end of the `n`th line after `at` (or the text's end). */
export function linesAfter(text: string, at: number, n: number): number {
  let to = at;
  for (let i = 0; i < n && to !== -1; i++) to = text.indexOf('\n', to + 1);
  return to === -1 ? text.length : to;
}

/** A function head defining `id` (a regex source): `def id(`, `function id(`, `func (r T) id(`, `fn id(`, `const id = (`. */
function headSource(id: string): string {
  return String.raw`^([ \t]*)(?:(?:(?:export|default|pub(?:\([a-z]+\))?|public|private|protected|static|final|async)[ \t]+)*(def|function\*?|fn|func(?:[ \t]*\([^()\n]*\))?)[ \t]+${id}|(?:(?:export[ \t]+)?(?:const|let|var)[ \t]+)${id}[ \t]*=[ \t]*(?:async[ \t]*)?)[ \t]*\(`;
}

/** Any function head, its name captured last. */
const ANY_HEAD = new RegExp(headSource('([A-Za-z_$][\\w$]*)'), 'gm');
/** Per long text, where each name's first head is: a file of many functions asks for each, and a search from the top per name is quadratic. */
const HEADS = new TextMemo<Map<string, number>>();

/** The first head defining `name` in the text, as a match of headSource (group 2: the keyword, if any). */
function headOf(text: string, name: string): RegExpExecArray | null {
  const id = name.replace(/\$/g, '\\$');
  // The index holds identifiers; a Ruby name (`send_eth!`, `valid?`) is searched for as before.
  if (text.length <= INDEXED_TEXT || !/^[A-Za-z_$][\w$]*$/.test(name)) return new RegExp(headSource(id), 'm').exec(text);
  const first = HEADS.get(text, '', () => {
    const byName = new Map<string, number>();
    for (const m of text.matchAll(ANY_HEAD)) {
      const n = m[3] ?? m[4];
      if (!byName.has(n)) byName.set(n, m.index);
    }
    return byName;
  });
  const at = first.get(name);
  if (at === undefined) return null;
  // The head found there, read again where it starts (same groups: indent, keyword): no regex compiled per name.
  AT_HEAD.lastIndex = at;
  return AT_HEAD.exec(text);
}

/** ANY_HEAD, matched only where it is asked (sticky). */
const AT_HEAD = new RegExp(ANY_HEAD.source, 'my');

/** A function's parameter names, its body and the body's offsets in the text. */
export interface FunctionBody { params: string[]; body: string; start: number; end: number }

/** The parameters and body (`maxLines` lines at most) of the first function `name` defined in the text, any language. */
export function functionBody(text: string, name: string, maxLines = 60): FunctionBody | undefined {
  // `def name(`, `function name(`, `func (r T) name(`, `fn name(`, `const name = (…) =>`: a `def` with no brace ends at
  // its dedent, a brace body at its closing brace, an arrow function with no brace at its line's end.
  const head = headOf(text, name);
  if (!head) return undefined;
  const open = head.index + head[0].length - 1;
  const params = callArguments(text, open).map((p) => /^\*{0,2}([A-Za-z_$][\w$]*)/.exec(p)?.[1] ?? '').filter(Boolean);
  const close = closingBracket(text, open, 2000);
  const afterParams = close === -1 ? open + 1 : close;
  const lineEnd = text.indexOf('\n', afterParams);
  const rest = text.slice(afterParams, lineEnd === -1 ? text.length : lineEnd);
  const cap = linesAfter(text, afterParams, maxLines);
  // A `def` is indented (Python, Ruby) unless its line opens a brace (Scala, Groovy).
  const brace = rest.indexOf('{');
  // The head's line and the lines after it, up to the cap: functionSpans.ts reads where the body ends.
  const lines = text.slice(head.index, cap).split('\n');
  const endOfLine = (n: number) => head.index + lines.slice(0, n + 1).join('\n').length;
  if (head[2] !== 'def' || /\{[ \t]*$/.test(rest)) {
    // A brace body, possibly after a return type or on the next line (`)\n{`); else an arrow's expression, to the line end.
    const next = brace !== -1 ? afterParams + brace : /^\s*\{/.test(text.slice(afterParams, afterParams + 200)) ? text.indexOf('{', afterParams) : -1;
    if (next === -1) return { params, body: rest, start: afterParams, end: afterParams + rest.length };
    const last = bodyEnd(lines, 0, name, false);
    // The body stops before the brace that closes it, on its last line; a body not closed by the cap runs to it.
    const lastEnd = last === undefined ? cap : endOfLine(last);
    const closing = last === undefined ? -1 : text.lastIndexOf('}', lastEnd - 1);
    const stop = closing >= Math.max(next + 1, lastEnd - lines[last ?? 0].length) ? closing : lastEnd;
    return { params, body: text.slice(next + 1, stop), start: next + 1, end: stop };
  }
  // Indented: the lines after the head's parameters, to the body's last line.
  const start = lineEnd === -1 ? text.length : lineEnd + 1;
  const end = Math.max(start, Math.min(text.length, endOfLine(bodyEnd(lines, 0, name, true) ?? 0)));
  return { params, body: text.slice(start, end), start, end };
}

const BODIES = new TextMemo<FunctionBody | undefined>();

/** functionBody (default line cap) remembered per name for the text last asked about: validators ask it at every call. */
export function cachedFunctionBody(text: string, name: string): FunctionBody | undefined {
  return BODIES.get(text, name, () => functionBody(text, name));
}
