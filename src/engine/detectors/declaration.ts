// Method declarations that look like calls: `async Task<Result<X>> IWithdrawClient.WithdrawAsync(Request r)` (C#
// explicit interface implementation), `fun Client.withdraw(coin: String)` (Kotlin extension), `void
// Client::withdraw(const std::string& coin)` (C++ out-of-class definition). A name preceded by a type is a
// declaration; a name preceded by an operator, `=`, `(`, `,` or a keyword (`return`, `await`) is a call.
import type { Validator } from '../defineDetector';
import type { FileKind } from '../types';
import { linesAboveStart } from '../text/linesAbove';

/** Languages where `Type Receiver.name(` declares: a bare word before an expression is otherwise a keyword. */
const TYPED: ReadonlySet<FileKind> = new Set<FileKind>(['csharp', 'java', 'kotlin', 'typescript', 'javascript', 'go', 'rust', 'swift', 'dart', 'c', 'cpp', 'scala']);
/** Words that precede an expression (a call), in the languages above; any other word before it is a type. */
const CALL_WORDS = new Set([
  'return', 'await', 'yield', 'throw', 'new', 'delete', 'typeof', 'in', 'of', 'instanceof', 'is', 'as', 'case', 'else',
  'do', 'go', 'defer', 'if', 'while', 'for', 'switch', 'match', 'when', 'try', 'not', 'and', 'or', 'select', 'where', 'from',
  'by', 'on', 'equals', 'into', 'out', 'ref', 'mut', 'move', 'box', 'co_await', 'co_return', 'co_yield', 'sizeof', 'assert',
  'goto', 'break', 'continue', 'then', 'satisfies', 'keyof', 'with', 'guard', 'repeat', 'let', 'var', 'val', 'const', 'echo', 'print',
]);
const IDENT = /[\w$]/;

/**
 * Where the receiver chain before the name starts: identifiers (with generic arguments) joined by `.` or `::`,
 * walked back by hand (an end-anchored regex retried at every start is quadratic); -1 when there is none.
 */
function receiverStart(line: string): number {
  let i = line.length;
  let found = -1;
  while (i > 0) {
    if (line[i - 1] === '.') i -= 1;
    else if (line.endsWith('::', i)) i -= 2;
    else break;
    if (line[i - 1] === '>') {
      // A generic argument list (`IFace<Req>.`): back to its `<`, over type characters only.
      let depth = 0;
      let j = i - 1;
      for (; j >= 0 && /[\w$ ,.?<>[\]]/.test(line[j]); j--) {
        if (line[j] === '>') depth++;
        else if (line[j] === '<' && --depth === 0) break;
      }
      if (j < 0 || line[j] !== '<') break;
      i = j;
    }
    const end = i;
    while (i > 0 && IDENT.test(line[i - 1])) i--;
    if (i === end || /\d/.test(line[i])) break;
    found = i;
  }
  return found;
}
/** Access modifiers leading a line up to the name, with no `=` or call between (a return type, a tuple type, generics). */
const MODIFIERS_LEAD = /^[ \t]*(?:public|private|protected|internal)[ \t]+(?:(?:static|async|virtual|override|sealed|abstract|extern|unsafe|new|partial|final|synchronized|readonly)[ \t]+)*[^=;({\n]*(?:\([^()=;\n]*\)[^=;({.\n]*)?$/;
/** A declaring keyword before the receiver: Kotlin `fun Client.withdraw(`, `suspend fun <T> Client.withdraw(`. */
const DECLARING = /\b(?:fun|def|function|fn|func)\b[^=(){};,]{0,120}$/;
/** A type right before the receiver: a word, a generic type, an array or nullable type, then blanks. */
const TYPE_BEFORE = /(?<![\w$.])([A-Za-z_$][\w$]{0,100})(?:<[\w$ ,.?<>[\]]{0,100}>|\[\]|\?)?[ \t]{1,20}$/;

/** A line holding only a return type (`void`, `static std::string`, `const Result &`), its last word captured. */
const RETURN_TYPE_LINE = /^(?:[A-Za-z_][\w:]{0,60}(?:<[\w:<>, *&]{0,100}>)?[ \t*&]{1,8}){0,4}?([A-Za-z_][\w:]{0,60})(?:<[\w:<>, *&]{0,100}>)?[ \t]*[*&]{0,2}$/;

/**
 * Go: a method of an interface or a func type, opening its line with typed parameters (`Withdraw(ctx
 * context.Context, r *Req) (*Resp, error)`); a call's arguments are expressions, never `name Type`.
 */
const GO_SIGNATURE = /^[A-Za-z_]\w{0,80}[ \t]*\([ \t]*(?:[A-Za-z_]\w{0,40}(?:[ \t]*,[ \t]*[A-Za-z_]\w{0,40}){0,8}[ \t]+(?:\.\.\.)?[*[\]\w.]{1,80}[ \t]*(?:,[ \t]*|(?=\))))+\)/;

/** True when the name at `nameStart` is declared here (a type or `fun` before its receiver), not called. */
export function isDeclaredName(text: string, nameStart: number, kind: FileKind): boolean {
  // Ruby and Crystal declare class methods on a receiver too (`def self.withdraw(…)`, `def self.withdraw currency`).
  if (!TYPED.has(kind) && kind !== 'ruby') return false;
  // The line's start within 400 characters (a minified line is not walked back whole per name).
  const lineStart = linesAboveStart(text, nameStart, 1, 400);
  if (kind === 'go' && /^[ \t]*$/.test(text.slice(lineStart, nameStart)) && GO_SIGNATURE.test(text.slice(nameStart, nameStart + 400))) return true;
  const line = text.slice(Math.max(lineStart, nameStart - 400), nameStart);
  // A member declared with access modifiers: no call starts its line with them (`public (string, string) Pull(`).
  if (kind !== 'ruby' && MODIFIERS_LEAD.test(line)) return true;
  const start = receiverStart(line);
  if (start === -1) return false;
  const before = line.slice(0, start);
  if (DECLARING.test(before)) return true;
  if (kind === 'ruby') return false;
  // C and C++ put the return type of an out-of-class definition on the line above (`void⏎Client::withdraw(`).
  if ((kind === 'c' || kind === 'cpp') && /^[ \t]*$/.test(before) && lineStart > 0 && /::/.test(line.slice(start))) {
    const prev = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trim();
    const type = RETURN_TYPE_LINE.exec(prev);
    if (type && !CALL_WORDS.has(type[1])) return true;
  }
  // Kotlin and Scala call infix functions by bare words (`a to b.withdraw()`): only `fun`/`def` declare there.
  if (kind === 'kotlin' || kind === 'scala') return false;
  // The end-anchored type needs a blank last and is read in the last 240 characters (the longest it matches): run
  // over a long line's prefix it tries every start (#22).
  const last = before.charCodeAt(before.length - 1);
  const type = last === 32 || last === 9 ? TYPE_BEFORE.exec(before.length > 240 ? before.slice(-240) : before) : null;
  if (type === null || CALL_WORDS.has(type[1])) return false;
  // `void` is an operator in JavaScript (`void client.withdraw()`), a return type elsewhere.
  return !(type[1] === 'void' && (kind === 'javascript' || kind === 'typescript'));
}

/** Drops method names that are declared, not called (see isDeclaredName). */
export const notADeclaration: Validator = {
  name: 'not-a-declaration',
  reach: { before: 0, after: 0 }, // the value's own line
  test: (_value, ctx) => !isDeclaredName(ctx.text, ctx.start, ctx.kind),
};
