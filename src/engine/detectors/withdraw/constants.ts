// Where a withdrawal path held in a constant or variable is sent. SDKs define the path once
// (`CREATE_WITHDRAW_PATH = "/v1/dw/withdraw/api/create"`, `const withdrawApiUrl = "/api/v5/asset/withdrawal"`) and
// post it elsewhere (`executePostWithSignature(CREATE_WITHDRAW_PATH, b)`, `axios.post(`${base}${withdrawApiUrl}`)`,
// a Go request literal `endpoint: types.CryptoWithdrawEndpoint` under `method: MethodPost`). The definition is reported
// by the path patterns; this reports the use that sends it. A path that is also a query (`/withdrawals`: POST
// withdraws, GET lists) says nothing where it is defined: each use decides by its own verb.
import type { MatchContext, PatternSpec, Validator } from '../../defineDetector';
import { inString } from '../../judge/codeContext';
import { TextMemo } from '../../judge/textMemo';
import { rx } from '../fragments';
import { EXCHANGE_NEAR } from './shared';
import { isUnknownWithdrawPath } from './pathShape';
import { anyVerbMethodExchange, isWithdrawActionName, matchActionPath, nameSegments } from './table';
import { FUNCTION_START, isHelperWord, isWrite, ownCallName, ownVerb, verbAtPath, verbLaterInFunction, writeVerbDecides } from './verb';
import { importedOrRouted, isActionPath } from './indexedPaths';
import { lineStartWithin } from '../../text/linesAbove';

/** A type declaration's keyword just before a name. */
const TYPE_DECLARED = /\b(?:interface|class|object|enum|struct|trait|record|protocol|type)[ \t]+$/;
/** A member call that fills a path template's placeholders (`P.FillPathParameters(id)`, `P.format(id)`, `P.replace("{id}", id)`). */
const FILL_MEMBER = String.raw`(?:[Ff]ill[A-Za-z]{0,30}|[Ff]ormat(?:ted)?|[Rr]eplace(?:All)?|[Ee]xpand)`;

/**
 * A name that says withdraw, used (not defined: no `=`, `:=`, `<-`, typed `: T =` or Go's `Name Type =` after it; not
 * called: no `(`; not an object whose member is read: no `.`, but for a template's fill, FILL_MEMBER), optionally qualified (`types.CryptoWithdrawEndpoint`,
 * `self.WITHDRAW_URL`: the qualifier is not read). A single lowercase or capitalised word (`withdraw`, `Withdrawals`)
 * is prose or a local value, never a path constant.
 */
const CONST_USE = String.raw`(?<![A-Za-z0-9_$"'\`/<-])(?![A-Za-z][a-z]*(?![A-Za-z0-9_]))(?<name>[A-Za-z0-9_]{0,40}(?:[Ww]ithdraw|WITHDRAW)[A-Za-z0-9_]{0,40})(?![A-Za-z0-9_$"'\`(<\[/-])(?!\.(?!${FILL_MEMBER}[ \t]*\())(?![ \t]*[(<]|[ \t]*<-|[ \t]*(?::[^=\n]{0,60})?[ \t]*:?=(?!=))(?![ \t]+[A-Za-z_][A-Za-z0-9_.]{0,40}[ \t]*=(?!=))`;

/**
 * The path a name is given in the same file (`const NAME: &str = "…"`, `NAME = '…'`, `NAME := "…"`, or a request
 * config `NAME = { url: '…', method: 'POST' }`, whose own verb then decides); undefined when none.
 */
export function definedPath(text: string, name: string): { path: string; posts?: boolean } | undefined {
  // A file uses the same constant many times: look each name up once per text.
  return DEFINED_PATHS.get(text, name, () => findDefinedPath(text, name));
}
/** Per text, the path each name is given (released when the scan ends: no file text stays behind). */
const DEFINED_PATHS = new TextMemo<{ path: string; posts?: boolean } | undefined>();

/** definedPath without the cache. */
function findDefinedPath(text: string, name: string): { path: string; posts?: boolean } | undefined {
  const m = new RegExp(String.raw`\b${name}(?![A-Za-z0-9_$])[ \t]*(?::[^=\n]{0,60})?(?:[ \t]+[A-Za-z_][A-Za-z0-9_.]{0,40})?[ \t]*:?=[ \t]*(?:[A-Za-z_]{1,10}\(|(\{)[^}\n]{0,40}?["']?(?:url|path|endpoint)["']?[ \t]*:[ \t]*)?["'\`]([^"'\`\n]{1,200})["'\`]([^}\n]{0,120})`).exec(text);
  if (!m) return undefined;
  return { path: m[2], posts: m[1] ? /method["']?[ \t]*:[ \t]*["'](?:POST|DELETE)["']/i.test(m[3]) : undefined };
}

/** A name minus the words that say it holds a path (`CREATE_WITHDRAW_PATH` → create, withdraw). */
function actionWords(name: string): string {
  return nameSegments(name).filter((s) => !/^(?:path|url|uri|endpoint|endpoints|api|route|const|key|str)$/.test(s)).join('_');
}

/** A name that says it holds a path: `CryptoWithdrawEndpoint`, `WithdrawUrl`. */
const PATH_WORD_LAST = /(?:Path|Url|URL|Uri|Endpoint|Route|Api|_path|_url|_uri|_endpoint|_route)$/;
/** Or says so first (Go's `PathWithdrawal`, `urlWithdraw`, `endpoint_withdraw`); not a plural (`PathWithdraws`: LBank's list). */
const PATH_WORD_FIRST = /^(?:[Pp]ath|[Uu]rl|URL|[Ee]ndpoint|[Rr]oute)(?:[A-Z]|_[a-z])[A-Za-z0-9_]*[^s]$/;

/** Words of a name that holds a value, not a request (`withdraw_amount`, `withdrawQty`). */
const VALUE_WORDS = new Set(['amount', 'amounts', 'qty', 'quantity', 'balance', 'value', 'percent', 'ratio', 'sum']);

/**
 * Words of a name that holds an error or a message about a withdrawal, or an on-chain value of its signed request
 * (`WITHDRAW_VERIFYING_CONTRACT`, an EIP-712 domain's contract address), not its path.
 */
const NOT_PATH_WORDS = new Set(['err', 'error', 'errors', 'exception', 'missing', 'invalid', 'msg', 'message', 'contract', 'verifying', 'address', 'addr', 'abi', 'typehash', 'selector']);

/** Words a request helper's name may hold besides verb.ts's helper words: its verbs, `invokeApi(`, `fetchJson(`, `urlopen(`, Spring's `postForObject(`. */
const MORE_REQUEST_WORDS = new Set(['get', 'post', 'put', 'delete', 'del', 'patch', 'invoke', 'fetch', 'submit', 'new', 'query', 'urlopen', 'for', 'object', 'entity']);

/** Calls that build a URL from the path (`base.join(P)`, `fmt.Sprintf("%s%s", h, P)`): the request comes after. */
const URL_BUILDERS = new Set(['join', 'urljoin', 'format', 'sprintf', 'concat', 'resolve', 'build', 'url', 'uri', 'combine', 'append', 'string', 'fill', 'expand', 'interpolate', 'replace']);

/** A write verb as the very next argument: `, http.MethodPost`, `, "POST"`, `, HttpMethod.Delete`, `, Request::METHOD_POST`. */
const WRITE_VERB_NEXT = /^[ \t]*,[ \t]*(?:["'](?:POST|DELETE|PUT)["']|(?:[A-Za-z_]{1,20}(?:\.|::))?(?:(?:Http)?Method\.?(?:Post|Delete|Put|POST|DELETE|PUT)|METHOD_(?:POST|DELETE|PUT))(?![A-Za-z0-9_]))/;

/** Words of a call that builds headers or registers a server's route or a mock for the request (`registerApiHandler(P, "POST", h)`). */
export const NOT_A_SENDER = new Set(['header', 'headers', 'handle', 'handler', 'handlers', 'route', 'router', 'register', 'mock', 'stub', 'expect']);
/** Words that name a request maker (`doRequest`, `api_call`, `sendHttp`, `executeApi`). */
const REQUEST_NAME_WORDS = new Set(['request', 'req', 'call', 'send', 'http', 'api', 'execute', 'invoke', 'fetch']);

/** True when the use's own call is a request helper that sends it with a write verb (or sends an action outright). */
function sentByOwnCall(call: string, ctx: MatchContext, ambiguous: boolean, anyVerb = false): boolean {
  const segs = nameSegments(call.replace(/^[@$]/, ''));
  // The path and a write verb handed together to a helper that says it makes a request, whatever else it says
  // (`forgeAndAuthorizeKrakenAPIRequest(ctx, P, http.MethodPost, …)`); a signer or header builder only signs them, a
  // server's route or a test's mock receives them.
  if (segs.some((s) => REQUEST_NAME_WORDS.has(s)) && !segs.some((s) => SIGNED_TEXT_WORDS.has(s) || NOT_A_SENDER.has(s))
    && WRITE_VERB_NEXT.test(ctx.text.slice(ctx.end, ctx.end + 60))) return true;
  if (segs.some((s) => URL_BUILDERS.has(s))) return !buildsSignedText(ctx) && (anyVerb || writeVerbDecides(ctx) || isWrite(clientVerbLater(ctx)));
  if (!segs.every((s) => isHelperWord(s) || MORE_REQUEST_WORDS.has(s))) return false;
  // An API that sends every method with one verb (Deribit's JSON-RPC over GET): the helper sends the action.
  if (anyVerb) return true;
  const verb = ownVerb(ctx.text, ctx.start);
  if (verb) return verb === 'post' || verb === 'delete' || verb === 'put';
  // A verb-less helper (`request(P, Const::GET, p)`) takes the verb as another argument: a read verb there says query.
  if (READ_VERB_ARG.test(ctx.text.slice(ctx.end, ctx.end + 80).split(/[;\n]/)[0]) || READ_VERB_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))) return false;
  return !ambiguous || writeVerbDecides(ctx);
}

/** An HTTP client's verb call (`reqwest::Client::new().post(url.as_str())`, `client.put(u)`), lowercase in group 1. */
const CLIENT_CALL = /\.(get|post|put|delete|patch)[ \t]*\(/i;

/**
 * The verb of the first client call later in the function, where nothing else says one: the URL a builder makes
 * (`Url::parse(&format!("{URL_SERVER}{URL_WITHDRAWS_KRW}"))`) is sent a few lines on. A map's `.get(` first says read.
 */
function clientVerbLater(ctx: MatchContext): string | undefined {
  if (verbAtPath(ctx) !== undefined || verbLaterInFunction(ctx.text, ctx.end) !== undefined) return undefined;
  const lineEnd = ctx.text.indexOf('\n', ctx.end);
  if (lineEnd === -1) return undefined;
  let ahead = ctx.text.slice(lineEnd, lineEnd + 1500);
  const next = FUNCTION_START.exec(ahead.slice(1));
  if (next) ahead = ahead.slice(0, next.index + 1);
  return CLIENT_CALL.exec(ahead)?.[1].toLowerCase();
}

/** Words of a name that holds the text a request is signed over (`message`, `prehash`, `to_sign`), not the request. */
const SIGNED_TEXT_WORDS = new Set(['message', 'msg', 'prehash', 'presign', 'sign', 'signature', 'digest', 'what']);

/**
 * True when the path is formatted into a name that holds the text to sign (`let message = format!("{ts}POST{}{body}",
 * P)`): the request that sends it comes a few lines later and is reported there.
 */
function buildsSignedText(ctx: MatchContext): boolean {
  const before = ctx.text.slice(lineStartWithin(ctx.text, ctx.start), ctx.start);
  const target = /^[ \t]*(?:(?:let|const|var|val|mut|final|String|string)[ \t]+)*(?:self\.|this\.)?([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,40})?:?=(?!=)/.exec(before)?.[1];
  return target !== undefined && nameSegments(target).some((w) => SIGNED_TEXT_WORDS.has(w));
}

/** A read verb among the arguments after the path: `Const::GET`, `"GET"`, `HttpMethod.Get`, `http.MethodGet`. */
const READ_VERB_ARG = /^[^)]*?(?:\bGET\b|["']get["']|\bMethod\.?Get\b)/;
/** A read verb among the arguments before the path, in the same call: `_request_without_params(GET, P)`. */
const READ_VERB_BEFORE = /\([^()\n]{0,40}?(?:\bGET\b|["']get["']|\bMethod\.?Get\b)[^()\n]{0,40}$/;

/** Keeps a use whose path (defined in the file or another file of the workspace, else read from its name) is a withdrawal action that this use sends. */
export const withdrawPathSent: Validator = {
  name: 'withdraw-path-sent',
  test: (value, ctx) => {
    // An import of the name (`from app.consts import WITHDRAW_URL`), a server's route on it (`router.post(WITHDRAW_PATH, h)`),
    // a type declared by the name (`interface UpbitWithdrawsApi {`: a client's annotated methods below post, not it).
    if (importedOrRouted(ctx.text, ctx.start) || TYPE_DECLARED.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
    // A word of a message's text (`NEW WITHDRAWAL REQUEST` in a chat message): spaced like prose inside a string.
    if (/\s/.test(ctx.text[ctx.start - 1] ?? '') && /\s/.test(ctx.text[ctx.end] ?? '') && inString(ctx.text, ctx.start)) return false;
    // Defined here, else in another file of the workspace (scan option `pathConstants`, crossfile/pathConstants.ts).
    const def: { path: string; posts?: boolean; linked?: true } | undefined = definedPath(ctx.text, value) ?? linkedPath(ctx, value);
    // An error or message constant about a withdrawal (`ERR_WITHDRAWAL_MISSING_PARAMETERS`) is returned, never sent;
    // but a name is only a name: one defined as a path (`WITHDRAW_MSG_URL = '/capital/withdraw/apply'`) is a path.
    if (!def?.path.includes('/') && nameSegments(value).some((s) => NOT_PATH_WORDS.has(s))) return false;
    let ambiguous = true;
    let anyVerb = false;
    if (def !== undefined) {
      const hit = matchActionPath(def.path);
      // Another file's send or unversioned withdrawal path (`/api/transfers/send`): its use's write verb decides.
      if (!hit && !isUnknownWithdrawPath(def.path) && !(def.linked && isActionPath(def.path))) return false;
      ambiguous = def.posts !== undefined ? !def.posts : (hit?.ambiguous ?? true);
      if (def.posts === false) return false;
      anyVerb = hit?.anyVerb === true;
    } else if (/^[A-Z0-9_]+$/.test(value) && anyVerbOfFile(ctx.text, actionWords(value))) {
      // Defined in another file (`pub const CANCEL_WITHDRAWAL: &str = "/private/cancel_withdrawal"` in constants.rs):
      // the constant is named for the RPC method of an any-verb API that the file's client is written for.
      anyVerb = true;
    } else if (!isWithdrawActionName(actionWords(value)) || !(/^[A-Z0-9_]+$/.test(value) || PATH_WORD_LAST.test(value) || PATH_WORD_FIRST.test(value))) {
      // Not given a string here, only a constant (`CREATE_WITHDRAW`) or a name that says it holds a path
      // (`CryptoWithdrawEndpoint`, `withdraw_url`) is a path: `data=withdraw`, `WithdrawalRequest r` are bodies and types.
      return false;
    }
    // A name alone says only what it holds: a send helper (no verb of its own) sends it unless it holds an amount.
    if (def === undefined && nameSegments(value).some((s) => VALUE_WORDS.has(s))) return false;
    if (def === undefined) ambiguous = false;
    const call = ownCallName(ctx.text, ctx.start);
    if (call !== undefined) return sentByOwnCall(call, ctx, ambiguous, anyVerb);
    return writeVerbDecides(ctx);
  },
};

/** The path another file gives a name this text uses (scan option `pathConstants`), with its definition's verb. */
function linkedPath(ctx: MatchContext, name: string): { path: string; posts?: boolean; linked: true } | undefined {
  const c = ctx.pathConstants?.get(name);
  return c && { path: c.path, posts: c.posts, linked: true };
}

/** True when `words` (a constant's action words) name an any-verb API's RPC method and the file names that exchange. */
function anyVerbOfFile(text: string, words: string): boolean {
  const ex = anyVerbMethodExchange(words);
  if (ex === undefined) return false;
  return MENTIONS.get(text, ex, () => text.toLowerCase().includes(ex));
}
const MENTIONS = new TextMemo<boolean>();

/** The pattern of the rest-endpoint detector for such uses. */
export const CONSTANT_USE_PATTERN: PatternSpec = {
  re: rx(CONST_USE),
  keywords: ['withdraw'],
  validate: [withdrawPathSent],
  requires: { exchangeNear: EXCHANGE_NEAR },
};

/** A function's head before a name (`def `, `async function `, `public static fun `): its parameters are not a call's arguments. */
export const FUNCTION_HEAD = /^[ \t]*(?:(?:async|export|public|private|protected|static)[ \t]+)*(?:def|function|func|fn|fun|sub)[ \t]/;
/** Words of a call that signs, authenticates or logs a request rather than sending it. */
export const SIGNING_WORDS = new Set(['sign', 'signer', 'signature', 'auth', 'header', 'headers', 'hmac', 'hash', 'digest', 'log', 'print']);
