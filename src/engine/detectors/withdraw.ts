// The withdrawal guard: code that moves funds off an exchange. Such code needs an API key with withdrawal
// permission, the one permission the user's own rules say never to give a bot key.
import { inCollectionOf, notInComment, notInString } from '../codeContext';
import { defineDetector, type Example, type Validator } from '../detector';
import type { FileKind } from '../types';
import { CCXT_CTOR } from './ccxt';
import { rx } from './fragments';

/** Code files: withdrawal paths in prose, Markdown or data files are not calls. */
const CODE: readonly FileKind[] = [
  'python', 'notebook', 'javascript', 'typescript', 'go', 'rust', 'java', 'kotlin', 'csharp', 'php', 'ruby', 'shell',
  'swift', 'dart', 'c', 'cpp', 'scala', 'lua', 'r', 'elixir', 'perl', 'powershell',
];
const WHY =
  'The API key this code runs with needs withdrawal permission — the one permission a bot key should never have. Keep such a key separate from trading keys, bind it to an IP whitelist and a withdrawal-address whitelist, or remove the call.';
const EXCHANGE_LIBS = ['ccxt', 'binance', 'pybit', 'bybit', 'okx', 'kucoin', 'kraken', 'gate', 'bitget', 'coinbase', 'alpaca'];
/** An example as a file of its language (the detectors run on code files only). */
function code(text: string): Example {
  const path = /\$\w+(?:->|\s*=)/.test(text) ? 'bot.php'
    : /:=|\bfunc\b/.test(text) ? 'bot.go'
    : /\b(?:String|Map<|LinkedHashMap)\b/.test(text) ? 'Bot.java'
    : /^\s*(?:const|let|var|await|it\()|;\s*(?:\/\/.*)?$/m.test(text) ? 'bot.ts'
    : 'bot.py';
  return { text, path };
}

/** A path or method name ends here: no further identifier, path or query character. */
const END = String.raw`(?![A-Za-z0-9_/-])`;
/** Where the exchange of a call comes from: the ccxt constructor of the receiver, else the SDK import. */
const EXCHANGE_NEAR = [
  { pattern: CCXT_CTOR, before: 6000, after: 400 },
  // Python/JS imports, Java/Kotlin packages (com.binance…), C# using, Rust/PHP use, Go module paths.
  { pattern: /(?:\bfrom[ \t]+|\bimport[ \t]+(?:com\.|io\.|org\.|net\.)?|\busing[ \t]+|\buse[ \t]+|require\([ \t]*["']|["'](?:github\.com\/[\w.-]{1,40}\/(?:go-)?)?)(?<ex>binance|pybit|bybit|okx|kucoin|kraken|gate_api|bitget|coinbase|alpaca)/i, before: 20000, after: 400 },
];

/** An HTTP POST nearby decides KuCoin's and Gate's `/withdrawals` (GET lists the history). */
const POST_NEAR = { pattern: /\bpost\b|method[ \t]*[:=][ \t]*\\?["']POST/i, before: 160, after: 160 };

/**
 * Drops paths listed in a deny-list (`FORBIDDEN_PATHS = frozenset({"/sapi/v1/capital/withdraw/apply", …})`):
 * a guard that blocks withdrawals, not a call. Looks back 400 characters for an open collection assigned to
 * a name that forbids.
 */
const notInDenyList: Validator = {
  name: 'not-in-deny-list',
  test: (_v, ctx) => !inCollectionOf(ctx.text, ctx.start, /(?:forbid|block|deny|disallow|reject|blacklist|banned)[A-Za-z0-9_]*["']?[ \t]*[:=]/gi, /[[({]/),
};

export const withdrawRestEndpoint = defineDetector({
  id: 'withdraw/rest-endpoint',
  title: 'withdrawal endpoint',
  severity: 'warning',
  role: 'endpoint',
  message: `Withdrawal endpoint {name} ({exchange}). ${WHY}`,
  keywords: ['withdraw'],
  validate: [notInComment, notInDenyList],
  files: CODE,
  patterns: [
    { re: rx(String.raw`(?<name>(?:/?sapi/v1/)?(?:capital|localentity)/withdraw/apply)${END}`), exchange: 'Binance' },
    { re: rx(String.raw`(?<name>(?:/?wapi/)?v3/withdraw\.html)`), exchange: 'Binance' },
    { re: rx(String.raw`(?<name>/?v5/asset/withdraw/create)${END}`), exchange: 'Bybit' },
    { re: rx(String.raw`(?<name>/?api/v5/asset/withdrawal(?:-lightning)?)${END}`), exchange: 'OKX' },
    { re: rx(String.raw`(?<name>/?0/private/Withdraw)${END}`), exchange: 'Kraken' },
    { re: rx(String.raw`(?<name>/?api/v[13]/withdrawals)(?![A-Za-z0-9_/-]|/quotas)`), exchange: 'KuCoin', requires: { near: POST_NEAR } },
    { re: rx(String.raw`(?<name>/?api/v4/withdrawals)${END}`), exchange: 'Gate.io', requires: { near: POST_NEAR } },
    { re: rx(String.raw`(?<name>/?(?:api/v2/spot/wallet/withdrawal|api/spot/v1/wallet/withdrawal))${END}`), exchange: 'Bitget' },
  ],
  examples: {
    positive: [
      code(`r = session.post(BASE + "⟦/sapi/v1/capital/withdraw/apply⟧", params=signed(params))`),
      code(`const path = '⟦sapi/v1/localentity/withdraw/apply⟧';`),
      code(`url := baseURL + "⟦/v5/asset/withdraw/create⟧"`),
      code(`String endpoint = "⟦/api/v5/asset/withdrawal⟧"; // POST`),
      code(`resp = requests.post(f"{API}⟦/0/private/Withdraw⟧", data=data, headers=h)`),
      code(`await fetch(\`\${host}⟦/api/v1/withdrawals⟧\`, { method: 'POST', body });`),
      code(`$res = $http->post('⟦/api/v4/withdrawals⟧', ['json' => $body]);`),
      code(`req, _ := http.NewRequest("POST", api+"⟦/api/v2/spot/wallet/withdrawal⟧", body)`),
      code(`WITHDRAW = wapi + '⟦v3/withdraw.html⟧'`),
      { text: `r = requests.post(BASE + "⟦/sapi/v1/capital/withdraw/apply⟧")`, path: 'tests/test_wallet.py' },
      { text: `let url = format!("{}⟦/sapi/v1/capital/withdraw/apply⟧?{}", BASE, query);\nlet resp = client.post(url).send().await?;`, path: 'src/withdraw.rs' },
      { text: `var req = new HttpRequestMessage(HttpMethod.Post, "⟦/api/v5/asset/withdrawal⟧");`, path: 'Okx.cs' },
    ],
    negative: [
      code(`FORBIDDEN_PATHS = frozenset({\n    "/sapi/v1/capital/withdraw/apply",\n    "/v5/asset/withdraw/create",\n})  # never sent by this bot (binance)`),
      code(`r = session.get(BASE + "/sapi/v1/capital/withdraw/history", params=p)`),
      code(`# POST /sapi/v1/capital/withdraw/apply is never called by this bot`),
      { text: `// see /v5/asset/withdraw/create in the docs`, path: 'client.ts' },
      code(`resp = client.get("/v5/account/withdrawal", params={"coin": "USDT"})`),
      code(`rows = requests.get(API + "/api/v1/withdrawals", params={"currency": "USDT"}).json()`),
      code(`quota = requests.get(API + "/api/v1/withdrawals/quotas?currency=BTC")`),
      code(`const hist = await get('/api/v5/asset/withdrawal-history');`),
      code(`data = kraken.query_private('WithdrawStatus', {'asset': 'XBT'})`),
      code(`r = requests.get(f"{API}/api/spot/v1/wallet/withdrawal-records")`),
      { text: `Call \`POST /sapi/v1/capital/withdraw/apply\` to withdraw.`, path: 'README.md' },
      { text: `// let url = "/sapi/v1/capital/withdraw/apply";\nlet url = "/sapi/v1/capital/withdraw/history";`, path: 'src/history.rs' },
    ],
  },
});

export const withdrawLibraryCall = defineDetector({
  id: 'withdraw/library-call',
  title: 'withdrawal call',
  severity: 'warning',
  role: 'endpoint',
  message: `Withdrawal call {name}(…) on {exchange}. ${WHY}`,
  keywords: ['withdraw', 'query_private'],
  validate: [notInComment, notInString],
  files: CODE,
  patterns: [
    // exchange.withdraw(code, amount, address…) in ccxt, python-binance, binance-connector, pybit,
    // node-binance-api: the exchange is named when a ccxt constructor is near.
    {
      // A method of something (`x.`, `).`, `].`, `->`); DeFi look-alikes (WETH unwrap, web3 contract functions,
      // LP pools) are excluded by their receiver. The match starts at the dot: a scan from every identifier was 2× slower.
      re: rx(String.raw`(?:(?<=[A-Za-z0-9_$)\]])\.|->)(?<!(?:[Ww](?:ETH|eth|BNB|bnb|MATIC|matic|AVAX|avax|FTM|ftm)9?|functions|methods|[Cc]ontract|[Vv]ault|[Pp]ool|[Cc]hef|[Ff]arm|[Ss]taking|[Gg]auge|[Rr]outer|[Ss]trategy|[Tt]oken|lp|LP|events)\.)(?<name>withdraw|Withdraw|withdrawal|withdraw_travel_rule|broker_withdraw|fiat_withdraw|withdrawTravelRule|brokerWithdraw|fiatWithdraw|submitWithdrawal|submitWithdraw|apply_withdrawal|applyWithdrawal|withdraw_push_order)[ \t]*\(`),
      requires: { fileContains: EXCHANGE_LIBS, exchangeNear: EXCHANGE_NEAR },
    },
    { re: rx(String.raw`(?<name>query_private)[ \t]*\([ \t]*\\?["']Withdraw\\?["']`), exchange: 'Kraken' },
    { re: rx(String.raw`\.(?<name>NewCreateWithdrawService)[ \t]*\(`), exchange: 'Binance' },
    { re: rx(String.raw`\.(?<name>WithdrawAsync)[ \t]*\(`), exchange: 'Binance', requires: { fileContains: ['binance'] } },
  ],
  examples: {
    positive: [
      code(`exchange = ccxt.binance(config)\nexchange.⟦withdraw⟧("USDT", 100, "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE")`),
      code(`const kraken = new ccxt.kraken({ apiKey, secret });\nawait kraken.⟦withdraw⟧('XBT', 0.1, address, undefined, { key: 'cold' });`),
      code(`from binance.client import Client\nclient.⟦withdraw⟧(coin="BTC", address=addr, amount=0.01)`),
      code(`from binance.spot import Spot\nclient.⟦withdraw_travel_rule⟧(coin="USDT", address=a, amount=10, questionnaire=q)`),
      code(`from pybit.unified_trading import HTTP\nsession.⟦withdraw⟧(coin="USDT", chain="TRX", address=a, amount="24")`),
      code(`import okx.Funding as Funding  # okx\nfundingAPI.⟦withdrawal⟧(ccy="USDT", amt="1", dest="4", toAddr=a, chain="USDT-TRC20")`),
      code(`const { RestClientV5 } = require('bybit-api');\nawait client.⟦submitWithdrawal⟧({ coin: 'USDT', chain: 'ETH', address, amount: '10' });`),
      code(`k = krakenex.API()  # kraken\nk.⟦query_private⟧('Withdraw', {'asset': 'XBT', 'key': 'cold', 'amount': 0.5})`),
      code(`res, err := client.⟦NewCreateWithdrawService⟧().Coin("USDT").Address(addr).Amount("10").Do(ctx)`),
      code(`var result = await client.SpotApi.Account.⟦WithdrawAsync⟧("USDT", address, 10m); // Binance.Net`),
      code(`Map<String, Object> p = new LinkedHashMap<>(); // binance\nclient.createWallet().⟦withdraw⟧(p);`),
      code(`$exchange = new \\ccxt\\bitget($cfg);\n$exchange->⟦withdraw⟧('USDT', 5, $addr);`),
      code(`from kucoin.client import User  # kucoin\nuser.⟦apply_withdrawal⟧('USDT', addr, 10)`),
    ],
    negative: [
      code(`exchange = ccxt.binance(config)\nhistory = exchange.fetch_withdrawals("USDT")`),
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
    ],
  },
});

export const withdrawCcxtImplicit = defineDetector({
  id: 'withdraw/ccxt-implicit',
  title: 'ccxt implicit withdrawal endpoint',
  severity: 'warning',
  role: 'endpoint',
  message: `ccxt implicit withdrawal endpoint {name}(…) on {exchange}. ${WHY}`,
  keywords: ['withdraw', 'transactions'],
  validate: [notInComment, notInString],
  files: CODE,
  patterns: [
    {
      re: rx(String.raw`\.(?<name>sapiPostCapitalWithdrawApply|sapi_post_capital_withdraw_apply|sapiPostLocalentityWithdrawApply|sapi_post_localentity_withdraw_apply|privatePostWithdraw|private_post_withdraw|privatePostWithdrawals|private_post_withdrawals|privatePostAssetWithdrawal|private_post_asset_withdrawal|privatePostAssetWithdrawalLightning|private_post_asset_withdrawal_lightning|privatePostV5AssetWithdrawCreate|private_post_v5_asset_withdraw_create|privateWithdrawalsPostWithdrawals|private_withdrawals_post_withdrawals|privateWithdrawalsPostPush|private_withdrawals_post_push|privateSpotPostV2SpotWalletWithdrawal|private_spot_post_v2_spot_wallet_withdrawal|v2PrivatePostAccountsAccountIdTransactions|v2_private_post_accounts_account_id_transactions)[ \t]*\(`),
      requires: { near: { pattern: CCXT_CTOR, before: 4000, after: 200 } },
    },
  ],
  examples: {
    positive: [
      code(`ex = ccxt.binance(cfg)\nex.⟦sapiPostCapitalWithdrawApply⟧({"coin": "USDT", "address": a, "amount": 10})`),
      code(`exchange = ccxt.binance(cfg)\nexchange.⟦sapi_post_capital_withdraw_apply⟧({"coin": "USDT", "address": a, "amount": 10})`),
      code(`const okx = new ccxt.okx(cfg);\nawait okx.⟦privatePostAssetWithdrawal⟧({ ccy: 'USDT', amt: '1', dest: '4', toAddr: a });`),
      code(`kraken = ccxt.kraken(cfg)\nkraken.⟦private_post_withdraw⟧({"asset": "XBT", "key": "cold", "amount": "0.1"})`),
      code(`const bybit = new ccxt.bybit(cfg);\nawait bybit.⟦privatePostV5AssetWithdrawCreate⟧({ coin: 'USDT', chain: 'TRX', address: a, amount: '5' });`),
      code(`gate = ccxt.gate(cfg)\ngate.⟦private_withdrawals_post_withdrawals⟧({"currency": "USDT", "amount": "5", "address": a})`),
    ],
    negative: [
      code(`ex = ccxt.binance(cfg)\nhist = ex.sapiGetCapitalWithdrawHistory({"coin": "USDT"})`),
      code(`ex = ccxt.okx(cfg)\nrows = ex.private_get_asset_withdrawal_history()`),
      code(`# ex.sapiPostCapitalWithdrawApply(params) -- ccxt.binance(cfg), not used`),
      code(`client.privatePostWithdraw(params)  # no ccxt exchange in this file`),
      code(`ex = ccxt.kucoin(cfg)\nq = ex.privateGetWithdrawalsQuotas({"currency": "BTC"})`),
    ],
  },
});

export const withdrawInternalTransfer = defineDetector({
  id: 'withdraw/internal-transfer',
  title: 'internal or universal transfer',
  severity: 'info',
  role: 'endpoint',
  message:
    'Transfer between your own accounts ({name}): funds stay on {exchange}, but the key needs transfer permission (permitsUniversalTransfer / internal transfer). Give that permission only to the key that needs it.',
  keywords: ['transfer'],
  validate: [notInComment],
  files: CODE,
  patterns: [
    { re: rx(String.raw`(?<name>/?sapi/v1/(?:asset/transfer|sub-account/universalTransfer|sub-account/transfer/subToMaster|sub-account/transfer/subToSub))${END}`), exchange: 'Binance' },
    { re: rx(String.raw`(?<name>/?v5/asset/(?:transfer/inter-transfer|transfer/universal-transfer))${END}`), exchange: 'Bybit' },
    { re: rx(String.raw`(?<name>/?api/v5/asset/transfer)${END}`), exchange: 'OKX' },
    {
      re: rx(String.raw`\.(?<name>universal_transfer|universalTransfer|sapiPostAssetTransfer|sapi_post_asset_transfer|sub_account_universal_transfer|create_internal_transfer|createInternalTransfer|submitUniversalTransfer)[ \t]*\(`),
      requires: { fileContains: EXCHANGE_LIBS },
    },
  ],
  examples: {
    positive: [
      code(`r = client.post(BASE + "⟦/sapi/v1/asset/transfer⟧", params={"type": "MAIN_UMFUTURE", "asset": "USDT", "amount": 10})`),
      code(`import ccxt\nex.⟦sapi_post_asset_transfer⟧({"type": "MAIN_UMFUTURE", "asset": "USDT", "amount": 10})`),
      code(`from pybit.unified_trading import HTTP\nsession.⟦create_internal_transfer⟧(transferId=t, coin="USDT", amount="5", fromAccountType="UNIFIED", toAccountType="FUND")`),
      code(`url := "⟦/v5/asset/transfer/inter-transfer⟧"`),
    ],
    negative: [
      code(`hist = client.get(BASE + "/sapi/v1/asset/transferHistory", params={"type": "MAIN_UMFUTURE"})`),
      code(`# /sapi/v1/asset/transfer moves funds between wallets`),
      code(`transfer_amount = 10  # binance`),
      code(`bank.universal_transfer(10)  # no exchange library here`),
    ],
  },
});
