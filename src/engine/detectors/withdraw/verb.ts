// The HTTP verb of an endpoint string whose path is both a withdrawal and a query (KuCoin's and Gate's
// `/withdrawals`: POST withdraws, GET lists, DELETE cancels). Verbs are written many ways: `'POST'`, `"delete"`,
// `requests.post(`, `method: 'POST'`, Go's `http.MethodPost`, C#'s `HttpMethod.Post`, Java's `Method.POST`.
import type { MatchContext, Validator } from '../../defineDetector';
import { nameSegments } from './table';
import { linesAboveStart } from '../../text/linesAbove';
import { cachedFunctionSpans, enclosingSpan } from '../../judge/functionSpans';
import { defaultVerbOfCall } from './defaultVerb';

/** A write verb as a word or as a verb constant (`MethodPost`, `HttpMethod.Delete`, `Method.PUT`, PHP's `Request::METHOD_POST`, C++'s `kPost`). */
// Not `post-processing`, `put-call`: a hyphenated word is prose.
// C++ enumerators spell it `kPost` (`HttpRequestType::kPost`).
export const WRITE_VERB = /\b(?:(?:Http)?Method\.?)?(?:post|delete|put)\b(?!-)|\bMETHOD_(?:POST|DELETE|PUT)\b|\bk(?:Post|Delete|Put)\b/i;
/** The verb glued to a client's method name: `this.postPrivate(`, `deleteSigned(`, `Http().DEL(`, Go generics' `httpPost[T](`. */
const GLUED_VERB = /\b(?:post|delete|put|del)(?:Private|Public|Signed|Auth|Json|Form)[A-Za-z]{0,10}[ \t]*\(|(?<![A-Za-z0-9_$])(?:http|do|send|make|api)(?:Post|Delete)(?:\[[^\]\n]{1,80}\])?[ \t]*\(|\.DEL[ \t]*\(|(?<![A-Za-z0-9])_+(?:[a-z0-9]+_)*(?:post|delete)(?:_[a-z0-9]+)*[ \t]*\(/;
/**
 * The call or annotation the path is an argument of, still open at the path (`@GET("…`, `this.getPrivate(`,
 * `requests.post(BASE + "…`, `self._delete('…`, `_send_post_request(`): its verb is the path's own and outranks any
 * verb nearby (`@DELETE` three lines up belongs to another method). The verb is any snake or camel segment of the
 * call's name; a name without one (`NewRequest(`, `format(`) leaves the verb to the text around.
 */
// A Rust macro (`format!(`) is a call too; calls closed before the value (`self.base_url()`) leave the outer one open.
// Type arguments may nest once (`http.post<ApiResponse<Withdrawal[]>>(`).
const OWN_CALL = /([A-Za-z_$][A-Za-z0-9_$]{0,60})!?[ \t]*(?:<(?:[^<>()\n]|<[^<>()\n]{0,80}>){0,80}>|\[[^\]\n]{0,80}\])?[ \t]*\((?=(?:[^()]|\([^()]*\))*$)/;
/** The verbs a call name's segment may be (`DEL` is a client's spelling of DELETE). */
const VERB_SEGMENT = /^(get|post|put|delete|patch|del)$/;
/** The other words a request helper's name may hold (`postPrivate`, `_send_post_request`, `http_delete`, `PostAsync`, `issuePostRequest`). */
const HELPER_WORDS = new Set([
  'private', 'public', 'signed', 'auth', 'authenticated', 'authed', 'json', 'form', 'async', 'send', 'do', 'make', 'http', 'https', 'api',
  'request', 'req', 'raw', 'call', 'execute', 'exec', 'with', 'without', 'params', 'as', 'signature', 'sign', 'user', 'resource', 'issue', 'perform',
]);
/** A version segment of a helper's name (`post_v4(`, `getV2(`): one helper per API version. */
const VERSION_WORD = /^v\d{1,2}$/;
/** One API of several, by its letter (`_post_sapi(`, `post_tapi(`: Binance's sapi/fapi/dapi, a trade API's tapi). */
const LETTER_API_WORD = /^[a-z]api$/;
/** A segment a request helper's name may hold besides its verb: a helper word or an API version. */
export function isHelperWord(segment: string): boolean {
  return HELPER_WORDS.has(segment) || VERSION_WORD.test(segment) || LETTER_API_WORD.test(segment);
}
/** A method variable assigned before the path (openapi-generator Go: `localVarHTTPMethod = http.MethodPost`, older `_nethttp.MethodPost`). */
// A client object's request type set before its path (`$this->type='POST'; $this->path='/wallet/withdrawals';`).
const METHOD_ASSIGNED = /[Mm]ethod[ \t]*:?=[ \t]*(?:(?:_?net)?http\.Method(\w+)|strings\.ToUpper\("(\w+)"\)|["'](\w+)["'])|(?:->|\.)type[ \t]*=[ \t]*["'](GET|POST|PUT|DELETE|PATCH)["']/g;
/** The most lines read back for a method variable. */
const MAX_LINES_BACK = 20;
/** How far either side of the path a write verb counts: the same call or statement. */
const NEAR_CHARS = 160;
/**
 * Verb tokens that name a request's method later in the same function: quoted verbs and verb constants, not
 * method calls (`headers.get(` would read as GET). Generated OpenAPI clients (swagger-codegen's PHP, Java, C#
 * templates) assign `$resourcePath = '/withdrawals'` first, then build query, headers and body for 40–70 lines,
 * and give the verb last (`new Request('POST', …)`), so a window of a few lines misses it. A helper whose name holds
 * the verb as a segment besides others (`_send_post_request(url`, `self._post(`, `sendPostRequest(`) counts too.
 */
const VERB_TOKEN = /["'](get|post|put|delete|patch|head)["']|\b(?:Http)?Method\.?(get|post|put|delete|patch|head)\b|\bMETHOD_(GET|POST|PUT|DELETE|PATCH|HEAD)\b/gi;
/** A request helper with the verb as one segment of its name besides others (see VERB_TOKEN); case matters here. */
const HELPER_VERB = /(?:\.|(?<![A-Za-z0-9_$]))(?:_+(?:[a-z0-9]+_)*|(?:[a-z0-9]+_)+)(get|post|put|delete|patch)(?:_[a-z0-9]+)*[ \t]*\(|(?<![A-Za-z0-9_$.])(get|post|put|delete|patch)(?:_[a-z0-9]+)+[ \t]*\(|(?<![A-Za-z0-9_$])(?:send|do|make|http|api)(Get|Post|Put|Delete|Patch)[A-Za-z0-9]*[ \t]*\(/g;
/** The most lines read ahead; the function's end usually comes first. */
const MAX_LINES = 80;
/** A line that starts another function or method: the verb found after it belongs to that one. */
export const FUNCTION_START = /^[ \t]{0,40}(?:(?:public|private|protected|internal|static|async|override|final|export|suspend|pub(?:\([a-z]{1,10}\))?|unsafe|const)[ \t]{1,8}){0,6}(?:function|def|func|fn|fun|sub)\b|^[ \t]{0,40}(?:public|private|protected|internal)[ \t][^=;\n]{0,200}\(/m;
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
  const first = [VERB_TOKEN.exec(ahead), firstRequestHelper(ahead)].filter((m) => m !== null).sort((x, y) => x!.index - y!.index)[0];
  return first ? first.slice(1).find(Boolean)!.toLowerCase() : undefined;
}

/** Words of a getter that computes a request's parts, not a request: `_get_signature(`, `get_headers(`, `get_timestamp(`. */
const PART_WORDS = new Set(['signature', 'sign', 'sig', 'header', 'headers', 'hmac', 'hash', 'digest', 'timestamp', 'nonce', 'time', 'url', 'uri', 'path', 'params', 'payload', 'body', 'key', 'secret']);

/** The first HELPER_VERB match that is a request helper: no `get` whose name holds a PART_WORDS segment. */
function firstRequestHelper(ahead: string): RegExpExecArray | null {
  HELPER_VERB.lastIndex = 0;
  for (let m = HELPER_VERB.exec(ahead); m; m = HELPER_VERB.exec(ahead)) {
    const getter = m.slice(1).find(Boolean)!.toLowerCase() === 'get';
    if (!getter || !nameSegments(m[0].replace(/[^A-Za-z0-9_]/g, '')).some((s) => PART_WORDS.has(s))) return m;
  }
  return null;
}

/** The name of the call or annotation the value is an argument of, still open at it (see OWN_CALL). */
export function ownCallName(text: string, start: number): string | undefined {
  // Within 300 characters: the call is read from at most that far back (a minified line is not walked whole).
  let from = linesAboveStart(text, start, 1, 300);
  // A path alone on its line (`this.postPrivate(\n  '/…'`) belongs to the call the line above opens.
  // So does one that starts with its base URL's placeholder (`axios.post(⏎  \`${this.base}/viewer/withdrawals\``).
  if (/^[ \t]*(?:`\$\{[^}\n]{0,60}\}|[`'"])?$/.test(text.slice(from, start)) && from > 0) from = linesAboveStart(text, from - 1, 1, 300);
  return OWN_CALL.exec(text.slice(Math.max(from, start - 300), start))?.[1];
}

/** The verb of the call or annotation the path is an argument of (see OWN_CALL), lowercase; undefined when none. */
export function ownVerb(text: string, start: number): string | undefined {
  return verbOfCallName(ownCallName(text, start));
}

/** The verb a request helper's name says (`postSigned`, `_get_request`), lowercase; undefined for any other name. */
function verbOfCallName(call: string | undefined): string | undefined {
  if (!call) return undefined;
  const segs = nameSegments(call.replace(/^[@$]/, ''));
  const verb = segs.find((s) => VERB_SEGMENT.test(s));
  // Only a request helper's name: `GetOrCreate(HttpMethod.Post, …)` is no GET. A helper that sends, then does more
  // with the answer, says so after its verb (`postAndMap(`, `get_and_parse(`): the verb is its request's.
  if (verb && segs[0] === verb && segs[1] === 'and') return verb === 'del' ? 'delete' : verb;
  if (!verb || !segs.every((s) => s === verb || isHelperWord(s))) return undefined;
  return verb === 'del' ? 'delete' : verb;
}

/** Characters per line a window of lines may read: a minified line is not walked whole. */
const LINE_CHARS = 400;

/** The text of up to `n` lines before `at` (or after, for n > 0), cut at a line that starts another function; at most (|n| + 1) × 400 characters. */
export function linesAround(text: string, at: number, n: number): string {
  if (n < 0) {
    const floor = Math.max(0, at - (1 - n) * LINE_CHARS);
    const win = text.slice(floor, at);
    let from = win.lastIndexOf('\n');
    for (let i = 0; i < -n && from > 0; i++) {
      const prev = win.lastIndexOf('\n', from - 1);
      if (FUNCTION_START.test(win.slice(prev + 1, from))) break;
      from = prev;
    }
    return win.slice(from + 1);
  }
  const win = text.slice(at, at + (n + 1) * LINE_CHARS);
  let to = win.indexOf('\n');
  for (let i = 0; i < n && to !== -1; i++) {
    const next = win.indexOf('\n', to + 1);
    if (FUNCTION_START.test(win.slice(to + 1, next === -1 ? undefined : next))) break;
    to = next;
  }
  return to === -1 ? win : win.slice(0, to);
}

/** The verb a method variable is given in the lines before the path, within the same function; lowercase. */
export function verbAssignedBefore(text: string, start: number): string | undefined {
  let verb: string | undefined;
  const back = linesAround(text, start, -MAX_LINES_BACK);
  METHOD_ASSIGNED.lastIndex = 0;
  for (let m = METHOD_ASSIGNED.exec(back); m; m = METHOD_ASSIGNED.exec(back)) verb = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase();
  return verb;
}

/** A Go request type's path getter, open at the path: `func (r *Pull) Path() string {⏎ return "`. */
const PATH_GETTER = /func[ \t]*\([ \t]*\w+[ \t]+\*?(\w+)[ \t]*\)[ \t]*(?:Path|Endpoint|URL|Url)[ \t]*\([ \t]*\)[^\n{]*\{[ \t]*\r?\n?[ \t]*return[ \t]*["'`]$/;

/**
 * The verb a Go request type gives in its own `Method()` when the path is returned by its `Path()` (the request
 * interface of go-bitflyer-like clients): the two are sibling methods, so the verb is never in the path's function.
 */
export function verbOfRequestType(text: string, start: number): string | undefined {
  const type = PATH_GETTER.exec(text.slice(Math.max(0, start - 200), start))?.[1];
  if (!type) return undefined;
  const m = new RegExp(String.raw`func[ \t]*\([ \t]*\w+[ \t]+\*?${type}[ \t]*\)[ \t]*Method[ \t]*\([ \t]*\)[^\n{]*\{\s{0,40}return[ \t]+(?:http\.Method(\w+)|"(\w+)")`).exec(text);
  return m ? (m[1] ?? m[2]).toLowerCase() : undefined;
}

/** A quoted verb as the argument just before or just after the path. */
// The path may follow a base URL it is joined to (`query_private("POST", URL + "/payments/withdrawal/%s"`).
export const VERB_BEFORE = /["'](GET|POST|PUT|DELETE|PATCH|get|post|put|delete|patch)["'][ \t]*,[ \t]*(?:[A-Za-z_$][\w$.]{0,40}[ \t]*\+[ \t]*)?["'`]$/;
// The path's string may go on with an interpolated id first (Scala's `s"/v1/withdrawal/$id", "get"`).
export const VERB_AFTER = /^(?:[$][{]?[A-Za-z_][\w.]{0,30}[}]?)?["'`]?[ \t]*,[ \t]*["'](GET|POST|PUT|DELETE|PATCH|get|post|put|delete|patch)["']/;

/**
 * The verb written at the path itself, lower-case: its own call or annotation; else the argument beside it
 * (`Request("GET", "api/x", p)`, `callApi('/x', 'GET', …)`); else a request type's sibling Method() (a path getter's
 * verb is its type's, not one of the methods around it). Undefined when none of them says.
 */
export function verbAtPath(ctx: MatchContext): string | undefined {
  const call = ownCallName(ctx.text, ctx.start);
  const own = verbOfCallName(call);
  if (own) return own;
  // A local helper called without its verb makes its default's request (a neighbour's verb is not this call's).
  const fallback = call === undefined ? undefined : defaultVerbOfCall(ctx.text, ctx.start, call.replace(/^[@$]/, ''));
  if (fallback) return fallback;
  const beside = VERB_BEFORE.exec(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))?.[1] ?? VERB_AFTER.exec(ctx.text.slice(ctx.end, ctx.end + 30))?.[1];
  if (beside) return beside.toLowerCase();
  return verbOfRequestType(ctx.text, ctx.start) || undefined;
}

/** An id written right after the path (`/v1/withdrawal/$id`, `/withdrawals/{id}`, `/withdrawal/:id`). */
const ID_AFTER = /^(?:\$\{?|\{|:)[A-Za-z_]/;
/** A function whose name starts by reading (`getWithdrawal(`, `fetch_withdrawal(`). */
const READER_NAME = /^_*(?:get|fetch|query|read|list|find)(?:[A-Z_]|$)/;

/**
 * Drops a path whose own call or argument beside it says GET when it reads one withdrawal: an id follows the path
 * (`http(s"/v1/withdrawal/$id", "get")`) or its function is a getter (`getWithdrawal() { return this.http.get<T>('/withdrawal') }`).
 * Some APIs withdraw by GET (`call_api('/private/withdraw', 'GET', …)` in `private_withdraw_get`): those keep it.
 */
export const notReadVerbAtPath: Validator = {
  name: 'not-read-verb-at-path',
  test: (_v, ctx) => {
    if (verbAtPath(ctx) !== 'get') return true;
    if (ID_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 4))) return false;
    const fn = enclosingSpan(cachedFunctionSpans(ctx.text, ctx.kind), ctx.start)?.name;
    return !(fn && READER_NAME.test(fn));
  },
};

/** True for a verb that writes: POST, DELETE, PUT (lower-case). */
export const isWrite = (verb: string | undefined): boolean => verb === 'post' || verb === 'delete' || verb === 'put';

/**
 * True when the path's own call or annotation has a write verb; else when a write verb is written next to the
 * path, assigned to a method variable just before it, or is the first verb given later in its function.
 */
export function writeVerbDecides(ctx: MatchContext): boolean {
  const close = verbAtPath(ctx);
  if (close) return isWrite(close);
  const around = ctx.text.slice(Math.max(0, ctx.start - NEAR_CHARS), ctx.end + NEAR_CHARS);
  if (WRITE_VERB.test(around) || GLUED_VERB.test(around) || /method[ \t]*[:=][ \t]*\\?["'](?:POST|DELETE|PUT)/i.test(around)) return true;
  const before = verbAssignedBefore(ctx.text, ctx.start);
  if (before) return isWrite(before);
  return isWrite(verbLaterInFunction(ctx.text, ctx.end));
}

/** Keeps paths that are also queries only when a write verb decides (see writeVerbDecides). */
export const writeVerb: Validator = { name: 'write-verb-decides', test: (_v, ctx) => writeVerbDecides(ctx) };

/** Segments of a call that makes a request's signature (`sign_private(…)` may send: a verb alone says nothing); SENT_BY of one that sends it too. */
const SIGNS = new Set(['signer', 'signature', 'hmac', 'digest', 'hash']);
const SENT_BY = new Set(['request', 'send', 'call', 'fetch', 'post', 'delete', 'execute', 'submit', 'http', 'get', 'put']);

/** Drops a path handed to a call that only signs it (`generateSignature("v2/auth/w/withdraw", nonce, body)`): the request is elsewhere. */
export const notASignatureArgument: Validator = {
  name: 'not-a-signature-argument',
  reach: { before: 300, after: 0 },
  test: (_v, ctx) => {
    const segs = nameSegments((ownCallName(ctx.text, ctx.start) ?? '').replace(/^[#@$]/, ''));
    return !(segs.some((s) => SIGNS.has(s)) && !segs.some((s) => SENT_BY.has(s)));
  },
};
