// A bot's own withdrawal helpers, called: `exchange_withdraw(coin, ex, amount, addr, network)` or `withdraw(TOKEN,
// NETWORK, AMOUNT, wallet)` with no receiver (a function of the bot's own module), and a withdrawal service's bare
// verb (`withdrawalService.withdrawal(pairs, fee)`, `serviceMap.get(c)⏎ .withdrawal(addr, amount)`). The library-call
// rule wants a receiver, an exchange import or a client-like name; these say what they do by their own names.
import { callArguments } from '../../judge/callArguments';
import { notInComment, notInString } from '../../judge/codeContext';
import { enclosingName, functionBody } from '../../judge/enclosingFunction';
import { notAStub } from '../../judge/stubFunction';
import { defineDetector, type Validator } from '../../defineDetector';
import { notSentBelow } from './builtRequests';
import { notADeclaration } from '../declaration';
import { rx } from '../fragments';
import { CODE, WHY, WITHDRAW_ADVICE } from './shared';
import { anyActionName, isWithdrawCall, notAccessor, RECV } from './callShapes';
import { SEND_WRAPPER_EXAMPLES, SEND_WRAPPER_PATTERN } from './sendWrapper';
import { SENDER_ARGUMENT_EXAMPLES, SENDER_ARGUMENT_PATTERNS } from './senderArgument';
import { notSubApiBuilt, SUB_API_NEGATIVES } from './sdkLayers';
import { readsByIndent } from '../../judge/functionSpans';
import { LOCAL_HELPER_EXAMPLES, LOCAL_HELPER_PATTERN } from './localHelper';
import { EXCHANGE_MOVE_EXAMPLES, EXCHANGE_MOVE_PATTERN } from './exchangeMove';
import { PAYOUT_CALL_EXAMPLES, PAYOUT_CALL_PATTERN } from './payoutCall';
import { lineEndWithin, lineStartWithin } from '../../text/linesAbove';

/** Drops a helper's own definition: `def exchange_withdraw(`, `function withdraw(`, `withdraw(coin, addr) {`, `public String withdrawal(String a) {`. */
export const notDefinedHere: Validator = {
  name: 'not-defined-here',
  test: (_v, ctx) => {
    const lineStart = lineStartWithin(ctx.text, ctx.start);
    const before = ctx.text.slice(lineStart, ctx.start);
    const line = ctx.text.slice(lineStart, lineEndWithin(ctx.text, ctx.end));
    // A keyword that declares, or only modifiers and a type before the name with a body opening after the arguments.
    if (/\b(?:def|function|fn|func|fun|sub)[ \t]+$/.test(before)) return false;
    // The body may follow a return type (TypeScript's `): Promise<Tx> {`) or Dart's `async`.
    return !(/^[ \t]*(?:[A-Za-z_$][\w$<>,.?[\] ]*[ \t])?$/.test(before) && /\)[ \t]*(?:throws[ \t][\w$., \t]+|:[ \t]*[\w$<>,.?[\]| \t]{1,160}?|async\*?)?[ \t]*(?:\{|:)[ \t]*$/.test(line));
  },
};

/**
 * Keeps a call with no receiver where the code before it on its line is nothing, or ends in an operator or a word
 * that starts an expression (`res = `, `await `, `return `, `(`): a type or a modifier before the name declares
 * (`public String withdraw(`, `func (c *Client) CancelWithdrawal(`, `Task<Result> WithdrawAsync(`). TypeScript
 * declaration files and parameter type annotations declare too; a plural (`wait_withdrawals_complete`) is bookkeeping.
 */
const calledBare: Validator = {
  name: 'called-bare',
  test: (value, ctx) => {
    if (ctx.path.endsWith('.d.ts') || /[Ww]ithdrawals/.test(value)) return false;
    const before = ctx.text.slice(lineStartWithin(ctx.text, ctx.start), ctx.start).trimEnd();
    if (before !== '' && !/(?:[=(,:?!&|[{+]|\b(?:return|await|yield|go|defer|then|else|do|not|and|or))$/.test(before)) return false;
    return !/^[ \t]*\(\s*[A-Za-z_$][\w$]*\??[ \t]*:[ \t]*(?:string|number|boolean|any|bigint|[A-Z][\w$.<>]*)\b/.test(ctx.text.slice(ctx.end, ctx.end + 120));
  },
};

/**
 * Drops a call inside a function of the same name: an overload forwarding to another (`return withdraw(a, b, null)`),
 * or a wrapper retrying itself (`return this.withdrawFromBank(amount)` inside `withdrawFromBank = async (…) => {`,
 * `okx_withdraw(to, retry=retry + 1)` in the error branch at the end of `okx_withdraw`).
 */
export const notDelegation: Validator = {
  name: 'not-a-delegating-overload',
  // A retry sits at a long function's end (its error branch): read up to 150 lines up for its head.
  test: (value, ctx) => enclosingName(ctx.text, ctx.start, readsByIndent(ctx.kind), 150) !== value,
};

/**
 * Drops a method calling itself through `this.`/`self.` (a retry after a failed sponsored transaction, a recursive
 * overload): the wrapper's definition, not a new call site. `this.client.withdraw(…)` inside `withdraw(…)` stays a call.
 */
export const notSelfRetry: Validator = {
  name: 'not-a-self-retry',
  test: (value, ctx) => {
    const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start);
    return !/(?:^|[^\w$.])(?:this|self)[ \t]*(?:\r?\n[ \t]*)?\.$/.test(before) || enclosingName(ctx.text, ctx.start, readsByIndent(ctx.kind)) !== value;
  },
};

/**
 * Drops a helper named from the verb (`withdrawRippleFunds(…)`) called inside another withdrawal function: an SDK
 * method dispatching to its per-currency variant, plumbing. A bot's module-level `withdraw_usdt(…)` stays a call.
 */
const notWithdrawDispatch: Validator = {
  name: 'not-a-withdraw-dispatch',
  test: (value, ctx) => {
    // The bare verb is the bot's own wrapper, called from its batch loop (`run_withdraw_batch`), not a variant.
    if (!/^withdraw/.test(value) || /^withdraw(?:al)?$/.test(value)) return true;
    // A script's module-level function (`def withdraw_usdt(` at column 0) called from a GUI or bot method is no SDK variant.
    if ((ctx.kind === 'python' || ctx.kind === 'notebook') && new RegExp(String.raw`^(?:async[ \t]+)?def[ \t]+${value}[ \t]*\(`, 'm').test(ctx.text)) return true;
    const outer = enclosingName(ctx.text, ctx.start, readsByIndent(ctx.kind));
    return outer === undefined || !isWithdrawCall(outer);
  },
};

/**
 * Drops an SDK method handing its own withdrawal to its internal layer (`this.contractCalls.withdrawAllFromBankCall()`
 * inside `withdrawFromBank = async (…) => {`): the public method is the call users make; its body is plumbing.
 */
export const notOwnLayer: Validator = {
  name: 'not-an-sdk-own-layer',
  reach: { before: 12000, after: 0 },
  test: (_v, ctx) => {
    const before = ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start);
    if (!/(?:^|[^\w$.])this\.[A-Za-z_$][\w$]*Calls?[ \t]*(?:\r?\n[ \t]*)?\.$/.test(before)) return true;
    const outer = enclosingName(ctx.text, ctx.start, false, 120); // an SDK method with retries runs long
    return outer === undefined || !isWithdrawCall(outer);
  },
};

/**
 * Drops the call of a helper whose own body calls another withdrawal helper of the bot with no receiver
 * (`run_withdraw_batch(cfg, wallets)` looping over `withdraw(key, secret, coin, wallet, …)`): the inner call is
 * the site reported; the outer one is the same withdrawal a layer up.
 */
const notOuterLayer: Validator = {
  name: 'not-an-outer-helper-layer',
  reach: { before: 20000, after: 0 },
  test: (value, ctx) => {
    // Defined above its call, as a script's functions are.
    const body = functionBody(ctx.text.slice(Math.max(0, ctx.start - 20000), ctx.start), value)?.body;
    if (body === undefined) return true;
    for (const m of body.matchAll(/(?<![A-Za-z0-9_$.>:@])([A-Za-z][A-Za-z0-9_]{0,40}?[Ww]ithdraw[A-Za-z0-9_]{0,40}|withdraw[A-Za-z0-9_]{0,40})[ \t]*\(/g)) {
      if (m[1] !== value && isWithdrawCall(m[1]) && !/(?:def|function)[ \t]+$/.test(body.slice(Math.max(0, m.index - 12), m.index))) return false;
    }
    return true;
  },
};

/** A value for the reader to fill in: `'your-recipient-address'`, `"YOUR_WALLET"`, `'<ADDRESS>'`. */
const FILL_IN = /^["'`](?:your|enter|insert)[-_ ][^"'`\n]*["'`]$|^["'`]<[^<>"'`\n]+>["'`]$/i;

/**
 * Drops a call with an argument to fill in, literal or through a variable assigned above (`withdrawUsdt(dest, 10)`
 * after `const dest = 'your-recipient-address'`): a usage example of the helper, whose own send is reported inside it.
 */
const notTemplateCall: Validator = {
  name: 'not-a-template-call',
  reach: { before: 20000, after: 800 },
  test: (_v, ctx) => {
    const open = ctx.text.indexOf('(', ctx.end);
    const above = ctx.text.slice(Math.max(0, ctx.start - 20000), ctx.start);
    for (const arg of open === -1 ? [] : callArguments(ctx.text, open)) {
      if (FILL_IN.test(arg)) return false;
      if (!/^[A-Za-z_$][\w$]*$/.test(arg)) continue;
      const set = [...above.matchAll(new RegExp(String.raw`(?<![\w$.])${arg.replace(/\$/g, '\\$')}[ \t]*(?::[^=\n]{0,40})?=[ \t]*(["'\`][^"'\`\n]*["'\`])`, 'g'))].pop();
      if (set && FILL_IN.test(set[1])) return false;
    }
    return true;
  },
};

/** Keeps a bare verb whose receiver chain names a withdrawal service (`withdrawalService.`, `withdrawServiceMap.get(c)⏎  .`). */
const receiverSaysWithdraw: Validator = {
  name: 'withdrawal-service-receiver',
  test: (_v, ctx) => {
    const lineStart = lineStartWithin(ctx.text, ctx.start);
    const own = ctx.text.slice(lineStart, ctx.start);
    // A chain continued on this line (`    .withdrawal(`) starts on the line before.
    const from = /^[ \t]*\??\.$/.test(own) && lineStart > 0 ? lineStartWithin(ctx.text, lineStart - 1) : lineStart;
    return /[Ww]ithdraw[A-Za-z0-9_]{0,20}(?:Service|Manager|Handler|Processor|Executor|Provider|Gateway)/.test(ctx.text.slice(from, ctx.start));
  },
};

/**
 * Arguments, on the call's line or the next ones, that name a destination or what moves (`wallet`, `addr`, `network`),
 * or the exchange key it signs with (`post_withdraw(url, api_key, api_secret, params)`).
 */
// Up to three nested calls among them (`CONFIG.token.toUpperCase()`) are read through, one level deep, never the call's
// own end; bounded so that an edit's rescan region stays a few hundred characters (find/reach.ts).
const HELPER_ARGS = String.raw`(?=(?:[^()]{0,120}\([^()\n]{0,60}\)){0,3}[^()]{0,300}?(?:[Ww]allet|WALLET|[Aa]ddr|ADDR|\b[Nn]etwork|NETWORK|\b[Cc]hain\b|CHAIN\b|\b[Cc]oin|COIN|\b[Cc]urrency|CURRENCY|\b[Aa]pi_?[Kk]ey|API_?KEY|\b(?:api_?|API_)?(?:[Ss]ecret|SECRET)(?:_?[Kk]ey|_KEY)?\b|\bapiSecret\b))`;

/** A call with no receiver of a name with a withdraw segment (`exchange_withdraw(`, `withdraw_usdc(`, `withdraw(`). */
const BARE_HELPER = String.raw`(?<![A-Za-z0-9_$.>:@])(?<name>[A-Za-z][A-Za-z0-9_]{0,40}?[Ww]ithdraw[A-Za-z0-9_]{0,40}|withdraw[A-Za-z0-9_]{0,40})[ \t]*\(`;
/** Module paths that name an exchange or a withdrawal (`wallet.withdraw_binance`, `./okx/pull`). */
const EXCHANGE_MODULE = String.raw`(?:withdraw|binance|bybit|okx|kucoin|bitget|gateio|gate_api|mexc|huobi|htx|kraken|coinbase|bitfinex|bitstamp)`;
/** Keeps a name the file imports from such a module: Python `from m import a, name`, JS `import { name } from 'm'`. */
const importedFromExchangeModule: Validator = {
  name: 'imported-from-exchange-module',
  reach: { before: 20000, after: 0 },
  test: (value, ctx) => {
    const head = ctx.text.slice(Math.max(0, ctx.start - 20000), ctx.start);
    if (!head.includes('import') && !head.includes('using')) return false;
    // Julia's `using .KrakenEx.FundingModule:⏎    a,⏎    name` lists the names after a colon, one a line.
    return new RegExp(String.raw`\bfrom[ \t]+[\w.]*${EXCHANGE_MODULE}[\w.]*[ \t]+import[ \t]+[^\n]*\b${value}\b|\bimport[ \t]*\{[^}]*\b${value}\b[^}]*\}[ \t]*from[ \t]*["'][^"'\n]*${EXCHANGE_MODULE}|\busing[ \t]+[\w.]*${EXCHANGE_MODULE}[\w.]*[ \t]*:[\w \t\r\n,]{0,2000}?\b${value}\b`, 'i').test(head);
  },
};

export const withdrawHelperCall = defineDetector({
  id: 'withdraw/helper-call',
  title: "a bot's own withdrawal helper called",
  severity: 'warning',
  role: 'endpoint',
  message: 'Withdrawal helper {name}(…) is called here.',
  risk: WHY,
  advice: WITHDRAW_ADVICE,
  keywords: ['withdraw'],
  validate: [notInComment, notInString, notADeclaration, notSubApiBuilt],
  files: CODE,
  patterns: [
    // No receiver: a function of the bot's own module, with a wallet, address, network or coin among its arguments.
    {
      re: rx(String.raw`${BARE_HELPER}${HELPER_ARGS}`),
      linesAfter: 4,
      validate: [anyActionName, notAccessor, calledBare, notDefinedHere, notDelegation, notWithdrawDispatch, notOuterLayer, notTemplateCall, notAStub, notSentBelow],
    },
    // Or any arguments, when the file imports it from a module that names an exchange or a withdrawal (`from
    // payouts.withdraw_binance import withdraw`): the module says what the call does.
    { re: rx(BARE_HELPER), validate: [anyActionName, notAccessor, calledBare, notDefinedHere, notDelegation, importedFromExchangeModule, notTemplateCall, notSentBelow] },
    // A withdrawal service's bare verb.
    { re: rx(String.raw`${RECV}(?<name>withdraw|withdrawal|Withdraw|Withdrawal)[ \t]*\(`), linesBefore: 1, validate: [receiverSaysWithdraw] },
    // A script's own send wrapper, defined in the file (sendWrapper.ts).
    SEND_WRAPPER_PATTERN,
    // A sender of the file handed to a runner that calls it, and a sender of any name (senderArgument.ts).
    ...SENDER_ARGUMENT_PATTERNS,
    // Any arguments, when the file's own helper of that name makes the withdrawal in its body (localHelper.ts).
    LOCAL_HELPER_PATTERN(BARE_HELPER, [notAccessor, calledBare, notDefinedHere, notDelegation, notWithdrawDispatch, notOuterLayer, notTemplateCall, notSentBelow]),
    // A mover of money or funds called across two exchanges (exchangeMove.ts).
    EXCHANGE_MOVE_PATTERN([notDefinedHere, notDelegation]),
    // A payout handed its destination, of a function defined elsewhere (payoutCall.ts).
    PAYOUT_CALL_PATTERN([notDefinedHere]),
  ],
  examples: {
    positive: [
      ...SEND_WRAPPER_EXAMPLES.positive,
      ...SENDER_ARGUMENT_EXAMPLES.positive,
      ...LOCAL_HELPER_EXAMPLES.positive,
      ...EXCHANGE_MOVE_EXAMPLES.positive,
      ...PAYOUT_CALL_EXAMPLES.positive,
      { text: `def exchange_withdraw(coin, ex, amount, addr, network):\n    return ex.withdraw(coin, amount, addr)\n\nif __name__ == '__main__':\n    for addr in addresses:\n        res = ⟦exchange_withdraw⟧(coin, exchange, amount, addr, network)`, path: 'pull.py' },
      { text: `for wallet in wallets:\n    ⟦withdraw⟧(TOKEN, NETWORK, AMOUNT, wallet)`, path: 'main.py' },
      { text: `if __name__ == '__main__':\n    ⟦run_withdraw⟧(api=client,\n                 wallets_file=WALLETS,\n                 token=TOKEN)`, path: 'main.py' },
      { text: `const r = await ⟦binanceWithdraw⟧(wallet, amount, 'USDT', network);`, path: 'index.js' },
      { text: `String hash = withdrawalServiceMap.get(req.getCurrency())\n        .⟦withdrawal⟧(req.getAddress(), req.getAmount());`, path: 'Controller.java' },
      { text: `hash = withdrawalService.⟦withdrawal⟧(pairs, fee);`, path: 'PoolService.java' },
      // A module-level call with the key it signs with among its arguments (held-out-4).
      { text: `def post_withdraw(url, api_key, api_secret, body):\n    return requests.post(url, data=sign(api_secret, body))\n\nout = ⟦post_withdraw⟧(url, api_key, api_secret, body)`, path: 'pull.py' },
      { text: `const r = await ⟦sendWithdraw⟧(API_KEY, SECRET, payload);`, path: 'pull.js' },
      // A name that starts with the verb; one imported from a module named by an exchange or a withdrawal (held-out-5).
      { text: `if __name__ == "__main__":\n    res = ⟦withdraw_usdt⟧(amount, dest_address, chain)`, path: 'pull.py' },
      { text: `from payouts.withdraw_okx import withdraw\n\ndef sweep(total):\n    if total > 1:\n        ⟦withdraw⟧(amount=total)`, path: 'cron.py' },
      { text: `def withdraw_usdt(key, secret, coin, address, amount):\n    return requests.post(URL, data=sign(secret, coin, address, amount))\n\nclass PullApp(QWidget):\n    def execute_withdraw(self):\n        r = ⟦withdraw_usdt⟧(self.key, self.secret, coin, address, amount)`, path: 'gui.py' },
      { text: `import { cashOutWithdraw } from './exchanges/binance.js';\nawait ⟦cashOutWithdraw⟧(total);`, path: 'cron.js' },
      { text: `using .KrakenEx.FundingModule:\n    get_withdrawal_info,\n    cancel_withdraw\n\nprintln(⟦cancel_withdraw⟧(client, asset="DOT", refid="1"))\nprintln(get_withdrawal_info(client, asset="DOT"))`, path: 'examples/rest.jl' },
      // A top-level call right after the helper's body is not inside the helper (nor a delegation to itself).
      { text: `async function withdrawUsdc(dest, amount) {\n  return client.post('/v1/payouts', sign({ dest, amount }));\n}\n\n⟦withdrawUsdc⟧(process.env.PAYEE_WALLET, 25);`, path: 'payout.js' },
      // Nested calls among the arguments (a coin upper-cased, a network read from the config).
      { text: `for (let i = 0; i < wallets.length; i++) {\n  await ⟦withdraw⟧(CONFIG.token.toUpperCase(), wallets[i], amount, CONFIG.network.toUpperCase());\n}`, path: 'index.js' },
      // A batch loop calling the wrapper; the loop's own call is the same withdrawal a layer up (not reported).
      { text: `def withdraw(key, secret, coin, address, amount):\n    return Asset(api_key=key, api_secret=secret).withdraw(coin=coin, address=address, amount=amount)\n\n\ndef run_batch_withdrawal(cfg, wallets):\n    for wallet in wallets:\n        res = ⟦withdraw⟧(cfg["key"], cfg["secret"], cfg["coin"], wallet, cfg["amount"])\n\n\nif __name__ == "__main__":\n    run_batch_withdrawal(config, wallet_list)`, path: 'batch.py' },
    ],
    negative: [
      // A withdrawal builder's call whose request an executor sends below: the executor's line reports it (builtRequests.ts).
      { text: `public string Pull(string coin, decimal amount, string address)\n{\n    var request = BuildWithdrawCurrency(coin, amount, address);\n    return client.ExecuteRequest<PullResult>(request).id;\n}\n\nprivate RestRequest BuildWithdrawCurrency(string coin, decimal amount, string address)\n{\n    var request = new RestRequest("/sapi/v1/capital/withdraw/apply", Method.Post);\n    request.AddParameter("address", address);\n    return request;\n}`, path: 'Requests/Wallet.cs' },
      ...SEND_WRAPPER_EXAMPLES.negative,
      ...SENDER_ARGUMENT_EXAMPLES.negative,
      ...LOCAL_HELPER_EXAMPLES.negative,
      ...EXCHANGE_MOVE_EXAMPLES.negative,
      // A helper not written yet: its body is a comment and `pass` (or a not-implemented error).
      { text: `def withdraw_funds(wallet_address, amount, network):\n    # to do: withdraw ETH to the wallet with the OKX keys\n    pass\n\ndef main():\n    withdraw_funds(wallet_address, amount, network)`, path: 'main.py' },
      { text: `function withdrawToWallet(address, amount) {\n  // TODO\n  throw new Error('not implemented');\n}\nwithdrawToWallet(address, 5);`, path: 'bot.js' },
      ...PAYOUT_CALL_EXAMPLES.negative,
      ...SUB_API_NEGATIVES,
      // A client or a screen named for withdrawals is constructed; a Go interface declares a method.
      { text: `from kraken_pull import KrakenWithdrawClient\nclient = KrakenWithdrawClient(api_key, api_secret, sandbox)`, path: 'app.py' },
      { text: `user.open(bot, PayoutWithdrawMenu(user, address, network, amount, this))`, path: 'menus/Approve.kt' },
      { text: `type PayoutsService interface {\n\tCreateWithdrawalToAddress(ctx context.Context, req *WithdrawToAddressRequest) (*WithdrawResponse, error)\n}`, path: 'payouts/service.go' },
      // Staking rewards claimed to the delegator's own account.
      { text: `tx.add_message(create_withdraw_delegator_reward(sender.address(), validator))`, path: 'client.py' },
      { text: `def exchange_withdraw(coin, exchange, amount, addr, network):\n    return exchange.withdraw(coin, amount, addr)`, path: 'pull.py' },
      { text: `async function withdraw(coin, address, network) {\n  return null;\n}`, path: 'index.js' },
      { text: `public String withdrawal(String address, BigDecimal amount) {`, path: 'Service.java' },
      { text: `rows = get_withdraw_history(coin, network)`, path: 'main.py' },
      { text: `total = withdraw(amount)  # a vault, no wallet or coin`, path: 'vault.py' },
      { text: `total = withdraw(round(amount), fee(rate))\nprint(wallet)`, path: 'vault.py' },
      { text: `hash = poolService.withdrawal(pairs, fee);`, path: 'PoolService.java' },
      { text: `log.info("withdraw(%s, %s)", coin, wallet)`, path: 'main.py' },
      { text: `  public String withdraw(\n      String type, String walletSelected, BigDecimal amount, String address)`, path: 'AccountRaw.java' },
      { text: `func (c *Client) CancelWithdrawal(ctx context.Context, currency string, id int64) error {`, path: 'client.go' },
      { text: `public async Task<Result<TxId>> TravelRuleWithdrawAsync(\n    string asset, string address)`, path: 'Account.cs' },
      { text: `withdraw(asset: string, address: string, amount: number): Promise<any>;`, path: 'api.ts' },
      { text: `if err := waitWithdrawalsComplete(ctx, rest, currency, 1); err != nil {`, path: 'main.go' },
      { text: `  public String withdraw(\n      String type, String wallet, BigDecimal amount, String address)\n      throws IOException {\n    return withdraw(type, wallet, amount, address, null);\n  }`, path: 'AccountRaw.java' },
      { text: `def withdraw(coin, wallet, amount):\n    return withdraw(coin, wallet, amount, None)`, path: 'helpers.py' },
      { text: `def post_withdraw(url, api_key, api_secret, body):\n    return requests.post(url, data=body)`, path: 'pull.py' },
      { text: `rows = get_withdraw_history(api_key, api_secret)\nset_withdraw_pin(api_secret, pin)\nsetWithdrawAddress(wallet, addr)`, path: 'cfg.py' },
      { text: `total = withdraw(amount, secret_word)  # a kata: no exchange key or coin`, path: 'kata.py' },
      { text: `from vault.pool import withdraw\nfrom payouts.withdraw_okx import fetch_withdraw_history\nwithdraw(amount=5)\nrows = fetch_withdraw_history(10)`, path: 'farm.py' },
      { text: `  withdrawToAddress(\n    params: PullRequest,\n  ): Promise<any> {`, path: 'client.ts' },
      { text: `  public Pull withdrawFunds(String cur, BigDecimal amount, String address) throws IOException {\n    if (xrp) {\n      return withdrawRippleFunds(amount, address, tag);\n    }`, path: 'AccountRaw.java' },
      { text: `from payouts.withdraw_okx import withdraw\ndef withdraw_all(total):\n    return withdraw_all(total, None)`, path: 'cron.py' },
      // A usage example: an argument for the reader to fill in, literal or through a variable.
      { text: `async function withdrawDai(to, amount) {\n  return token.methods.transfer(to, amount).send({ from: me });\n}\n\nconst payeeAddress = 'YOUR_PAYEE_ADDRESS';\nwithdrawDai(payeeAddress, 5);`, path: 'example.js' },
      { text: `res = withdraw_usdt(KEY, SECRET, "USDT", "<WALLET_ADDRESS>", 5)`, path: 'run.py' },
      { text: `def run_batch_withdrawal(cfg, wallets):\n    for w in wallets:\n        withdraw(cfg["amount"])\n\n\nif __name__ == "__main__":\n    run_batch_withdrawal(config, wallet_list)`, path: 'batch.py' },
    ],
  },
});
