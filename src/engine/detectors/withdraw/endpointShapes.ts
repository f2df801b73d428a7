// How a withdrawal endpoint string is recognised: the token shapes the rest-endpoint rule matches (a path with a
// slash, a slashless helper argument, a path joined around an id, a currency-suffixed path) and the validators that
// judge them against the generated table. The rule record itself is in restEndpoint.ts.
import type { PatternSpec, Validator } from '../../defineDetector';
import { lastAssignment, linesAbove, lineStartWithin } from '../../text/linesAbove';
import { isHelperWord, ownCallName, ownVerb, writeVerbDecides } from './verb';
import { writeVerbOrPosted } from './provenVerb';
import { isAnyVerbSendPath, matchActionPath, matchSendPath, nameSegments, RPC_EXCHANGES, rpcActionExchanges, SEND_KEYWORDS } from './table';

/**
 * A path-like token with a slash (`/sapi/v1/capital/withdraw/apply`, `https://host/api/v4/withdrawals`,
 * `{API}/0/private/Withdraw`): starts after a quote, a `}` or a space; `{id}` placeholders only after its first slash,
 * JS template placeholders `${id}` too (else the path is cut there and its query tail, `…/withdrawal-limit`, lost);
 * a printf verb before the first slash (`fmt.Sprintf("%s/withdrawal", base)`) is the host.
 */
export const PATH_TOKEN = String.raw`(?<![A-Za-z0-9_.:%-])(?<name>(?:[A-Za-z0-9_.:-]|%[sdv]){0,100}/(?:[A-Za-z0-9_.:{}/-]|\$\{[A-Za-z0-9_.]{1,60}\}){0,200})`;
/** What every PATH_TOKEN match holds (PatternSpec.needs): most lines around a withdrawal word have no path. */
export const PATH_NEEDS = ['/'];

/** Drops a token that starts with `//` after a space or at a line's start: a line comment (`8, //withdrawal precision`), not a path. */
export const notLineComment: Validator = {
  name: 'not-a-line-comment',
  reach: { before: 1, after: 0 },
  test: (value, ctx) => !(value.startsWith('//') && (ctx.start === 0 || /[ \t,;\r\n]/.test(ctx.text.charAt(ctx.start - 1)))),
};

/** Exchange ids an endpoint constant may be prefixed with (`krakenWithdraw = "Withdraw"`). */
export const CONST_EXCHANGES = 'kraken|bitfinex|bitstamp|deribit|independentreserve|ndax|bitflyer|zaif|derive';

/**
 * A path ending in the bare `withdraw` verb, handed to an API-call helper without a verb (`$this->client->apiCall(
 * 'GENMKT/money/withdraw', [...])`, `api.query_private('money/withdraw', p)`, `MakePrivateRequest("/wallet/withdraw", body)`),
 * or the bare action after up to two plain arguments (`tradingApiRequest(&result, "withdraw", params)`): APIs that
 * post every call name the action so.
 */
export const API_CALL_PATH = String.raw`["'](?<=(?:(?<![A-Za-z])(?:private|query|api|rpc)|Private|Query|Api|API|Rpc|RPC)[A-Za-z0-9_]{0,30}[ \t]*\((?:[ \t]*[&*]?[A-Za-z_$][A-Za-z0-9_$.]{0,40}[ \t]*,){0,2}[ \t]*["'])(?<name>/?(?:[A-Za-z0-9_.{}-]{1,40}/){0,7}withdraw)(?=["'][ \t]*,)`;
/** Keeps such a path when it is no route or table query and the call's arguments, or the map a named argument was built as just above, name a destination (`'address' => $to`). */
export const apiCallAction: Validator = {
  name: 'api-call-withdraw-path',
  reach: { before: 3000, after: 400 },
  test: (value, ctx) => {
    // A table path that also reads is left to its verb; the bare action (a command API's `withdraw`) is one only by its destination.
    if (value.includes('/') && matchActionPath(value)?.ambiguous === true) return false;
    const rest = ctx.text.slice(ctx.end, ctx.end + 400).split(/\)[ \t]*;|\)[ \t]*\r?\n/)[0];
    if (DEST_ARG.test(rest)) return true;
    // A body or params variable handed after the path: its literal, assigned within the 30 lines above, names the destination.
    return [...rest.matchAll(/,[ \t]*&?([A-Za-z_$][A-Za-z0-9_$]{0,40})(?=[ \t]*(?:[,)]|$))/g)].some((m) => DEST_ARG.test(builtJustAbove(ctx.text, m[1], ctx.start)));
  },
};
/** A destination field or argument: `'address' => $to`, `"toAddress": a`, `destination=d` (not `ip_address`). */
export const DEST_ARG = /(?<![A-Za-z0-9_])["']?(?:address|to_?address|destination|to_?addr|wallet_?address)["']?[ \t]*(?:=>|:|=)/i;
/** The statement of a name's last assignment in the 30 lines before `at` (empty when none). */
function builtJustAbove(text: string, name: string, at: number): string {
  // The 30 lines above, within 3,000 characters: a search bounded by them (a minified line is not read whole).
  const back = linesAbove(text, at, 30, 3000);
  const last = lastAssignment(back, name)?.at;
  if (last === undefined) return '';
  // Up to the end of that statement: the first line end outside every bracket the assignment opened.
  // A literal opened on the next line (C#'s `var body = new⏎{`) still belongs to it.
  let depth = 0;
  let opened = false;
  for (let i = last; i < back.length; i++) {
    const c = back.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) (depth++, (opened = true));
    else if (c === 41 || c === 93 || c === 125) depth--;
    else if (c === 10 && depth <= 0 && (opened || !/^\s*[{([]/.test(back.slice(i + 1, i + 40)))) return back.slice(last, i);
  }
  return back.slice(last);
}

/** A PascalCase RPC method string assigned to a name that says endpoint or method (`privateEndpoint = "Withdraw"`). */
export const RPC_NAMED_CONSTANT = String.raw`(?<![A-Za-z0-9_])[A-Za-z_]{0,30}(?:[Ee]ndpoint|ENDPOINT|[Mm]ethod|METHOD)[A-Za-z0-9_]{0,20}[ \t]*:?=[ \t]*["'](?<name>[A-Z][A-Za-z]{0,40})["']`;
let mentionText = '';
const mentioned = new Map<string, boolean>();
/** Keeps an RPC method string of the table (Kraken's `Withdraw`) in a file that names one of its exchanges. */
export const rpcOfFileExchange: Validator = {
  name: 'rpc-action-of-file-exchange',
  // Asks the whole text whether it names such an exchange: an edit that adds or removes the name rescans it all.
  fileWide: new RegExp(RPC_EXCHANGES.join('|'), 'i'),
  test: (value, ctx) => {
    if (ctx.text !== mentionText) {
      mentionText = ctx.text;
      mentioned.clear();
    }
    return (rpcActionExchanges(value) ?? []).some((ex) => {
      if (!mentioned.has(ex)) mentioned.set(ex, ctx.text.toLowerCase().includes(ex));
      return mentioned.get(ex)!;
    });
  },
};

/** Keeps tokens that say withdraw (every action path and every unknown withdrawal-shaped path does) or a send path's end. */
export const mentionsWithdraw: Validator = {
  name: 'mentions-withdraw',
  test: (value) => /withdraw/i.test(value) || SEND_END.test(value),
};

/**
 * Puts mentionsWithdraw first in every pattern's own validators but the listed ones, which gate themselves (the
 * transactions resource posted as a send, restArgs.ts): a detector-wide gate would pass any `…/transactions`.
 */
export function gatedByWithdraw(patterns: readonly PatternSpec[], ownGate: readonly PatternSpec[]): PatternSpec[] {
  return patterns.map((p) => (ownGate.includes(p) ? p : { ...p, validate: [mentionsWithdraw, ...(p.validate ?? [])] }));
}
const SEND_END = new RegExp(`(?:^|/)(?:${SEND_KEYWORDS.map((k) => k.replace(/[-]/g, '\\-')).join('|')})/?$`, 'i');
/** Keeps a send-to-address path of the supplement (Luno's `/api/1/send`). */
export const sendPath: Validator = { name: 'send-path', test: (value) => matchSendPath(value) !== undefined };
/** Keeps a send path with a write verb (or a method option, or posted through its name), or one its API sends with any verb (Deribit's JSON-RPC over GET). */
export const sendVerb: Validator = { name: 'send-verb', test: (value, ctx) => isAnyVerbSendPath(value) || writeVerbOrPosted.test(value, ctx) };

/** Keeps tokens that end with a withdrawal action of the table; `ambiguous` picks paths that are also queries. */
export function actionPath(ambiguous: boolean): Validator {
  return {
    name: ambiguous ? 'action-path-verb-decides' : 'action-path',
    test: (value) => /withdraw/i.test(value) && matchActionPath(value)?.ambiguous === ambiguous,
  };
}

/** Drops a match inside an open `[` on its line: an index (`fees[coin + "_withdrawal"]`), not a path. */
export const notAnIndex: Validator = {
  name: 'not-an-index',
  reach: { before: 0, after: 0 }, // the value's own line
  test: (_v, ctx) => {
    const before = ctx.text.slice(lineStartWithin(ctx.text, ctx.start), ctx.start);
    return before.split('[').length <= before.split(']').length;
  },
};
/** The path's currency comes first and is joined on: `coin + "_withdrawal"`, `$c . '_withdrawal/'`, `f"{coin}_withdrawal/"`. */
export const COIN_SUFFIX = [
  String.raw`(?<=[A-Za-z0-9_)\]][ \t]{0,4}[+.][ \t]{0,4}["'\`])(?<name>_withdrawal/?)(?=["'\`])`,
  String.raw`(?<=(?:\$?\{[^{}\n]{1,40}\}|%s))(?<name>_withdrawal/?)(?=["'\`])`,
];

/** A write verb passed as the argument before the path (`newAuthenticatedRequest("POST", "withdraw", p)`, `PermissionWrite, "withdraw"`). */
const VERB_ARG = String.raw`(?:["'](?:POST|DELETE|post|delete)["']|\bPermissionWrite)`;
/**
 * A path without slash as the first argument of a request helper whose name holds POST or DELETE, or after a verb argument
 * (`self._post('withdrawals', p)`, `this.post(\n  'fast-withdrawals',`): a table path only. Not PUT: `map.put("withdraw", …)`.
 */
export const SLASHLESS_ARG = String.raw`["'\`](?<=(?:\([ \t]*(?:\r?\n[ \t]*)?|${VERB_ARG}[ \t]*,[ \t]*)["'\`])(?<name>[A-Za-z0-9_-]{0,40}[Ww]ithdraw[A-Za-z0-9_-]{0,40}(?:\.json)?)(?=["'\`][ \t]*[,)])`;
const VERB_ARG_BEFORE = new RegExp(`${VERB_ARG}[ \t]*,[ \t]*["'\`]$`);
/** A helper word that says the request is signed. */
const SIGNED_WORD = /^(?:auth|authenticated|authed|signed|sign|signature|private)$/;
/** A URL builder's name (`GetUrl`, `buildUri`, `make_endpoint`): it returns the address, the call it is handed to sends it. */
const URL_BUILDER = /^(?:get|build|make|create|to)?_?(?:url|uri|endpoint)$/i;
/** The verb argument after the builder's call closes (`GetUrl("withdrawals"), HttpMethod.Post, …`). */
const VERB_ARG_AFTER = /^[^()\n]{0,4}\)[ \t]*,[ \t]*(?:(?:Http)?Method(?:\.|::)(?:Post|Delete|POST|DELETE)\b|["'](?:POST|DELETE)["'])/;

/**
 * Keeps a slashless table path whose own call posts or deletes, by its name or by the verb argument before the path,
 * or handed through a URL builder to a call whose next argument is a write verb.
 */
export const slashlessAction: Validator = {
  name: 'slashless-action-path',
  reach: { before: 300, after: 60 }, // its own call, opened on the line above at most; the builder's close and next argument
  test: (value, ctx) => {
    if (matchActionPath(value.replace(/\.json$/, '')) === undefined) return false;
    if (/^(?:post|delete)$/.test(ownVerb(ctx.text, ctx.start) ?? '') || VERB_ARG_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return true;
    const call = ownCallName(ctx.text, ctx.start)?.replace(/^.*[.>]/, '');
    if (call === undefined) return false;
    if (URL_BUILDER.test(call) && VERB_ARG_AFTER.test(ctx.text.slice(ctx.end + 1, ctx.end + 60))) return true;
    // An action no API also reads, of two words at least (Coinmate's `bitcoinWithdrawal`), handed to a signed-request
    // helper with no verb in its name (`authRequest(`): such helpers post (a bare `withdraw` could be any API's). The
    // helper must say it signs (`ipcRenderer.send(` or `call(` are an event's or a dispatcher's).
    const segs = nameSegments(call.replace(/^[@$#_]+/, ''));
    return nameSegments(value).length >= 2 && matchActionPath(value)?.ambiguous === false && segs.every(isHelperWord) && segs.some((s) => SIGNED_WORD.test(s));
  },
};

/**
 * A helper named after the API section it posts to, given the rest of the path (`this.requestTrade('btc_withdrawal', p)`
 * for `/trade/btc_withdrawal`): the section word of its name completes a table action that only writes (no query
 * shares it), so no verb is needed.
 */
export const sectionHelperAction: Validator = {
  name: 'section-helper-action',
  reach: { before: 300, after: 0 }, // its own call, as for slashlessAction
  test: (value, ctx) => {
    const call = ownCallName(ctx.text, ctx.start);
    if (call === undefined) return false;
    const segs = nameSegments(call.replace(/^[@$#]/, ''));
    const section = segs[segs.length - 1];
    // The section is a word of the path (`trade`), not one of the helper's own (`private`, `api`, a version).
    if (segs.length < 2 || isHelperWord(section) || !segs.slice(0, -1).every((s) => s === 'query' || isHelperWord(s))) return false;
    const hit = matchActionPath(`${section}/${value}`);
    return hit !== undefined && !hit.ambiguous;
  },
};

/**
 * A path cut around an id and joined on (`"/v1/dw/withdraw-virtual/" + id + "/cancel"`): the first literal, ending in
 * a slash, followed by one joined expression and a literal tail.
 */
export const JOINED_HEAD = String.raw`(?<![A-Za-z0-9_])["'\`](?<name>[A-Za-z0-9_./:{}-]{0,100}withdraw[A-Za-z0-9_./{}-]{0,60}/)(?=["'\`][ \t]*\+[^"'\`\n;]{1,80}\+[ \t]*["'\`]\}?/[A-Za-z0-9_/-]{1,40}["'\`])`;
const JOINED_TAIL = /^["'`][ \t]*\+[^"'`\n;]{1,80}\+[ \t]*["'`]\}?(\/[A-Za-z0-9_/-]{1,40})["'`]/;
/** Keeps a joined path that, with its id and tail, is a table action (an ambiguous one with a write verb). */
export const joinedAction: Validator = {
  name: 'joined-action-path',
  test: (value, ctx) => {
    const tail = JOINED_TAIL.exec(ctx.text.slice(ctx.end, ctx.end + 200))?.[1];
    const hit = tail ? matchActionPath(`${value}{}${tail}`) : undefined;
    return hit !== undefined && (!hit.ambiguous || writeVerbDecides(ctx));
  },
};
