// A path constant that is both a withdrawal and a query (`API_WITHDRAWALS = "/wapi/v1/capital/withdrawals"`: POST
// withdraws, GET lists) says nothing where it is defined; each use decides by its own verb.
import type { PatternSpec, Validator } from '../defineDetector';
import { rx } from './fragments';
import { EXCHANGE_NEAR } from './withdrawShared';
import { matchActionPath } from './withdrawTable';
import { writeVerbDecides } from './withdrawVerb';

/** An UPPER_SNAKE constant named after withdrawals, used (not defined: no `=` or `:` after it). */
const CONST_USE = String.raw`(?<![A-Za-z0-9_$"'])(?<name>[A-Z][A-Z0-9_]{0,40}WITHDRAW[A-Z0-9_]{0,40})(?![A-Za-z0-9_$"'])(?![ \t]*(?::[^=\n]{0,60})?[ \t]*:?=(?!=))`;

/** The path a constant is given in the same file (`const NAME: &str = "…"`, `NAME = '…'`, `NAME := "…"`). */
function definedPath(text: string, name: string): string | undefined {
  const m = new RegExp(String.raw`\b${name}[ \t]*(?::[^=\n]{0,60})?[ \t]*:?=[ \t]*["'\`]([^"'\`\n]{1,200})["'\`]`).exec(text);
  return m?.[1];
}

/** Keeps the use of a constant whose path is an ambiguous table action, when that use's verb writes. */
const ambiguousConstWritten: Validator = {
  name: 'ambiguous-constant-written',
  test: (value, ctx) => {
    const path = definedPath(ctx.text, value);
    return path !== undefined && matchActionPath(path)?.ambiguous === true && writeVerbDecides(ctx);
  },
};

/** The pattern of the rest-endpoint detector for such uses. */
export const CONSTANT_USE_PATTERN: PatternSpec = {
  re: rx(CONST_USE),
  keywords: ['withdraw'],
  validate: [ambiguousConstWritten],
  requires: { exchangeNear: EXCHANGE_NEAR },
};
