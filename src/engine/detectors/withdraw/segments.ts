// A URL assembled from segment constants by a builder call (`GetUrl(api, v4, withdrawals, id)` under
// `HttpMethod.Delete`, each segment a constant of the file: `const string withdrawals = "withdrawals"`). The lone
// lowercase word is no path constant by itself (constants.ts skips it); resolved with the builder's other
// arguments, it is a table path, and the request's verb decides as for any path that is also a query.
import type { PatternSpec, Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { EXCHANGE_NEAR } from './shared';
import { definedPath } from './constants';
import { matchActionPath, nameSegments } from './table';
import { ownCallName, writeVerbDecides } from './verb';

/**
 * A bare withdrawal noun as a later argument of a call: `, withdrawals,`, `, withdrawals)`. The lookahead lets each
 * position fail on its first letter before the lookbehind runs (same matches, a third of the time).
 */
const SEGMENT_ARG = String.raw`(?=[Ww]ithdraw)(?<=,[ \t]{0,4})(?<name>[Ww]ithdraw(?:al)?s?)(?=[ \t]*[,)])`;

/** Name segments of a call that builds a URL from its arguments (`GetUrl`, `build_path`, `urljoin`). */
const BUILDER_WORDS = new Set(['url', 'uri', 'path', 'join', 'urljoin', 'build', 'combine']);
/** Arguments that add no segment: an absent id, a cancellation token. */
const NO_SEGMENT = /^(?:null|None|nil|default|undefined|ct|cancellationToken)$/;

/** The builder's argument list, from its open parenthesis before `start` to the matching close (one nesting level). */
function argumentsAround(text: string, start: number): string[] | undefined {
  const open = text.lastIndexOf('(', start);
  const close = text.indexOf(')', start);
  if (open === -1 || close === -1 || start - open > 200 || close - start > 200) return undefined;
  const inner = text.slice(open + 1, close);
  return inner.includes('(') ? undefined : inner.split(',').map((a) => a.trim());
}

/** Keeps a noun whose builder call, each constant argument resolved, is a withdrawal action sent with a write verb. */
const assembledAction: Validator = {
  name: 'withdraw-assembled-path',
  test: (value, ctx) => {
    const call = ownCallName(ctx.text, ctx.start);
    if (call === undefined || !nameSegments(call).some((s) => BUILDER_WORDS.has(s))) return false;
    if (definedPath(ctx.text, value)?.path.toLowerCase() !== value.toLowerCase()) return false;
    const args = argumentsAround(ctx.text, ctx.start);
    if (!args) return false;
    const parts: string[] = [];
    for (const a of args) {
      if (NO_SEGMENT.test(a)) continue;
      const literal = /^["'`]([^"'`]{1,60})["'`]$/.exec(a)?.[1];
      const defined = /^[A-Za-z_]\w{0,40}$/.test(a) ? definedPath(ctx.text, a)?.path : undefined;
      parts.push(literal ?? defined ?? '{}');
    }
    const hit = matchActionPath(parts.join('/'));
    return hit !== undefined && (!hit.ambiguous || writeVerbDecides(ctx));
  },
};

/** The pattern of the rest-endpoint detector for such segments. */
export const SEGMENT_USE_PATTERN: PatternSpec = {
  re: rx(SEGMENT_ARG),
  keywords: ['withdraw'],
  validate: [assembledAction],
  requires: { exchangeNear: EXCHANGE_NEAR },
};
