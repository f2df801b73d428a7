// Whether a name followed by `(` defines a function rather than calls one, in the languages KeyGuard reads: a head
// the function-span reader knows, a keyword before it, a type before it (`public String transfer(`,
// `Task<R> IClient.SendAsync(`, `async transfer(`), or a parameter list followed by a body (`transfer(⏎  to: string,⏎): R {`).
import type { Validator } from '../defineDetector';
import { headName } from './functionSpans';
import { linesAboveStart } from '../text/linesAbove';

/** Words that may stand right before a call's name without declaring it. */
const EXPRESSION_WORDS = /(?:^|[^\w$])(?:return|await|yield|new|else|do|throw|go|defer|then|and|or|not|in|case|echo|print|puts|if|elif|while|unless|until|assert|with|when|raise)$/;

/** True when the name spanning `start`–`end` (its `(` follows) is defined there, not called. */
export function isDefinitionSite(text: string, start: number, end: number): boolean {
  // Within 300 characters either side: a head is at its line's start, and a minified line is not read whole per call
  // (a 400 KB line of `send(` calls made a scan quadratic, #22).
  const lineStart = linesAboveStart(text, start, 1, 300);
  const after = text.slice(start, start + 300);
  const lineEnd = after.indexOf('\n');
  const before = text.slice(lineStart, start);
  if (headName(text.slice(lineStart, lineEnd === -1 ? start + after.length : start + lineEnd)) === text.slice(start, end)) return true;
  if (/\b(?:def|function|func|fn|fun|sub)\b[^(]*$|\bfunc[ \t]*\([^)]*\)[ \t]*$/.test(before)) return true;
  return declaredType(before) || (before.trim() === '' && bodyFollows(text, end));
}

/** True when the parameter list opening after `from` is followed by a body (`name(⏎  params: T,⏎): R {`): a method definition. */
function bodyFollows(text: string, from: number): boolean {
  let depth = 0;
  const stop = Math.min(text.length, from + 2000);
  for (let i = text.indexOf('(', from); i !== -1 && i < stop; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return /^[ \t]*(?::[^{};\n]{0,120})?\{/.test(text.slice(i + 1, i + 140)) || /^[ \t]*(?::[^{};\n]{0,120})?\r?\n[ \t]*\{/.test(text.slice(i + 1, i + 140));
  }
  return false;
}

/** True when a type stands before the name with no receiver (`Task<Result> CancelAsync(`): a declaration, not a call. */
export function declaredType(before: string): boolean {
  // An explicit interface member (`Task<R> IWithdrawClient.WithdrawAsync(`) declares too: judge what precedes the chain.
  // Only a prefix ending in `.`, `->` or `::` has a chain, read in its last 200 characters: the end-anchored chain
  // tries every start of a long prefix (#22).
  const tail = before.length > 200 ? before.slice(-200) : before;
  const t = (/[.>:]$/.test(tail) ? tail.replace(/(?:[A-Za-z_$][\w$]*(?:\?\.|\.|->|::))+$/, '') : tail).trimEnd();
  // An arrow's body (`.then((r) => pull(x))`) is an expression, though it ends in `>` like a generic type.
  return /[\w$>\]*?]$/.test(t) && !/=>$/.test(t) && !EXPRESSION_WORDS.test(t);
}

/** Drops a function's or method's own definition (`def sendtoaddress(self, a):`, `export async function transfer(`). */
export const notADefinitionSite: Validator = {
  name: 'not-a-definition-site',
  reach: { before: 200, after: 2000 },
  test: (_v, ctx) => !isDefinitionSite(ctx.text, ctx.start, ctx.end),
};
