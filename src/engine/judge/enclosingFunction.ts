// Where a function starts and ends in a text of any language, read without a parser: the name of the function a line
// sits in (a caller's name), and the parameters and body of a function defined in the text (what a helper does).
// Python and other indented `def` bodies end at their dedent; brace languages' bodies at the brace that closes them.
import { callArguments } from './callArguments';

/**
 * A function head of a brace language: a method with modifiers (Java, C#, Kotlin, PHP), a named function (Go, JS,
 * Rust, Ruby/Scala `def`), or a name bound to an arrow function (`withdrawAll = async (args) => {`, `const pay = (`).
 */
const HEAD = /^[ \t]*(?:(?:(?:public|private|protected|static|final|async|override|virtual|internal|synchronized|suspend)[ \t]+)+[\w<>[\],.? ]*?[ \t]|func[ \t]+(?:\([^)]*\)[ \t]*)?|(?:(?:export|default|pub(?:\([a-z]+\))?|async)[ \t]+)*(?:function\*?|fn|def)[ \t]+)([A-Za-z_$][\w$]*)[ \t]*\(|^[ \t]*(?:(?:public|private|protected|static|readonly|export|const|let|var)[ \t]+)*([A-Za-z_$][\w$]*)[ \t]*=[ \t]*(?:async[ \t]*)?\((?=[^\n]*=>|[^\n]*,[ \t]*$|[ \t]*$)/;

/** The name of the function the offset `at` sits in, if its head is within `maxLines` lines above (Python by indentation). */
export function enclosingName(text: string, at: number, python: boolean, maxLines = 40): string | undefined {
  // Python: the first `def` less indented than every block above the line. Other languages: the nearest head indented
  // less than the line (top-level code after a function is not in it).
  let from = at;
  for (let i = 0; i < maxLines && from > 0; i++) from = text.lastIndexOf('\n', from - 1);
  // A cap in characters too: a minified line is no function head worth reading.
  const lines = text.slice(Math.max(0, from + 1, at - maxLines * 200), at).split('\n');
  let indent = indentOf(lines[lines.length - 1]);
  for (let i = lines.length - 2; i >= 0; i--) {
    const line = lines[i];
    if (!python) {
      const head = HEAD.exec(line);
      if (head && indentOf(line) < indent) return head[1] ?? head[2];
      continue;
    }
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const own = indentOf(line);
    if (own >= indent) continue;
    const def = /^[ \t]*(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/.exec(line);
    if (def) return def[1];
    indent = own;
    if (own === 0) return undefined;
  }
  return undefined;
}

/** The indentation width of a line. */
function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}

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
function linesAfter(text: string, at: number, n: number): number {
  let to = at;
  for (let i = 0; i < n && to !== -1; i++) to = text.indexOf('\n', to + 1);
  return to === -1 ? text.length : to;
}

/** A function's parameter names, its body and the body's offsets in the text. */
export interface FunctionBody { params: string[]; body: string; start: number; end: number }

/** The parameters and body (`maxLines` lines at most) of the first function `name` defined in the text, any language. */
export function functionBody(text: string, name: string, maxLines = 60): FunctionBody | undefined {
  // `def name(`, `function name(`, `func (r T) name(`, `fn name(`, `const name = (…) =>`: a `def` with no brace ends at
  // its dedent, a brace body at its closing brace, an arrow function with no brace at its line's end.
  const id = name.replace(/\$/g, '\\$');
  const head = new RegExp(String.raw`^([ \t]*)(?:(?:(?:export|default|pub(?:\([a-z]+\))?|public|private|protected|static|final|async)[ \t]+)*(def|function\*?|fn|func(?:[ \t]*\([^()\n]*\))?)[ \t]+${id}|(?:(?:export[ \t]+)?(?:const|let|var)[ \t]+)${id}[ \t]*=[ \t]*(?:async[ \t]*)?)[ \t]*\(`, 'm').exec(text);
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
  if (head[2] !== 'def' || /\{[ \t]*$/.test(rest)) {
    // A brace body, possibly after a return type or on the next line (`)\n{`); else an arrow's expression, to the line end.
    const next = brace !== -1 ? afterParams + brace : /^\s*\{/.test(text.slice(afterParams, afterParams + 200)) ? text.indexOf('{', afterParams) : -1;
    if (next === -1) return { params, body: rest, start: afterParams, end: afterParams + rest.length };
    const end = closingBracket(text, next, cap - next);
    const stop = end === -1 ? cap : end - 1;
    return { params, body: text.slice(next + 1, stop), start: next + 1, end: stop };
  }
  // Indented: the lines after the head, up to the first code line indented no deeper than the head (comments aside).
  const start = lineEnd === -1 ? text.length : lineEnd + 1;
  const lines = text.slice(start, cap).split('\n');
  const stop = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#') && indentOf(l) <= head[1].length);
  const body = lines.slice(0, stop === -1 ? lines.length : stop).join('\n');
  return { params, body, start, end: start + body.length };
}
