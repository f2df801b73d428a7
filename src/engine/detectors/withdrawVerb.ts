// The HTTP verb of an endpoint string whose path is both a withdrawal and a query (KuCoin's and Gate's
// `/withdrawals`: POST withdraws, GET lists, DELETE cancels). Verbs are written many ways: `'POST'`, `"delete"`,
// `requests.post(`, `method: 'POST'`, Go's `http.MethodPost`, C#'s `HttpMethod.Post`, Java's `Method.POST`.
import type { MatchContext, Validator } from '../defineDetector';

/** A write verb as a word or as a verb constant (`MethodPost`, `HttpMethod.Delete`, `Method.PUT`). */
// Not `post-processing`, `put-call`: a hyphenated word is prose.
export const WRITE_VERB = /\b(?:(?:Http)?Method\.?)?(?:post|delete|put)\b(?!-)/i;
/** How far either side of the path a write verb counts: the same call or statement. */
const NEAR_CHARS = 160;
/**
 * Verb tokens that name a request's method later in the same function: quoted verbs and verb constants, not
 * method calls (`headers.get(` would read as GET). Generated OpenAPI clients (swagger-codegen's PHP, Java, C#
 * templates) assign `$resourcePath = '/withdrawals'` first, then build query, headers and body for 40–70 lines,
 * and give the verb last (`new Request('POST', …)`), so a window of a few lines misses it.
 */
const VERB_TOKEN = /["'](get|post|put|delete|patch|head)["']|\b(?:Http)?Method\.?(get|post|put|delete|patch|head)\b/gi;
/** The most lines read ahead; the function's end usually comes first. */
const MAX_LINES = 80;
/** A line that starts another function or method: the verb found after it belongs to that one. */
const FUNCTION_START = /^[ \t]{0,40}(?:(?:public|private|protected|internal|static|async|override|final|export|suspend)[ \t]{1,8}){0,6}(?:function|def|func|fn|fun|sub)\b|^[ \t]{0,40}(?:public|private|protected|internal)[ \t][^=;\n]{0,200}\(/m;
/** The most characters read ahead (minified code has few, very long lines). */
const MAX_CHARS = 8000;

/** The method of the first verb token after the path in the same function, lowercase; undefined when none. */
export function verbLaterInFunction(text: string, end: number): string | undefined {
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) return undefined;
  let stop = lineEnd;
  for (let i = 0; i < MAX_LINES && stop !== -1; i++) stop = text.indexOf('\n', stop + 1);
  let ahead = text.slice(lineEnd + 1, Math.min(stop === -1 ? text.length : stop, lineEnd + 1 + MAX_CHARS));
  const next = FUNCTION_START.exec(ahead);
  if (next) ahead = ahead.slice(0, next.index);
  VERB_TOKEN.lastIndex = 0;
  const m = VERB_TOKEN.exec(ahead);
  return m ? (m[1] ?? m[2]).toLowerCase() : undefined;
}

/** True when a write verb is written next to the path, or is the first verb given later in its function. */
export function writeVerbDecides(ctx: MatchContext): boolean {
  const around = ctx.text.slice(Math.max(0, ctx.start - NEAR_CHARS), ctx.end + NEAR_CHARS);
  if (WRITE_VERB.test(around) || /method[ \t]*[:=][ \t]*\\?["'](?:POST|DELETE|PUT)/i.test(around)) return true;
  const later = verbLaterInFunction(ctx.text, ctx.end);
  return later === 'post' || later === 'delete' || later === 'put';
}

/** Keeps paths that are also queries only when a write verb decides (see writeVerbDecides). */
export const writeVerb: Validator = { name: 'write-verb-decides', test: (_v, ctx) => writeVerbDecides(ctx) };
