// The withdrawal guard: code that moves funds off an exchange. Such code needs an API key with withdrawal
// permission, the one permission the user's own rules say never to give a bot key. Endpoint strings and
// transfers here; calls by method name in withdrawCalls.ts.
import { notInComment } from '../judge/codeContext';
import { defineDetector, type Validator } from '../defineDetector';
import { rx } from './fragments';
import { code, CODE, END, EXCHANGE_LIBS, EXCHANGE_NEAR, notInDenyList, WHY, WITHDRAW_ADVICE } from './withdrawShared';
import { notARouteDefinition, unknownWithdrawPath } from './withdrawPathShape';
import { writeVerb } from './withdrawVerb';
import { exchangeOfAction, matchActionPath } from './withdrawTable';

export { withdrawCcxtImplicit, withdrawLibraryCall } from './withdrawCalls';

/**
 * A path-like token with a slash (`/sapi/v1/capital/withdraw/apply`, `https://host/api/v4/withdrawals`,
 * `{API}/0/private/Withdraw`): starts after a quote, a `}` or a space; `{id}` placeholders only after its first slash,
 * JS template placeholders `${id}` too (else the path is cut there and its query tail, `…/withdrawal-limit`, lost).
 */
const PATH_TOKEN = String.raw`(?<![A-Za-z0-9_.:-])(?<name>[A-Za-z0-9_.:-]{0,100}/(?:[A-Za-z0-9_.:{}/-]|\$\{[A-Za-z0-9_.]{1,60}\}){0,200})`;

/** Drops a token that starts with `//` after a space: a line comment (`8, //withdrawal precision`), not a path. */
const notLineComment: Validator = {
  name: 'not-a-line-comment',
  test: (value, ctx) => !(value.startsWith('//') && /[ \t,;]/.test(ctx.text.charAt(ctx.start - 1))),
};

/** Exchange ids an endpoint constant may be prefixed with (`krakenWithdraw = "Withdraw"`). */
const CONST_EXCHANGES = 'kraken|bitfinex|bitstamp|deribit|independentreserve|ndax|bitflyer|zaif|derive';

/** Keeps tokens that say withdraw (every action path and every unknown withdrawal-shaped path does). */
const mentionsWithdraw: Validator = { name: 'mentions-withdraw', test: (value) => /withdraw/i.test(value) };

/** Keeps tokens that end with a withdrawal action of the table; `ambiguous` picks paths that are also queries. */
function actionPath(ambiguous: boolean): Validator {
  return {
    name: ambiguous ? 'action-path-verb-decides' : 'action-path',
    test: (value) => /withdraw/i.test(value) && matchActionPath(value)?.ambiguous === ambiguous,
  };
}

export const withdrawRestEndpoint = defineDetector({
  id: 'withdraw/rest-endpoint',
  title: 'withdrawal endpoint',
  severity: 'warning',
  role: 'endpoint',
  message: 'Withdrawal endpoint {name} on {exchange}.',
  risk: WHY,
  advice: WITHDRAW_ADVICE,
  keywords: ['withdraw'],
  // Every pattern keeps only tokens that say withdraw: test that first, before the line is read three times.
  validate: [mentionsWithdraw, notInComment, notInDenyList, notARouteDefinition, notLineComment],
  files: CODE,
  // Every withdrawal action of ccxt's API lists and the SDK supplement, with or without slash and version prefix.
  patterns: [
    { re: rx(PATH_TOKEN), validate: [actionPath(false)], exchangeOf: exchangeOfAction, requires: { exchangeNear: EXCHANGE_NEAR } },
    // KuCoin's and Gate's `/withdrawals`: POST withdraws, GET lists the history; the verb decides (withdrawVerb.ts).
    { re: rx(PATH_TOKEN), validate: [actionPath(true), writeVerb], exchangeOf: exchangeOfAction, requires: { exchangeNear: EXCHANGE_NEAR } },
    // Paths the table does not know, by their shape (versioned, ending in a withdrawal noun), with a write verb.
    { re: rx(PATH_TOKEN), validate: [unknownWithdrawPath, writeVerb], requires: { exchangeNear: EXCHANGE_NEAR } },
    // JAX-RS (Retrofit-like Java interfaces): a relative `@Path("withdraw")` under a `@POST`/`@DELETE` annotation.
    {
      re: rx(String.raw`@(?:POST|DELETE|PUT)[ \t]*\r?\n(?:[ \t]*@[A-Za-z]+(?:\([^()\n]{0,200}\))?[ \t]*\r?\n){0,3}[ \t]*@Path\([ \t]*"(?<name>(?:\{[a-z_]{1,30}\}_)?withdraw(?:als?|s)?)/?"`),
      keywords: ['withdraw'],
      // The verb sits up to four annotation lines above the keyword's line.
      linesBefore: 4,
      exchangeOf: exchangeOfAction,
      requires: { exchangeNear: EXCHANGE_NEAR },
    },
    // Endpoint constants without a slash, named after their exchange (`krakenWithdraw = "Withdraw"`,
    // `bitfinexWithdrawal = "withdraw"`): RPC method names and v1 paths, the action's own spelling only.
    {
      re: rx(String.raw`(?<![A-Za-z0-9_])(?<ex>${CONST_EXCHANGES})[A-Z][A-Za-z]{0,40}[ \t]*:?=[ \t]*"(?<name>[Ww]ithdraw(?:Cancel|Crypto)?)"`),
      keywords: ['withdraw'],
    },
    // Hyperliquid's signed actions name the withdrawal by their type (`{"type": "withdraw3", …}`).
    {
      re: rx(String.raw`["']type["'][ \t]*:[ \t]*["'](?<name>withdraw\d?)["']`),
      keywords: ['withdraw'],
      exchange: 'Hyperliquid',
      requires: { fileContains: ['hyperliquid'] },
    },
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
      // The official connectors' paths ccxt lacks (hand-kept supplement).
      code(`resp = self.sign_request("POST", "⟦/sapi/v2/fiat/withdraw⟧", payload)`),
      code(`return this.signed('POST', '⟦/sapi/v1/managed-subaccount/withdraw⟧', params);`),
      code(`BROKER_WITHDRAW = "⟦/sapi/v1/localentity/broker/withdraw/apply⟧"`),
      code(`r = api.call("⟦/sapi/v1/w3w/wallet/prediction/withdraw/apply⟧", body)`),
      // Gate's SDKs pass path and verb apart.
      code(`return self.api_client.call_api('⟦/withdrawals⟧', 'POST', path_params, query_params, header_params, body=body)`),
      // Long-tail exchanges from ccxt's lists, with host or version prefix.
      code(`url = "⟦https://api.mexc.com/api/v3/capital/withdraw⟧"  # POST`),
      code(`const u = \`\${BASE}⟦/v1/withdraws/coin⟧\`;  // upbit`),
      code(`resp = requests.post(HOST + "⟦/v4/main-account/withdraw⟧", json=body)`),
      code(`r = s.delete(f"{API}⟦/api/v1/withdrawals/{wid}⟧")  # cancel a pending withdrawal`),
      // The verb as a constant: Go's http.MethodPost, C#'s HttpMethod.Post, Java's Method.POST.
      { text: `req := NewRequest(http.MethodPost, "⟦/api/v1/withdrawals⟧", params)`, path: 'funds.go' },
      { text: `req := NewRequest(http.MethodDelete, "⟦/api/v1/withdrawals/⟧"+wid, nil)`, path: 'funds.go' },
      { text: `var def = _routes.Define(HttpMethod.Post, host, "⟦api/v1/withdrawals⟧", limiter, 1, true);`, path: 'Funds.cs' },
      { text: `return send(Method.POST, "⟦/api/v4/withdrawals⟧", body);`, path: 'Funds.java' },
      // A generated client gives the verb dozens of lines after the path, in the same function.
      // Paths no table knows yet, by shape: versioned, a withdrawal noun last, a write verb.
      { text: `var req = _routes.Define(HttpMethod.Post, host, "⟦/api/xa/v2/withdrawal⟧", limiter, 1, true);`, path: 'Funds.cs' },
      code(`r = requests.post("⟦https://api.newex.io/v3/wallet/withdraws⟧", json=body, headers=h)`),
      code(`const res = await this.signed('POST', '⟦/openapi/v2/asset/withdraw/apply⟧', params);`),
      // The verb glued to the client's method name; JS template placeholders inside the path.
      { text: `return this.postPrivate('⟦api/v1/withdrawals⟧', params);`, path: 'src/spot.ts' },
      { text: `return this.deletePrivate(\`⟦/api/v1/withdrawals/\${params.wid}⟧\`);`, path: 'src/spot.ts' },
      { text: `return await Http().DEL(\`⟦/api/v1/withdrawals/\${wid}⟧\`);`, path: 'src/funds.js' },
      { text: `return this.postPrivate(\n  \`⟦/v1/portfolios/\${pid}/wallets/\${wid}/withdrawals⟧\`,\n  body,\n);`, path: 'src/prime.ts' },
      // SDK paths from the supplement: BitMEX's camelCase actions, Coinbase's payment-method withdrawal, Deribit's RPC.
      code(`return self.api_client.call_api('⟦/user/requestWithdrawal⟧', 'POST', path_params, query_params)`),
      code(`return self._send('post', '⟦/withdrawals/payment-method⟧', data=json.dumps(body))`),
      { text: `const (\n\tsendFunds = "⟦private/withdraw⟧"\n\tdropPending = "⟦private/cancel_withdrawal⟧"\n)`, path: 'ep.go' },
      { text: `(defn cancel [t]\n  (call-api "⟦/user/cancelWithdrawal⟧" :post {:form-params {"token" t}}))`, path: 'src/api/user.clj' },
      // Python argument unpacking is not a comment line.
      { text: `return Note.parse(\n    *self._http.post("⟦auth/w/withdraw⟧", body=payload)\n)`, path: 'auth.py' },
      // JAX-RS interfaces: a relative @Path under its verb annotation.
      { text: `@POST\n@Path("⟦withdraw⟧")\nObject pull(@HeaderParam("K") String k);`, path: 'Auth.java' },
      { text: `@POST\n@Path("⟦{coin}_withdrawal⟧/")\n@Consumes(MediaType.FORM)\nObject pull(@PathParam("coin") String c);`, path: 'AuthV2.java' },
      { text: `  @POST\n  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)\n  @Produces(MediaType.APPLICATION_JSON)\n  @Path("⟦{currency}_withdrawal⟧/")\n  Object pull(@FormParam("amount") BigDecimal a);`, path: 'AuthV3.java' },
      // Endpoint constants named after their exchange; the verb assigned a few lines before the path.
      { text: `const (\n\tkrakenWithdraw = "⟦Withdraw⟧"\n\tkrakenWithdrawCancel = "⟦WithdrawCancel⟧"\n)`, path: 'kr.go' },
      { text: `func (a *Svc) Pull(ctx context.Context) error {\n\tvar (\n\t\tverbMethod = http.MethodPost\n\t\tbody interface{}\n\t)\n\n\tp := a.base + "⟦/withdrawals⟧"\n`, path: 'api_pull.go' },
      // Hyperliquid's signed action by its type.
      { text: `from hyperliquid.utils.signing import sign\naction = {"destination": dest, "amount": str(x), "type": "⟦withdraw3⟧"}`, path: 'bridge.py' },
      { text: `public function payoutRequest($req)\n{\n    $resourcePath = '⟦/withdrawals⟧';\n${'    $headers[] = $this->header($req);\n'.repeat(45)}    return new Request('POST', $this->host . $resourcePath, $headers, $body);\n}`, path: 'src/Api/PayoutApi.php' },
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
      // Queries and settings from the same lists.
      code(`r = session.get(BASE + "/sapi/v1/capital/withdraw/address/list")`),
      code(`q = session.get(BASE + "/sapi/v1/capital/withdraw/quota")`),
      code(`r = requests.post(API + "/sapi/v1/account/enableFastWithdrawSwitch")`),
      code(`r = requests.post(API + "/0/private/WithdrawStatus", data=d)`),
      code(`r = requests.post(API + "/0/private/WithdrawInfo", data=d)`),
      code(`fees = client.post("/api/v1/withdraw/fee", data)`),
      code(`rows = client.post("/private/get-withdrawal-history", params)`),
      code(`r = requests.get(f"{API}/api/v4/wallet/withdrawals", params=p)  # post-processing below`),
      code(`const t = { type: 'withdraw', label: 'withdraw/deposit' };`),
      { text: `req := NewRequest(http.MethodGet, "/api/v1/withdrawals", params)`, path: 'funds.go' },
      code(`rows = requests.get("https://api.newex.io/v3/wallet/withdraws", params=p)`),
      code(`r = requests.post(API + "/v3/wallet/withdraw/history", json=q)`),
      code(`app.post('/api/v1/withdraw', async (req, res) => { res.json(await queue.add(req.body)); });`),
      code(`@router.post("/api/v1/withdrawals")\nasync def create_withdrawal(body: Body):\n    return await service.enqueue(body)`),
      code(`r = requests.post(BASE + "/payouts/withdrawal", json=body)  # our own payout server, no API version`),
      // A query whose template placeholder used to cut the path; a line comment; a GET under another method's verb.
      { text: `return this.getPrivate(\`/api/v1/transfers/withdraw/\${p}/\${a}/counterparty-withdrawal-limit\`);`, path: 'src/intl.ts' },
      { text: `/*\n{ "precision": 8,   //withdrawal precision\n  "chain": "TRC20" }\n*/`, path: 'src/funds.js' },
      { text: `@DELETE("api/v1/orders/{id}")\nCall<Void> drop(@Path("id") String id);\n\n@GET("api/v1/withdrawals")\nCall<Page> list();`, path: 'Api.java' },
      { text: `@GET\n@Path("withdrawals")\nObject list();`, path: 'Auth.java' },
      { text: `const (\n\tkrakenWithdrawInfo = "WithdrawInfo"\n\tbuttonLabel = "Withdraw"\n)`, path: 'kr.go' },
      { text: `func (a *Svc) List(ctx context.Context) error {\n\tvar (\n\t\tverbMethod = http.MethodGet\n\t)\n\n\tp := a.base + "/withdrawals"\n`, path: 'api_pull.go' },
      { text: `ui = {"type": "withdraw3", "label": "Withdraw"}  # no perp-DEX SDK here`, path: 'ui.py' },
      { text: `; (call-api "/user/requestWithdrawal" :post)`, path: 'src/api/user.clj' },
      { text: `public function listPayoutsRequest($q)\n{\n    $resourcePath = '/withdrawals';\n${'    $query[] = $q;\n'.repeat(30)}    return new Request('GET', $this->host . $resourcePath);\n}\n\npublic function otherRequest($b)\n{\n    return new Request('POST', $this->host . '/other', $b);\n}`, path: 'src/Api/PayoutApi.php' },
      { text: `public function listPayouts()\n{\n    $resourcePath = '/withdrawals';\n${'    $query[] = $q;\n'.repeat(12)}}\nfunction createPayout()\n{\n    return new Request('POST', $url);\n}`, path: 'src/Api/PayoutApi.php' },
      { text: `$resourcePath = '/withdrawals';\n${'$x[] = 1;\n'.repeat(90)}return new Request('POST', $url);`, path: 'src/Api/PayoutApi.php' },
    ],
  },
});

export const withdrawInternalTransfer = defineDetector({
  id: 'withdraw/internal-transfer',
  title: 'internal or universal transfer',
  severity: 'info',
  role: 'endpoint',
  message: 'Transfer between your own accounts ({name}) on {exchange}.',
  risk: 'Funds stay on the exchange, but the key needs transfer permission (permitsUniversalTransfer / internal transfer).',
  advice: 'Give transfer permission only to the key that needs it. If the call is intended, suppress it with a reason (keyguard:allow withdraw — reason).',
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
    // Hyperliquid: sub-account, vault and perp/spot class transfers stay with the same owner.
    {
      re: rx(String.raw`\.(?<name>sub_account_transfer|sub_account_spot_transfer|vault_usd_transfer|usd_class_transfer|subAccountTransfer|subAccountSpotTransfer|vaultTransfer|usdClassTransfer)[ \t]*\(`),
      keywords: ['transfer'],
      exchange: 'Hyperliquid',
      requires: { fileContains: ['hyperliquid'] },
    },
  ],
  examples: {
    positive: [
      code(`r = client.post(BASE + "⟦/sapi/v1/asset/transfer⟧", params={"type": "MAIN_UMFUTURE", "asset": "USDT", "amount": 10})`),
      code(`import ccxt\nex.⟦sapi_post_asset_transfer⟧({"type": "MAIN_UMFUTURE", "asset": "USDT", "amount": 10})`),
      code(`from pybit.unified_trading import HTTP\nsession.⟦create_internal_transfer⟧(transferId=t, coin="USDT", amount="5", fromAccountType="UNIFIED", toAccountType="FUND")`),
      code(`url := "⟦/v5/asset/transfer/inter-transfer⟧"`),
      code(`from hyperliquid.exchange import Exchange\nexchange.⟦usd_class_transfer⟧(250.0, True)`),
    ],
    negative: [
      code(`hist = client.get(BASE + "/sapi/v1/asset/transferHistory", params={"type": "MAIN_UMFUTURE"})`),
      code(`# /sapi/v1/asset/transfer moves funds between wallets`),
      code(`transfer_amount = 10  # binance`),
      code(`bank.universal_transfer(10)  # no exchange library here`),
    ],
  },
});

export const withdrawExternalTransfer = defineDetector({
  id: 'withdraw/external-transfer',
  title: 'transfer to another address',
  // Info, not warning: the destination is often the user's own wallet, and these keys are wallet keys rather
  // than exchange keys with a withdrawal switch; the secret-key rules already flag the key itself.
  severity: 'info',
  role: 'endpoint',
  message: 'Funds leave this account through {name}(…) on {exchange}.',
  risk: 'The destination may be any address, and the key needs permission to send funds.',
  advice: 'Check that the key running this code should be able to send funds, and that the destination is your own. If the call is intended, suppress it with a reason (keyguard:allow withdraw — reason).',
  keywords: ['transfer', 'send'],
  validate: [notInComment],
  files: CODE,
  patterns: [
    // Hyperliquid SDKs: USDC and spot tokens to another address (Python SDK, @nktkas/hyperliquid, nomeida/hyperliquid).
    {
      re: rx(String.raw`\.(?<name>usd_transfer|spot_transfer|send_asset|usdSend|spotSend|sendAsset|usdTransfer|spotTransfer)[ \t]*\(`),
      exchange: 'Hyperliquid',
      requires: { fileContains: ['hyperliquid'] },
    },
    // Coinbase's v2 SDKs: send crypto to an address or email.
    { re: rx(String.raw`\.(?<name>send_money|sendMoney)[ \t]*\(`), exchange: 'Coinbase', keywords: ['send'], requires: { fileContains: ['coinbase'] } },
    // Alpaca Broker API: an outgoing ACH or wire transfer from a customer account.
    { re: rx(String.raw`\.(?<name>create_transfer_for_account|createTransferForAccount)[ \t]*\(`), exchange: 'Alpaca', keywords: ['transfer'], requires: { fileContains: ['alpaca'] } },
  ],
  examples: {
    positive: [
      code(`from hyperliquid.exchange import Exchange\nresult = exchange.⟦usd_transfer⟧(5.0, "0x5e9ee1089755c3435139848e47e6635505d5a13a")`),
      code(`import * as hl from "@nktkas/hyperliquid";\nawait client.⟦usdSend⟧({ destination: dest, amount: "12" });`),
      code(`from hyperliquid.exchange import Exchange\nexchange.⟦spot_transfer⟧(1.5, dest, "PURR:0xc4bf3f870c0e9465323c0b6ed28096c2")`),
      code(`from coinbase.wallet.client import Client\naccount.⟦send_money⟧(to=addr, amount="0.01", currency="BTC")`),
      code(`from alpaca.broker.client import BrokerClient\nbroker.⟦create_transfer_for_account⟧(account_id, req)  # OUTGOING`),
    ],
    negative: [
      code(`exchange.usd_transfer(5.0, dest)  # no perp-DEX SDK imported in this file`),
      code(`from hyperliquid.exchange import Exchange\n# exchange.usd_transfer(5.0, dest)`),
      code(`from hyperliquid.exchange import Exchange\nhistory = info.user_non_funding_ledger_updates(address)`),
      code(`socket.send_money_request(payload)  # coinbase-like name, not the SDK method`),
    ],
  },
});
