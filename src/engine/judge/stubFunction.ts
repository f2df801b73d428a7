// A function declared but not written yet (`def withdraw(…): pass`, `{ /* TODO */ }`, `raise NotImplementedError`):
// a call to it moves nothing, whatever its name says.
import type { Validator } from '../defineDetector';
import { cachedFunctionBody } from './enclosingFunction';

/** Comments and docstrings, which a stub's body may hold and nothing else. */
const COMMENTS = /\/\*[^]*?\*\/|\/\/[^\n]*|#[^\n]*|"""[^]*?"""|'''[^]*?'''/g;
/** What is left of a stub's body once its comments are gone. */
const STUB = /^(?:pass|\.\.\.|return(?: None| null| nil)?;?|raise NotImplementedError(?:\([^()]*\))?|throw new (?:Error|NotImplementedError|NotImplementedException|UnsupportedOperationException)\([^()]*\);?|todo!\([^()]*\)|unimplemented!\([^()]*\)|;)?$/;

/** True when a function body holds no code: only comments, `pass`, `...` or a not-implemented error. */
export function isStubBody(body: string): boolean {
  return STUB.test(body.replace(COMMENTS, '').replace(/\s+/g, ' ').trim());
}

/** Drops a call to a same-file function whose body is a stub. */
export const notAStub: Validator = {
  name: 'not-a-stub',
  test: (value, ctx) => {
    const f = cachedFunctionBody(ctx.text, value);
    return f === undefined || !isStubBody(f.body);
  },
};
