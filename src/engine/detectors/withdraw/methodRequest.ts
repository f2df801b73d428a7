// The request a withdrawal method makes: `def withdraw(self, size, tar_addr)` whose body ends `return
// self.private_query('send_money', params=q)`, `withdrawCrypto(amount, address) { … return this.common.request('POST',
// r.path, …) }`. The path is a code, a variable or a table entry that says nothing; the method's own name and its
// address or amount parameters say what the request does. One request, one fact: the last request-like call of the
// body is reported, and none where the body calls a withdraw method itself (the call rules report that one).
import { inComment } from '../../judge/codeContext';
import { cachedFunctionSpans, type FunctionSpan } from '../../judge/functionSpans';
import { notADefinitionSite } from '../../judge/definitionSite';
import { TextMemo } from '../../judge/textMemo';
import { defineDetector, type MatchContext, type Validator } from '../../defineDetector';
import type { FileKind } from '../../types';
import { notADeclaration } from '../declaration';
import { ANY_CALL, rx } from '../fragments';
import { CODE, WITHDRAW_ADVICE } from './shared';
import { isWithdrawActionName, nameSegments } from './table';

/** A call by name (generics allowed), as the body is read; group 1 is the name. */
export const CALL = /(?<![A-Za-z0-9_$])([A-Za-z_$][\w$]{0,60})(?:<[^<>()\n]{0,60}>)?[ \t]*\(/g;
/** Segments that make a call a request to an API (`private_query`, `_send_request`, `authRequest`, `c.Call`). */
const REQUEST_SEGMENTS = new Set(['request', 'query', 'post', 'call', 'api', 'send', 'submit', 'exec', 'execute', 'invoke', 'fetch']);
/**
 * Segments that make a call something else: a read (`fetch_balance`), a step around the request (`build_request`,
 * `sign_request`, `log_request`) or a callback.
 */
const NOT_REQUEST = new Set([
  'balance', 'balances', 'history', 'status', 'fee', 'fees', 'info', 'ticker', 'price', 'prices', 'address', 'addresses', 'limit', 'limits',
  'network', 'networks', 'currency', 'currencies', 'market', 'markets', 'quota', 'detail', 'details', 'list', 'deposit', 'deposits', 'time',
  'nonce', 'signature', 'sign', 'signed', 'hash', 'header', 'headers', 'url', 'uri', 'path', 'params', 'payload', 'body', 'log', 'logger',
  'print', 'debug', 'warn', 'error', 'assert', 'check', 'validate', 'build', 'encode', 'format', 'prepare', 'parse', 'callback', 'cb',
  'notify', 'notification', 'message', 'email', 'mail', 'telegram', 'alert', 'event', 'emit', 'mock', 'spy', 'stub', 'expect',
  // An error made when the request fails (Rust's `HttpError::RequestFailed(…)`).
  'failed', 'failure', 'exception', 'invalid', 'timeout',
]);
/** First words of a call that fills a request builder (Huobi's `builder.put_post("amount", a)`, `add_post_param`). */
const FILLS_A_BUILDER = new Set(['put', 'add', 'set', 'append']);
/** A string literal among a call's arguments, not a key of an object or a dict written there (`{"address": a}`). */
const LITERAL = /["'`]([^"'`\n]{0,160})["'`](?![ \t]*(?::|=>))/g;
/** Words of a literal argument that make the request a read (`'/withdraw/status/'`, `'withdrawal_history'`). */
const READ_WORDS = new Set(['history', 'status', 'fee', 'fees', 'info', 'list', 'limit', 'limits', 'quota', 'detail', 'details', 'record', 'records', 'balance', 'balances', 'address', 'addresses', 'networks', 'cancel']);
/** Parameter words that say the method is handed where funds go or how much (`tar_addr`, `amount`, `details: BitfinexWithdrawRequest`). */
const PARAM_WORDS = new Set(['address', 'addr', 'destination', 'dest', 'recipient', 'receiver', 'to', 'wallet', 'iban', 'beneficiary', 'payee', 'amount', 'size', 'qty', 'quantity', 'volume', 'sum', 'money', 'withdraw', 'withdrawal']);
/** Name words of a withdrawal's neighbours: its cancellation and its settings (`SetSubAccWithdrawalSettingsAsync`). */
const NOT_METHOD = new Set(['cancel', 'set', 'setting', 'settings']);
/**
 * A signer or a digest handed a literal: the path is signed there, not requested (`createHmac(\`${prefix}/withdrawCrypto\`, …)`);
 * a request made with a signature is a request (`__create_request_by_post_with_signature("/v1/dw/withdraw/api/create", b)`).
 */
const SIGNER_BEFORE = /(?<![Ww]ith_?)(?:[Ss]ign|[Hh]mac|HMAC|[Hh]ash|[Dd]igest)\w*[ \t]*\([^()]*$/;
/** A constant or a literal (not a key: `{'withdraw_address': a}`) that may name the withdrawal (`CMDS.CREATE_WITHDRAWAL`, `'withdraw'`); not a variable (`withdrawalAddress`). */
const NAMED_LATER = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,}[0-9]*)\b|["'`]([^"'`\n]{1,160})["'`](?![ \t]*(?::|=>))/g;
/** A word of a literal or a name that makes it a withdrawal (`'/v1/withdraws/coin'`, Hyperliquid's `Withdraw3(…)`). */
export const WITHDRAW_SEGMENT = /^withdraw(?:al|l)?s?\d*$/;
/** The most lines between a method's head and the request reported. */
export const MAX_LINES = 60;

/** A called name that may be a withdrawal or a request, before its segments are read. */
const MAY_MATTER = /[Ww]ithdraw|WITHDRAW|[Rr]equest|REQUEST|[Qq]uery|QUERY|[Pp]ost|POST|[Cc]all|CALL|[Aa]pi|API|[Ss]end|SEND|[Ss]ubmit|[Ee]xec|[Ii]nvoke|[Ff]etch/;

/** True when a called name is a withdraw method (`withdraw`, `_withdrawal`, Hyperliquid's `Withdraw3`). */
export function namesAWithdrawal(name: string): boolean {
  return isWithdrawActionName(name) || nameSegments(name).some((s) => WITHDRAW_SEGMENT.test(s));
}

/** True when a called name is a request to an API by its segments. */
export function isRequestName(name: string): boolean {
  const segs = nameSegments(name);
  return segs.some((s) => REQUEST_SEGMENTS.has(s)) && !FILLS_A_BUILDER.has(segs[0]) && !segs.some((s) => NOT_REQUEST.has(s) && !signsThenSends(segs, s));
}

/** True for a signer's word before a send in the same name (`signOrSendTX`, `signAndSendTransaction`): that call sends. */
export function signsThenSends(segs: readonly string[], word: string): boolean {
  return (word === 'sign' || word === 'signed') && segs.indexOf('send') > segs.indexOf(word);
}

/** The text between a call's `(` and its closing `)` (capped), or from the `(` to the cap when it does not close. */
export function argumentsAt(text: string, open: number, cap = 600): string {
  let depth = 0;
  const end = Math.min(text.length, open + cap);
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1, end);
}

/** True when a literal argument names a read or a cancellation rather than the withdrawal. */
function namesARead(args: string): boolean {
  for (const m of args.matchAll(LITERAL)) if (nameSegments(m[1]).some((s) => READ_WORDS.has(s))) return true;
  return false;
}

/** True when the method's name is a withdrawal action and its parameters name a destination or an amount. */
function isWithdrawMethod(text: string, span: FunctionSpan): boolean {
  if (!isWithdrawActionName(span.name) || nameSegments(span.name).some((s) => NOT_METHOD.has(s))) return false;
  return paramWords(text, span)?.some((s) => PARAM_WORDS.has(s)) ?? false;
}

// Per text and method head: the offset of the request the method's body makes, or -1.
const CHOSEN = new TextMemo<number>();
// Per text and called name: what the name is (bits below); a body's calls repeat a few names many times.
const CALL_KIND = new TextMemo<number>();
const WITHDRAWAL = 1;
const REQUEST = 2;

/** A call of a method's body: its name, its offset in the text, its kind bits and where its `(` is. */
export interface BodyCall {
  name: string;
  at: number;
  kind: number;
  open: number;
}

/**
 * The calls of a method's body whose names pass `mayMatter` (a cheap test before the words are read), outside
 * comments, each with `kindOf`'s bits (worked out once per name and text); undefined when the span has no body.
 */
export function bodyCalls(ctx: MatchContext, span: FunctionSpan, mayMatter: RegExp, kinds: TextMemo<number>, kindOf: (name: string) => number): BodyCall[] | undefined {
  const { text } = ctx;
  const bodyStart = text.indexOf('\n', span.start);
  if (bodyStart === -1 || bodyStart >= span.end) return undefined;
  const body = text.slice(bodyStart, span.end);
  const calls: BodyCall[] = [];
  CALL.lastIndex = 0;
  for (let m = CALL.exec(body); m; m = CALL.exec(body)) {
    const name = m[1];
    if (!mayMatter.test(name) || inComment(text, bodyStart + m.index, ctx.kind)) continue;
    calls.push({ name, at: bodyStart + m.index, kind: kinds.get(text, name, () => kindOf(name)), open: bodyStart + m.index + m[0].length - 1 });
  }
  return calls;
}

/** True when the call lies within MAX_LINES of the method's head. */
export function nearHead(text: string, span: FunctionSpan, at: number): boolean {
  return linesBetween(text, text.indexOf('\n', span.start), at) <= MAX_LINES;
}

/**
 * The offset of the last request-like call of a withdrawal method's body; -1 when there is none, or when another line
 * of the body names the withdrawal (a withdraw method called, a path literal assigned): the path and call rules report
 * that line, and one withdrawal is one finding.
 */
function chosenRequest(ctx: MatchContext, span: FunctionSpan): number {
  return CHOSEN.get(ctx.text, `${ctx.kind}:${span.start}`, () => {
    const { text } = ctx;
    if (!isWithdrawMethod(text, span)) return -1;
    const calls = bodyCalls(ctx, span, MAY_MATTER, CALL_KIND, (name) => (namesAWithdrawal(name) ? WITHDRAWAL : 0) | (isRequestName(name) ? REQUEST : 0));
    // The call rules report a withdraw method called in the body.
    if (!calls || calls.some((c) => c.kind & WITHDRAWAL)) return -1;
    const requests = calls.filter((c) => c.kind & REQUEST && !namesARead(argumentsAt(text, c.open)));
    const chosen = requests.length ? requests[requests.length - 1].at : -1;
    if (chosen === -1 || !nearHead(text, span, chosen)) return -1;
    return pathNamedElsewhere(text, ctx.kind, text.indexOf('\n', span.start), span.end, chosen) ? -1 : chosen;
  });
}

/** The number of line breaks between two offsets. */
export function linesBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * True when a literal naming a withdrawal sits in the body outside the request's first line (outside comments and
 * signers' arguments): the path rules report it there. A constant or literal on a later line of the request's own
 * arguments (`request(creds, {cmd: CMDS.CREATE_WITHDRAWAL, …})`) is reported there by the constant rules.
 */
function pathNamedElsewhere(text: string, kind: FileKind, from: number, to: number, request: number): boolean {
  const lineStart = text.lastIndexOf('\n', request) + 1;
  const lineEnd = text.indexOf('\n', request);
  const open = text.indexOf('(', request);
  const args = argumentsAt(text, open);
  if (lineEnd !== -1 && open + 1 + args.length > lineEnd) {
    for (const m of text.slice(lineEnd, open + 1 + args.length).matchAll(NAMED_LATER)) if (nameSegments(m[1] ?? m[2]).some((s) => WITHDRAW_SEGMENT.test(s))) return true;
  }
  for (const m of text.slice(from, to).matchAll(NAMED_LATER)) {
    const at = from + m.index;
    if (at >= lineStart && (lineEnd === -1 || at < lineEnd)) continue;
    // A constant naming the withdrawal (`format!("{}{}", base, WITHDRAW)`) is the constant rules' finding.
    if (m[1] !== undefined) {
      if (nameSegments(m[1]).some((s) => WITHDRAW_SEGMENT.test(s)) && !inComment(text, at, kind)) return true;
      continue;
    }
    const segs = nameSegments(m[2]);
    // A literal with a space or a colon is a message (`"func WithdrawFunds"`, `"withdrawResult:%v"`), never a path.
    if (/\s|:(?!\/\/)/.test(m[2]) || !segs.some((s) => WITHDRAW_SEGMENT.test(s)) || segs.some((s) => READ_WORDS.has(s)) || inComment(text, at, kind)) continue;
    if (!SIGNER_BEFORE.test(text.slice(text.lastIndexOf('\n', at) + 1, at))) return true;
  }
  return false;
}

/** The innermost named function whose body holds the offset (not its head line). */
export function enclosingSpan(ctx: MatchContext): FunctionSpan | undefined {
  const spans = cachedFunctionSpans(ctx.text, ctx.kind);
  // The last span that starts before the offset, by bisection (spans are in text order)...
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= ctx.start) lo = mid + 1;
    else hi = mid;
  }
  // ...then back to the nearest that holds it: the innermost. Its nested functions sit between; a few dozen at most.
  for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) {
    const s = spans[i];
    if (ctx.start <= s.end && ctx.text.indexOf('\n', s.start) < ctx.start) return s;
  }
  return undefined;
}

/** A validator that keeps only the call `chosen` picks in its enclosing method (-1: none). */
export function chosenCallOnly(name: string, chosen: (ctx: MatchContext, span: FunctionSpan) => number): Validator {
  return {
    name,
    reach: { before: 8000, after: 8000 },
    test: (_value, ctx) => {
      const span = enclosingSpan(ctx);
      return span !== undefined && chosen(ctx, span) === ctx.start;
    },
  };
}

/** The method's parameter list read as name words; undefined when the head has none. */
export function paramWords(text: string, span: FunctionSpan): string[] | undefined {
  const open = text.indexOf('(', text.indexOf(span.name, span.start) + span.name.length);
  return open === -1 || open > span.end ? undefined : nameSegments(argumentsAt(text, open));
}

/** Keeps the last request-like call of a withdrawal method's body (see the header). */
const requestOfWithdrawMethod = chosenCallOnly('request-of-withdraw-method', chosenRequest);

export const withdrawMethodRequest = defineDetector({
  id: 'withdraw/method-request',
  title: 'request made by a withdrawal method',
  severity: 'warning',
  role: 'endpoint',
  message: 'Call {name}(…) sends a withdrawal to the address its method is given.',
  risk: 'A withdrawal to an address the caller chooses: whoever controls this code or its key can move the account\'s funds out.',
  advice: WITHDRAW_ADVICE,
  // The call's own line holds a request word; the file holds the withdrawal method. A window below every withdraw
  // word cost a quarter of the whole engine's time on the bench corpus.
  keywords: ['request', 'query', 'post', 'call', 'api', 'send', 'submit', 'exec', 'invoke', 'fetch'],
  validate: [notADeclaration, notADefinitionSite],
  files: CODE,
  patterns: [
    {
      re: rx(ANY_CALL),
      name: /[Rr]equest|[Qq]uery|[Pp]ost|[Cc]all|[Aa]pi|API|[Ss]end|[Ss]ubmit|[Ee]xec|[Ii]nvoke|[Ff]etch|REQUEST|POST|QUERY/,
      requires: { fileContains: ['withdraw'] },
      validate: [requestOfWithdrawMethod],
    },
  ],
  examples: {
    positive: [
      { text: `class Coincheck:\n    def withdraw(self, size, tar_addr, **kwargs):\n        q = {'address': tar_addr, 'amount': size}\n        q.update(kwargs)\n        return self.⟦private_query⟧('send_money', params=q)`, path: 'interfaces/coincheck.py' },
      { text: `class HitBTC:\n    def withdraw(self, size, tar_addr, currency=None, **kwargs):\n        q = {'amount': size, 'currency_code': currency or 'BTC', 'address': tar_addr}\n        return self.⟦private_query⟧('payment/payout', params=q)`, path: 'interfaces/hitbtc.py' },
      { text: `export function withdraw(auth: ExchangeAuthConfig, details: BitfinexWithdrawRequest): Promise<Response> {\n    return ⟦authRequest⟧(auth, { path: '/v1/withdraw', fields: details });\n}`, path: 'src/bitfinex/auth.ts' },
      { text: `func (api *Api) WithdrawFunds(currency, address string, amount float64) (Result, error) {\n\tparams := map[string]string{"currency": currency, "address": address}\n\tbody, err := api.⟦request⟧("POST", api.url, params)\n\treturn parse(body), err\n}`, path: 'api.go' },
      // A balance read first; the path is signed on its own line, then the request sends it.
      { text: `withdrawCrypto(amount, address, currency) {\n  const bal = this.common.request('GET', '/balances');\n  const r = createHmac(\`\${this.apiPrefix}/withdrawCrypto\`, this.key, body);\n  return this.common.⟦request⟧('POST', r.path, null, body, r.headers);\n}`, path: 'dist/fundTransfer.js' },
      // A log line that names the method is no path; an API's transaction signed and sent.
      { text: `func (api *Api) WithdrawFunds(currency, address string, amount float64) (Result, error) {\n\tpath := withdrawURI + currency\n\tlogger.Debug("func WithdrawFunds", path)\n\tbody, err := api.⟦request⟧("POST", api.url+path, params)\n\tlogger.Debug(fmt.Sprintf("withdrawResult:%v", body))\n\treturn parse(body), err\n}`, path: 'private.go' },
      { text: `pub async fn withdraw(&self, currency: &str, amount: f64, address: &str) -> Result<Withdrawal, HttpError> {\n    let url = format!("{}{}?{}", self.base_url(), self.path, query);\n    let response = self.⟦make_authenticated_request⟧(&url).await?;\n    if !response.status().is_success() {\n        return Err(HttpError::RequestFailed(format!("Withdraw failed: {}", response.status())));\n    }\n    Ok(response.json().await?)\n}`, path: 'src/endpoints/private.rs' },
      { text: `export async function luloWithdraw(agent: SolanaAgentKit, mint: string, amount: number) {\n  const res = await fetch(\`https://api.lulo.fi/v1/generate.transactions.withdraw?priorityFee=\${fee}\`, { method: 'POST', body });\n  const tx = VersionedTransaction.deserialize(Buffer.from((await res.json()).data.transaction, 'base64'));\n  return ⟦signOrSendTX⟧(agent, tx);\n}`, path: 'src/lulo/tools/lulo_withdraw.ts' },
      // The method's own parameters on the request's later lines are no path named elsewhere.
      { text: `WithdrawDigitalCurrency(amount, withdrawalAddress, comment) {\n  return this.common.⟦request⟧(true, 'post', 'WithdrawDigitalCurrency', null, {\n    amount,\n    withdrawalAddress,\n    comment,\n  });\n}`, path: 'dist/private.js' },
    ],
    negative: [
      // A query method; no destination or amount parameter; a stub; the body calls a withdraw method (the call rules').
      { text: `def withdraw_history(self, coin, address):\n    return self.private_query('withdrawals', params={'coin': coin})`, path: 'api.py' },
      { text: `def withdraw(self, **kwargs):\n    return self.private_query('send_money', params=kwargs)`, path: 'api.py' },
      { text: `def withdraw(self, size, tar_addr, **kwargs):\n    raise NotImplementedError()`, path: 'api.py' },
      { text: `def withdraw(self, coin, amount, address):\n    result = self.client.withdraw(coin=coin, amount=amount, address=address)\n    self.send_notification(result)\n    return result`, path: 'bot.py' },
      // A builder filled with `put_post` (no request), then the path handed to a request made with a signature (the path rules').
      { text: `def withdraw(self, address, amount, currency):\n    builder = UrlParamsBuilder()\n    builder.put_post("address", address)\n    builder.put_post("amount", amount)\n\n    request = self.__create_request_by_post_with_signature("/v1/dw/withdraw/api/create", builder)\n    return request`, path: 'impl/restapirequestimpl.py' },
      // The path is assigned on a line of its own (the path rules report that line: one withdrawal, one finding).
      { text: `def withdraw(self, currency, amount, address):\n    url = "https://api.upbit.com/v1/withdraws/coin"\n    data = {"currency": currency, "amount": amount, "address": address}\n    return _send_post_request(url, data=data)`, path: 'exchange_api.py' },
      { text: `pub async fn withdraw_from_bridge(&self, amount: &str, destination: &str) -> Result<Status> {\n    let action = serde_json::to_value(Actions::Withdraw3(w))?;\n    self.post(action, signature, timestamp).await\n}`, path: 'src/exchange_client.rs' },
      // The withdrawal's constant on a later line of the request's arguments (the constant rules report it); settings.
      { text: `public createWithdrawal(options, callback) {\n  return request(\n    this.credentials,\n    { cmd: CMDS.CREATE_WITHDRAWAL, ...options },\n  );\n}`, path: 'src/index.ts' },
      { text: `public Task<Response> SetSubAccWithdrawalSettingsAsync(SubAccWithdrawalSetting request) {\n    return SendRequestAsync<Response>(GetUrl(SettingsUrl), HttpMethod.Put, request.AsDictionary());\n}`, path: 'Client.cs' },
      // A constant that names the withdrawal on another line (the constant rules report it there).
      { text: `pub async fn withdraw(&self, currency: &str, amount: f64, address: &str) -> Result<Withdrawal, HttpError> {\n    let url = format!("{}{}?{}", self.base_url(), WITHDRAW, query);\n    let response = self.make_authenticated_request(&url).await?;\n    Ok(response.json().await?)\n}`, path: 'src/endpoints/private.rs' },
      // A literal that names a read; a call in a comment; a request outside any withdrawal method.
      { text: `def withdraw(self, wid, amount):\n    return self.private_query('withdraw/status', params={'id': wid})`, path: 'api.py' },
      { text: `def withdraw(self, size, addr):\n    # return self.private_query('send_money', params=q)\n    raise NotImplementedError()`, path: 'api.py' },
      { text: `def balance(self, amount):\n    return self.private_query('accounts/balance')\n\n# withdraw is not supported`, path: 'api.py' },
      // A builder's name is no action (`build_withdraw_request`); logging the request is not sending it.
      { text: `def build_withdraw_params(self, amount, address):\n    return self.sign_request({'amount': amount, 'address': address})`, path: 'api.py' },
      { text: `async function withdrawTo(address, amount) {\n  logger.debug('withdraw', address);\n  await notifyTelegram(address, amount);\n}`, path: 'bot.js' },
    ],
  },
});
