// Examples of withdraw/library-call (calls.ts), kept apart so the rule's file stays short: the call shapes it reports
// in many languages, and the look-alikes beside them (queries, definitions, bookkeeping, DeFi, chat replies, plumbing).
import type { DetectorSpec } from '../../defineDetector';
import { code } from './shared';
import { RPC_VERB_EXAMPLES } from './rpcVerb';
import { REQUEST_SHAPE_EXAMPLES } from './requestShapes';
import { SEND_COMMAND_EXAMPLES } from './sendCommand';
import { PREPARED_CALL_EXAMPLES } from './preparedCalls';
import { REQUEST_ARG_EXAMPLES } from './requestArg';
import { CASE_DISPATCH_EXAMPLES } from './caseDispatch';
import { RESOURCE_READ_EXAMPLES } from './resourceQuery';
import { RPC_VARIABLE_EXAMPLES } from './rpcVariable';
import { SDK_LAYER_NEGATIVES } from './sdkLayers';
import { BOOKKEEPING_EXAMPLES } from './bookkeeping';
import { SDK_DELEGATE_EXAMPLES } from './sdkDelegates';
import { RUBY_CALL_EXAMPLES } from './rubyCalls';
import { UNPACKED_HELPER_NEGATIVE } from './unpackedRequests';

/** Positive and negative examples of the library-call rule; the unit tests run them all. */
export const LIBRARY_CALL_EXAMPLES: DetectorSpec['examples'] = {
  positive: [
    // A client's withdraw handed to a runner with its keyword arguments.
    { text: `from binance.client import Client\nasync def pull(self, to, coin, n):\n    return await self.query_api(self._binance_client.⟦withdraw⟧,\n                                asset=coin, address=to, amount=n)`, path: 'market/binance_market.pyx' },
    ...BOOKKEEPING_EXAMPLES.positive,
    ...RPC_VERB_EXAMPLES.positive,
    ...SEND_COMMAND_EXAMPLES.positive,
    ...PREPARED_CALL_EXAMPLES.positive,
    ...REQUEST_ARG_EXAMPLES.positive,
    ...RESOURCE_READ_EXAMPLES.positive,
    ...RPC_VARIABLE_EXAMPLES.positive,
    ...RUBY_CALL_EXAMPLES.positive,
    code(`exchange = ccxt.binance(config)\nexchange.⟦withdraw⟧("USDT", 100, "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE")`),
    // A method whose name ends in a type noun after `to` (a destination) or is called on a receiver (not built); a
    // refund pays out; a book verb on an exchange client or with an address argument; a journal call with an address.
    { text: `package pay\nimport "github.com/adshao/go-binance/v2"\nfunc out(svc *binance.Client, to string) {\n\tr, err := gw.⟦WithdrawToManager⟧(ctx, "USDC", to, 25)\n}`, path: 'pay/out.go' },
    { text: `using Binance.Net;\nvar bc = new BinanceRestClient();\nvar res = await payouts.⟦WithdrawalController⟧(coin, address, qty);`, path: 'Payouts.cs' },
    { text: `import ccxt\nkucoin = ccxt.kucoin(cfg)\nkucoin.⟦refund_withdrawal⟧("USDC", 40, payee_addr)\nasync def out(self, payee, qty):\n    await kucoin.⟦begin_withdraw⟧(payee.address, qty)\n    await self.journal.⟦submit_withdrawal⟧("USDC", qty, payee.address)`, path: 'payouts.py' },
    { text: `for (const w of queue) {\n  const id = await node.⟦sendRawTransaction⟧(toHex(w.signed_withdrawal));\n}`, path: 'src/payouts.js' },
    code(`const kraken = new ccxt.kraken({ apiKey, secret });\nawait kraken.⟦withdraw⟧('XBT', 0.1, address, undefined, { key: 'cold' });`),
    code(`from binance.client import Client\nclient.⟦withdraw⟧(coin="BTC", address=addr, amount=0.01)`),
    code(`from binance.spot import Spot\nclient.⟦withdraw_travel_rule⟧(coin="USDT", address=a, amount=10, questionnaire=q)`),
    code(`from pybit.unified_trading import HTTP\nsession.⟦withdraw⟧(coin="USDT", chain="TRX", address=a, amount="24")`),
    code(`import okx.Funding as Funding  # okx\nfundingAPI.⟦withdrawal⟧(ccy="USDT", amt="1", dest="4", toAddr=a, chain="USDT-TRC20")`),
    code(`const { RestClientV5 } = require('bybit-api');\nawait client.⟦submitWithdrawal⟧({ coin: 'USDT', chain: 'ETH', address, amount: '10' });`),
    ...REQUEST_SHAPE_EXAMPLES.positive,
    code(`res, err := client.⟦NewCreateWithdrawService⟧().Coin("USDT").Address(addr).Amount("10").Do(ctx)`),
    code(`var result = await client.SpotApi.Account.⟦WithdrawAsync⟧("USDT", address, 10m); // Binance.Net`),
    code(`Map<String, Object> p = new LinkedHashMap<>(); // binance\nclient.createWallet().⟦withdraw⟧(p);`),
    code(`$exchange = new \\ccxt\\bitget($cfg);\n$exchange->⟦withdraw⟧('USDT', 5, $addr);`),
    code(`from kucoin.client import User  # kucoin\nuser.⟦apply_withdrawal⟧('USDT', addr, 10)`),
    // The long tail: no exchange import needed (a user's own trader.py wrapper imports nothing).
    code(`await self.exchange_manager.exchange.⟦withdraw⟧(symbol, amount, address, tag=tag)`),
    code(`const res = await client.restAPI.⟦fiatWithdraw⟧({ currency: 'EUR', amount: 250, accountInfo });`),
    code(`resp = client.⟦broker_withdraw⟧(address=dest, coin="USDC", amount=12.5, withdraw_order_id=oid)`),
    code(`const r = await wallet.restAPI.⟦brokerWithdraw⟧({ address, coin: 'USDC', amount: 3, questionnaire });`),
    code(`await client.⟦withdrawTravelRule⟧({ coin: 'ETH', address: to, amount: 0.4, questionnaire: q });`),
    code(`r = client.⟦withdrawl_assets_from_the_managed_sub_account⟧(from_email=mail, asset="USDT", amount=40.0)`),
    code(`out = client.rest_api.⟦apply_mm_withdraw⟧(amount="15", asset="USDT")`),
    code(`req = client.⟦withdraw_request⟧(coin="USDT", amount=5, address=dest)\nreq = self.⟦submit_withdraw_request⟧(body)`),
    code(`const rsp = await rest.⟦submitWithdrawLightning⟧('BTC', invoiceText);`),
    code(`const w = await client\n  .⟦submitWithdrawal⟧({ coin: 'USDT', chain: 'TRX', address, amount: '8' });`),
    code(`tx = wallet.⟦withdraw⟧(destination, 0.25)`),
    code(`def run(bot):\n    return bot.broker.⟦withdraw⟧("USDT", 40, cold_address)`),
    code(`tx = await self.⟦_withdraw_on_exchange⟧(asset, amount, network, address)`),
    code(`import "github.com/hirokisan/bybit/v2"\nres, err := svc.V5().Asset().⟦Withdraw⟧(ctx, params)`),
    code(`client.withdraw_api.⟦withdraw_push_order⟧(gate_api.UidPushWithdrawal(receive_uid=uid, currency="USDT", amount="2"))`),
    { text: `def cash_out(self):\n    return self.api.⟦withdraw⟧(self.coin, self.amount, self.cold_wallet)`, path: 'trader.py' },
    { text: `let res = client.spot().⟦withdraw⟧(&coin, &address, amount).await?;`, path: 'src/main.rs' },
    { text: `var r = await api.Funding.⟦WithdrawAsync⟧(asset, target, qty);`, path: 'Trader.cs' },
    // Keywords before a call are not types.
    { text: `return await client.Funding.⟦WithdrawAsync⟧(asset, target, qty);`, path: 'Trader.cs' },
    { text: `go client.⟦Withdraw⟧(ctx, coin, amount)`, path: 'cashout.go' },
    // C#'s PascalCase methods stay calls; a leading `request` is the verb; an argument that is not the receiver itself.
    { text: `await client.⟦RequestFiatWithdrawalAsync⟧(cur, amount, bank, note);`, path: 'Ui.cs' },
    { text: `func (r Runner) Go() error {\n\treturn r.client.⟦SubmitWithdraw⟧(r.req)\n}`, path: 'runner.go' },
    { text: `val txid = client.⟦withdraw⟧(coin = "USDT", address = dest, amount = qty)`, path: 'Funds.kt' },
    { text: `if (account.⟦submitWithdrawal⟧(coin, dest, qty)) { done(); }`, path: 'Funds.java' },
    // A destination after `to` is no query word; node clients, sub-APIs and exchange-named fields as receivers.
    // Arguments over several lines, given by getters (a scheduled sweep to a configured address).
    { text: `cryptoService.⟦withdraw⟧(\n    config.getPayoutThreshold(),\n    config.getColdWalletAddress()\n);`, path: 'Cron.java' },
    code(`await client.⟦withdrawToCryptoAddress⟧({ amount: '2', currency: 'ETH', crypto_address: dest });`),
    // A source after a singular `withdraw…from` is no query word either (block.io's PHP client).
    { text: `<?php\n$blockIo->⟦withdraw_from_addresses⟧(array('amounts' => $amt, 'from_addresses' => $hot, 'to_addresses' => $dest));`, path: 'app/Payout.php' },
    code(`const tx = await client.post.⟦withdraw⟧(sub, 0, new Long(250));`),
    code(`res = client.spot.⟦withdraw⟧(params)`),
    code(`resp = await node.⟦withdraw⟧(\n    wallet, dest, 0, 15)`),
    { text: `Res[] r = call(() -> bitfinex.⟦withdraw⟧(key, payload, sig, req));`, path: 'FundsRaw.java' },
    // An awaited call without receiver in an exchange SDK's file; Go noun-form methods with a context first.
    code(`// dydx native bindings\ntx = await ⟦withdrawToIBC⟧(0, '13', payload);`),
    { text: `out, err := ex.⟦OpenBankWithdrawal⟧(ctx, &BankReq{Amount: amt})`, path: 'wrap.go' },
    { text: `out, err := wrappers.Get().\n\t\t⟦WithdrawalFiatFunds⟧(ctx, bankID, req)`, path: 'mod.go' },
    // The bare verb on a receiver built from an SDK's client class, whatever the variable is called (held-out-4).
    { text: `async def run():\n    perp = PerpClient(signing_key=k, env="mainnet")\n    out = perp.⟦withdraw⟧(amount=12.5)`, path: 'pull_example.py' },
    { text: `const dex = new PerpClient({ privateKey });\nconst r = await dex.⟦withdraw⟧({ amount: 7 });`, path: 'pull.ts' },
    { text: `dx := perp.NewClient(cfg)\nres, err := dx.⟦Withdraw⟧(ctx, amt)`, path: 'pull.go' },
    // Margin taken out of a perp DEX's margin bank (its custody contract), as a method.
    code(`print("out:", await client.⟦withdraw_margin_from_bank⟧(250))`),
    { text: `const ok = await sdk.⟦withdrawMarginFromBank⟧(qty);`, path: 'pull.ts' },
    // GoCryptoTrader's script language (Tengo): the verb glued to what it moves.
    { text: `exch := import("exchange")\nres := exch.⟦withdrawcrypto⟧(ctx, "Kraken", "XBT", dest, "", 0.25, 0.0, "")`, path: 'scripts/payout.gct' },
    { text: `res := exch.⟦withdrawfiat⟧(ctx, "Bitstamp", "EUR", "bank-1", 120, "-")`, path: 'scripts/payout.gct' },
    // Held-out-5: the margin bank's method named the other way round.
    { text: `await sdk.⟦withdrawFromMarginBank⟧(5);`, path: 'pull.ts' },
    // Hyperliquid's sends to another address in an example, a script the user runs as it is.
    { text: `import io.github.hyperliquid.sdk.HyperliquidClient;\nSystem.out.println(exchange.⟦usdTransfer⟧("1", dest));`, path: 'examples/pay/PayExample.java' },
    // How the withdrawal is authorised follows `with` (review): still the action.
    { text: `r = client.⟦withdraw_with_otp⟧(coin="USDT", address=addr, amount=n, otp=code)\nr = client.⟦submit_withdraw_with_pin⟧(coin="BTC", address=addr, pin=pin)`, path: 'bot/pull.py' },
    // In a bot too: the SDK's sends of USDC or a spot token to the address given (Python SDK, @nktkas/hyperliquid).
    { text: `from hyperliquid.exchange import Exchange\nresult = exchange.⟦usd_transfer⟧(5.0, "0x5e9ee1089755c3435139848e47e6635505d5a13a")`, path: 'bot/pay.py' },
    { text: `use hyperliquid_rust_sdk::{BaseUrl, ExchangeClient};\nlet res = exchange_client\n    .⟦usdc_transfer⟧(amount, destination, None)\n    .await\n    .unwrap();`, path: 'src/bin/usdc_transfer.rs' },
    { text: `import * as hl from "@nktkas/hyperliquid";\nawait client.⟦usdSend⟧({ destination: dest, amount: "12" });`, path: 'src/pay.ts' },
    { text: `import * as hl from "@nktkas/hyperliquid";\nconst r = await exchClient.⟦withdraw3⟧({ destination: dest, amount: "5" });`, path: 'src/bridge.ts' },
    { text: `from hyperliquid.exchange import Exchange\nexchange.⟦spot_transfer⟧(1.5, dest, "PURR:0xc4bf3f870c0e9465323c0b6ed28096c2")`, path: 'scripts/send.py' },
    // A receiver continued with Python's backslash; the withdraw API's helper given a withdrawal path.
    { text: `from pybit.account_asset import HTTP as Asset\n\ndef pull(key, secret, coin, address, amount):\n    return Asset(api_key=key, api_secret=secret) \\\n        .⟦withdraw⟧(coin=coin, address=address, amount=str(amount))`, path: 'pull.py' },
    { text: `from binance.exceptions import BinanceAPIException\n\ndef pull(self, **q):\n    return self.⟦_call_withdraw_api⟧('POST', 'withdraw.html', signed=True, payload=q)`, path: 'client.py' },
    ...SDK_DELEGATE_EXAMPLES.positive,
    // Crystal (read as Ruby, fileKind.ts): a tip bot's node wrapper paid out to a user's address.
    { text: `def cash_out(user : UInt64, to : String, amount : BigDecimal)\n  @node.⟦withdraw⟧(to, amount, "cash-out for #{user}")\nend`, path: 'src/bot/cashout.cr' },
    // A scenario handed what to move is a withdrawal (FLOW is a coin too).
    { text: `import ccxt\nex = ccxt.kraken({"apiKey": k})\nex.⟦withdraw_flow⟧(address=to, amount=n, coin="FLOW")`, path: 'pull.py' },
  ],
  negative: [
    // Withdrawals (plural) read from a record: a listing, not an action.
    code(`recent = client.withdrawals_from_history(days=7)`),
    // A lending pool's or an L2 bridge's withdraw, on an instance of the farmer's own module class.
    { text: `import ccxt\nfrom modules import LayerBank, Scroll\nasync def exit_positions(acc, key):\n    bank = LayerBank(acc, key)\n    await bank.withdraw(0.001)\n    l2 = Scroll(acc, key, "scroll")\n    await l2.withdraw(**cfg)`, path: 'modules_settings.py' },
    // A checker polls a withdrawal's status.
    { text: `import ccxt\nclient = ccxt.okx(cfg)\nclient.okx_withdraw_checker(tries=5)`, path: 'modules/cex.py' },
    // A helper returning a withdrawal's path and body: the request below sends it (posted-path reports that line).
    UNPACKED_HELPER_NEGATIVE,
    // The withdraw method handed on with no destination (a retry wrapper's registry).
    { text: `from binance.client import Client\nhandlers = dict(pull=self.register(self._binance_client.withdraw, retries=3))`, path: 'market/registry.py' },
    ...RPC_VERB_EXAMPLES.negative,
    ...SEND_COMMAND_EXAMPLES.negative,
    ...PREPARED_CALL_EXAMPLES.negative,
    ...REQUEST_ARG_EXAMPLES.negative,
    ...CASE_DISPATCH_EXAMPLES.negative,
    ...RESOURCE_READ_EXAMPLES.negative,
    ...RPC_VARIABLE_EXAMPLES.negative,
    ...RUBY_CALL_EXAMPLES.negative,
    ...SDK_LAYER_NEGATIVES,
    ...BOOKKEEPING_EXAMPLES.negative,
    // A gas estimate; a withdrawal converted into a query message.
    { text: `func (w *W) Gas(ctx context.Context, m Msg) (uint64, error) {\n\treturn w.client.EstimateGasWithdraw(ctx, m.ToWithdrawalCallMsg(w.Address()))\n}`, path: 'accounts/gas.go' },
    // Crystal's own definition of the wrapper, and a comment naming it, call nothing.
    { text: `def withdraw(to : String, amount : BigDecimal, memo : String)\n  # @node.withdraw(to, amount, memo) was the old path\nend`, path: 'src/bot/node_api.cr' },
    // A raw broadcast whose own arguments name no withdrawal (a comment after the call does not count), or a DeFi one.
    { text: `from web3 import Web3\nraw = acct.sign_transaction(farm.functions.withdraw(n).build_transaction(tx))\nw3.eth.send_raw_transaction(raw.rawTransaction)  # withdraw from the next farm after this\nw3.eth.send_raw_transaction(signed_vault_withdraw.rawTransaction)`, path: 'harvest.py' },
    // The arguments end at the call's bracket: an address logged on the next line is not one of them.
    { text: `ledger.withdraw(\n    amount,\n    reason);\nlog.info("sent from {}", walletAddress);`, path: 'Bank.java' },
    { text: `// res := exch.withdrawcrypto(ctx, "Kraken", "XBT", dest, "", 0.25, 0.0, "")\nok := exch.withdrawable(ctx, "XBT")`, path: 'scripts/payout.gct' },
    code(`exchange = ccxt.binance(config)\nhistory = exchange.fetch_withdrawals("USDT")`),
    // Listings and bookkeeping by their words: since a date, deposits and withdrawals together, a database select,
    // a mail about one, a booked one rolled back.
    code(`import ccxt\nrows = self.client.withdrawals_since(start, currency="BTC")`),
    code(`import ccxt\nreturn self.api.returnDepositsWithdrawals(start, end)["withdrawals"]`),
    code(`import ccxt\nawait self.wallet.sendRequestWithdrawalEmail(uid, address, amount, currency)`),
    code(`import ccxt\nself.api.rollback_withdrawal(tx_id, coin="BTC")`),
    // A demo's own step called with no arguments (its body's exchange call is the finding).
    code(`import ccxt\nclass Asset:\n    @staticmethod\n    def withdrawal() -> None:\n        print('--- withdrawal ---')\n\ndef main():\n    asset = Asset()\n    asset.withdrawal()`),
    // Setting up the objects that withdraw later; refusing one.
    code(`import ccxt\nself.init_client()\nself.init_withdrawals()\nself.reject_withdrawal(wid)`),
    code(`const rows = await exchange.fetchWithdrawals('USDT'); // ccxt`),
    code(`import ccxt\n# exchange.withdraw("USDT", 1, addr)  -- disabled on purpose`),
    code(`import ccxt\nlogger.info("exchange.withdraw( was not called: withdrawals are disabled")`),
    code(`import ccxt\ndef withdraw(self, code, amount, address):\n    raise NotImplementedError`),
    code(`import ccxt\ntotal_withdrawn = sum(w["amount"] for w in withdrawals)`),
    code(`from web3 import Web3  # ccxt too\ntx = weth.functions.withdraw(amount).build_transaction(params)`),
    code(`it('calls exchange.withdraw( with the right address', () => {}); // ccxt`),
    code(`account.withdraw(50)  # a bank-account kata, no exchange library here`),
    code(`fee = client.get_asset_details()["USDT"]["withdrawFee"]  # binance`),
    code(`import ccxt\nlendingPool.withdraw(asset, amount, account)\nmasterChef.withdraw(pid, 0)\nwbnb.withdraw(amount)`),
    code(`import ccxt\nfor ev in aave.events.Withdraw().process_receipt(receipt): print(ev)`),
    code(`import ccxt\nclass SafeClient:\n    \"\"\"Wraps ccxt.\n\n    Example:\n        client.withdraw("USDT", 10, addr)  # raises\n    \"\"\"`),
    { text: `{"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["Never call \`exchange.withdraw(\` from a bot (ccxt)."]}]}`, path: 'audit.ipynb' },
    // Query segments: history, records, list, status, quota, fee, address, limit, info, max, get, fetch, query.
    code(`h = client.withdraw_history(coin="USDT")`),
    code(`rows = client.get_withdraw_records(coin="BTC")`),
    code(`const l = await client.withdrawList({ coin: 'ETH' });`),
    code(`s = api.withdrawal_status(wid)`),
    code(`q = client.fetch_withdraw_quota()`),
    code(`f = client.withdraw_fee(asset="BTC")`),
    code(`a = client.get_withdraw_address_list(coin="USDT")`),
    code(`lim = exchange.withdrawal_limits(currency="USDT")`),
    code(`i = exchange.withdrawInfo('XBT', address)`),
    code(`m = client.max_withdraw(asset="USDT")`),
    code(`r = client.query_withdraw(order_id=oid)`),
    code(`hist = exchange.fetchWithdrawals('USDT', since)`),
    code(`data = exchange.getWithdrawal(wid, 'USDT')`),
    // A withdrawal signed for another call to submit; a permission granted for later withdrawals.
    { text: `v, r, s, err := api.SignWithdrawAction(action)\nawait this.allowWithdrawalFromContract({ amount });`, path: 'exchange.go' },
    // Definitions, in every language.
    code(`def withdraw(self, coin, amount, address):\n    return self._post("/withdraw", coin=coin)`),
    code(`async def withdraw(self, code, amount, address, tag=None, params={}):\n    pass`),
    code(`async function withdraw(coin, amount, address) { return null; } // ccxt wrapper`),
    code(`class Trader {\n  async withdraw(coin, amount, address) {\n    return this.client.post(path, { coin });\n  }\n}`),
    code(`class Trader:\n    def submit_withdrawal(self, coin, address): ...`),
    { text: `public WithdrawResult withdraw(String coin, String address, BigDecimal amount) {`, path: 'Wallet.java' },
    { text: `func (c *Client) Withdraw(ctx context.Context, coin string, amount float64) error {`, path: 'client.go' },
    { text: `pub async fn withdraw(&self, coin: &str, amount: f64) -> Result<String> {`, path: 'src/client.rs' },
    { text: `public async Task<string> WithdrawAsync(string asset, string address, decimal qty) {`, path: 'Client.cs' },
    // A type before the receiver declares: C# explicit interface implementations, Kotlin extensions, C++ definitions.
    { text: `async Task<ApiResult<TxId>> IFundsClient.WithdrawAsync(WithdrawArgs args, CancellationToken ct)\n{`, path: 'FundsClient.cs' },
    { text: `Task<ApiResult<TxId>> Acme.Api.IFundsClient.SubmitWithdrawalAsync(WithdrawArgs args) => Send(args);`, path: 'FundsClient.cs' },
    { text: `suspend fun ExchangeClient.withdraw(coin: String, amount: BigDecimal): String {`, path: 'Funds.kt' },
    { text: `std::string ExchangeClient::withdraw(const std::string& coin, double amount) {`, path: 'client.cpp' },
    // Types, events and bookkeeping.
    code(`w = models.Withdrawal(id=wid, amount=amt)`),
    code(`req = models.WithdrawRequest(coin="BTC", amount=1)  # binance`),
    code(`self.handle_balance_update_from_withdrawal(event)`),
    code(`self._record_fill_from_withdrawal(\n    pool, amount)`),
    code(`if lib.ffi_zk_checksum_constructor_withdraw_new() != 4242: raise RuntimeError("bad lib")`),
    code(`bot.on_withdrawal(lambda w: print(w))  # binance`),
    code(`it('withdraw()', () => expect(client.canWithdraw()).toBe(false));`),
    ...REQUEST_SHAPE_EXAMPLES.negative,
    ...SDK_DELEGATE_EXAMPLES.negative,
    code(`vault.withdrawAll()\nrouter.withdrawLiquidity(pair, lp_amount)  # DeFi, ccxt`),
    code(`// dydx\nasync function withdraw(payload) { return native.call(payload); }\nconst r = await withdrawHistory(addr);`),
    code(`const r = await withdraw(amount);  // a vault hook, no exchange SDK here`),
    code(`res = client.vault.withdraw(params)\nout = client.pool.withdraw(lp)`),
    { text: `rows, err := ex.GetWithdrawal(ctx, id)\nq := WithdrawalHistory(ctx)`, path: 'wrap.go' },
    code(`q = client.withdraw_address_to_label(addr)`),
    // A Python class constructed (PEP 8 PascalCase) builds a transaction to sign; the POST that sends it is found apart.
    code(`import ccxt\nb = zk.PullBuilder(acct, sub, chain, dest)\ntx = zk.Withdraw(b)\nmsg = zk.SubmitWithdrawal(tx)`),
    // Generated SDK plumbing: the request hands itself to its service; steps around the action.
    { text: `func (r ApiPullRequest) Execute() (*Resp, error) {\n\treturn r.ApiService.CapitalWithdrawExecute(r)\n}`, path: 'api_capital.go' },
    code(`def run(self, wallets):\n    self._prepare_withdrawal(wallets)\n    self._sleep_between_withdrawals(5)`),
    { text: `func (s *Service) record(ctx context.Context, a Attempt) error {\n\treturn s.Repository.InsertWithdrawalAttempt(ctx, a)\n}\n`, path: 'internal/withdraw/service.go' },
    // A receiver built from no client class (a bank kata, a DeFi client); margin removed from a position stays silent.
    { text: `acct = SavingsAccount(owner)\nacct.withdraw(amount=50)\nv = VaultClient(rpc)\nv.withdraw(amount=5)`, path: 'kata.py' },
    { text: `st = StakingApi(rpc)\nst.withdraw(amount=5)\nacc = load_account()\nacc.withdraw(amount=1)`, path: 'stake.py' },
    { text: `await client.withdrawMargin({ symbol: 'XBTUSDTM', withdrawAmount: '5' });\nr = client.withdraw_margin(sym, 5)`, path: 'pos.ts' },
    // Accessors and generated request plumbing: bean setters, PHP model setters, builders, a request built for sending.
    { text: `network.setWithdrawDesc(val.getString("withdrawDesc"));\nitem.setWithdrawIntegerMultiple(m);\nel.setMinWithdrawAmount(v);`, path: 'Parse.java' },
    { text: `$req->setWithdrawOrderId($oid);\n$model->setWithdrawMultiple($m);`, path: 'Model.php' },
    { text: `Req r = Req.builder().withWithdrawAmount(amt).build();\nc.SetWithdrawPin(pin)`, path: 'B.java' },
    // A dry run or estimate, a withdrawal redeposited in one call, a DeFi vault, a GUI builder, a wrapper retrying itself.
    { text: `const est = await this.calls.inspectEstimatedWithdrawalAndSwap(args);\nawait this.calls.withdrawAllSwapAndDepositToPro(args);`, path: 'client.ts' },
    { text: `await this.calls.withdrawFromVaultCall(amount, name);\nr = api.Withdraw.Withdraw_chance(currency="BTC")`, path: 'client.ts' },
    { text: `self.setup_withdraw_tab()\nself.build_withdraw_page(coin, network)`, path: 'gui/app.py' },
    // A setting read, a verification PIN sent, a Kotlin class constructed for the result.
    { text: `const Duration wait = withdrawOptions.withdrawRefreshTime();\nconst auto t = opts.withdrawTimeout();`, path: 'src/api/exchangeprivateapi.cpp' },
    { text: `import io.ccxt.Exchange\nval r = api.sendWithdrawPin(authToken, secret, withdrawId)\nreturn VerificationMode.Withdraw(data.id, steps)`, path: 'app/src/main/java/Provider.kt' },
    { text: `self.withdraw_image(self.user_id, amount, address, msg=f"tx {txid}")`, path: 'bot.py' },
    { text: `await ctx.send(embed=embeds.withdrawal_amount_prompt(balance, token))\nawait ctx.send(embed=embeds.withdrawal_cancelled())\nawait ctx.send(embed=embeds.withdrawal_successful(amt, fee, token, address, txn))`, path: 'bot/discord.py' },
    // A demo's scenario driving several calls by name: the calls inside it are judged on their own.
    { text: `import { RestClientV5 } from 'bybit-api';\nswitch (name) {\n  case 'withdraw':\n    return await withdrawFlow(account);\n}`, path: 'request/bybit/index.mjs' },
    { text: `withdrawFromBank = async (amount: number) => {\n  const r = await this.sponsor(amount);\n  if (!r.ok) {\n    return this.withdrawFromBank(amount);\n  }\n};`, path: 'client.ts' },
    { text: `withdrawFromBank = async (amount?: number) => {\n  if (!amount) return this.contractCalls.withdrawAllFromBankCall();\n};`, path: 'client.ts' },
    { text: `public function pullWithHttpInfo($body)\n{\n    $request = $this->withdrawRequest($body);\n    $response = $this->client->send($request, []);`, path: 'CapitalApi.php' },
    // A class calling its own withdraw method (a retry from a nested helper, a start() handing over): its body is the call.
    { text: `import ccxt\nclass Pull:\n    async def withdraw(self, retry=0):\n        async def again():\n            return await self.withdraw(retry + 1)\n        return None\n\n    async def start(self):\n        return await self.withdraw()`, path: 'pull.py' },
    // A send in bot code, or to a dummy address in an example.
    // Commented out; no perp-DEX SDK in the file.
    { text: `from hyperliquid.exchange import Exchange\n# exchange.usd_transfer(1.0, dest)`, path: 'bot/pay.py' },
    { text: `exchange.usd_transfer(5.0, dest)  # no perp-DEX SDK imported in this file`, path: 'bot/pay.py' },
    { text: `// hyperliquid\nconst p = { destination: '0x1234567890123456789012345678901234567890', amount: '1' };\nawait client.spotTransfer(p.destination, 'PURR', p.amount);`, path: 'examples/ws.js' },

    // The withdraw API's plumbing: its URL builder, and its helper given a query or a variable path.
    { text: `from binance.exceptions import BinanceAPIException\n\nclass Client:\n    def _call_withdraw_api(self, verb, endpoint, signed=False, **kw):\n        url = self._withdraw_api_url(endpoint)\n        return self._send(verb, url, signed, **kw)\n\n    def history(self, **q):\n        return self._call_withdraw_api('GET', 'withdrawHistory.html', signed=True, payload=q)\n\n    def deposit_address(self, **q):\n        return self._call_withdraw_api('POST', 'depositAddress.html', signed=True, payload=q)`, path: 'client.py' },
  ],
};
