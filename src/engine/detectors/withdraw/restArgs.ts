// Slashless withdrawal endpoints the rest-endpoint rule (restEndpoint.ts) reads from a request's arguments: a
// currency-prefixed action (`'btc_withdrawal'`) kept in an endpoint variable or handed to a POST helper after other
// arguments, a path passed as separate segments (`self._post('v2', 'accounts', id, 'withdrawals', data=p)`), and a
// transactions resource created with type `send` (a send to an address or email, not a listing).
import type { Example, MatchContext, PatternSpec, Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { code, EXCHANGE_NEAR } from './shared';
import { exchangeOfAction, matchActionPath } from './table';
import { notAnIndex } from './endpointShapes';
import { linesAround, ownVerb } from './verb';
import { provenWriteVerb } from './provenVerb';

/** A currency-prefixed action as its own literal (`"eth_withdrawal"`): never a query, whose names differ (`withdrawal_requests`). */
const COIN_ACTION = String.raw`(?<name>[a-z0-9]{2,12}_withdrawal)`;
/** Assigned to a variable named for an endpoint (`const ep = "bitcoin_withdrawal";`, `PATH = '…'`); not `==`. */
const ASSIGNED_COIN_ACTION = String.raw`(?<![A-Za-z0-9_])(?:[A-Za-z_]{0,20}(?:[Ee]p|[Ee]ndpoint|[Pp]ath|[Uu]rl|[Uu]ri|[Rr]oute|[Aa]ction|[Cc]ommand)|[A-Z_]{0,20}(?:EP|ENDPOINT|PATH|URL|URI|ROUTE|ACTION|COMMAND))[ \t]{0,4}:?=[ \t]{0,4}["'\`]${COIN_ACTION}["'\`][;,]?[ \t]*$`;
/** A later argument of a call (`this._post(null, 'ltc_withdrawal', cb, body)`): the call's own name must post. */
const ARG_COIN_ACTION = String.raw`(?<=,[ \t]{0,4}["'\`])${COIN_ACTION}(?=["'\`][ \t]*[,)])`;

/** Keeps an action of the table that no query shares (the generated table knows every currency's). */
const unambiguousAction: Validator = { name: 'unambiguous-coin-action', test: (value) => matchActionPath(value)?.ambiguous === false };

/** The call still open at `start`, within 300 characters (its arguments may span lines): its `(` offset. */
function openParen(text: string, start: number): number | undefined {
  let depth = 0;
  for (let i = start - 1; i >= Math.max(0, start - 300); i--) {
    const c = text[i];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') {
      if (depth === 0) return c === '(' ? i : undefined;
      depth--;
    }
  }
  return undefined;
}

/** The verb of the call open at `start` (its name's verb segment: `_post`, `post_private`), lowercase. */
function openCallVerb(text: string, start: number): string | undefined {
  const open = openParen(text, start);
  return open === undefined ? undefined : ownVerb(text.slice(Math.max(0, open - 80), open + 1), Math.min(open, 80) + 1);
}
const isPostOrDelete = (verb: string | undefined): boolean => verb === 'post' || verb === 'delete';

/** Keeps an argument whose call posts or deletes by its own name. */
const postedArgument: Validator = {
  name: 'posted-argument',
  reach: { before: 300, after: 0 },
  test: (_v, ctx) => isPostOrDelete(openCallVerb(ctx.text, ctx.start)),
};

/**
 * The path a call's separate segment arguments spell (`'v2', 'accounts', account_id, 'withdrawals'` →
 * `v2/accounts/{}/withdrawals`): literals as written, a plain name as a placeholder; a keyword argument ends it.
 */
function segmentPath(ctx: MatchContext): string | undefined {
  const open = openParen(ctx.text, ctx.start);
  if (open === undefined) return undefined;
  const close = ctx.text.indexOf(')', ctx.end);
  if (close === -1 || close - ctx.end > 300) return undefined;
  const parts: string[] = [];
  const args = ctx.text.slice(open + 1, close).split(',');
  // A path's first segment is written (`'v2'`): `self._post(path, 'withdrawals')` hands a label after a path.
  if (!/^\s*["'`]/.test(args[0])) return undefined;
  for (const raw of args) {
    const a = raw.trim();
    if (/^[A-Za-z_]\w{0,30}[ \t]*=[^=]/.test(a) || a === '') break;
    const literal = /^["'`]([A-Za-z0-9_.-]{1,40})["'`]$/.exec(a)?.[1];
    if (literal === undefined && !/^[A-Za-z_@$][\w.@$[\]'"]{0,60}$/.test(a)) return undefined;
    parts.push(literal ?? '{}');
  }
  return parts.length >= 2 ? parts.join('/') : undefined;
}

/** Keeps a segment whose call posts or deletes and whose segments, joined, are a withdrawal action of the table. */
const postedSegments: Validator = {
  name: 'posted-segment-path',
  reach: { before: 300, after: 300 },
  test: (_v, ctx) => {
    if (!isPostOrDelete(openCallVerb(ctx.text, ctx.start))) return false;
    const path = segmentPath(ctx);
    return path !== undefined && matchActionPath(path) !== undefined;
  },
};

/** A transactions resource: a path ending in it, or the segment alone as a later argument. */
const TRANSACTIONS = String.raw`["'\`](?<name>(?:[A-Za-z0-9_.:/{}#$-]{0,120}/)?transactions)(?=["'\`][ \t]*[,)])`;
/** The type the request's parameters are given: `params['type'] = 'send'`, `args.type = "send"`, `{ type: "send" }`. */
// Or added to a parameter collection: `parameters.Add("type", "send")`, `params.put("type", "send")`.
const TYPE_SEND = /(?:\.type|\[[ \t]*["']type["'][ \t]*\]|["']type["'][ \t]*(?:=>|:)|(?<![A-Za-z0-9_$.])type[ \t]*:|\.(?:[Aa]dd|put|[Ss]et)\([ \t]*["']type["'][ \t]*,)[ \t]*=?[ \t]*["']send["']/;
/** The start of a function's body ends the lines read above (its `def`/`function` line). */
const FUNCTION_LINE = /\n[ \t]*(?:def|function|func|fn)[ \t]|=[ \t]*function[ \t]*\(/;
/**
 * Keeps a transactions resource posted, by the call's own name, with a `send` type set within the six lines above;
 * or a request object (`{ method: "POST", path: "…/transactions", body: { type: "send", … } }`) whose verb field
 * writes, with the type inside that object.
 */
const postedSendType: Validator = {
  name: 'posted-send-type',
  reach: { before: 400, after: 400 },
  test: (_v, ctx) => {
    const own = openCallVerb(ctx.text, ctx.start);
    if (isPostOrDelete(own)) return typeSentAbove(ctx.text, ctx.start, 6);
    // The request object: from its `{` to its `}` (a neighbouring object's type is not this one's).
    if (own !== undefined || !provenWriteVerb(ctx)) return false;
    const span = objectAround(ctx.text, ctx.start);
    if (span !== undefined && TYPE_SEND.test(ctx.text.slice(span[0], span[1]))) return true;
    // A verb argument (`GetOrCreate(HttpMethod.Post, base, $"…/transactions"`) after parameters built in its method.
    return span === undefined && typeSentAbove(ctx.text, ctx.start, 14);
  },
};

/** True when a `send` type is set in its line and the `lines - 1` lines above `at`, within its function (cut at its `def`/`function` line or signature). */
function typeSentAbove(text: string, at: number, lines: number): boolean {
  return TYPE_SEND.test(linesAround(text, at, -(lines - 1)).split(FUNCTION_LINE).pop() ?? '');
}

/** The object literal the value sits in, `{` to its `}`, within 400 characters either side; undefined when none. */
function objectAround(text: string, at: number): [number, number] | undefined {
  let open = -1;
  for (let i = at - 1, depth = 0; i >= Math.max(0, at - 400); i--) {
    const c = text[i];
    if (c === '}') depth++;
    else if (c === '{' && depth-- === 0) {
      open = i;
      break;
    }
  }
  if (open === -1) return undefined;
  for (let i = at, depth = 0; i < Math.min(text.length, at + 400); i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}' && depth-- === 0) return [open, i];
  }
  return undefined;
}

/** The transactions resource posted as a send: its own gate (the rule's mentions-withdraw gate leaves it out). */
export const TRANSACTIONS_PATTERN: PatternSpec = {
  re: rx(TRANSACTIONS), keywords: ['transactions'], validate: [postedSendType], requires: { exchangeNear: EXCHANGE_NEAR },
};

/**
 * The bare `withdraw` action as the first argument of a generic request helper (`this.make_request('withdraw', {`,
 * `api.request("withdraw", p)`): APIs that post every call name it so (a v1 REST API, an RPC over HTTP).
 */
const REQUEST_HELPER_ACTION = String.raw`(?<=(?:[Rr]equest|[Aa]pi_?[Cc]all|[Cc]all_?[Aa]pi)[ \t]{0,4}\([ \t]{0,4}["'\`])(?<name>withdraw)(?=["'\`][ \t]*,)`;
/** Keeps such a call when its arguments, up to the call's end, name both a destination and an amount. */
const destinationArgs: Validator = {
  name: 'request-helper-destination',
  reach: { before: 0, after: 400 },
  test: (_v, ctx) => {
    const args = ctx.text.slice(ctx.end, ctx.end + 400).split(/\)[ \t]*;|\)[ \t]*\r?\n/)[0];
    return /\b(?:address|to_?address|destination|wallet_?address)\b/i.test(args) && /\bamount\b/i.test(args);
  },
};

/** `withdraw` right after a quote, as the quoted-action shapes' look-behinds read it (PatternSpec.needs). */
const QUOTED_WITHDRAW = ['"withdraw', "'withdraw", '`withdraw'];

/** The rest-endpoint rule's patterns for these shapes (spread into its record). */
export const REST_ARG_PATTERNS: readonly PatternSpec[] = [
  { re: rx(ASSIGNED_COIN_ACTION, 'm'), keywords: ['_withdrawal'], validate: [unambiguousAction], exchangeOf: exchangeOfAction, requires: { exchangeNear: EXCHANGE_NEAR } },
  { re: rx(ARG_COIN_ACTION), keywords: ['_withdrawal'], validate: [unambiguousAction, notAnIndex, postedArgument], exchangeOf: exchangeOfAction, requires: { exchangeNear: EXCHANGE_NEAR } },
  {
    // The lookahead fails most positions on their first letter before the lookbehind runs (same matches).
    re: rx(String.raw`(?=[Ww]ithdraw)(?<=,[ \t]{0,4}["'\`])(?<name>[Ww]ithdraw[A-Za-z0-9_-]{0,30})(?=["'\`][ \t]*[,)])`),
    keywords: ['withdraw'],
    linesBefore: 2,
    // The quote before the name (its look-behind's), as written: most lines of a withdrawal word quote none.
    needs: QUOTED_WITHDRAW.flatMap((w) => [w, w.replace('w', 'W')]),
    validate: [postedSegments],
    exchangeOf: exchangeOfAction,
    requires: { exchangeNear: EXCHANGE_NEAR },
  },
  { re: rx(REQUEST_HELPER_ACTION), keywords: ['withdraw'], needs: QUOTED_WITHDRAW, validate: [destinationArgs], requires: { exchangeNear: EXCHANGE_NEAR } },
  TRANSACTIONS_PATTERN,
];

/** Examples of these shapes, for the rest-endpoint rule's record. */
export const REST_ARG_EXAMPLES: { readonly positive: readonly Example[]; readonly negative: readonly Example[] } = {
  positive: [
    code(`// bitstamp client\nfunction ethOut(amount, to) {\n  const ep = "⟦eth_withdrawal⟧";\n  return this.call(this.resolve(ep), METHOD.POST, { amount, to });\n}`),
    code(`// bitstamp\nClient.prototype.usdcOut = function(amount, to, cb) {\n  this._post(null, '⟦usdc_withdrawal⟧', cb, { amount: amount, address: to }, true);\n}`),
    code(`from coinbase.wallet.client import Client\nresp = self._post('v2', 'accounts', acct, '⟦withdrawals⟧', data=params)`),
    code(`import coinbase\nr = self._post(\n    'v2', 'accounts', acct, '⟦withdrawals⟧', wid, 'commit',\n    data=params)`),
    code(`import coinbase\ndef pay(self, acct, **params):\n    params['type'] = 'send'\n    return self._post('v2', 'accounts', acct, '⟦transactions⟧', data=params)`),
    // A request object: its verb field writes, its body's type sends (below the path).
    { text: `import { Client } from "coinbase";\nexport const pay = async (n: string) => {\n  const p = build({\n    method: "POST",\n    path: \`⟦/v2/accounts/\${id}/transactions⟧\`,\n    body: { type: "send", to: cold, amount: n },\n  });\n  return fetch(p.url, p.init);\n};`, path: 'src/pay.ts' },
    { text: `require 'coinbase/wallet'\ndef pay(acct, params = {})\n  params['type'] = 'send'\n  res = nil\n  post("⟦/v2/accounts/#{acct}/transactions⟧", params) do |r|\n    res = r\n  end\nend`, path: 'lib/client.rb' },
    // The verb an argument before the path, the send type added to the parameters at the top of its method.
    { text: `// coinbase\npublic async Task<Tx> PayAsync(string acct, string to, decimal n)\n{\n    var p = new Parameters();\n    p.Add("type", "send");\n    p.Add("to", to);\n    p.Add("amount", n);\n    p.Add("currency", "BTC");\n    p.Add("network", net);\n    var r = _defs.GetOrCreate(HttpMethod.Post, _base, $"⟦/v2/accounts/{acct}/transactions⟧", Limits.Private, 1, true);\n    return await _client.SendAsync<Tx>(r, p);\n}`, path: 'Account.cs' },
    code(`// bitfinex v1\nreturn this.make_request('⟦withdraw⟧', {\n  kind,\n  amount,\n  address\n}, cb)`),
  ],
  negative: [
    // Another action, a listing, or no destination handed: not a withdrawal sent.
    code(`// bitfinex v1\nreturn this.make_request('withdraw_history', { currency, amount, address }, cb)`),
    code(`// bitfinex v1\nreturn this.make_request('withdraw', { currency }, cb)`),
    code(`// bitfinex v1\nconst label = request('withdraw', 'menu');\nconst amount = 1; const address = a;`),
    // The listing of withdrawal requests, a comparison, a fee table's key, an index: no withdrawal is made.
    code(`// bitstamp\nconst ep = "withdrawal_requests";\nreturn this.call(ep, METHOD.POST, {});`),
    code(`// bitstamp\nif (row.kind == "eth_withdrawal") { count++; }`),
    code(`// bitstamp\nconst fees = { "eth_withdrawal": 0.001, "btc_withdrawal": 0.0005 };`),
    code(`// bitstamp\nconst fee = fees[coin, "eth_withdrawal"];`),
    code(`# bitstamp\nhistory = client.user_transactions(kind = "eth_withdrawal")`),
    // Not posted: a GET helper, a label, a log call.
    code(`// bitstamp\nthis._get(null, 'eth_withdrawal', cb);`),
    code(`// bitstamp\nlogger.info(msg, 'eth_withdrawal', amount);`),
    code(`import coinbase\nresp = self._get('v2', 'accounts', acct, 'withdrawals', params=params)`),
    code(`import coinbase\nresp = self._get('v2', 'accounts', acct, 'withdrawals', wid)`),
    code(`import coinbase\nresp = self._post('v2', 'reports', 'withdrawals', data=params)`),
    // Transactions listed, or created with another type (a money request is no send).
    code(`import coinbase\ndef txs(self, acct, **params):\n    return self._get('v2', 'accounts', acct, 'transactions', params=params)`),
    code(`import coinbase\ndef ask(self, acct, **params):\n    params['type'] = 'request'\n    return self._post('v2', 'accounts', acct, 'transactions', data=params)`),
    code(`import coinbase\ndef txs(self, acct, **params):\n    params['type'] = 'send'\n    return self._get('v2', 'accounts', acct, 'transactions', params=params)`),
    // The send type set in the method above, not in this one.
    { text: `// coinbase\npublic void Prep(Parameters p)\n{\n    p.Add("type", "send");\n}\npublic async Task<Tx> AskAsync(string acct)\n{\n    var r = _defs.GetOrCreate(HttpMethod.Post, _base, $"/v2/accounts/{acct}/transactions", Limits.Private, 1, true);\n    return await _client.SendAsync<Tx>(r, null);\n}`, path: 'Account.cs' },
    // A request object that reads, or writes another type.
    { text: `import { Client } from "coinbase";\nconst p = build({\n  method: "GET",\n  path: \`/v2/accounts/\${id}/transactions\`,\n  body: { type: "send" },\n});\nconst q = build({\n  method: "POST",\n  path: \`/v2/accounts/\${id}/transactions\`,\n  body: { type: "request", to: who },\n});`, path: 'src/rows.ts' },
  ],
};
