// Withdrawals named by an action or type field of a signed message rather than a path: Hyperliquid's
// `{"type": "withdraw3"}`, a websocket API's `body.action = 'privateWithdrawAssets'`. Patterns only; the
// examples are the rest-endpoint detector's (restEndpoint.ts), which runs them.
import type { PatternSpec, Validator } from '../../defineDetector';
import { TextMemo } from '../../judge/textMemo';
import { rx } from '../fragments';
import { ownCallName } from './verb';
import { notSentBelow } from './sentAction';
import { isWithdrawActionName, matchActionPath, nameSegments } from './table';
import { isGenericWithdrawPath, isUnknownWithdrawPath } from './pathShape';
import { DEST_ARG } from './endpointShapes';

/**
 * Keeps an action name of several words that is a withdrawal by its segments (`privateWithdrawAssets`; no `…History`,
 * no `returnDepositsWithdrawals`: a list of both).
 */
const compoundAction: Validator = {
  name: 'withdraw-action-field',
  test: (value) => !/^withdraw(?:al)?s?$/i.test(value) && isWithdrawActionName(value) && !nameSegments(value).some((s) => /^deposits?$/.test(s)),
};

/**
 * An action field given a value (`body['action'] = '…'`, `body.action = '…'`, `{ 'action': '…' }`, `op:`, `method:`,
 * `cmd:`), not compared (`==`, `case`): the message sent asks for a withdrawal.
 */
// Also a key-value pair: a parameter collection's `.Add("command", "doWithdraw")`, a map's `.put("method", …)`, PHP's `'cmd' => …`.
export const ACTION_FIELD = String.raw`(?:\[[ \t]*["'](?:action|op|method|cmd|command)["'][ \t]*\][ \t]*=|\.(?:action|op|method|cmd|command)[ \t]*=|(?<![A-Za-z0-9_$])["']?(?:action|op|method|cmd|command)["']?[ \t]*:|(?:\.(?:[Aa]dd|[Pp]ut|[Ss]et|append)\([ \t]*|\{[ \t]*)["'](?:action|op|method|cmd|command)["'][ \t]*,|["'](?:action|op|method|cmd|command)["'][ \t]*=>)(?!=)[ \t]*["'](?<name>[A-Za-z_]{0,40}[Ww]ithdraw[A-Za-z_]{0,40})["']`;

/**
 * Drops a chat bot's command menu entry (`{ command: "withdraw_to", description: "…" }`, Telegram's setMyCommands):
 * the command a user may type, not a message sent to an exchange.
 */
export const notABotCommand: Validator = {
  name: 'not-a-bot-command',
  reach: { before: 300, after: 300 },
  test: (_v, ctx) => {
    const open = ctx.text.lastIndexOf('{', ctx.start);
    const close = ctx.text.indexOf('}', ctx.end);
    if (open === -1 || close === -1 || ctx.start - open > 300 || close - ctx.end > 300) return true;
    return !/["']?description["']?[ \t]*:/.test(ctx.text.slice(open, close));
  },
};

/**
 * Keeps the bare action (`'command' => 'withdraw'`, Poloniex's legacy API) when the message it opens names a
 * destination before it closes: a request that sends to an address, not a label.
 */
export const plainActionToAddress: Validator = {
  name: 'plain-withdraw-action-to-address',
  reach: { before: 0, after: 400 },
  test: (value, ctx) => {
    if (!/^withdraw$/i.test(value)) return false;
    // Up to the brace or bracket that closes the message (a call's parentheses may sit inside it: `uc($c)`).
    const rest = ctx.text.slice(ctx.end, ctx.end + 400);
    const close = rest.search(/[}\]]/);
    return close !== -1 && DEST_ARG.test(rest.slice(0, close));
  },
};

/** An execute call given the action's name first (`client.execute(⏎ 'withdraw_collateral', payload)`). */
const EXECUTE_ACTION = String.raw`(?<![A-Za-z0-9_$])_?[Ee]xecute(?:Action)?[ \t]*\([ \t]*(?:\r?\n[ \t]*)?["'](?<name>[A-Za-z_]{0,40}[Ww]ithdraw[A-Za-z_]{0,40})["'][ \t]*,`;

/** A POST/DELETE helper whose endpoint is the name of a method (`PostPrivateAsync<R>(nameof(WithdrawAsync), …)`). */
const NAMEOF_POST = String.raw`(?<![A-Za-z0-9_])(?:Post|Delete|post|delete)[A-Za-z]{0,30}(?:<[^<>()\n]{1,80}>)?[ \t]*\([ \t]*nameof\([ \t]*(?<name>[A-Za-z_]{0,40}With[Dd]raw[A-Za-z_]{0,40})[ \t]*\)`;
/** Keeps a method name that is a withdrawal action (Withdraw, WithDraw, WithdrawAsync; no `GetWithdrawals`). */
const nameofAction: Validator = { name: 'withdraw-nameof', test: (value) => isWithdrawActionName(value.replace(/WithDraw/g, 'Withdraw')) };

/**
 * Hyperliquid's user-signed sends to another address (`usdSend`, `spotSend`, `sendAsset`), named by the type of the
 * action like `withdraw3`: a JSON/dict field, an object key, a Java map or C# initializer pair. A note where no call
 * sends the action in sight (a table, a builder): the send itself is the warning (withdraw/signed-action);
 * withdraw/external-transfer (transfers.ts) runs them and holds their examples.
 */
const SEND_TYPE = String.raw`(?<name>usdSend|spotSend|sendAsset)["']`;
export const SEND_ACTION_TYPE_PATTERNS: readonly PatternSpec[] = [
  {
    re: rx(String.raw`(?:(?<![A-Za-z0-9_$])["']?type["']?[ \t]*:|(?:\{|\.put\(|\.Add\()[ \t]*["']type["'][ \t]*,)[ \t]*["']${SEND_TYPE}`),
    keywords: ['usdsend', 'spotsend', 'sendasset'],
    exchange: 'Hyperliquid',
    requires: { fileContains: ['hyperliquid'] },
    validate: [notSentBelow],
  },
];

/** A write verb given to a request helper: an enum's or constant's (`HttpMethod.Post`, `Method::POST`, `http.MethodPost`) or quoted. */
const WRITE_VERB_ARG = String.raw`(?:HttpMethod\.(?:Post|POST|Delete|DELETE)|Method(?:::|\.)(?:POST|DELETE|Post|Delete)|http\.Method(?:Post|Delete)|["'](?:POST|DELETE)["'])`;
/** A post that is no HTTP request: a window message, an analytics event, a cache key (`postMessage`, `deleteKey`). */
const NOT_MESSAGING = String.raw`(?![A-Za-z_]{0,20}(?:Message|Event|Key|Cache|Notification|Item|Comment))`;
/** An endpoint constant read through its class (`Endpoints.Wallet.Withdraw`, `Urls::WITHDRAW_APPLY`). */
const ENDPOINT_CONSTANT = String.raw`(?:[A-Z][A-Za-z0-9_]{0,40}(?:\.|::)){1,3}(?<name>[A-Za-z_]{0,40}(?:[Ww]ithdraw|WITHDRAW|[Pp]ayout|PAYOUT)[A-Za-z_]{0,40})(?![A-Za-z0-9_(])`;
/** A request given the verb and such a constant as its first two arguments, either order (`Call(HttpMethod.Post, Endpoints.Wallet.Withdraw, …)`). */
// Or a POST helper given the constant first (PHP's `$client->post(UrlManager::CREATE_PAYOUT, [...])`).
const POSTED_ENDPOINT_CONSTANT = [
  String.raw`\([ \t]*${WRITE_VERB_ARG}[ \t]*,[ \t]*${ENDPOINT_CONSTANT}`,
  String.raw`\([ \t]*${ENDPOINT_CONSTANT}[ \t]*,[ \t]*${WRITE_VERB_ARG}`,
  // (A generic's `<` follows the name at once: a blank on both sides of it made the pattern polynomial.)
  String.raw`(?<![A-Za-z0-9_$])(?:post|Post|POST|delete|Delete)${NOT_MESSAGING}[A-Za-z]{0,20}(?:<[^<>()\n]{0,60}>)?[ \t]*\([ \t]*${ENDPOINT_CONSTANT}(?=[ \t]*[,)])`,
  // Or a constant of the package itself, its URL read (Go's `req.Post(CreatePayoutEndpoint.URL())`, Rust's
  // `.post_signed_p(SAPI_V1_CAPITAL_WITHDRAW_APPLY, …)`).
  String.raw`(?<![A-Za-z0-9_$])(?:post|Post|POST|delete|Delete)${NOT_MESSAGING}[A-Za-z_]{0,20}[ \t]*\([ \t]*(?<![A-Za-z0-9_$.])(?<name>(?=[A-Z])[A-Za-z0-9_]{0,40}(?:Withdraw|WITHDRAW|Payout|PAYOUT)[A-Za-z0-9_]{0,40})(?:\.(?:URL|Url|url|Path|path)(?:\(\))?)?(?=[ \t]*[,)])`,
];
/** Words that make a payout constant a query (`PAYOUT_HISTORY`, `GetPayoutStatus`). */
const PAYOUT_QUERY = /history|list|status|info|detail|report|estimate|quote|fee|limit|schedule|preview|summary|stat|get|fetch/i;
/** Keeps a constant named for the action (Withdraw, RequestWithdrawal, WITHDRAW_APPLY, CREATE_PAYOUT; never WithdrawHistory, PAYOUT_STATUS). */
const actionConstant: Validator = {
  name: 'withdraw-action-constant',
  test: (value) => {
    // A name in the past tense is an event's (`Events.WITHDRAW_REQUESTED`, `WithdrawSubmitted`), not an endpoint.
    if (/(?:ED|ed|Event|EVENT)$/.test(value)) return false;
    const name = /^[A-Z0-9_]+$/.test(value) ? value.toLowerCase() : value.charAt(0).toLowerCase() + value.slice(1);
    if (/payout/i.test(name) && !/withdraw/i.test(name)) return !PAYOUT_QUERY.test(name);
    return isWithdrawActionName(name);
  },
};

/**
 * A constant this text assigns is judged by its value (`API_WITHDRAW = "/wapi/v1/capital/withdraw/history"` is a
 * query): kept when that literal is a withdrawal or payout action path (`static W: &str = "/sapi/v1/capital/withdraw/apply"`).
 */
const notAssignedHere: Validator = {
  name: 'constant-not-assigned-here',
  test: (value, ctx) => {
    // Each name is looked up once per text (the same constant is posted at many calls).
    const at = ASSIGNED.get(ctx.text, value, () => new RegExp(String.raw`(?:^|[^\w$.])${value}[ \t]*(?::[^=\n]{0,40})?:?=(?![=>])([^\n]{0,300})`).exec(ctx.text));
    if (at === null) return true;
    const literal = /["'`]([^"'`\n]{1,200})["'`]/.exec(at[1])?.[1];
    if (literal === undefined) return false;
    if (/payout/i.test(literal) && !/withdraw/i.test(literal)) return !PAYOUT_QUERY.test(literal);
    return matchActionPath(literal) !== undefined || isGenericWithdrawPath(literal) || isUnknownWithdrawPath(literal);
  },
};
const ASSIGNED = new TextMemo<RegExpExecArray | null>();
/** Marks that test as reading the whole text: an edit that adds or removes such an assignment rescans the file. */
const ASSIGNED_ANYWHERE: Validator = {
  name: 'constant-assigned-anywhere',
  fileWide: /(?:^|[^\w$.])(?=[A-Z])[A-Za-z0-9_]{0,40}(?:Withdraw|WITHDRAW|Payout|PAYOUT)[A-Za-z0-9_]{0,40}[ \t]*(?::[^=\n]{0,40})?:?=(?![=>])/,
  test: () => true,
};

/** Drops a route's registration given the verb and the constant (`r.Handle(http.MethodPost, Routes.Withdraw, h.Withdraw)`). */
const notARouteRegistration: Validator = {
  name: 'not-a-route-registration',
  reach: { before: 300, after: 300 },
  test: (_v, ctx) => {
    const call = ownCallName(ctx.text, ctx.start) ?? '';
    return !/^(?:Handle|HandleFunc|Route|Map[A-Z]?\w*|Add|AddRoute|Register|On|Use|Group)$/i.test(call) && !/^[^\n]{0,200}?,[ \t]*[\w.]*(?:[Hh]andler|[Cc]ontroller|\bh\.)/.test(ctx.text.slice(ctx.end, ctx.end + 200));
  },
};

/** Those patterns: their own gate (a payout constant says no withdraw; actionConstant judges each name). */
export const POSTED_CONSTANT_PATTERNS: readonly PatternSpec[] = POSTED_ENDPOINT_CONSTANT.map((re, i) => ({
  re: rx(re),
  keywords: ['withdraw', 'payout'],
  // A bare constant assigned in this file is judged by its value (posted-path), not its name.
  validate: i === POSTED_ENDPOINT_CONSTANT.length - 1 ? [actionConstant, notAssignedHere, ASSIGNED_ANYWHERE] : [actionConstant, notARouteRegistration],
}));

/** The action-name patterns of the rest-endpoint detector. */
export const ACTION_TYPE_PATTERNS: readonly PatternSpec[] = [
  // Hyperliquid's signed actions name the withdrawal by their type (`{"type": "withdraw3", …}`, `type: "withdraw3"`),
  // also as an enum member or constant (`WITHDRAW = 'withdraw3'`) or a Go struct's field (`Type: "withdraw3"`); unquoted
  // names only with the versioned type.
  {
    re: rx(String.raw`["']type["'][ \t]*:[ \t]*["'](?<name>withdraw\d?)["']`),
    keywords: ['withdraw'],
    exchange: 'Hyperliquid',
    requires: { fileContains: ['hyperliquid'] },
    validate: [notSentBelow],
  },
  {
    re: rx(String.raw`(?<![A-Za-z0-9_$"'])(?:[Tt]ype|[A-Za-z_]{0,30}(?:WITHDRAW|[Ww]ithdraw)[A-Za-z0-9_]{0,30})[ \t]*[:=][ \t]*["'](?<name>withdraw\d)["']`),
    keywords: ['withdraw'],
    exchange: 'Hyperliquid',
    requires: { fileContains: ['hyperliquid'] },
    validate: [notSentBelow],
  },
  // The same type as a key-value pair of a C# collection initializer or a Java map (`{ "type", "withdraw3" }`, `.put("type", "withdraw3")`).
  {
    re: rx(String.raw`(?:\{|\.put\(|\.Add\()[ \t]*["']type["'][ \t]*,[ \t]*["'](?<name>withdraw\d)["']`),
    keywords: ['withdraw'],
    exchange: 'Hyperliquid',
    requires: { fileContains: ['hyperliquid'] },
    validate: [notSentBelow],
  },
  // Kraken's private method names as enum members of a client (`WITHDRAW("Withdraw")`, `WITHDRAW_CANCEL("WithdrawCancel")`).
  {
    re: rx(String.raw`(?<![A-Za-z0-9_])WITHDRAW(?:_CANCEL)?[ \t]*\([ \t]*"(?<name>Withdraw(?:Cancel)?)"[ \t]*\)`),
    keywords: ['withdraw'],
    exchange: 'Kraken',
    requires: { fileContains: ['kraken'] },
  },
  // Websocket and RPC APIs: the action field of the message (Bitvavo's `privateWithdrawAssets`).
  { re: rx(ACTION_FIELD), keywords: ['withdraw'], validate: [compoundAction, notABotCommand] },
  // The bare action, with a destination in the same message (Poloniex's `{'command' => 'withdraw', 'address' => $a}`).
  { re: rx(ACTION_FIELD), keywords: ['withdraw'], validate: [plainActionToAddress, notABotCommand] },
  // A DEX engine's execute call named by its action (`this.execute('withdraw_collateral', payload)`): the action's type.
  { re: rx(EXECUTE_ACTION), keywords: ['withdraw'], linesBefore: 1, validate: [compoundAction] },
  // C# clients that name the endpoint after the calling method: `PostPrivateAsync<R>(nameof(WithdrawAsync), body)`.
  { re: rx(NAMEOF_POST), keywords: ['nameof'], files: ['csharp'], validate: [nameofAction] },
  // A request given a write verb and an endpoint constant named for the withdrawal or payout, defined in another file.
  ...POSTED_CONSTANT_PATTERNS,
];
