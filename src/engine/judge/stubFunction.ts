// A function declared but not written yet (`def withdraw(…): pass`, `{ /* TODO */ }`, `raise NotImplementedError`):
// a call to it moves nothing, whatever its name says.
import type { Validator } from '../defineDetector';
import { cachedFunctionBody } from './enclosingFunction';

/** Stubs are short: a longer body is code (and the comment regex stays cheap on an unclosed comment). */
const MAX_STUB = 2000;
/** Comments and docstrings, which a stub's body may hold and nothing else; not `#[attr]`, `#!` or `this.#field`. */
const COMMENTS = /\/\*[^]*?\*\/|\/\/[^\n]*|(?<![\w$.])#(?![[!])[^\n]*|"""[^]*?"""|'''[^]*?'''/g;
/** What is left of a stub's body once its comments are gone. */
const STUB = /^(?:pass|\.\.\.|return(?: None| null| nil)?;?|raise NotImplementedError(?:\([^()]*\))?|throw new (?:Error|NotImplementedError|NotImplementedException|UnsupportedOperationException)\([^()]*\);?|todo!\([^()]*\)|unimplemented!\([^()]*\)|TODO\([^()]*\)|panic\("[^"]*not implemented[^"]*"\)|;)?$/;
/** Declarations whose body is a stub by design while another definition does the work. */
const DECLARED_ONLY = /@(?:typing\.)?overload\b|@(?:abc\.)?abstractmethod\b|\babstract\b/;

/** True when a function body holds no code: only comments, `pass`, `...` or a not-implemented error. */
export function isStubBody(body: string): boolean {
  if (body.length > MAX_STUB) return false;
  return STUB.test(body.replace(COMMENTS, '').replace(/\s+/g, ' ').trim());
}

/**
 * Drops a call to a same-file function whose body is a stub. An empty body counts only when it is written `{}`:
 * a body on the head's line (`def f(a): return x.withdraw(a)`, Ruby's `def f(a) = …`) reads as empty.
 */
export const notAStub: Validator = {
  name: 'not-a-stub',
  test: (value, ctx) => {
    const f = cachedFunctionBody(ctx.text, value);
    if (f === undefined || !isStubBody(f.body)) return true;
    if (f.body.trim() === '' && ctx.text[f.start - 1] !== '{') return true;
    return DECLARED_ONLY.test(ctx.text.slice(Math.max(0, f.start - 300), f.start));
  },
};
