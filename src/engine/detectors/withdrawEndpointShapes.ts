// How a withdrawal endpoint string is recognised: the token shapes the rest-endpoint rule matches (a path with a
// slash, a slashless helper argument, a path joined around an id, a currency-suffixed path) and the validators that
// judge them against the generated table. The rule record itself is in withdraw.ts.
import type { Validator } from '../defineDetector';
import { ownVerb, writeVerbDecides } from './withdrawVerb';
import { matchActionPath, matchSendPath, SEND_KEYWORDS } from './withdrawTable';

/**
 * A path-like token with a slash (`/sapi/v1/capital/withdraw/apply`, `https://host/api/v4/withdrawals`,
 * `{API}/0/private/Withdraw`): starts after a quote, a `}` or a space; `{id}` placeholders only after its first slash,
 * JS template placeholders `${id}` too (else the path is cut there and its query tail, `…/withdrawal-limit`, lost);
 * a printf verb before the first slash (`fmt.Sprintf("%s/withdrawal", base)`) is the host.
 */
export const PATH_TOKEN = String.raw`(?<![A-Za-z0-9_.:%-])(?<name>(?:[A-Za-z0-9_.:-]|%[sdv]){0,100}/(?:[A-Za-z0-9_.:{}/-]|\$\{[A-Za-z0-9_.]{1,60}\}){0,200})`;

/** Drops a token that starts with `//` after a space: a line comment (`8, //withdrawal precision`), not a path. */
export const notLineComment: Validator = {
  name: 'not-a-line-comment',
  reach: { before: 1, after: 0 },
  test: (value, ctx) => !(value.startsWith('//') && /[ \t,;]/.test(ctx.text.charAt(ctx.start - 1))),
};

/** Exchange ids an endpoint constant may be prefixed with (`krakenWithdraw = "Withdraw"`). */
export const CONST_EXCHANGES = 'kraken|bitfinex|bitstamp|deribit|independentreserve|ndax|bitflyer|zaif|derive';

/** Keeps tokens that say withdraw (every action path and every unknown withdrawal-shaped path does), or a send path's end. */
export const mentionsWithdraw: Validator = { name: 'mentions-withdraw', test: (value) => /withdraw/i.test(value) || SEND_END.test(value) };
const SEND_END = new RegExp(`(?:^|/)(?:${SEND_KEYWORDS.map((k) => k.replace(/[-]/g, '\\-')).join('|')})/?$`, 'i');
/** Keeps a send-to-address path of the supplement (Luno's `/api/1/send`). */
export const sendPath: Validator = { name: 'send-path', test: (value) => matchSendPath(value) !== undefined };

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
    const before = ctx.text.slice(ctx.text.lastIndexOf('\n', ctx.start - 1) + 1, ctx.start);
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
/** Keeps a slashless table path whose own call posts or deletes, by its name or by the verb argument before the path. */
export const slashlessAction: Validator = {
  name: 'slashless-action-path',
  reach: { before: 300, after: 0 }, // its own call, opened on the line above at most
  test: (value, ctx) =>
    matchActionPath(value.replace(/\.json$/, '')) !== undefined &&
    (/^(?:post|delete)$/.test(ownVerb(ctx.text, ctx.start) ?? '') || VERB_ARG_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))),
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
