// Withdrawal paths the table does not know (a new exchange, a new API version: `/api/ua/v1/withdrawal`), told by
// their shape: a versioned REST path that ends in a withdrawal noun, sent with a write verb. A bot's own web
// route (`app.post('/api/v1/withdraw', handler)`) is a definition, not a call to an exchange.
import type { Validator } from '../../defineDetector';
import { isWithdrawActionName, matchActionPath, nameSegments } from './table';
import { linesAboveStart, lineStartWithin } from '../../text/linesAbove';
import { callArguments } from '../../judge/callArguments';

/**
 * The last segment names the action: `withdraw`, `withdrawal(s)`, `withdraws`, or `withdraw/apply|create|submit`; a
 * kind of funds may come between (`withdrawals/crypto`), and a two-step withdrawal's confirmation with its code after
 * (`withdrawals/crypto/confirm/{code}`): the write verb still decides (its GET reads the confirmation's status).
 */
// `send`, `req`, `request`: the step that submits (`/my/coin/withdraw/send`, `/api/withdraw/req`).
const ACTION_TAIL = /(?:^|\/)withdraw(?:als?|s)?(?:\/(?:crypto|fiat|coin|bank))?(?:\/(?:apply|create|submit|perform|send|req|request)|\/confirm(?:\/\{[A-Za-z_]{1,30}\})?)?\/?$/i;
/** One withdrawal's id and a step on it (`…/withdrawals/{id}/commit`, `…/${wid}/cancel`): the step moves or stops the funds. */
const ID_STEP = /\/(?:\$?\{[A-Za-z0-9_.]{1,60}\}|:[A-Za-z_]{1,30})(?:\/(?:commit|confirm|cancel))?\/?$/;
/** A segment that makes the path a query whatever follows (`/api/v2/fees/withdrawal/{asset}/`). */
const QUERY_SEGMENT = /\/(?:fees?|history|histories|list|records?|status|details?|address(?:es)?|limits?|quotas?|info)(?:\/|$)/i;
/** One address resource by its id with more path after it (`/addresses/${addressId}/withdraw`): a place the action is on, not a query. */
const ADDRESS_BY_ID = /\/address(?:es)?\/(?:\$?\{[A-Za-z0-9_.]{1,60}\}|:[A-Za-z_]{1,30})(?=\/)/gi;
/** True when a query segment makes the path a query (an address addressed by its id does not). */
function queryPath(p: string): boolean {
  return QUERY_SEGMENT.test(p.replace(ADDRESS_BY_ID, ''));
}
/** A last segment of several words (`fast-withdraw`, `create-withdrawal-to-address`, `cross_chain_withdraw`). */
const WORDS_TAIL = /(?:^|\/)([A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+)\/?$/;

/** True when the path's last segment is a withdrawal action by its words (a withdraw word, no query word). */
function actionTail(p: string): boolean {
  if (ACTION_TAIL.test(p)) return true;
  // A step on one withdrawal: the segment before the id decides (`coin_withdrawals/{id}/commit`).
  if (ID_STEP.test(p)) return !queryPath(p) && actionTail(p.replace(ID_STEP, ''));
  const words = WORDS_TAIL.exec(p)?.[1];
  if (words !== undefined) return /withdraw/i.test(words) && isWithdrawActionName(words.toLowerCase().replace(/-/g, '_'));
  // A camelCase last segment (BTC Markets' `/fundtransfer/withdrawCrypto`), judged as the method name it reads as.
  const camel = CAMEL_TAIL.exec(p)?.[1];
  return camel !== undefined && CAMEL_ACTION_HEAD.test(camel) && isWithdrawActionName(camel) && !nameSegments(camel).some((w) => CAMEL_NOT_ACTION.has(w));
}
/** Words that make a camelCase segment a query or a notice (`sendWithdrawalEmail`, `withdrawPreview`). */
const CAMEL_NOT_ACTION = new Set(['preview', 'email', 'mail', 'notice', 'notify', 'notification', 'sms', 'code', 'history', 'status', 'fee', 'fees', 'quota', 'limit', 'limits', 'info', 'list', 'record', 'records', 'address', 'addresses', 'estimate', 'check']);
/** Its first word is the action or a verb of one (not `depositsWithdrawals`, a list of both). */
const CAMEL_ACTION_HEAD = /^(?:withdraw|request|create|submit|apply|make|do|send|cancel)[A-Z]/;
/** A last segment in camelCase (`withdrawCrypto`, `requestWithdrawal`). */
const CAMEL_TAIL = /(?:^|\/)([a-z]+(?:[A-Z][a-z0-9]*)+)\/?$/;
/** An API version or private segment: exchange REST paths carry one (`/api/v1/`, `/v5/`, `/0/private/`). */
const VERSIONED = /(?:^|\/)(?:v\d+(?:\.\d+)?|private)\//i;
/** `withdraw/apply`, `withdrawal/create`: the action's own verb says it even without a version (a client's base URL holds it). */
const APPLY_TAIL = /(?:^|\/)withdraw(?:als?|s)?\/(?:apply|create|submit|perform)\/?$/i;
/** The path is the first argument of a route definition (Express, FastAPI, Flask, Spring, ASP.NET). */
// Go's routers (Gin, Echo, Fiber, mux) register on any named receiver: a group's prefix (`v1.Group("/withdraw")`), an
// upper-case verb (`g.POST("/withdraw", h)`, captured), `HandleFunc("/withdraw", h)`; a client made by a call (`Http().POST(`) sends.
const ROUTE_BEFORE = /(?:\b(?:app|router|server|routes?|bp|blueprint|fastify)\.(?:post|put|delete|patch|route|all)|(?<=[A-Za-z0-9_])\.(?:Group|HandleFunc|Handle)|(?<=[A-Za-z0-9_])\.(POST|PUT|DELETE|PATCH)|@(?:Post|Put|Delete|Request)Mapping|\[Http(?:Post|Put|Delete))[ \t]*\([ \t]*(?:path[ \t]*=[ \t]*)?["'`]$/;

/** The string is a module specifier: `from './withdrawal'`, `import('./restEndpoint')`, `require("../withdrawals")`. */
const MODULE_BEFORE = /(?:\bfrom|\bimport|\b(?:require|import)[ \t]*\()[ \t]*["'`]$/;

/** True for a versioned path that ends in a withdrawal action and that the generated table does not know. */
export function isUnknownWithdrawPath(path: string): boolean {
  const p = path.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  return actionTail(p) && !queryPath(p) && (VERSIONED.test(p) || APPLY_TAIL.test(p)) && matchActionPath(p) === undefined;
}

/**
 * True for a path that ends in a withdrawal action the table does not know, versioned or not (`/wallet/withdraw`,
 * `/api/coin_withdrawals`, `portfolios/${p}/wallets/${w}/withdrawals`): only a write verb proven on its own call or
 * request object (provenVerb.ts) may report it, as a web app's own route and a payment API look the same.
 */
export function isGenericWithdrawPath(path: string): boolean {
  const p = path.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  return /withdraw/i.test(p) && !queryPath(p) && actionTail(p) && !(VERSIONED.test(p) || APPLY_TAIL.test(p)) && matchActionPath(p) === undefined;
}

/** Keeps unversioned withdrawal-shaped paths (see isGenericWithdrawPath). */
export const genericWithdrawPath: Validator = { name: 'generic-withdraw-path', test: (value) => isGenericWithdrawPath(value) };

/** Keeps unknown withdrawal-shaped paths (see isUnknownWithdrawPath). */
export const unknownWithdrawPath: Validator = { name: 'unknown-withdraw-path', test: (value) => isUnknownWithdrawPath(value) };

/** A validator that drops a value when its own line, up to `max` characters before it, ends in `before`. */
function notAfterOnLine(name: string, before: RegExp, max: number): Validator {
  return {
    name,
    reach: { before: 0, after: 0 }, // the value's own line
    test: (_value, ctx) => {
      const lineStart = lineStartWithin(ctx.text, ctx.start);
      return !before.test(ctx.text.slice(Math.max(lineStart, ctx.start - max), ctx.start));
    },
  };
}

/**
 * An `api` receiver defines a route as a decorator (`@api.post("/withdraw")`) or when handed a handler function
 * (`api.post('/withdraw', async (req, res) =>`); otherwise it is an HTTP client (`this.api.post('/api/transfers/offramp',
 * request)`, Java's `api.post("main/api/v2/accounting/withdrawal", payload, time, true)`).
 */
const API_ROUTE_BEFORE = /(@)?(?<![A-Za-z0-9_$])api\.(?:post|put|delete|patch|route|all)[ \t]*\([ \t]*(?:path[ \t]*=[ \t]*)?["'`]$/;
/** A later argument of a route's registration: a function, or a handler, controller, middleware or validator by name. */
const HANDLER_ARG = /=>|\bfunction\b|[Hh]andler|[Cc]ontroller|[Mm]iddleware|[Aa]uth|[Vv]alidat|[Gg]uard|[Rr]equire[A-Z]/;

/** Drops paths that are the first argument of a route definition: the bot's own server, not an exchange call. */
export const notARouteDefinition: Validator = {
  name: 'not-a-route-definition',
  // The value's own line, and an `api` call's arguments (800 characters at most, callArguments.ts).
  reach: { before: 0, after: 800 },
  test: (_value, ctx) => {
    const lineStart = lineStartWithin(ctx.text, ctx.start);
    const before = ctx.text.slice(Math.max(lineStart, ctx.start - 200), ctx.start);
    const route = ROUTE_BEFORE.exec(before);
    if (route !== null) {
      // Go's upper-case verb on a client decodes into a result (`c.POST("/v5/asset/withdraw/create", req, &resp)`): a
      // route is handed handlers, never an address.
      if (route[1] === undefined) return false;
      const open = ctx.start - before.length + before.lastIndexOf('(');
      return callArguments(ctx.text, open).slice(1).some((a) => /^&[A-Za-z_]/.test(a.trim()));
    }
    const api = API_ROUTE_BEFORE.exec(before);
    if (api === null) return true;
    if (api[1] !== undefined) return false;
    const open = ctx.start - before.length + before.lastIndexOf('(');
    return !callArguments(ctx.text, open).slice(1).some((a) => HANDLER_ARG.test(a));
  },
};

/** A log or print call's message still open before the value (`console.log(\`  POST /withdraw\``, `logger.info("… /withdraw`). */
const LOG_MESSAGE_BEFORE = /(?:\bconsole\.(?:log|info|warn|error|debug)|(?<![A-Za-z0-9_$.])(?:print|println|printf|puts)|\b(?:log|logger|logging|LOG|LOGGER|Log)\.(?:info|debug|warn|warning|error|trace|log|Info|Debug|Warn|Error|Printf|Println)|System\.(?:out|err)\.print(?:ln|f)?)[ \t]*\((?:[^()"'`\n]|\([^()\n]{0,100}\)){0,100}["'`][^"'`\n]{0,300}$/;

/** Drops a path named in a log message (`console.log('Received POST request to /withdraw')`): it reports a route, sends nothing. */
export const notInLogMessage = notAfterOnLine('not-in-log-message', LOG_MESSAGE_BEFORE, 300);

/**
 * Drops a path inside a sentence (`'refund() is no longer supported: /v1/payment/refund is now signed with …'`): a
 * request's URL holds no spaces, a message about it holds several (three or more in its string around the path),
 * unless the string is a shell command or a raw request (curl, an HTTP verb, `HTTP/1.1`).
 */
export const notInProse: Validator = {
  name: 'not-in-prose',
  reach: { before: 0, after: 0 }, // the value's own line
  test: (_value, ctx) => {
    const lead = /["'`]([^"'`\n]{0,200})$/.exec(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start))?.[1];
    if (lead === undefined) return true;
    const tail = /^[^"'`\n]{0,200}/.exec(ctx.text.slice(ctx.end, ctx.end + 200))?.[0] ?? '';
    // A shell command or a raw HTTP request has spaces too, and sends (`curl -X POST … https://…/withdraw/apply`).
    if (/\b(?:curl|wget|http|https|Invoke-RestMethod)\b|\b(?:POST|DELETE|PUT)\b|HTTP\/1/.test(lead + tail)) return true;
    return ((lead + tail).match(/[ \t]+(?=[A-Za-z])/g)?.length ?? 0) < 3;
  },
};

/**
 * Drops a one-segment path followed by a space and more words in the same string: a chat bot's command and its usage
 * (`"/withdraw AMOUNT ADDRESS"`, `'Use /withdraw <amount> to cash out'`). A URL has no space; an HTTP request line
 * (`"POST /withdraw HTTP/1.1"`) keeps its path.
 */
export const notACommandUsage: Validator = {
  name: 'not-a-command-usage',
  reach: { before: 0, after: 0 },
  test: (value, ctx) => !/^\/[A-Za-z_-]+$/.test(value) || !/^ (?!HTTP\/)[^\s"'`]/.test(ctx.text.slice(ctx.end, ctx.end + 8)),
};

/**
 * After a path: its rate-limit cost in an API definition table (ccxt's `'capital/withdraw/apply': 4.0002,`,
 * `'asset/withdraw': {'cost': 120},`, PHP's `=> 1` and `=> array('cost' => 1)`, C#'s `{ "withdraw", 1 }`).
 */
const COST_AFTER = /^\\?["'`]?[ \t]*(?:(?::|=>)[ \t]*(?:\d+(?:\.\d+)?[ \t]*(?:[,}\]]|#|\/\/|$)|(?:\{|\[|array\()[ \t]*["']?cost["']?[ \t]*(?::|=>))|,[ \t]*\d+(?:\.\d+)?[ \t]*\})/;

/** Drops a path keyed to its cost in an API definition table: the library declares the endpoint; its call sends it. */
export const notACostTableEntry: Validator = {
  name: 'not-a-cost-table-entry',
  reach: { before: 0, after: 0 },
  test: (_v, ctx) => {
    let end = ctx.text.indexOf('\n', ctx.end);
    if (end === -1) end = ctx.text.length;
    return !COST_AFTER.test(ctx.text.slice(ctx.end, Math.min(end, ctx.end + 80)));
  },
};

/** Drops module specifiers: a source file named after withdrawals is imported, not called. */
export const notAModulePath = notAfterOnLine('not-a-module-path', MODULE_BEFORE, 40);

/** A function or method header: `def name(`, `func (c *T) Name(`, `async name(params) {`, `public R Name(…) {`. */
// A TS method whose parameters go on the next lines (`fiatWithdrawalHistory(⏎`) is one too.
const HEADER = /^[ \t]*(?:(?:def|func|fn|function|fun)[ \t]+(?:\([^)\n]*\)[ \t]*)?([A-Za-z_$][A-Za-z0-9_$]*)|(?:[A-Za-z_$][A-Za-z0-9_$<>[\],?]*[ \t]+){0,5}([A-Za-z_$][A-Za-z0-9_$]*)[ \t]*(?:\([^;\n]*\)[^;\n]*\{|\()[ \t]*$)/;
const NOT_A_NAME = new Set(['if', 'for', 'while', 'switch', 'catch', 'return', 'with', 'elif', 'else', 'match']);
/** Words of a function name that reads: APIs that POST every call (CoinSpot's `ro/my/withdrawals`) name their queries so. */
const QUERY_WORDS = new Set([
  'history', 'histories', 'list', 'lists', 'record', 'records', 'status', 'fee', 'fees', 'detail', 'details', 'address', 'addresses',
  'limit', 'limits', 'quota', 'quotas', 'info',
]);
/** The most lines read back for the enclosing function's header. */
const HEADER_LINES = 12;

/** The width of a line's leading whitespace (a tab as one). */
const indentOf = (line: string): number => /^[ \t]*/.exec(line)![0].length;

/**
 * Drops a path inside a function named for a query (`fiatWithdrawalHistory(params) {`): its POST reads. The
 * enclosing function's header is indented less than every line between it and the path (a sibling is not it).
 */
export const notInQueryFunction: Validator = {
  name: 'not-in-query-function',
  test: (_v, ctx) => {
    let end = ctx.text.indexOf('\n', ctx.start);
    if (end === -1) end = ctx.text.length;
    let start = lineStartWithin(ctx.text, ctx.start);
    // A line longer than the bound (minified): no header above it is read, as walking back per match is quadratic.
    if (start > 0 && ctx.text[start - 1] !== '\n') return true;
    let min = indentOf(ctx.text.slice(start, end));
    for (let i = 0; i < HEADER_LINES && start > 0; i++) {
      end = start - 1;
      start = linesAboveStart(ctx.text, end, 1, 2000);
      if (start > 0 && ctx.text[start - 1] !== '\n') return true;
      const line = ctx.text.slice(start, end);
      // A parameter list's close (`): Promise<R> {`) belongs to the header above it.
      if (!line.trim() || indentOf(line) >= min || /^[ \t]*[)\]}]/.test(line)) continue;
      min = indentOf(line);
      const m = HEADER.exec(line);
      const name = m?.[1] ?? m?.[2];
      if (name && !NOT_A_NAME.has(name)) return !nameSegments(name).some((s) => QUERY_WORDS.has(s));
    }
    return true;
  },
};

/** A browser's request to its own origin: global `fetch('/…'`, jQuery's `$.post('/…'`, `$.ajax({ url: '/…'`. */
const SAME_ORIGIN_CALL = /(?:(?<![A-Za-z0-9_$.])fetch|\$\.(?:post|ajax))[ \t]*\([ \t]*(?:\{[^}\n]{0,80}\burl[ \t]*:[ \t]*)?["'`]$/;

/**
 * Drops a root-relative path fetched by a browser page (`fetch('/api/smart-withdraw', { method: 'POST' })`): Node's
 * fetch refuses relative URLs, so this is a web page asking its own server, whose route holds the key and the call.
 */
export const notSameOriginFetch: Validator = {
  name: 'not-same-origin-fetch',
  reach: { before: 200, after: 0 },
  test: (value, ctx) => !(value.startsWith('/') && SAME_ORIGIN_CALL.test(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start))),
};

/** A statement of its own setting a request's verb field to GET (`$this->type='GET';`, `method: "GET",`). */
const READ_VERB_LINE = /^[ \t]*[\w$>.'"-]{0,60}\b(?:type|method|verb|http_?[Mm]ethod)["']?[ \t]*(?:=|:|=>)[ \t]*["']GET["'][ \t]*[;,]?[ \t]*$/;
/** What ends a request's statement group: a block, a function, a closed call (`});`, `send();`). */
const GROUP_END = /[{}]|\bfunction\b|\bdef\b|\)[ \t]*;/;
/** A write verb near the path: `'POST'`, `Method.Post`, `HttpMethod.Delete`, `requests.post(`. */
const WRITE_VERB = /["'](?:POST|DELETE|PUT)["']|\bMethod\.(?:Post|Put|Delete|POST|PUT|DELETE)\b|\.(?:post|put|delete)[ \t]*\(/;
/**
 * Drops a path whose own request says GET just above it (`$this->type='GET'; $this->path='/coin/withdraw';`): a
 * read. Only within the same statement group (no block, function or closed call between the GET and the path: a GET
 * of the request before is not this one's), and not when a write verb stands near the path, above or below.
 */
export const notReadVerbAbove: Validator = {
  name: 'not-read-verb-above',
  reach: { before: 300, after: 300 },
  test: (_v, ctx) => {
    // The path's line and the two above and below it, within 300 characters each way (a minified line is not read whole).
    const lineStart = linesAboveStart(ctx.text, ctx.start, 1, 300);
    const from = linesAboveStart(ctx.text, ctx.start, 3, 300);
    const after = ctx.text.slice(ctx.end, ctx.end + 300);
    let below = after.indexOf('\n');
    for (let i = 0; i < 2 && below !== -1; i++) below = after.indexOf('\n', below + 1);
    if (WRITE_VERB.test(ctx.text.slice(from, ctx.end) + (below === -1 ? after : after.slice(0, below)))) return true;
    // The nearest GET line above, then nothing between it and the path may end its statement group.
    const above = ctx.text.slice(from, lineStart).split('\n');
    for (let i = above.length - 1; i >= 0; i--) {
      if (!READ_VERB_LINE.test(above[i].replace(/\r$/, ''))) continue;
      return GROUP_END.test(above.slice(i + 1).join('\n') + ctx.text.slice(lineStart, ctx.start));
    }
    return true;
  },
};
