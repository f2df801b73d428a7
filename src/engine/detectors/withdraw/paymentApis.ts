// Payment and wallet-service APIs that send coins to an address without a withdraw path the endpoint tables know:
// a bot platform's HTTP call whose body names the action (`{ key: "send", address }`, `{ name: "withdraw", address }`,
// `{ url: "api/send", fields: { address } }`), a client helper given the send path and a body with a destination
// (`$this->curl("send", $data)`), and a hosted wallet's send URL built in a variable and fetched. The send call is
// reported: the destination is a user's or a caller's address.
import { callArguments } from '../../judge/callArguments';
import { notInComment, notInString } from '../../judge/codeContext';
import { defineDetector, type MatchContext, type Validator } from '../../defineDetector';
import { notADeclaration } from '../declaration';
import { rx } from '../fragments';
import { firstAssignment, linesAbove } from '../../text/linesAbove';
import { CODE, WHY, WITHDRAW_ADVICE } from './shared';

/** Actions that move coins out, as a body's action value or the last segment of its url. */
const ACTION = String.raw`(?:send|withdraw|withdrawal|payout|sendtoaddress|sendmany)`;
const ACTION_FIELD = new RegExp(String.raw`(?<![A-Za-z0-9_$])["']?(?:key|name|action|method|cmd|command|op)["']?[ \t]*:[ \t]*["']${ACTION}["']|(?<![A-Za-z0-9_$])["']?(?:url|path|endpoint)["']?[ \t]*:[ \t]*["'][^"'\n]*\/${ACTION}["']`, 'i');
/** A destination field, and what makes it a mail or phone address instead. */
const DEST_FIELD = /(?<![A-Za-z0-9_$])["']?(?:address|to_address|toAddress|wallet_address|walletAddress|recipient|to)["']?[ \t]*(?::|=>)[ \t]*([^,\n}]{1,120})/g;
// Push and chat messages have a `to` and a `/send` too (FCM's `fcm/send`, Expo's `push/send`).
const NOT_COIN = /mail|phone|sms|\bip\b|ip_address|host|token|device|topic|chat|channel/i;
const NOT_PAYMENT = /fcm|firebase|expo|onesignal|push|notification/i;

/** True when a body (an object or array literal's text) names a send action and a coin destination. */
function sendsToAddress(body: string): boolean {
  return ACTION_FIELD.test(body) && !NOT_PAYMENT.test(body) && [...body.matchAll(DEST_FIELD)].some((m) => !NOT_COIN.test(m[0]));
}

/** The text from the last `name =` in the 1,500 characters before the match up to it; undefined when there is none. */
function assignedAbove(ctx: MatchContext, name: string): string | undefined {
  const from = ctx.text.lastIndexOf(`${name} =`, ctx.start);
  return from === -1 || ctx.start - from > 1500 ? undefined : ctx.text.slice(from, ctx.start);
}

/**
 * A call given one object (`HTTP.post({ url, body: {…} })`), or a variable assigned one in the lines above
 * (`let options = { url: "api/send", fields: {…} };⏎ Libs.OxaPayLib.apiCall(options)`): it names a send and a destination.
 */
const bodySends: Validator = {
  name: 'body-sends-to-address',
  reach: { before: 1500, after: 600 },
  test: (_v, ctx) => {
    const open = ctx.text.indexOf('(', ctx.end);
    if (open === -1) return false;
    const arg = (callArguments(ctx.text, open)[0] ?? '').trim();
    if (!/^[A-Za-z_$][\w$]*$/.test(arg)) return sendsToAddress(arg);
    const assigned = assignedAbove(ctx, arg);
    return assigned !== undefined && sendsToAddress(assigned);
  },
};

/** `helper("send", $data)`: the data variable, assigned in the lines above, names a destination. */
const dataSends: Validator = {
  name: 'data-names-destination',
  test: (_v, ctx) => {
    const m = /^[ \t]*\([ \t]*["'][a-z_]+["'][ \t]*,[ \t]*(\$?[A-Za-z_][A-Za-z0-9_]*)/.exec(ctx.text.slice(ctx.end, ctx.end + 120));
    const assigned = m ? assignedAbove(ctx, m[1]) : undefined;
    return assigned !== undefined && [...assigned.matchAll(DEST_FIELD)].some((d) => !NOT_COIN.test(d[0]));
  },
};

/** An amount field of a body. */
const AMOUNT_FIELD = /(?<![A-Za-z0-9_$])["']?(?:amount|amt|value|sum|quantity)["']?[ \t]*(?::|=>|,|\})/i;

/**
 * `axios.post(process.env.GATE_PAYOUT_API, body)`: a POST to a URL named for payouts or withdrawals (a constant, a
 * config key, an environment variable), with a body, written in the call or assigned in the lines above, that names
 * a coin destination and an amount.
 */
const postsPayoutBody: Validator = {
  name: 'posts-payout-body',
  reach: { before: 1500, after: 400 },
  test: (_v, ctx) => {
    const [url, body] = callArguments(ctx.text, ctx.text.indexOf('(', ctx.end)).map((a) => a.trim());
    const name = /^[A-Za-z_$][\w$.]*$/.test(url ?? '') ? url.split('.').pop()! : '';
    if (!/payout|withdraw/i.test(name) || /history|status|list|info|fee|limit/i.test(name) || !body) return false;
    let text = body;
    if (/^[A-Za-z_$][\w$]*$/.test(body)) {
      const assigned = assignedAbove(ctx, body);
      if (assigned === undefined) return false;
      text = assigned;
    }
    return AMOUNT_FIELD.test(text) && [...text.matchAll(DEST_FIELD)].some((d) => !NOT_COIN.test(d[0]));
  },
};

/** Hosted wallets' send URLs: blockchain.info's merchant payment and sendmany, a WebDollar node's create-transaction. */
const WALLET_SEND_URL = /["'][^"'\n]*\/merchant\/["'][\s\S]{0,200}?["']\/(?:payment|sendmany)\b|["'][^"'\n]*\/wallets\/create-transaction\//;

/** A fetched variable whose assignment, in the 20 lines above, builds a hosted wallet's send URL. */
const fetchesSendUrl: Validator = {
  name: 'fetches-wallet-send-url',
  test: (name, ctx) => {
    const above = linesAbove(ctx.text, ctx.start, 20, 20 * 300);
    // From the first assignment on: the URL may be built in steps (`url = base + "/payment?"`, then `url = url + q`).
    const first = firstAssignment(above, name);
    return first !== -1 && WALLET_SEND_URL.test(above.slice(first));
  },
};

/** Payment and wallet-service API calls that send coins to an address. */
export const withdrawPaymentApiSend = defineDetector({
  id: 'withdraw/payment-api-send',
  title: 'payment API send to an address',
  severity: 'warning',
  role: 'endpoint',
  message: 'Payment API send through {name}: a wallet service is asked to send coins to an address.',
  risk: WHY,
  advice: WITHDRAW_ADVICE,
  // The commands `create_withdrawal` and `create_payout` hold `withdraw` and `payout`.
  keywords: ['payout', 'withdraw', 'post(', 'apicall(', '("send"', "('send'", '("withdraw"', "('withdraw'", '("payout"', "('payout'", 'getpage(', '.get(', 'urlopen('],
  validate: [notInComment, notInString, notADeclaration],
  files: CODE,
  patterns: [
    { re: rx(String.raw`(?<![A-Za-z0-9_$])(?<name>post|apiCall)[ \t]*\((?=[ \t]*(?:\{|[A-Za-z_$][\w$]*[ \t]*\)))`), keywords: ['post(', 'apicall('], validate: [bodySends] },
    {
      re: rx(String.raw`(?<![A-Za-z0-9_$])(?<name>[A-Za-z_]{0,24}(?:curl|request|Request|call|Call|api|Api|post|Post))(?=[ \t]*\([ \t]*["'](?:send|withdraw|payout|create_withdrawal|create_payout)["'][ \t]*,)`),
      keywords: ['("send"', "('send'", '("withdraw"', "('withdraw'", '("payout"', "('payout'", '("create_withdrawal"', "('create_withdrawal'", '("create_payout"', "('create_payout'"],
      validate: [dataSends],
      requires: { fileContains: ['curl', 'http', 'request'] },
    },
    { re: rx(String.raw`(?<![A-Za-z0-9_$])(?<name>post)[ \t]*\((?=[ \t]*[A-Za-z_$][\w$.]*[ \t]*,)`), keywords: ['payout', 'withdraw'], validate: [postsPayoutBody] },
    {
      re: rx(String.raw`(?<![A-Za-z0-9_$])(?:getPage|get|urlopen|fetch)[ \t]*\([ \t]*(?<name>[A-Za-z_$][A-Za-z0-9_$]*)(?=[ \t]*[,)])`),
      keywords: ['getpage(', '.get(', 'urlopen(', 'fetch('],
      validate: [fetchesSendUrl],
      requires: { fileContains: ['/merchant/', '/wallets/create-transaction/'] },
    },
  ],
  examples: {
    positive: [
      { text: `HTTP.⟦post⟧({\n  url: gateway,\n  body: { action: "send", currency: "TRX", amount: n, address: params.wallet }\n});`, path: 'commands/payout.js' },
      { text: `Api.⟦apiCall⟧({ url: "v1/payout", fields: { coin: 'LTC', amount: 2, address: answer } });`, path: 'commands/cashout.js' },
      // The options object built in the lines above (a Bots.Business library's call).
      { text: `let options = {\n  url: "api/send",\n  fields: { amount: n, currency: "USDT", address: wallet },\n  onSuccess: "/done"\n};\nLibs.OxaPayLib.⟦apiCall⟧(options);`, path: 'commands/_confirm.js' },
      { text: `function pay(o) {\n  return http.⟦post⟧({ url: base, body: { key: o.key, name: "withdraw", to: o.address, amount: o.n } });\n}`, path: 'lib/pay.js' },
      { text: `<?php\n$body = array(\n  "amount" => $n,\n  "to" => $this->addr,\n);\nreturn $this->⟦doRequest⟧("send", $body);`, path: 'src/Payer.php' },
      { text: `<?php // curl\n$req = array(\n  'amount' => $amount,\n  'address' => $address,\n);\nreturn $this->⟦api_call⟧('create_withdrawal', $req);`, path: 'gateway.inc.php' },
      { text: `send_url = 'https://blockchain.info/merchant/' + guid + '/payment?' + urlencode(args)\nd = getPage(⟦send_url⟧)`, path: 'sender.py' },
      { text: `const body = { key: process.env.GATE_KEY, address: to, amount: n, currency: 'TRX' };\nconst { data } = await axios.⟦post⟧(process.env.GATE_PAYOUT_URL, body);`, path: 'utils/gate.mjs' },
      { text: `const u = NODE + '/wallets/create-transaction/' + from + '/' + to + '/' + n;\nconst r = await axios.get(⟦u⟧);`, path: 'worker.js' },
      // A gateway's payout URL kept in the environment, posted with a body that names the user's address.
      { text: `const body = {\n  key: process.env.GATE_PAYOUT_KEY,\n  address: wallet,\n  amount: n,\n};\nconst { data } = await axios.⟦post⟧(process.env.GATE_PAYOUT_API, body);`, path: 'utils/gate.mjs' },
      { text: `r = requests.⟦post⟧(settings.WITHDRAW_URL, json={"address": dest, "amount": n})`, path: 'pay.py' },
    ],
    negative: [
      // A mail or phone "address"; a deposit request; the action named only for a log.
      { text: `HTTP.post({ url: mailer, body: { action: "send", address: user.email, text: t } });`, path: 'notify.js' },
      { text: `HTTP.post({ url: gateway, body: { name: "deposit", currency: c, user: u } });`, path: 'deposit.js' },
      // A push message: FCM's send endpoint and a device token as `to`.
      { text: `request.post({ url: 'https://fcm.googleapis.com/fcm/send', json: { to: deviceToken, notification: n } });`, path: 'push.js' },
      { text: `HTTP.post({ url: "api/send-message", body: { chat: id, to: peer } });`, path: 'chat.js' },
      { text: `let options = { url: "api/payout/history", fields: { address: wallet } };\nLibs.OxaPayLib.apiCall(options);\nlet o = { url: "api/send", fields: { address: user.email } };\nHTTP.post(o);`, path: 'commands/history.js' },
      // A payout history read; a payout URL posted a webhook's acknowledgement (no destination, no amount).
      { text: `const body = { address: w, amount: 1 };\nconst r = await axios.post(cfg.PAYOUT_HISTORY_URL, body);\nawait axios.post(process.env.PAYOUT_CALLBACK, { ok: true });`, path: 'stats.js' },
      // The data names no destination; an ordinary URL fetched; a send path only in a comment.
      { text: `<?php\n$body = array("currency" => $c);\nreturn $this->doRequest("send", $body);`, path: 'src/Payer.php' },
      { text: `info_url = 'https://blockchain.info/merchant/' + guid + '/balance'\nd = getPage(info_url)`, path: 'balance.py' },
      { text: `// HTTP.post({ url: gateway, body: { action: "send", address: a } })`, path: 'old.js' },
      // The env name holds a key, not a URL; a payout URL posted a body without a destination; a mail address.
      { text: `const r = await axios.post(process.env.GATE_PAYOUT, body);\nconst q = await axios.post(process.env.GATE_PAYOUT_API, { currency: "TRX" });`, path: 'utils/gate.mjs' },
      { text: `r = requests.post(settings.PAYOUT_URL, json={"address": user.email, "text": t})`, path: 'notify.py' },
    ],
  },
});
