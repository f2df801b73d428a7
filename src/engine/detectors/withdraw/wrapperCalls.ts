// Calls of another file's fund-moving function (crossfile/fundMovers.ts): `await sendToken(user.address, amount)` in a bot's
// command handler, where the transfer itself sits in `core/chain.js`. The scan is handed those functions (scan
// option `movers`); this rule finds their calls in the text.
import { defineDetector, type PatternSpec } from '../../defineDetector';
import { inComment, inString } from '../../judge/codeContext';
import { DEST_NAME, NOT_DEST_NAME } from '../../judge/sendShape';
import type { FileKind, Mover, Severity } from '../../types';
import { WHY, WITHDRAW_ADVICE } from './shared';
import { nameSegments } from './table';
import { enclosingSpan, functionSpans } from '../../judge/functionSpans';
import { isDefinitionSite } from '../../judge/definitionSite';
import { isDeclaredName } from '../declaration';
import { TextMemo } from '../../judge/textMemo';
import { lineStartWithin } from '../../text/linesAbove';
import { builtFromDefiClass } from './defiReceivers';

export const withdrawWrapperCall = defineDetector({
  id: 'withdraw/wrapper-call',
  title: "a call of another file's withdrawal or send",
  severity: 'warning',
  role: 'endpoint',
  message: '{name}(…) moves funds: it withdraws or sends in another file of the workspace.',
  risk: `${WHY} The call is where the bot decides to move funds; the transfer itself is in the function it calls.`,
  advice: WITHDRAW_ADVICE,
  // Found from the workspace's index, not by keywords: the scan runs it only when handed `movers`.
  keywords: [],
  patterns: [],
  examples: {
    positive: [
      { text: `const { sendToken } = require('../core/chain');\n\nasync function onTip(user, amount) {\n  await ⟦sendToken⟧(user.address, amount);\n}`, path: 'commands/tip.js', workspace: [{ path: 'core/chain.js', text: `async function sendToken(to, amount) {\n  return token.methods.transfer(to, amount).send({ from: hot.address });\n}\nmodule.exports = { sendToken };` }] },
      { text: `from wallets.spot import pull_to_cold\n\nif surplus > 0:\n    ⟦pull_to_cold⟧(client, surplus)`, path: 'main.py', workspace: [{ path: 'wallets/spot.py', text: `def pull_to_cold(client, amount):\n    return client.withdraw(coin="USDT", address=COLD, amount=amount)` }] },
      // Called in an arrow's body (a promise chain), the mover's parameters on many lines (destructured options).
      { text: `import pullNew from './pull/new.mjs';\nconst flow = () =>\n  Promise.resolve()\n    .then((r) => ⟦pullNew⟧('1', BASE.NAME));`, path: 'request/index.mjs', workspace: [{ path: 'request/pull/new.mjs', text: `const pullNew = async (\n  amount,\n  coin,\n  {\n${Array.from({ length: 14 }, (_, i) => `    option${i},`).join('\n')}\n  } = {},\n) => {\n  return post("/v5/asset/withdraw/create", { amount, coin, address: COLD });\n};\nexport default pullNew;` }] },
      // A bot's command of the same name calling the store module's withdrawal (imported from its package).
      { text: `from tipbot import models, store\n\nasync def withdraw(ctx, amount):\n    user = models.User.get(ctx.author.id)\n    w = store.⟦withdraw⟧(user, amount)`, path: 'tipbot/bot.py', workspace: [{ path: 'tipbot/store.py', text: `def withdraw(user, amount):\n    return node.sendtoaddress(user.address, amount)` }] },
      // The file's own method of the same name, and a call through an instance named after the mover's module.
      { text: `from core import wallet\n\nclass App:\n    def transfer_token(self, rows):\n        for r in rows:\n            _wallet = r["wallet"]\n            _wallet.⟦transfer_token⟧(r["to"], r["value"])`, path: 'app.py', workspace: [{ path: 'core/wallet.py', text: `class Wallet:\n    def transfer_token(self, to_address, value):\n        return self.client.withdraw(coin="ETH", address=to_address, amount=value)` }] },
      { text: `func (u *Disperse) Run(ctx context.Context) error {\n\treturn u.gw.⟦DisperseNative⟧(ctx, recipients, amounts)\n}`, path: 'usecase/disperse.go', workspace: [{ path: 'gateway/contract.go', text: `func (g *Gateway) DisperseNative(ctx context.Context, to []string, v []*big.Int) error {\n\tfor i := range to {\n\t\tif _, err := g.client.Withdraw(ctx, to[i], v[i]); err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil\n}` }] },
      // A CommonJS helper module's export (`module.exports.name = function(`), and a same-file layer above the send.
      // A receiver named like a connection, calling a mover its own class has no method of (`conn.sendCoins(`).
      { text: `var conn = require('./chain.js');\nconn.⟦sendCoins⟧(rq.body.toAddress, rq.body.amount);`, path: 'routes.js', workspace: [{ path: 'chain.js', text: `module.exports.sendCoins = function(to, amount) {\n  return rpc.call('sendtoaddress', [to, amount]);\n};` }] },
      { text: `var bc = require('./chain.js');\napp.get('/sendtx', function (req, res) {\n  var tx = bc.⟦send⟧(req.query.toAddress, req.query.amount);\n  res.send(tx);\n});`, path: 'routes.js', workspace: [{ path: 'chain.js', text: `class Chain {\n  send(btcAddress, amount) {\n    return rpc.call('sendtoaddress', [btcAddress, amount]);\n  }\n}\nmodule.exports = new Chain();` }] },
      { text: `var node = require('../wallet/node.js');\nnode.⟦sendCoins⟧(u.login, u.pwd, target.address, 5);`, path: 'bot.js', workspace: [{ path: 'wallet/node.js', text: `module.exports.sendCoins = function(login, pwd, to, amount) {\n  return rpc.call('sendtoaddress', [to, amount]);\n};` }] },
      { text: `<?php\nclass RunPayouts {\n  use Payouts;\n  function handle() {\n    $this->⟦settlePayout⟧($this->id);\n  }\n}`, path: 'app/Jobs/RunPayouts.php', workspace: [{ path: 'app/Traits/Payouts.php', text: `<?php\ntrait Payouts {\n  function settlePayout($id) {\n    $this->sendBankPayout(Payout::find($id));\n  }\n  function sendBankPayout($p) {\n    return $this->gateway->initiateWithdrawal($p->account, $p->amount);\n  }\n}` }] },
      // An anonymous default export, imported under its file's name (`sendTokens.js`, `pay-out/index.ts`).
      { text: `import sendTokens from '../lib/sendTokens';\n\nexport async function onClaim(user, amount) {\n  await ⟦sendTokens⟧(user.wallet, amount);\n}`, path: 'routes/claim.js', workspace: [{ path: 'lib/sendTokens.js', text: `const usdc = new ethers.Contract(USDC, abi, hot);\n\nexport default async function (to, amount) {\n  const tx = await usdc.transfer(to, amount);\n  return tx.wait();\n}` }] },
      { text: `import payOut from './pay-out';\nawait ⟦payOut⟧(row.address, row.amount);`, path: 'jobs/settle.ts', workspace: [{ path: 'jobs/pay-out/index.ts', text: `const usdc = new ethers.Contract(USDC, abi, hot);\nexport default async (to: string, amount: bigint) => {\n  return usdc.transfer(to, amount);\n};` }] },
    ],
    negative: [
      // A tip between two users of a custodial bot: its ledger moves, no address is handed over.
      { text: `from tipbot import store\n\nasync def tip(ctx, user_from, user_to, amount):\n    store.send_tip(user_from, user_to, amount)`, path: 'tipbot/bot.py', workspace: [{ path: 'tipbot/store.py', text: `from tipbot import wallet\n\ndef send_tip(user_from, user_to, amount):\n    return wallet.send_funds(user_from.wallet, user_to.wallet, amount)`}, { path: 'tipbot/wallet.py', text: `def send_funds(src, dest, n):\n    return node.sendtoaddress(dest, n)` }] },
      // The file's own function of the same name, called bare, is not the other module's.
      { text: `from tipbot import store\n\ndef withdraw(ctx, amount):\n    log(amount)\n\nwithdraw(ctx, 5)`, path: 'tipbot/bot.py', workspace: [{ path: 'tipbot/store.py', text: `def withdraw(user, amount):\n    return node.sendtoaddress(user.address, amount)` }] },
      // The defining file itself, a definition, a mention in a comment or a log line, a harmless function of the
      // same name elsewhere (ambiguous), a common verb from a module the file does not import.
      { text: `async function sendToken(to, amount) {\n  return token.methods.transfer(to, amount).send({ from: hot.address });\n}`, path: 'core/chain.js', workspace: [{ path: 'commands/tip.js', text: `await sendToken(user.address, 1);` }] },
      { text: `// sendToken(user.address, amount) moves the tip\nlog.info("sendToken(%s)", addr);`, path: 'commands/tip.js', workspace: [{ path: 'core/chain.js', text: `async function sendToken(to, amount) {\n  return token.methods.transfer(to, amount).send({ from: hot.address });\n}` }] },
      { text: `await sendToken(user.address, amount);`, path: 'commands/tip.js', workspace: [{ path: 'core/chain.js', text: `async function sendToken(to, amount) {\n  return token.methods.transfer(to, amount).send({ from: hot.address });\n}` }, { path: 'ui/toast.js', text: `function sendToken(to, amount) {\n  return toast.show(to, amount);\n}` }] },
      { text: `socket.send(frame);\nres.send(body);`, path: 'server.js', workspace: [{ path: 'core/chain.js', text: `async function send(to, amount) {\n  return token.methods.transfer(to, amount).send({ from: hot.address });\n}` }] },
      // A route answering with its response's send, in a file that imports the wallet whose method `send` pays.
      { text: `var bc = require('./chain.js');\napp.get('/', function (req, res) {\n  res.send({ ok: true });\n});`, path: 'routes.js', workspace: [{ path: 'chain.js', text: `class Chain {\n  send(btcAddress, amount) {\n    return rpc.call('sendtoaddress', [btcAddress, amount]);\n  }\n}\nmodule.exports = new Chain();` }] },
      // A library's function of the same name as a bot's mover (`ccxt.binance(…)` builds a client; `binance()` withdraws in main.py).
      { text: `import ccxt\n\ndef pull(address, amount):\n    ex = ccxt.binance({"apiKey": KEY})\n    return ex.fetch_balance()`, path: 'binance.py', workspace: [{ path: 'main.py', text: `from pull import *\n\ndef binance():\n    return client.withdraw(coin="ETH", address=addr, amount=1)` }] },
      // An anonymous default export that moves nothing (it reads a balance), and one named by a common verb
      // (`lib/send.js`) called in a file that does not import it (a socket's send).
      { text: `import sendTokens from '../lib/sendTokens';\nawait sendTokens(user.wallet, amount);`, path: 'routes/claim.js', workspace: [{ path: 'lib/sendTokens.js', text: `export default async function (to, amount) {\n  return usdc.balanceOf(to);\n}` }] },
      { text: `import { io } from './socket';\nsocket.send(user.wallet, amount);`, path: 'routes/claim.js', workspace: [{ path: 'lib/send.js', text: `const usdc = new ethers.Contract(USDC, abi, hot);\nexport default async function (to, amount) {\n  return usdc.transfer(to, amount);\n}` }] },
      // A Go interface listing the mover's method: a declaration, not a call.
      { text: `type TransfersService interface {\n\tPullToAddress(ctx context.Context, r *PullRequest) (*PullResponse, error)\n}`, path: 'transfers/transfers.go', workspace: [{ path: 'transfers/pull.go', text: `func (s *svc) PullToAddress(ctx context.Context, r *PullRequest) (*PullResponse, error) {\n\treturn s.client.Withdraw(ctx, r.Address, r.Amount)\n}` }] },
      // The file's own method of the same name through an instance not named after the mover's module.
      { text: `from core import wallet\n\nclass App:\n    def transfer_token(self, rows):\n        for r in rows:\n            self.ui.transfer_token(r["to"], r["value"])`, path: 'app.py', workspace: [{ path: 'core/wallet.py', text: `class Wallet:\n    def transfer_token(self, to_address, value):\n        return self.client.withdraw(coin="ETH", address=to_address, amount=value)` }] },
    ],
  },
});

/** The span and judgement of one call: its severity (warning, or info when nothing says where the funds go). */
export interface WrapperCall {
  start: number;
  end: number;
  mover: Mover;
  severity: Severity;
}

/** The spec the scan builds these findings with (no regex of its own: the names come from the index). */
export const WRAPPER_CALL_SPEC: PatternSpec = { re: /(?:)/dg };

/** The finding's sentence: the callee and where its transfer is (`sendToken(…) moves funds: it withdraws or sends in chain.js:2.`). */
export function wrapperMessage(mover: Mover): string {
  const file = mover.path.slice(mover.path.lastIndexOf('/') + 1);
  const short = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
  return `${short(mover.name, 36)}(…) moves funds: it withdraws or sends in ${short(file, 30)}:${mover.line + 1}.`;
}

/** An argument naming the operator's fee wallet (`process.env.XRP_FEE_WALLET`, `feeAddress`, `fee_receiver`). */
const FEE_WALLET = /fee_?(?:wallet|address|addr|account|receiver|recipient|collector)/i;

/** Functions whose name says the code pays someone: a tip, a faucet drip, a payout, a withdrawal handler. */
const PAYS = /withdraw|payout|airdrop|sweep|drain|disperse|multi_?send|tip|faucet|reward|pay|send|transfer/i;

/** The calls of the given movers in a text, outside comments, strings, definitions and imports. */
export function wrapperCalls(text: string, kind: FileKind, movers: readonly Mover[]): WrapperCall[] {
  const byName = new Map(movers.map((m) => [m.name, m]));
  const names = [...byName.keys()].map((n) => n.replace(/\$/g, '\\$')).sort((a, b) => b.length - a.length);
  if (names.length === 0) return [];
  const re = new RegExp(String.raw`(?<![\w$])(${names.join('|')})[ \t]*\(`, 'g');
  const out: WrapperCall[] = [];
  let spans: ReturnType<typeof functionSpans> | undefined;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[1].length;
    const lineStart = lineStartWithin(text, start);
    if (/\b(?:import|require)\b[^(]*$/.test(text.slice(lineStart, start)) || isDefinitionSite(text, start, end)) continue;
    // An interface's method or a declaration with a receiver (Go's `Withdraw(ctx context.Context, r *Req) (…)`) is no call.
    if (inComment(text, start, kind) || inString(text, start) || isDeclaredName(text, start, kind)) continue;
    const mover = byName.get(m[1])!;
    spans ??= functionSpans(text, kind);
    const receiver = /(?<![\w$])([A-Za-z_$][\w$]*)[ \t]*\??\.[ \t]*$/.exec(text.slice(Math.max(0, start - 60), start))?.[1];
    // A name this file defines too is the other file's only when called through its module (`store.withdraw(`) or
    // an instance named after it (`_wallet.transfer_token(` with `from baseclass import wallet`).
    if (spans.some((s) => s.name === m[1]) && !(receiver && namedAfter(receiver, moduleStem(mover.path)))) continue;
    // A function of another module the file imports is not the mover (`ccxt.binance({…})` beside a bot's `binance()`).
    const module = receiver && !namedAfter(receiver, moduleStem(mover.path)) ? importedAs(text, receiver) : undefined;
    if (module !== undefined && module !== moduleStem(mover.path).toLowerCase() && module !== packageOf(mover.path)) continue;
    // An HTTP response's or a socket's own method of the mover's name (`res.send(body)` beside a wallet's `send`).
    if (receiver && TRANSPORT_RECEIVER.test(receiver) && TRANSPORT_METHOD.test(m[1])) continue;
    // A tip between two of the bot's users moves its ledger, not funds out.
    if (betweenUsers(text, end)) continue;
    // A method of the same name on a DeFi protocol's or an L2 bridge's instance (`bank = LayerBank(acc)` …
    // `bank.deposit(…)`) is that module's, not the mover's.
    if (receiver && builtFromDefiClass(text, receiver, start, 3000)) continue;
    // A Django signal fired (`balance_changed.send(sender=self, changed=n)`): listeners are told, nothing is paid.
    if (SIGNAL_SEND.test(text.slice(end, end + 80))) continue;
    // A call that hands nothing over (`mtb.parseCommandSEND()`) dispatches: the mover reads what and where itself.
    const handsNothing = /^[ \t]*\([ \t]*\)/.test(text.slice(end, end + 40));
    const enclosing = enclosingSpan(spans, start)?.name;
    // A handler named for an internal move (`withdrawInternalFee`) pays an account of the same ledger, not an address;
    // `internal` as the last word is the usual name of a public method's implementation (`withdrawInternal`).
    const segs = enclosing === undefined ? [] : nameSegments(enclosing);
    const internal = segs.indexOf('internal') !== -1 && segs.indexOf('internal') < segs.length - 1;
    // A deposit moves the wallet's funds into the user's own exchange account or a protocol, and a fee paid to the
    // operator's fee wallet is the bot's charge (labellers: neither is a payout).
    const notPayout = nameSegments(m[1]).includes('deposit') || FEE_WALLET.test(argumentText(text, end));
    out.push({ start, end, mover, severity: handsNothing || internal || notPayout ? 'info' : mover.severity === 'info' ? callRisk(text, end, enclosing) : 'warning' });
  }
  return out;
}

/** A module file's name without folder and extension, as code calls through it (`core/store.py` → `store`). */
function moduleStem(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '').replace(/[^\w]/g, '');
}

/** The folder a module file sits in, lowercase: what `require('../core')` names for `core/index.js`. */
function packageOf(path: string): string {
  return path.split('/').slice(-2, -1)[0]?.toLowerCase() ?? '';
}

/** True when a receiver is the module itself or an instance named after it (`wallet`, `_wallet`, `hot_wallet`, `hotWallet`). */
function namedAfter(receiver: string, stem: string): boolean {
  const r = receiver.replace(/^[_$]+/, '');
  const tail = r.slice(-stem.length);
  if (tail.toLowerCase() !== stem.toLowerCase() || stem === '') return false;
  return r.length === stem.length || r[r.length - stem.length - 1] === '_' || /[A-Z]/.test(tail[0]);
}

/**
 * The module (its last path segment, lowercase) the text imports under that name: `import ccxt` → `ccxt`,
 * `import * as coin from '../core/erc20'` and `const coin = require('../core/erc20')` → `erc20`, `import a.b as x` → `b`.
 */
function importedAs(text: string, name: string): string | undefined {
  return IMPORTS.get(text, name, () => readImportedAs(text, name));
}

// Asked at every matched mover call: one multiline search of the file per name, not per call.
const IMPORTS = new TextMemo<string | undefined>();

/** importedAs, uncached. */
function readImportedAs(text: string, name: string): string | undefined {
  if (!/^[A-Za-z_]\w*$/.test(name) || !text.includes(name)) return undefined;
  const m = new RegExp(String.raw`^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*(${name})\b(?![ \t]*[.\w])|\bimport[ \t]+([\w.]+)[ \t]+as[ \t]+${name}\b|\bimport[ \t]+(?:\*[ \t]+as[ \t]+)?${name}[ \t]+from[ \t]+["'\`]([^"'\`\n]+)|\b${name}[ \t]*=[ \t]*require[ \t]*\([ \t]*["'\`]([^"'\`\n]+)`, 'm').exec(text);
  const module = m && (m[1] ?? m[2] ?? m[3] ?? m[4]);
  return module ? module.replace(/\.(?:js|ts|mjs|cjs|jsx|tsx|py)$/, '').split(/[./\\]/).filter(Boolean).pop()?.toLowerCase() : undefined;
}

/** Methods those objects have themselves: a mover of another name (`conn.sendCoins(`) is still the mover. */
const TRANSPORT_METHOD = /^(?:send|emit|write|reply|json|end|post|publish|push|dispatch)$/;
/** Receivers that are a request's, a response's, a socket's or a channel's own objects: their `send(` answers or emits. */
const TRANSPORT_RECEIVER = /^(?:req|request|res|response|resp|reply|socket|sock|ws|wss|conn|connection|channel|chan|io|emitter|msg|message|interaction|ipc|process|worker|port|xhr)$/;

/** A call whose first argument is the keyword `sender=`: Django's `Signal.send(sender, **kwargs)`. */
const SIGNAL_SEND = /^[ \t]*\([ \t\r\n]*sender[ \t]*=/;

/** Two of the bot's users or accounts handed over and no address: a custodial ledger's tip between them, internal. */
const USER_ARG = /(?:^|[._])(?:\w*_)?(?:user|member|account|player)(?:_\w*)?$|[a-z](?:User|Member|Account|Player)$/i;

/** True when the call's arguments name two users (`send_tip(user_from, user_to, n)`) and no destination address. */
function betweenUsers(text: string, nameEnd: number): boolean {
  const args = text.slice(nameEnd, nameEnd + 300).split(/\)[ \t]*(?:;|\n|$)/)[0];
  const ids = (args.match(/[A-Za-z_$][\w$.]*/g) ?? []).map((id) => id.split('.').pop()!);
  if (ids.some((id) => DEST_NAME.test(id) && !NOT_DEST_NAME.test(id) && !USER_ARG.test(id))) return false;
  return ids.filter((id) => USER_ARG.test(id)).length >= 2;
}

/** The text of a call's arguments after its name, up to the `)` that ends its statement (at most 300 characters). */
function argumentText(text: string, nameEnd: number): string {
  return text.slice(nameEnd, nameEnd + 300).split(/\)[ \t]*(?:;|\n|$)/)[0];
}

/** Warning when the call hands a destination over (`to`, `user.address`, `recipient`) or sits in a paying function. */
function callRisk(text: string, nameEnd: number, enclosing: string | undefined): Severity {
  if (enclosing && PAYS.test(enclosing)) return 'warning';
  for (const id of argumentText(text, nameEnd).match(/[A-Za-z_$][\w$.]*/g) ?? []) {
    const bare = id.split('.').pop()!;
    if (DEST_NAME.test(bare) && !NOT_DEST_NAME.test(bare)) return 'warning';
  }
  return 'info';
}
