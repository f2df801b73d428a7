// Lookups over the withdrawal knowledge: ccxt's generated table plus the SDK supplement, and the word rules
// that tell a withdrawal action from a query by its name's segments.
import { SEND_SUPPLEMENT, WITHDRAW_SUPPLEMENT as SUPPLEMENT_FIRST } from './supplement';
import { WITHDRAW_SUPPLEMENT_MORE } from './supplementMore';
import { WITHDRAW_ACTIONS, WITHDRAW_QUERIES } from './table.generated';

/** Both hand-kept lists. */
const WITHDRAW_SUPPLEMENT = [...SUPPLEMENT_FIRST, ...WITHDRAW_SUPPLEMENT_MORE];

/** One withdrawal action endpoint of the generated table. */
export interface ActionEndpoint {
  readonly exchanges: readonly string[];
  readonly chain: readonly string[];
  readonly verb: string;
  readonly path: string;
}

/** The generated table, parsed. */
export const ACTION_ENDPOINTS: readonly ActionEndpoint[] = WITHDRAW_ACTIONS.split('\n').flatMap((line) => {
  const [ids, chain, verb, paths] = line.split('|');
  return paths.split(' ').map((path) => ({ exchanges: ids.split(' '), chain: chain.split('.'), verb, path }));
});

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The implicit methods ccxt defines for an endpoint, camelCase and snake_case (its defineRestApiEndpoint rule). */
export function implicitMethodNames(e: Pick<ActionEndpoint, 'chain' | 'verb' | 'path'>): [string, string] {
  const parts = e.path.split(/[^a-zA-Z0-9]/);
  const camel = e.chain[0] + e.chain.slice(1).map(cap).join('') + cap(e.verb) + cap(parts.map(cap).join(''));
  const snake = [e.chain.join('_'), e.verb, parts.map((x) => x.toLowerCase()).filter(Boolean).join('_')].join('_');
  return [camel, snake];
}

/** The one exchange a set of ccxt ids stands for (`okx myokx okxus` → okx), or none when they differ. */
function family(ids: Iterable<string>): string | undefined {
  const list = [...ids];
  const root = list.reduce((a, b) => (b.length < a.length ? b : a));
  return list.every((id) => id.includes(root)) ? root : undefined;
}

/** Leading URL parts an endpoint string may carry before the table's path: host, api, version, `0/private`, bitFlyer's `me`, Crypto.com's `exchange/v1`. */
const PREFIX_SEGMENT = /^(?:https?:|[^/]*\.[^/]*|api|exchange|sapi|wapi|fapi|dapi|papi|eapi|openapi|rest|private|public|me|v\d+(?:\.\d+)*|\d+|\{\})$/i;

const methodIds = new Map<string, Set<string>>();
const pathIds = new Map<string, Set<string>>();
const add = (map: Map<string, Set<string>>, key: string, ids: readonly string[]): void => {
  const set = map.get(key) ?? map.set(key, new Set()).get(key)!;
  for (const id of ids) set.add(id);
};
/** Paths compared by lowercase segments, every `{placeholder}` (and printf `%s`) as `{}`; a trailing slash does not count. */
const pathKey = (segs: readonly string[]): string => segs.map((s) => (/^\$?\{.*\}$|^:\w+$|^%[sdv]$/.test(s) ? '{}' : s.toLowerCase())).join('/');
const splitPath = (p: string): string[] => p.split('/').filter(Boolean);
for (const e of ACTION_ENDPOINTS) {
  for (const name of implicitMethodNames(e)) add(methodIds, name, e.exchanges);
  // Gate's `withdrawals` api type holds `push`: its URL is …/withdrawals/push.
  const full = /withdraw/i.test(e.path) ? e.path : `${e.chain[e.chain.length - 1]}/${e.path}`;
  add(pathIds, pathKey(splitPath(full)), e.exchanges);
}
const queryPaths = new Set(WITHDRAW_QUERIES.split(' ').map((p) => pathKey(splitPath(p))));
/** Action paths that end in a currency placeholder (`v1/withdraw/{currency}`): clients write the code in (`/v1/withdraw/usd`). */
const currencyPaths = new Set(ACTION_ENDPOINTS.filter((e) => /\/\{(?:currency|coin|asset|ccy|code|symbol)\}$/i.test(e.path)).map((e) => pathKey(splitPath(e.path))));
/** A currency code written in a path: 2–5 letters of one case, no word of a path's own (`list`, `apply`, `fees`). */
const CURRENCY_SEGMENT = /^(?:[a-z]{2,5}|[A-Z]{2,5})$/;
const PATH_WORDS = new Set(['apply', 'list', 'info', 'fee', 'fees', 'quota', 'quotas', 'send', 'new', 'cancel', 'all', 'batch', 'crypto', 'fiat', 'bank', 'card', 'wire', 'check', 'limit', 'max', 'min', 'status', 'query', 'detail', 'addr', 'history', 'tx', 'txid', 'id', 'ids', 'quote', 'quotes', 'estimate', 'preview', 'config', 'rules', 'networks']);
const supplementMethods = new Map<string, string>();
/** Supplement paths that are actions whatever the verb (keys as stored whole). */
const anyVerbPaths = new Set<string>();
for (const s of WITHDRAW_SUPPLEMENT) {
  if (s.anyVerb) for (const p of s.paths) anyVerbPaths.add(pathKey(splitPath(p)));
  for (const m of s.methods) supplementMethods.set(m, s.exchange);
  // Stored whole (`sapi/v1/…` names Binance where ccxt's bare `capital/withdraw/apply` is shared with MEXC and
  // BingX) and without host and version prefix, as ccxt's paths are: clients send `localentity/withdraw/apply` too.
  for (const p of s.paths) {
    const segs = splitPath(p);
    const rest = segs.slice(segs.findIndex((x) => !PREFIX_SEGMENT.test(x)));
    add(pathIds, pathKey(segs), [s.exchange]);
    add(pathIds, pathKey(rest.length ? rest : segs), [s.exchange]);
    // A path the same API also reads with GET (dYdX's `fast-withdrawals`) is a query too: the verb decides.
    if (s.queryToo) for (const k of [segs, rest.length ? rest : segs]) queryPaths.add(pathKey(k));
  }
}
// RPC-style APIs name the action by a method string, not a path (Kraken's `Withdraw`, Independent Reserve's
// `WithdrawCrypto`, NDAX's `CreateWithdrawTicket`): their table paths have no slash.
const rpcIds = new Map<string, Set<string>>();
for (const e of ACTION_ENDPOINTS) if (!e.path.includes('/') && /withdraw/i.test(e.path)) add(rpcIds, e.path, e.exchanges);

/** Every exchange whose API names a withdrawal action by a method string (Kraken, Independent Reserve, NDAX, …). */
export const RPC_EXCHANGES: readonly string[] = [...new Set([...rpcIds.values()].flatMap((ids) => [...ids]))];

/** The exchanges whose API takes `name` as a withdrawal action's method string (`Withdraw` → kraken), if any. */
export function rpcActionExchanges(name: string): readonly string[] | undefined {
  const ids = rpcIds.get(name);
  return ids ? [...ids] : undefined;
}

/** The one exchange an RPC method string belongs to (`WithdrawCancel` → kraken), when the table names one. */
export function exchangeOfRpcAction(name: string): string | undefined {
  const ids = rpcIds.get(name);
  return ids ? family(ids) : undefined;
}

/**
 * The exchange whose withdrawal paths are a currency followed by `_withdrawal/` (Bitstamp's `eth_withdrawal/`):
 * clients build them by concatenation (`coin + "_withdrawal"`), so only the suffix is ever written.
 */
export const COIN_SUFFIX_EXCHANGE: string | undefined = family(ACTION_ENDPOINTS.filter((e) => /^[a-z0-9]+_withdrawal\/?$/.test(e.path)).flatMap((e) => e.exchanges));


/** True for a ccxt implicit method of a withdrawal action (`sapiPostCapitalWithdrawApply`, `private_post_withdraw`). */
export function isImplicitAction(name: string): boolean {
  return methodIds.has(name);
}

/** The ccxt id a withdrawal method or path belongs to, when the table names a single exchange. */
export function exchangeOfAction(nameOrPath: string): string | undefined {
  const ids = methodIds.get(nameOrPath);
  if (ids) return family(ids);
  const sup = supplementMethods.get(nameOrPath);
  if (sup) return sup;
  const hit = matchActionPath(nameOrPath);
  return hit ? family(hit.exchanges) : undefined;
}


/** Kraken's private REST paths (`/0/private/<Method>`), all sent with POST (docs.kraken.com, spot REST authentication). */
const KRAKEN_PRIVATE = /(?:^|\/)0\/private\/[A-Za-z]+\/?$/;

/**
 * The withdrawal action an endpoint string ends with (`/sapi/v1/capital/withdraw/apply`, `{API}/0/private/Withdraw`):
 * its exchanges, and whether the same path is also a query somewhere (then only the HTTP verb decides).
 */
export function matchActionPath(text: string): { exchanges: readonly string[]; ambiguous: boolean; anyVerb?: boolean } | undefined {
  // LBank's paths carry a `.do` suffix (`/v2/withdraw.do`, `/v2/withdrawCancel.do`); the table's do not. The suffix
  // names that API, whose lists hold these paths as actions: another exchange's query of the same bare path casts no doubt.
  const bare = text.replace(/[?#].*$/, '');
  const suffixed = /\.do\/?$/.test(bare);
  const segs = splitPath(bare.replace(/\.do\/?$/, ''));
  /** True when the last `n` segments are `keys`' path and everything before them is host or version prefix. */
  const reads = (keys: { has(k: string): boolean }, n: number): boolean =>
    keys.has(pathKey(segs.slice(segs.length - n))) && segs.slice(0, segs.length - n).every((s) => PREFIX_SEGMENT.test(pathKey([s])));
  for (let n = Math.min(segs.length, 8); n >= 1; n--) {
    if (!reads(pathIds, n)) continue;
    // Ambiguous when the string reads as a query too (`/api/v1/withdrawals`: KuCoin's POST and GET).
    let ambiguous = false;
    // LBank names its lists by the plural (`withdraws.do`), and posts every call, lists too: no verb makes one an action.
    if (suffixed) return /s$/i.test(segs[segs.length - 1]) ? undefined : { exchanges: [...pathIds.get(pathKey(segs.slice(segs.length - n)))!], ambiguous: false };
    if (anyVerbPaths.has(pathKey(segs.slice(segs.length - n)))) return { exchanges: [...pathIds.get(pathKey(segs.slice(segs.length - n)))!], ambiguous, anyVerb: true };
    // Kraken's private API takes POST only (`/0/private/Withdraw`): another API's GET of the same word casts no doubt.
    if (KRAKEN_PRIVATE.test(bare)) return { exchanges: [...pathIds.get(pathKey(segs.slice(segs.length - n)))!], ambiguous };
    for (let k = 1; k <= segs.length && !ambiguous; k++) ambiguous = reads(queryPaths, k);
    return { exchanges: [...pathIds.get(pathKey(segs.slice(segs.length - n)))!], ambiguous };
  }
  // A currency code in place of the table's placeholder (Gemini's `/v1/withdraw/usd`).
  const last = segs[segs.length - 1];
  if (last && CURRENCY_SEGMENT.test(last) && !PATH_WORDS.has(last.toLowerCase())) {
    const withPlaceholder = [...segs.slice(0, -1), '{}'];
    for (let n = Math.min(withPlaceholder.length, 8); n >= 2; n--) {
      const key = pathKey(withPlaceholder.slice(withPlaceholder.length - n));
      if (currencyPaths.has(key) && withPlaceholder.slice(0, withPlaceholder.length - n).every((x) => PREFIX_SEGMENT.test(pathKey([x])))) {
        return { exchanges: [...pathIds.get(key)!], ambiguous: false };
      }
    }
  }
  return undefined;
}

/** RPC method names of the any-verb APIs (Deribit's `withdraw`, `cancel_withdrawal`), each with its exchange. */
const anyVerbMethods = new Map<string, string>(WITHDRAW_SUPPLEMENT.filter((s) => s.anyVerb).flatMap((s) => s.paths.map((p) => [p.split('/').pop()!.toLowerCase(), s.exchange] as [string, string])));

/** The exchange of an any-verb API whose RPC method `words` (snake_case) names, if any (`cancel_withdrawal` → deribit). */
export function anyVerbMethodExchange(words: string): string | undefined {
  return anyVerbMethods.get(words);
}

const sendPaths = SEND_SUPPLEMENT.flatMap((e) => e.paths.map((p) => ({ exchange: e.exchange, segs: splitPath(p.toLowerCase()), anyVerb: e.anyVerb === true })));
/** The last two segments of the send paths (one when alone): a keyword prefilter for the lines that may hold one; a lone `out` or `cancel` would be every file's. */
export const SEND_KEYWORDS: readonly string[] = [...new Set(sendPaths.map((e) => e.segs.slice(-2).join('/')))];

/**
 * The exchange whose send-to-address path (SEND_SUPPLEMENT: Luno's `/api/1/send`) the string ends with, matched whole:
 * only a host or nothing before it, as a bare `send` names nothing.
 */
export function matchSendPath(text: string): string | undefined {
  return sendEntryOf(text)?.exchange;
}

/** True when the send path the string ends with is one its API sends with any verb (Deribit's, over GET). */
export function isAnyVerbSendPath(text: string): boolean {
  return sendEntryOf(text)?.anyVerb === true;
}

/** The send path entry the string ends with, matched whole (see matchSendPath). */
function sendEntryOf(text: string): (typeof sendPaths)[number] | undefined {
  const segs = splitPath(text.replace(/[?#].*$/, '').toLowerCase());
  for (const e of sendPaths) {
    const head = segs.length - e.segs.length;
    if (head < 0 || segs.slice(head).join('/') !== e.segs.join('/')) continue;
    if (segs.slice(0, head).every((s) => /^(?:https?:|[^/]*\.[^/]*|\{\})$/.test(s))) return e;
  }
  return undefined;
}

/** A withdraw verb glued to what it moves, all lowercase (GoCryptoTrader scripts: `withdrawcrypto`, `withdrawfiat`). */
const GLUED_WITHDRAW = /^(withdraw)(crypto|fiat|coins?|cash|funds?|assets?|tokens?)$/;

/** Word segments of an identifier, lowercase: `submitWithdrawLightning` → submit, withdraw, lightning. */
export function nameSegments(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/)
    .filter(Boolean).flatMap((s) => GLUED_WITHDRAW.exec(s)?.slice(1) ?? [s]);
}

/** The word segments that make a name a withdrawal (Binance's Python connector writes "withdrawl"). */
const WITHDRAW_WORD = /^withdraw(?:al|l)?s?$/;
/**
 * Segments that make a name a query, a setting, bookkeeping or a type rather than the action: history, quota,
 * fee, address… (`get_withdraw_history`, `fetchWithdrawals`, `handle_withdrawal`, `WithdrawRequest(…)`).
 */
// Real code misspells history as it does withdrawal (`DEPOSIT_WITHDRAW_HISTORIY`, `withdraw_histroy`).
const NOT_ACTION = new Set([
  'history', 'histories', 'hist', 'historical', 'historiy', 'histroy', 'hisotry', 'record', 'records', 'entry', 'entries', 'list', 'lists', 'status', 'statuses', 'quota', 'quotas', 'max',
  'fee', 'fees', 'charge', 'charges', 'estimate', 'quote', 'address', 'addresses', 'network', 'networks', 'limit', 'limits', 'info',
  'detail', 'details', 'method', 'methods', 'get', 'fetch', 'query', 'search', 'check', 'checker', 'monitor', 'watcher', 'config', 'available',
  'switch', 'enable', 'enabled', 'disable', 'whitelist', 'income', 'margin', 'load', 'parse', 'handle',
  'is', 'has', 'can', 'should', 'mock', 'stub', 'fake', 'spy', 'test', 'assert', 'expect', 'validate', 'format',
  'log', 'print', 'show', 'render', 'display', 'count', 'total', 'sum', 'request', 'requests', 'response',
  'result', 'params', 'model', 'event', 'events', 'schema', 'type', 'data', 'dto', 'id', 'ids', 'tx', 'resp', 'payload', 'questionnaire',
  // Bookkeeping and generated bindings (`_store_net_trade_from_withdrawal`, `InsertWithdrawalAttempt`, `…_checksum_constructor_withdraw_new`).
  'store', 'save', 'insert', 'upsert', 'persist', 'update', 'track', 'process', 'calculate', 'compute', 'sync', 'notify', 'emit', 'checksum',
  'constructor', 'serialize', 'deserialize', 'encode', 'decode',
  // Steps around the action, not the action (`_prepare_withdrawal`, `_sleep_between_withdrawals`, `WithdrawBuilder`).
  'prepare', 'sleep', 'wait', 'delay', 'between', 'builder',
  // A setting or a verification step of it (`withdrawOptions.withdrawRefreshTime()`, `sendWithdrawPin(id)`).
  'time', 'timeout', 'interval', 'period', 'refresh', 'pin', 'otp', 'sms', 'captcha',
  // A listing since a date, a database select, a mail about it, a booked one rolled back (`_withdrawals_since(t)`,
  // `SQLSelectTWithdrawColByStatus`, `sendRequestWithdrawalEmail(…)`, `rollback_withdrawal(tx_id)`).
  'since', 'select', 'email', 'mail', 'rollback',
  // Setting up the objects that withdraw later (`self.init_withdrawals()`, `setupWithdrawals()`).
  'init', 'initialize', 'initialise', 'setup',
  // A state of one, or refusing it (`'withdraw_pending'`, `reject_withdrawal(id)`): no funds move.
  'pending', 'reject', 'rejected', 'decline', 'declined', 'completed',
  // An event or an outcome logged about one, and the screen or callback that asks for one
  // (`'withdrawal_signing_failed'`, `finishWithdrawalAfterSuccessfulBroadcast`, `'wallets_withdraw_form'`).
  'failed', 'failure', 'started', 'succeeded', 'successful', 'finished', 'confirmed', 'cancelled', 'canceled', 'signing',
  'form', 'handler', 'callback', 'cb',
]);
/** Send-style verbs that make a `…Request` an action after all (`withdraw_request(…)`, `submitWithdrawRequest`). */
const REQUEST_VERBS = new Set(['submit', 'create', 'send', 'new', 'apply', 'make', 'place', 'delegate']);

/** True when a called name is a withdrawal action by its segments: a withdraw word and no query word. */
export function isWithdrawActionName(name: string): boolean {
  const segs = nameSegments(name);
  if (!segs.some((s) => WITHDRAW_WORD.test(s))) return false;
  // A bare capitalised noun is a class (`models.Withdrawal(…)`); Go's and C#'s `Withdraw` verb is a method.
  if (/^Withdrawals?$/.test(name)) return false;
  // A PascalCase name ending in the noun is a type (`UidPushWithdrawal(…)`) unless a verb leads (`SubmitWithdrawal`).
  if (/^[A-Z]/.test(name) && /^withdrawals?$/.test(segs[segs.length - 1]) && !REQUEST_VERBS.has(segs[0]) && segs[0] !== 'cancel') return false;
  // `WithdrawRequest(…)` is a type; `withdraw_request(…)` and `submitWithdrawRequest(…)` send one, and a leading
  // `request` is the verb (C#'s `RequestFiatWithdrawalAsync`, `request_withdrawal`).
  const leadingVerb = segs[0] === 'request' && segs.findIndex((s) => WITHDRAW_WORD.test(s)) <= 2;
  const requestOk = leadingVerb || (!/^[A-Z]/.test(name) && (segs.some((s) => REQUEST_VERBS.has(s)) || (segs.length === 2 && segs[1] === 'request')));
  // An event handler (`on_withdrawal`); `_withdraw_on_exchange` withdraws.
  if (segs[0] === 'on') return false;
  // `…_from_withdrawal` derives something from a withdrawal; `withdrawl_assets_from_…` withdraws.
  if (segs.indexOf('from') !== -1 && segs.indexOf('from') < segs.findIndex((s) => WITHDRAW_WORD.test(s))) return false;
  // A signature, hash or digest of a withdrawal is built, not sent (`build_withdraw_sig`, `withdrawSignature`); with
  // `with`/`by`/`using` before it, it is how the withdrawal is authorised (`withdrawWithSignature`, `withdraw_with_otp`).
  const word = segs.findIndex((s) => WITHDRAW_WORD.test(s));
  const how = segs.findIndex((s, i) => i > word && (s === 'with' || s === 'by' || s === 'using'));
  if (how !== -1) segs.splice(how);
  if (/^(?:sig|signature|hash|digest|eip712)$/.test(segs[segs.length - 1])) return false;
  // After `withdraw…to`, the words name the destination (`withdrawToCryptoAddress`), not a query; after a singular
  // `withdraw…from`, the source (block.io's `withdraw_from_addresses`; `withdrawals_from_db` lists).
  const to = segs.indexOf('to', word);
  const from = /s$/.test(segs[word]) ? -1 : segs.indexOf('from', word);
  const end = Math.min(to === -1 ? segs.length : to, from === -1 ? segs.length : from);
  return !segs.slice(0, end).some((s) => NOT_ACTION.has(s) && !(requestOk && s === 'request'));
}
