// A write verb proven for a path, not guessed: the path's own call (`this.post('/wallet/withdraw'`), the verb argument
// beside it (`Fetch("POST", "/wallet/…"`), its request object (`Request.new(method: :post, path: path)`,
// `{ url: …, method: Method.POST }`), a method variable set before it, or a write call the name it is assigned to is
// handed to (`method_url = "/…"` then `self._make_post_request(method_url, …)`). Paths no exchange table names and no
// API version marks (a payment API's `/wallet/withdraw`, a web app's own `/api/withdraw/req`) are reported only then;
// verb.ts's looser reading (a verb word nearby, the first verb later in the function) would take any
// function's POST for theirs.
import type { MatchContext, Validator } from '../../defineDetector';
import { callEnd } from '../../judge/callArguments';
import { linesAboveStart } from '../../text/linesAbove';
import { isWrite, linesAround, ownVerb, verbAssignedBefore, verbAtPath, writeVerbDecides } from './verb';

/**
 * A request object's verb: a `method` field or argument given a verb (`method: :post`, `method: "POST"`,
 * `method = HTTPMethods.GET`, `:method => 'post'`), or a verb constant (`Method.POST`, `HttpMethod::Post`,
 * `http.MethodPost`, `Request::METHOD_POST`). A bare `post` word is not one.
 */
const REQUEST_VERB = /\b[Mm]ethod["']?[ \t]*(?::|=>|:?=)[ \t]*(?::|["']|[A-Za-z_]{1,30}(?:\.|::))?(get|post|put|delete|patch)\b|\b(?:Http)?Method(?:\.|::)(Get|Post|Put|Delete|Patch)\b|\bhttp\.Method(Get|Post|Put|Delete|Patch)\b|\bMETHOD_(GET|POST|PUT|DELETE|PATCH)\b/gi;
/** Lines of the request object read around the path: its statement, as generated clients and Ruby SDKs write it. */
const LINES_BEFORE = 2;
const LINES_AFTER = 5;

/** The verb of the request object around the path: the nearest REQUEST_VERB token, lowercase; undefined when none. */
function requestObjectVerb(ctx: MatchContext): string | undefined {
  const before = linesAround(ctx.text, ctx.start, -LINES_BEFORE);
  const after = linesAround(ctx.text, ctx.end, LINES_AFTER);
  let best: { d: number; verb: string } | undefined;
  for (const m of before.matchAll(REQUEST_VERB)) {
    const d = before.length - m.index;
    if (!best || d < best.d) best = { d, verb: m.slice(1).find(Boolean)!.toLowerCase() };
  }
  for (const m of after.matchAll(REQUEST_VERB)) {
    if (!best || m.index < best.d) best = { d: m.index, verb: m.slice(1).find(Boolean)!.toLowerCase() };
    break;
  }
  return best?.verb;
}

/** The name the path is assigned to on its line (`method_url = "`, `PathWithdrawal = "`, `static final String withdraw = '`, C#'s `var u = $"`). */
const ASSIGNED_TO = /(?<![A-Za-z0-9_$.])(?:(?:(static|final|readonly)|const|pub[ \t]+const|val|let|var)[ \t]+[^\n=]{0,40}?)?([A-Za-z_$][A-Za-z0-9_$]{0,60})["']?[ \t]*(?::[ \t]*&?[A-Za-z_'<>[\]]{1,30}[ \t]*)?(?::=|=)[ \t]*(?:[A-Za-z_.]{1,30}\()?(?:f|\$@?|@\$?)?["'`]$/;
/** A constant's name (`PATH_WITHDRAW`, Go's `PathWithdrawal`): its uses anywhere in the file count. */
const CONSTANT_NAME = /^(?:[A-Z][A-Z0-9_]*|[A-Z][a-z]+[A-Za-z0-9]*)$/;
/** The most uses of a name looked at, and how far after it a local variable's use counts. */
const MAX_USES = 30;
const LOCAL_LINES = 30;

const verbUnset = (text: string, at: number): boolean => ownVerb(text, at) === undefined;

/** The `(` of the call an argument on a later line belongs to (`send_post_request(⏎ session,⏎ url,`); -1 when none. */
function openParenBefore(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0 && i >= at - 400; i--) {
    const c = text.charAt(i);
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && (c === ';' || c === '{' || c === '}')) return -1;
  }
  return -1;
}

/** The assignment the path opens (`path = "`, `static final String P = "`), read within 200 characters of its line. */
function assignmentOf(ctx: MatchContext): RegExpExecArray | null {
  return ASSIGNED_TO.exec(ctx.text.slice(linesAboveStart(ctx.text, ctx.start, 1, 200), ctx.start));
}

/** True when the name the path is assigned to is handed, unquoted and uncalled, to a call whose own verb writes. */
export function assignedNamePosted(ctx: MatchContext): boolean {
  const m = assignmentOf(ctx);
  if (!m) return false;
  const name = m[2];
  const lineStart = ctx.start - m.input.length;
  // A constant (a class's static field, a capitalised name) is used anywhere in its file; a local variable (JS's
  // `const path = …` too) in the lines after it, in its function.
  const constant = m[1] !== undefined || CONSTANT_NAME.test(name);
  const scope = constant ? ctx.text : linesAround(ctx.text, ctx.end, LOCAL_LINES);
  const offset = constant ? 0 : ctx.end;
  const use = new RegExp(String.raw`(?<![A-Za-z0-9_$])${name.replace(/\$/g, '\\$')}(?![A-Za-z0-9_$(])`, 'g');
  let seen = 0;
  for (const u of scope.matchAll(use)) {
    const at = offset + u.index;
    if (at >= lineStart && at <= ctx.end) continue; // the definition itself
    if (++seen > MAX_USES) break;
    const open = verbUnset(ctx.text, at) ? openParenBefore(ctx.text, at) : -1;
    let verb = ownVerb(ctx.text, at) ?? (open === -1 ? undefined : ownVerb(ctx.text, open + 1));
    // Wrapped in a URL helper first (`requests.post(full_url(host, url), …)`, `axios.post(spotUrl(endpoint), body)`):
    // the call around the helper's sends it.
    if (verb === undefined && open !== -1) {
      const outer = openParenBefore(ctx.text, open);
      if (outer !== -1) verb = ownVerb(ctx.text, outer + 1);
    }
    if (verb && isWrite(verb)) return true;
  }
  return false;
}

/** A method option in a call's arguments: Ruby's `method: :get` / `:method => :post`, `method: 'GET'`, `method="DELETE"`. */
const METHOD_OPTION = /(?::method[ \t]*=>|(?<![A-Za-z0-9_$.])method[ \t]*[:=])[ \t]*(?::|["'])(get|post|delete|put|patch)(?![A-Za-z])/i;

/**
 * The verb the name a path is assigned to is sent with on its first use in the next three lines, when the call it is
 * handed to spells it as a method option (`path = "/withdrawals/#{id}"` then `authed_request(path, {method: :get})`).
 */
function methodOptionOfUse(ctx: MatchContext): string | undefined {
  // The path's line whole within 200 characters, and its end within 300 (a minified line is none).
  const lineStart = linesAboveStart(ctx.text, ctx.start, 1, 200);
  if (lineStart > 0 && ctx.text.charCodeAt(lineStart - 1) !== 10) return undefined;
  const name = assignmentOf(ctx)?.[2];
  if (name === undefined) return undefined;
  const lineEnd = ctx.text.slice(ctx.end, ctx.end + 300).indexOf('\n');
  if (lineEnd === -1) return undefined;
  const from = ctx.end + lineEnd + 1;
  const below = ctx.text.slice(from, from + 600).split('\n').slice(0, 3).join('\n');
  const use = below.search(new RegExp(String.raw`(?<![A-Za-z0-9_$])${name.replace(/\$/g, '\\$')}(?![A-Za-z0-9_$(])`));
  if (use === -1) return undefined;
  // From the use to the end of the call it is handed to (its options may follow on later lines), else its line.
  const open = openParenBefore(ctx.text, from + use);
  const end = open === -1 ? -1 : callEnd(ctx.text, open);
  return METHOD_OPTION.exec(end === -1 ? below.slice(use).split('\n')[0] : ctx.text.slice(from + use, end))?.[1].toLowerCase();
}

/** True when a write verb is proven for the path (see the header); a read verb proven first says no. */
export function provenWriteVerb(ctx: MatchContext): boolean {
  const close = verbAtPath(ctx);
  if (close) return isWrite(close);
  const object = requestObjectVerb(ctx) ?? verbAssignedBefore(ctx.text, ctx.start);
  if (object) return isWrite(object);
  const option = methodOptionOfUse(ctx);
  if (option) return isWrite(option);
  return assignedNamePosted(ctx);
}

/** Keeps a path whose write verb is proven (see provenWriteVerb). */
export const provenWrite: Validator = { name: 'proven-write-verb', test: (_v, ctx) => provenWriteVerb(ctx) };

/** verb.ts's reading, or the constant the path is assigned to posted (`Post<R>(WithdrawApiPath, p)` below it). */
// The method option of the name's use decides first: the verbs near the path may be the neighbouring function's.
export const writeVerbOrPosted: Validator = {
  name: 'write-verb-or-posted',
  test: (_v, ctx) => {
    const option = methodOptionOfUse(ctx);
    return option ? isWrite(option) : writeVerbDecides(ctx) || assignedNamePosted(ctx);
  },
};
