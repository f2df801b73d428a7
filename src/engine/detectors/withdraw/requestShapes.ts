// Withdrawals named in a string, a constant, a request object or a resource rather than by a method's name: RPC method
// strings and constants (Kraken's `query_private('Withdraw', …)`, `PrivateCall(MethodWithdrawCoin, …)`), a trading
// DSL's withdraw call in a string, request objects and builders sent whole, an exchange's own contract, a Move function
// named by a string, a resource's verb (`client.withdraw.create(…)`) and coins paid "out". Part of withdraw/library-call.
import { notInString } from '../../judge/codeContext';
import type { Example, PatternSpec } from '../../defineDetector';
import { rx } from '../fragments';
import { notSelfRetry } from './helperCalls';
import { code, EXCHANGE_NEAR } from './shared';
import { exchangeOfRpcAction } from './table';
import { rpcVerbDecides } from './rpcVerb';
import { anyActionName, builderAction, BUILDER_GO, BUILDER_NEW, constantAction, EXCHANGE_CONTRACT, inMoveCallArgs, inStringLiteral, METHOD_CONSTANT, MOVE_CALL_STRING, RECV, RESOURCE_POST, RPC_CONSTANT, RPC_STRING, rpcAction, sentWhole } from './callShapes';

/** The library-call rule's patterns for these shapes, in the rule's order (spread into its record). */
export const REQUEST_SHAPE_PATTERNS: PatternSpec[] = [
  // A trading DSL or an eval'd script: a string that is a withdraw call with two or more arguments, one of them
  // a literal (a log line's `withdraw(%s, %s)` has none). The runs before the first comma and before the first
  // literal exclude what ends them (no lazy or overlapping repeats): the ReDoS check decides it.
  {
    re: rx(String.raw`(?<![A-Za-z0-9_.$>:])(?<!(?:def|function|fn|func)[ \t])(?<name>withdraw)\((?=[^()\n,]{1,200},[^()\n]{0,400}\))(?=(?:[^()\n'"0-9]|\B[0-9]){0,200}(?:['"]|\b[0-9]))`),
    keywords: ['withdraw'],
    validate: [inStringLiteral],
  },
  // Request objects and builders: constructed and sent whole (Java), or chained to `.Do(ctx)` (Go).
  { re: rx(BUILDER_NEW), keywords: ['withdraw'], validate: [notInString, builderAction, sentWhole], requires: { exchangeNear: EXCHANGE_NEAR } },
  { re: rx(BUILDER_GO), keywords: ['withdraw'], linesAfter: 8, files: ['go'], validate: [notInString, builderAction], requires: { exchangeNear: EXCHANGE_NEAR } },
  // An exchange's own contract, in a file of its client (dYdX v3's StarkEx withdrawal).
  { re: rx(EXCHANGE_CONTRACT), keywords: ['withdraw'], exchange: 'dYdX', validate: [notInString], requires: { fileContains: ['dydx'] } },
  // A Move or contract function named by a string, handed to the call that runs it (a perp DEX's margin bank).
  { re: rx(MOVE_CALL_STRING), keywords: ['withdraw'], validate: [inMoveCallArgs], requires: { exchangeNear: EXCHANGE_NEAR } },
  // A client's withdrawal resource and its verb (`client.withdraw.create({…})`, `api.withdrawals.cancel(id)`): REST
  // clients that group endpoints by resource; listing them (`.all()`, `.list()`) is a query.
  { re: rx(String.raw`${RECV}(?<name>[Ww]ithdraw(?:al)?s?\.(?:create|cancel|submit|apply|request|send|make|place))[ \t]*\(`), keywords: ['withdraw'], validate: [notInString], requires: { exchangeNear: EXCHANGE_NEAR } },
  // Coins and fiat paid "out" (a Korean exchange SDK's `requestCoinOut`, `cancelFiatOut`): the noun of the withdrawal.
  { re: rx(String.raw`${RECV}(?<name>(?:request|cancel|submit|create|send)_?(?:[Cc]oin|[Ff]iat|[Cc]rypto|[Kk]rw|KRW)_?[Oo]ut)[ \t]*\(`), keywords: ['coinout', 'fiatout', 'cryptoout', 'krwout', 'coin_out', 'fiat_out', 'crypto_out', 'krw_out'], validate: [notInString, notSelfRetry], requires: { exchangeNear: EXCHANGE_NEAR } },
  // An RPC method name in a constant or a request field (an Indonesian exchange's `apiWithdraw = "withdrawCoin"`).
  { re: rx(METHOD_CONSTANT), keywords: ['withdraw'], validate: [anyActionName], requires: { exchangeNear: EXCHANGE_NEAR } },
  // RPC-style APIs (Kraken, Independent Reserve, NDAX): the action's method string, from ccxt's table.
  { re: rx(RPC_STRING), keywords: ['withdraw'], linesBefore: 1, validate: [rpcAction, rpcVerbDecides], exchangeOf: exchangeOfRpcAction, requires: { exchangeNear: EXCHANGE_NEAR } },
  // The method in a constant handed to the private call (`PrivateApiCall(MethodWithdrawCoin, &body)`).
  { re: rx(RPC_CONSTANT), keywords: ['withdraw'], validate: [notInString, constantAction], requires: { exchangeNear: EXCHANGE_NEAR } },
  // A withdrawal resource object and its send (`$client->withdrawal()->post([...])`).
  { re: rx(RESOURCE_POST), keywords: ['withdraw'], validate: [notInString], requires: { exchangeNear: EXCHANGE_NEAR } },
];

/** The library-call rule's examples for these shapes (spread into its record). */
export const REQUEST_SHAPE_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    // RPC-style APIs: the action's method string handed to the private call.
    code(`k = krakenex.API()  # kraken\nk.query_private('⟦Withdraw⟧', {'asset': 'XBT', 'key': 'cold', 'amount': 0.5})`),
    code(`res = self.api.query_private('⟦WithdrawCancel⟧', data={'asset': 'XBT', 'refid': ref})`),
    { text: `module Kraken\n  class Client\n    def withdraw(opts = {})\n      post_private '⟦Withdraw⟧', opts\n    end\n  end\nend`, path: 'lib/kraken/client.rb' },
    code(`out = self._query_private('⟦Withdraw⟧', {'asset': asset, 'key': key_name, 'amount': qty})`),
    // A bot's own Kraken client reached through its runner, the method string opening the call's next line.
    code(`# kraken\nself.runner.client.request(\n    '⟦Withdraw⟧',\n    asset=asset,\n    key=key,\n)`),
    code(`const r = await kraken.api('⟦Withdraw⟧', { asset: 'XXBT', key: 'cold', amount: 0.2 });`),
    { text: `var r = client.privateMethod("⟦WithdrawCancel⟧", args);`, path: 'Kraken.java' },
    code(`r = ir.private_api("⟦WithdrawCrypto⟧", {"amount": 1, "withdrawalAddress": a})`),
    // A trading DSL or an eval'd script: a withdraw call written in a string.
    code(`strategy_src = "if price > 70000: ⟦withdraw⟧('BTC', 'bitcoin', addr, 0.1)"\nexec(strategy_src)`),
    code(`script.eval("⟦withdraw⟧('ETH', 'erc20', target, 2)")`),
    code(`steps = ["⟦withdraw⟧('BTC', 'bitcoin', addr, 0.1)"]`),
    // Request objects sent whole and Go builders sent by `.Do(`/`.Withdraw(`; an RPC command through `__call__`.
    { text: `CloudResponse r = call.callCloud(new ⟦AccountWithdrawApplyRequest⟧()\n        .setCurrency("USDT").setAmount("5"));`, path: 'Pull.java' },
    { text: `resp, err := cli.Funds.⟦NewWithdrawalRequest⟧().\n\tCurrency(c).\n\tAmount(a).\n\tDo(ctx)`, path: 'pull.go' },
    { text: `func main() {\n\tc.⟦NewWithDrawService⟧().Withdraw(data)\n}`, path: 'pull.go' },
    code(`def pull(self, coin, qty, dest):\n    return self.__call__('⟦withdraw⟧', {'currency': coin, 'amount': qty, 'address': dest})`),
    // dYdX's own StarkEx contract, in a file of its client.
    code(`from dydx3.constants import COLLATERAL_ASSET\ntx = self.send_tx(method=contract.functions.⟦withdraw⟧(\n    int(stark_key, 16), asset_type))`),
    code(`from dydx3.constants import COLLATERAL_ASSET\ntx = self.send_tx(method=contract.functions.⟦withdrawTo⟧(key, asset, dest))`),
    // Margin taken out of a perp DEX's margin bank as the Move function a call runs.
    code(`tx = rpc_move_call(\n    node_url,\n    args,\n    "⟦withdraw_from_bank⟧",\n    "margin_bank",\n    sender,\n)`),
    code(`tx = unsafe_moveCall(url, [bank, seq, me], "⟦withdraw_all_margin_from_bank⟧", "margin_bank", me)`),
    // Held-out-5: a resource's verb, coins paid "out", an RPC method name kept in a constant or a request field.
    { text: `c := NewClient(key, secret)\nc.⟦withdraw.create⟧(\`{"amount":"500","currency":"JPY"}\`)\nc.⟦withdrawals.cancel⟧("17")`, path: 'run.go' },
    { text: `val r = api.sync { ch.coin.⟦requestCoinOut⟧(Amount("btc", qty), dest) }\nch.fiat.⟦cancelFiatOut⟧(r)`, path: 'Run.kt' },
    { text: `const (\n\tapiTicker   = "ticker"\n\tapiWithdraw = "⟦withdrawCoin⟧"\n)`, path: 'api.go' },
    { text: `body = {"method": "⟦withdrawFiat⟧", "nonce": n, "amount": a}`, path: 'pull.py' },
    // Held-out-6: a command handed to the client's own request method or kept in a constant, a resource sent.
    { text: `$out = $this->request('⟦withdraw⟧', compact('currency', 'amount', 'address'));`, path: 'Trading.php' },
    { text: `if err := c.PrivateCall(⟦MethodWithdrawCoin⟧, &body, &res); err != nil {`, path: 'private.go' },
    { text: `$res = $client->⟦withdrawal⟧()->post(['currency' => 'usdt', 'amount' => '2', 'to_address' => $to]);`, path: 'pull.php' },
  ],
  negative: [
    // RPC method strings: queries, a call that is not a private API, an argument that is not the first.
    code(`data = k.query_private('WithdrawStatus', {'asset': 'XBT'})`),
    code(`info = k.query_private('WithdrawInfo', {'asset': 'XBT', 'key': 'cold', 'amount': 1})`),
    code(`menu.add_item('Withdraw', on_click)  # kraken`),
    code(`k.query_private('Balance', 'Withdraw')  # kraken`),
    code(`label = t('Withdraw')  # kraken`),
    code(`row = capital('Withdraw', 3)  # kraken`),
    // A log line's format string: no literal argument.
    code(`logger.info("withdraw(%s, %s) sent", coin, amount)  # binance`),
    // A request object assigned or passed to a withdraw call (that call is the finding); queries; a builder's declaration.
    { text: `FiatPullReq r = new FiatWithdrawRequest();\nclient.submit(new WithdrawHistoryRequest());`, path: 'Ex.java' },
    { text: `PullReq req = new BitfinexWithdrawalRequest(kind, wallet, amt, dest);\nlog.info(withdrawCall(new WithdrawalStatusRequest(id)));`, path: 'Raw.java' },
    { text: `func NewWithdrawalRequest() *WithdrawalRequest {\n\treturn &WithdrawalRequest{}\n}\nr, err := c.NewGetWithdrawHistoryService().Do(ctx)`, path: 'svc.go' },
    code(`self.__call__('returnWithdrawals', args)  # poloniex\ncallback('withdraw', handler)`),
    code(`from dydx3.constants import X\ntx = weth.functions.withdraw(amount)`),
    code(`tx = contract.functions.withdraw(amount)  # a vault, no exchange client here`),
    // Move or contract calls of DeFi functions or queries, and a function name logged or passed to anything else.
    code(`tx = rpc_move_call(url, args, "withdraw_from_vault", "vault", me)\ntx = rpc_move_call(url, args, "withdraw_stake", "staking_pool", me)`),
    code(`tx = rpc_move_call(url, args, "get_withdraw_history", "margin_bank", me)\nlog.info("withdraw_from_bank", amount)\ncall_later("withdraw_from_bank", 5)`),
    // Held-out-5: listing a resource; coin amounts out of a swap; RPC method names of queries or of no API.
    { text: `c.withdraw.all()\nc.withdrawals.list()\nrows := pool.withdraw.create(x) // a vault`, path: 'run.go' },
    { text: `val s = ch.coin.queryCoinOut(r)\nval o = router.getAmountOut(a, path)\nfun requestCoinOut(a: Amount): Req {`, path: 'Run.kt' },
    { text: `const (\n\tapiWithdrawHistory = "withdrawHistory"\n\tlabelWithdraw = "withdrawCoin"\n\tmethodFee = "getWithdrawFee"\n)`, path: 'api.go' },
    // A query kept in a constant or sent by command.
    { text: `if err := c.PrivateCall(MethodWithdrawHistory, &body, &res); err != nil {\nrouter.request('withdraw', cb)`, path: 'private.go' },
    { text: `$rows = $this->request('withdrawHistory', []);\n$fee = $this->request('withdrawFee', ['currency' => 'usdt']);`, path: 'Trading.php' },
  ],
};
