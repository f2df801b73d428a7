// Examples of withdraw/rest-endpoint (restEndpoint.ts): endpoint strings of the tables and the shapes, their uses through
// constants, segments and action types, and the look-alikes that must stay silent (queries, reads, comments).
import type { Example } from '../../defineDetector';
import { code } from './shared';
import { GENERIC_PATH_NEGATIVE, GENERIC_PATH_POSITIVE } from './genericExamples';
import { MORE_ENDPOINT_NEGATIVE, MORE_ENDPOINT_POSITIVE } from './endpointExamplesMore';

/** Positive and negative examples of the rest-endpoint detector; the unit tests run them all. */
export const REST_ENDPOINT_EXAMPLES: { readonly positive: readonly Example[]; readonly negative: readonly Example[] } = {
  positive: [
    ...GENERIC_PATH_POSITIVE,
    ...MORE_ENDPOINT_POSITIVE,
    code(`r = session.post(BASE + "⟦/sapi/v1/capital/withdraw/apply⟧", params=signed(params))`),
    code(`const path = '⟦sapi/v1/localentity/withdraw/apply⟧';`),
    code(`url := baseURL + "⟦/v5/asset/withdraw/create⟧"`),
    code(`String endpoint = "⟦/api/v5/asset/withdrawal⟧"; // POST`),
    code(`resp = requests.post(f"{API}⟦/0/private/Withdraw⟧", data=data, headers=h)`),
    code(`await fetch(\`\${host}⟦/api/v1/withdrawals⟧\`, { method: 'POST', body });`),
    code(`$res = $http->post('⟦/api/v4/withdrawals⟧', ['json' => $body]);`),
    // An \`api\` field or variable that is an HTTP client, given a body.
    { text: `String result = api.post("⟦main/api/v2/accounting/withdrawal⟧", payload, time, true);`, path: 'src/main/java/App.java' },
    { text: `const response = await this.api.post('⟦/api/v2/withdrawals⟧', request);`, path: 'src/services/pull.ts' },
    // A shell command names the path among spaces, and sends it.
    code(`os.system(f"curl -s -X POST --data amount={amt} ⟦https://api.binance.com/sapi/v1/capital/withdraw/apply⟧?{q}")`),
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
    // A local helper whose verb defaults to GET, given POST.
    { text: `<?php\nclass Pay {\n    private function query($endpoint, $data = array(), $type = 'GET') { return $this->curl($endpoint, $data, $type); }\n    public function pull($data) { return $this->query("⟦/withdraws⟧", $data, 'POST'); }\n}`, path: 'class/pay.class.php' },
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
    // PHP's verb constants (Symfony, Guzzle wrappers): `Request::METHOD_POST`.
    { text: `$r = $this->call(Request::METHOD_POST, '⟦/api/v1/withdrawals⟧', $params);`, path: 'src/Pull.php' },
    { text: `$r = $this->call(Request::METHOD_DELETE, '⟦/api/v1/withdrawals/⟧' . $wid);`, path: 'src/Pull.php' },
    // A generated client gives the verb dozens of lines after the path, in the same function.
    // Paths no table knows yet, by shape: versioned, a withdrawal noun last, a write verb.
    { text: `var req = _routes.Define(HttpMethod.Post, host, "⟦/api/xa/v2/withdrawal⟧", limiter, 1, true);`, path: 'Funds.cs' },
    code(`r = requests.post("⟦https://api.newex.io/v3/wallet/withdraws⟧", json=body, headers=h)`),
    code(`const res = await this.signed('POST', '⟦/openapi/v2/asset/withdraw/apply⟧', params);`),
    // A last segment of several words; the verb a helper on the next line.
    code(`def quick(self, body):\n    path = PREFIX + "⟦/v1/quick-withdraw⟧"\n    return self._post(\n        endpoint=path, data=body)`),
    code(`r = self._post(BASE + "⟦/v2/make-withdrawal-to-address⟧", body)`),
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
    // A per-currency path built by concatenation or formatting.
    { text: `endpoint = strings.ToLower(coin) + "⟦_withdrawal⟧"\nreturn e.SendAuthenticatedHTTPRequest(ctx, endpoint, true, req, &resp)`, path: 'funds.go' },
    code(`r = self._post(f"{currency.lower()}⟦_withdrawal/⟧", data=payload, version=2)`),
    { text: `$path = strtolower($coin) . '⟦_withdrawal/⟧';`, path: 'Funds.php' },
    // Hyperliquid's signed action by its type.
    { text: `from hyperliquid.utils.signing import sign\naction = {"destination": dest, "amount": str(x), "type": "⟦withdraw3⟧"}`, path: 'bridge.py' },
    // Slashless table paths handed to a POST/DELETE helper (the verb a segment of the helper's name).
    { text: `class Priv:\n    def pull(self, body):\n        return self._post('⟦withdrawals⟧', body)`, path: 'priv.py' },
    { text: `async quickPull(body) {\n  return this.post(\n    '⟦fast-withdrawals⟧',\n    body,\n  );\n}`, path: 'src/priv.ts' },
    { text: `def drop(self, wid):\n    return self._delete('⟦withdrawals/{}⟧'.format(wid), True)`, path: 'ku.py' },
    { text: `def pull_krw(self, amt):\n    url = "⟦https://api.upbit.com/v1/withdraws/krw⟧"\n    body = {"amount": amt}\n    hdr = self._sign(body)\n    return _send_post_request(url, headers=hdr, data=body)`, path: 'up.py' },
    // LBank's `.do` paths; paths of exchanges ccxt lacks (BitMart, The Rock) as bare constants.
    { text: `const (\n\tPullPath = "⟦/v2/withdraw.do⟧"\n\tDropPath = "⟦/v2/withdrawCancel.do⟧"\n)`, path: 'paths.go' },
    code(`APPLY_URL = '⟦/account/v1/withdraw/apply⟧'`),
    code(`u = '⟦https://api.therocktrading.com/v1/atms/withdraw⟧'`),
    { text: `await Http.QueryPrivateAsync("⟦/Private/WithdrawBitcoin⟧", data);`, path: 'Client.cs' },
    // The endpoint named after the calling C# method.
    { text: `return PostPrivateAsync<PullResult>(nameof(⟦WithdrawAsync⟧), new PullBody { Amount = amount }, ct);`, path: 'Pull.cs' },
    // A write verb and an endpoint constant of another file, named for the action (either order).
    { text: `public string Pull(string coin, string to) {\n    var p = $"coin={coin}&address={to}";\n    return Call(HttpMethod.Post, Endpoints.Wallet.⟦Withdraw⟧, true, p);\n}`, path: 'WalletApi.cs' },
    { text: `return Call(HttpMethod.Post, Endpoints.Transaction.⟦RequestWithdrawal⟧, parameters);`, path: 'TransactionApi.cs' },
    { text: `return client.send(Urls.Capital.⟦WITHDRAW_APPLY⟧, Method.POST, params);`, path: 'Wallet.java' },
    { text: `<?php\n$response = $client->post(UrlManager::⟦CREATE_PAYOUT⟧, [\n    RequestOptions::JSON => $data\n]);`, path: 'src/Sdk.php' },
    { text: `func (s *SDK) CreatePayout(ctx context.Context, p Payload) (*Payout, error) {\n\treq := s.HttpClient.NewRequest().SetBody(p)\n\tif _, err := req.Post(⟦CreatePayoutEndpoint⟧.URL()); err != nil {\n\t\treturn nil, err\n\t}\n}`, path: 'payouts.go' },
    code(`r = requests.post(⟦WITHDRAW_URL⟧, data=signed(body), headers=h)`),
    // Its value in this file says it withdraws (the path line is reported too: the module constant sits far above).
    { text: `static SAPI_V1_CAPITAL_WITHDRAW_APPLY: &str = "⟦/sapi/v1/capital/withdraw/apply⟧";\npub async fn withdraw(&self, q: Query) -> Result<()> {\n    self.client\n        .post_signed_p(⟦SAPI_V1_CAPITAL_WITHDRAW_APPLY⟧, Some(q), self.recv_window)\n        .await\n}`, path: 'src/wallet.rs' },
    // A generic request helper on the line above (Go type parameters).
    { text: `return httpPost[types.PullResp](\n\tctx,\n\tfmt.Sprintf("⟦%s/api/v1/withdrawals⟧", baseURL),\n\tbody,\n)`, path: 'http.go' },
    // A constant shared by the list and the withdrawal: the use that posts.
    { text: `pub const API_PULLS_WITHDRAWALS: &str = "/wapi/v1/capital/withdrawals";\n${'// one route per endpoint of the capital API, each with its verb\n'.repeat(4)}let u = self.base.join(⟦API_PULLS_WITHDRAWALS⟧)?;\nlet r = self.post(u, body).await?;`, path: 'src/pull.rs' },
    // A Go request type: the path from its Path(), the verb from its sibling Method().
    { text: `func (r *Pull) Path() string {\n\treturn "⟦me/withdraw⟧"\n}\n\nfunc (r *Pull) Method() string {\n\treturn http.MethodPost\n}`, path: 'private/pull.go' },
    // A currency code in place of the table's currency placeholder.
    { text: `const request = "⟦/v1/withdraw/usd⟧";\nreturn this.post(request, {}, body);`, path: 'src/auth.ts' },
    // Paths that send to an address without saying withdraw, posted.
    { text: `err := cl.do(ctx, "POST", "⟦/api/1/send⟧", req, &res, true)`, path: 'api.go' },
    code(`path = PREFIX + "⟦/v3/transfer-out-to-address⟧"\nreturn self._post(endpoint=path, data=body)`),
    // A cancel path cut around its id.
    { text: `u := b.Build("POST", "⟦/v1/dw/withdraw-virtual/⟧"+strconv.FormatInt(id, 10)+"/cancel", nil)`, path: 'wallet.go' },
    // Hyperliquid's type as an unquoted key and as an enum member.
    { text: `import { sign } from "@nktkas/hyperliquid";\nconst act = { type: "⟦withdraw3⟧", destination, amount };`, path: 'pull.ts' },
    { text: `// hyperliquid action types\nexport enum Kind {\n  PULL_OUT = 'x',\n  WITHDRAW = '⟦withdraw3⟧',\n}`, path: 'kinds.ts' },
    { text: `// hyperliquid bridge\nvar act = new Parameters\n{\n    { "type", "⟦withdraw3⟧" },\n    { "destination", dest },\n};`, path: 'Account.cs' },
    { text: `// hyperliquid\nMap<String, Object> act = new LinkedHashMap<>();\nact.put("type", "⟦withdraw3⟧");`, path: 'Exchange.java' },
    { text: `package x.kraken;\nenum Private {\n    BALANCE("Balance"),\n    WITHDRAW("⟦Withdraw⟧"),\n    WITHDRAW_CANCEL("⟦WithdrawCancel⟧"),\n    WITHDRAW_INFO("WithdrawInfo");\n}`, path: 'KrakenApi.java' },
    // A slashless path after a verb argument; a withdraw/apply path without version (the client's base URL has it).
    { text: `import "github.com/x/bitfinex"\nreq, err := c.client.newAuthenticatedRequest("POST", "⟦withdraw⟧", payload)`, path: 'v1/wallet.go' },
    // The request's own path is reported; the same path handed to the signer beside it is not (negative below).
    { text: `// bitfinex\nreturn webClient.post()\n    .uri(base + "⟦v2/auth/w/withdraw⟧")\n    .header("bfx-signature", generateSignature("v2/auth/w/withdraw", nonce, body))\n    .retrieve();`, path: 'src/main/java/Bfx.java' },
    { text: `const res = await api\n  .post(\`⟦/withdraw/apply⟧?\${query}&signature=\${sig}\`)`, path: 'src/index.js' },
    // Send-to-address paths of the supplement (Coincheck's send_money, Korbit's coins out); a `.json` path after its verb.
    { text: `func (a Send) create(p string) string {\n\treturn a.client.Request("POST", "⟦api/send_money⟧", p)\n}`, path: 'Send.go' },
    { text: `HTTPActor.dispatcher.send( PostUserResource(ctx, "⟦user/coins/out⟧", postData ) { r -> done(r) } )`, path: 'CoinChannel.kt' },
    // Bybit P2P: releasing the coins of a finished order to the buyer.
    { text: `public void releaseOrder(String orderId) { // bybit p2p\n    post("⟦/v5/p2p/order/finish⟧", Map.of("orderId", orderId));\n}`, path: 'BybitGateway.java' },
    { text: `return this.common.request(true, 'POST', '⟦withdraw.json⟧', null, body);`, path: 'src/private.ts' },
    { text: `Future<Response> perform() async {\n  final _path = r'⟦/crypto/withdrawal/perform/⟧';\n  final _options = Options(method: r'POST');\n}`, path: 'lib/api/wallet_api.dart' },
    // A websocket message's action field, set or written in the literal sent.
    code(`def pull(self, sym, amt, dest, body):\n    body['action'] = '⟦privateWithdrawFunds⟧'\n    self.send(json.dumps(body))`),
    { text: `body.action = '⟦privateWithdrawAssets⟧'\nws.send(JSON.stringify(body))`, path: 'lib/ws.js' },
    // The bare action in a message that names a destination (Poloniex's legacy `command`).
    { text: `sub pull {\n    my ($self, $c, $n, $to) = @_;\n    return $self->query({'command' => '⟦withdraw⟧',\n                         'currency' => uc($c),\n                         'amount' => $n,\n                         'address' => $to});\n}`, path: 'lib/Api.pm' },
    code(`self.send(json.dumps({ 'op': '⟦createWithdrawal⟧', 'amount': amt }))`),
    // The use that sends a path held in a constant or variable (constants.ts).
    // The text signed over holds the path too; the post that sends it is the call site.
    { text: `const URL_WITHDRAWAL: &'static str = "⟦/api/v5/asset/withdrawal⟧";\nlet message = format!("{ts}POST{}{body}", Self::URL_WITHDRAWAL);\nlet sign = encode(hmac(message, &self.secret));\nlet r = client\n    .post(format!("{}{}", Self::URL_BASE, Self::⟦URL_WITHDRAWAL⟧))\n    .send().await?;`, path: 'src/client.rs' },
    // A helper of any name handed the path constant and a write verb together (a Kraken Go client's request forger).
    { text: `const (\n\twithdrawFundsPath = "⟦/0/private/Withdraw⟧"\n)\n// kraken\nfunc (c *C) Pull(ctx context.Context, f url.Values) (*http.Response, error) {\n\treq, err := c.forgeAndAuthorizeKrakenAPIRequest(ctx, ⟦withdrawFundsPath⟧, http.MethodPost, "application/x-www-form-urlencoded", nil, strings.NewReader(f.Encode()))\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn c.do(req)\n}`, path: 'rest/client.go' },
    // A Retrofit interface named for withdrawals: its annotated path is the endpoint, the type's own name is none.
    { text: `import retrofit2.http.POST\n\ninterface UpbitExchangeWithdrawsAsyncApi {\n\n    @POST("⟦v1/withdraws/coin⟧")\n    fun withdrawCoin(@Body body: Req): CompletableFuture<Res>\n}`, path: 'api/UpbitApi.kt' },
    // A Python module's imports above the constant leave no import open at its use (no `;` ends an import line there).
    { text: `import requests\nimport os\nWITHDRAW_URL = "⟦/api/v1/withdraw⟧"\nBASE = os.environ["BASE"]\nurl = BASE + ⟦WITHDRAW_URL⟧\nrequests.post(url, data=body)`, path: 'bot.py' },
    { text: `static final String MAKE_WITHDRAW = "⟦/v1/dw/withdraw/api/create⟧";\nstatic final String PULL_QUOTA = "/v2/account/withdraw/quota";\nlong pull(B b) {\n  return conn.executePostWithSignature(⟦MAKE_WITHDRAW⟧, b).getLong("data");\n}`, path: 'Wallet.java' },
    { text: `const withdrawPath = "⟦/api/v5/asset/withdrawal⟧";\nconst res = await axios.post(\`\${host}\${⟦withdrawPath⟧}\`, body, { headers });`, path: 'okx/pull.js' },
    { text: `private const string WITHDRAW = "⟦/sapi/v1/capital/withdraw/apply⟧";\nvar r = await this.SendSignedAsync<string>(\n    ⟦WITHDRAW⟧,\n    HttpMethod.Post,\n    query: q);`, path: 'Src/Wallet.cs' },
    { text: `r := &request{\n\tmethod:   fasthttp.MethodPost,\n\tendpoint: types.⟦CoinWithdrawEndpoint⟧,\n\tsigned:   true,\n}`, path: 'coin_service.go' },
    { text: `const user_withdraw = { url: '⟦/api/v1/cash/user-withdraw⟧', method: 'POST' };\n${'// the signed request helper is defined below\n'.repeat(3)}const out = await send(⟦user_withdraw⟧, { amount });`, path: 'demo/move.js' },
    // HitBTC's API v2 paths (the supplement) and v1's payout to an address; a template constant filled, then sent.
    { text: `private const string PullUrl = "⟦account/crypto/withdraw⟧";`, path: 'Funds.cs' },
    { text: `r, err := c.client.do("POST", "⟦account/crypto/withdraw⟧", payload, true)`, path: 'hitbtc.go' },
    { text: `<?php\nfunction sendOut($cur, $amount, $address)\n{\n    return $this->http()->post('⟦/api/1/payment/payout⟧', ['body' => ['currency_code' => $cur]]);\n}`, path: 'src/Client.php' },
    { text: `private const string WithdrawByIdUrl = "account/crypto/withdraw/{}";\n// one constant per route of the account API, each sent with its own verb below\n// the signed request helper fills the id and adds the nonce\npublic Task<R> Drop(string id) => SendAsync<R>(GetUrl(FillPathParameter(⟦WithdrawByIdUrl⟧, id)), HttpMethod.Delete, ct);`, path: 'Funds.cs' },
    { text: `private const string cancelWithdrawEndpoint = "⟦dw/withdraw-virtual/{}/cancel⟧";\n// the routes of the wallet API, one per endpoint, each sent with its own verb\n// the signed request helper adds the timestamp and the signature\nvar endpoint = ⟦cancelWithdrawEndpoint⟧.FillPathParameters(id.ToString());\nreturn await SendAsync<long>(GetUrl(v1, endpoint), HttpMethod.Post, ct);`, path: 'Wallet.cs' },
    // Deribit's RPC constants, defined in another module: sent whatever the verb, built into a URL or handed to a helper.
    { text: `use crate::constants::endpoints::*;\n/// Deribit private endpoints\npub async fn pull(&self, q: &str) -> Result<R, E> {\n    let url = format!("{}{}?{}", self.base_url(), ⟦WITHDRAW⟧, q);\n    self.make_authenticated_request(&url).await\n}\npub async fn drop(&self, q: &str) -> Result<R, E> {\n    self.private_get(⟦CANCEL_WITHDRAWAL⟧, q).await\n}`, path: 'src/private.rs' },
    // A getter of the request's signature between path and send is not a GET.
    { text: `def pull(self, coin, amount, address):\n    url = f"{self.hosts['acme']}⟦/asset/v1/private/withdraw⟧"\n\n    params = {\n        "coin": coin,\n        "ts": str(int(time.time() * 1000))\n    }\n\n    sig = self._get_signature(params, 'POST')\n    return requests.post(url, json=params, headers={'SIGN': sig})`, path: 'pull.py' },
    // A URL assembled from segment constants by a builder call, under its verb (segments.ts).
    { text: `private const string api = "api";\nprivate const string v4 = "4";\nprivate const string withdrawals = "withdrawals";\n// the signed request helper of the root client adds key, timestamp and signature\npublic Task<R> Pull(ParameterCollection p, CancellationToken ct = default)\n    => _.SendAsync<R>(_.GetUrl(api, v4, ⟦withdrawals⟧, null), HttpMethod.Post, ct, true, bodyParameters: p);\npublic Task<R> Drop(string id, CancellationToken ct = default)\n    => _.SendAsync<R>(_.GetUrl(api, v4, ⟦withdrawals⟧, id), HttpMethod.Delete, ct, true);`, path: 'Funds.cs' },
    { text: `public function payoutRequest($req)\n{\n    $resourcePath = '⟦/withdrawals⟧';\n${'    $headers[] = $this->header($req);\n'.repeat(45)}    return new Request('POST', $this->host . $resourcePath, $headers, $body);\n}`, path: 'src/Api/PayoutApi.php' },
    // Julia clients; a two-step withdrawal's confirmation (the verb decides); a trade API's letter-named helper.
    { text: `function pull(client::Api; asset::String, amount)\n    return request(client, "POST", "⟦/private/Withdraw⟧", data=Dict("asset" => asset))\nend`, path: 'src/funds.jl' },
    { text: `var localVarPath = "⟦/api/v3/withdrawals/crypto/confirm/{code}⟧";\nvar q = new List<KeyValuePair<String, String>>();\nIRestResponse r = (IRestResponse) this.Configuration.ApiClient.CallApi(localVarPath, Method.DELETE, q);`, path: 'Api/PullApi.cs' },
    { text: `def pull(self, **kw):\n    return self.__check(self.__post_tapi("⟦withdraw_coin⟧", kw))`, path: 'trade_api.py' },
    { text: `let url = String::from("⟦/v3/crypto_withdrawal/⟧");`, path: 'src/client.rs' },
    // A path assigned, then sent with a method option: the option decides (Ruby's `method: :post`).
    { text: `def pull(type, amount)\n  path = '⟦/api/1/withdrawals⟧'\n  authed_request(path, {params: {type: type, amount: amount}, method: :post})\nend`, path: 'lib/private_api.rb' },
    // Its method option several lines down, past the verbs read near the path.
    { text: `def pay(amount, address, currency, note, memo, pin)\n  path = '⟦/api/1/send⟧'\n  authed_request(path, {\n    params: {\n      amount: amount.to_s,\n      address: address,\n      currency: currency,\n      description: note,\n      message: memo,\n      pin: pin\n    },\n    method: :post\n  })\nend`, path: 'lib/private_api.rb' },
  ],
  negative: [
    // The same helper called without a verb lists withdrawals by its GET default, a POST on the line above notwithstanding.
    { text: `<?php\nclass Pay {\n    private function query($endpoint, $data = array(), $type = 'GET') { return $this->curl($endpoint, $data, $type); }\n    public function create($d) { return $this->query("/orders", $d, 'POST'); }\n    public function list() { return $this->query("/withdraws"); }\n}`, path: 'class/pay.class.php' },
    // The path read with a method option (\`method: :get\`), right below a function that posts an order.
    { text: `def order(pair, volume)\n  path = '/api/1/postorder'\n  authed_request(path, {params: {pair: pair, volume: volume}, method: :post})\nend\n\ndef pulled(id)\n  path = "/api/1/withdrawals/#{id}"\n  authed_request(path, {params: {}, method: :get})\nend`, path: 'lib/private_api.rb' },
    // A server registering its handler for a withdrawal path with the verb: a route, not a send.
    { text: `func routes(api *API) {\n\tapi.HandleRequest(WITHDRAW_PATH, http.MethodPost, onWithdraw)\n}`, path: 'server/routes.go' },
    // The same helper handed a collection path that lists with GET.
    { text: `const (\n\twithdrawalsPath = "/api/v1/withdrawals"\n)\n// kucoin\nfunc (c *C) Rows(ctx context.Context) (*http.Response, error) {\n\treq, err := c.forgeAndAuthorizeRequest(ctx, withdrawalsPath, http.MethodGet, nil)\n\treturn c.do(req)\n}`, path: 'rest/client.go' },
    ...GENERIC_PATH_NEGATIVE,
    ...MORE_ENDPOINT_NEGATIVE,
    { text: `var localVarPath = "/api/v3/withdrawals/crypto/confirm/{code}";\nvar q = new List<KeyValuePair<String, String>>();\nIRestResponse r = (IRestResponse) this.Configuration.ApiClient.CallApi(localVarPath, Method.GET, q);`, path: 'Api/PullApi.cs' },
    { text: `"""\n    pull(client; asset, amount)\n\nPosts to "/private/Withdraw" with the asset.\n"""\nfunction pull end`, path: 'src/funds.jl' },
    { text: `def rows(self, **kw):\n    return self.__check(self.__get_tapi("withdraw_coin", kw))`, path: 'trade_api.py' },
    code(`FORBIDDEN_PATHS = frozenset({\n    "/sapi/v1/capital/withdraw/apply",\n    "/v5/asset/withdraw/create",\n})  # never sent by this bot (binance)`),
    code(`r = session.get(BASE + "/sapi/v1/capital/withdraw/history", params=p)`),
    code(`# POST /sapi/v1/capital/withdraw/apply is never called by this bot`),
    { text: `// see /v5/asset/withdraw/create in the docs`, path: 'client.ts' },
    { text: `import { SignedWithdrawal } from './withdrawal';\nexport { WithdrawalRequest } from "../okx/withdrawal";\n`, path: 'src/signing/index.ts' },
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
    { text: `$r = $this->call(Request::METHOD_GET, '/api/v1/withdrawals', $params);`, path: 'src/Pull.php' },
    code(`rows = requests.get("https://api.newex.io/v3/wallet/withdraws", params=p)`),
    code(`r = requests.post(API + "/v3/wallet/withdraw/history", json=q)`),
    code(`app.post('/api/v1/withdraw', async (req, res) => { res.json(await queue.add(req.body)); });`),
    code(`@router.post("/api/v1/withdrawals")\nasync def create_withdrawal(body: Body):\n    return await service.enqueue(body)`),
    // A sentence naming the path.
    code(`raise ValueError("this client no longer posts /sapi/v1/capital/withdraw/apply for you, use the new wallet")`),
    // An \`api\` router's route: a decorator, or given a handler function.
    code(`@api.post("/api/v1/withdrawals")\nasync def create(body: Body):\n    return await q.add(body)`),
    { text: `api.post('/api/v2/withdrawals', async (req, res) => res.json(await q.add(req.body)));\napi.delete("/api/v2/withdrawals/:id", (req, res) => q.drop(req.params.id));`, path: 'src/routes.ts' },
    { text: `api.post('/api/v1/withdraw', requireAuth, async (req, res) => res.json(1));\napi.post('/api/v1/withdrawals', controller.createWithdrawal);\napi.post('/api/v1/withdraw',\n  async (req, res) => res.json(1));`, path: 'src/routes.ts' },
    code(`r = self._post(BASE + "/v1/withdraw-list", body)\nq = self._get(BASE + "/v2/quick-withdraw")`),
    // A query whose template placeholder used to cut the path; a line comment; a GET under another method's verb.
    { text: `return this.getPrivate(\`/api/v1/transfers/withdraw/\${p}/\${a}/counterparty-withdrawal-limit\`);`, path: 'src/intl.ts' },
    { text: `/*\n{ "precision": 8,   //withdrawal precision\n  "chain": "TRC20" }\n*/`, path: 'src/funds.js' },
    { text: `@DELETE("api/v1/orders/{id}")\nCall<Void> drop(@Path("id") String id);\n\n@GET("api/v1/withdrawals")\nCall<Page> list();`, path: 'Api.java' },
    { text: `@GET\n@Path("withdrawals")\nObject list();`, path: 'Auth.java' },
    { text: `const (\n\tkrakenWithdrawInfo = "WithdrawInfo"\n\tbuttonLabel = "Withdraw"\n)`, path: 'kr.go' },
    { text: `func (a *Svc) List(ctx context.Context) error {\n\tvar (\n\t\tverbMethod = http.MethodGet\n\t)\n\n\tp := a.base + "/withdrawals"\n`, path: 'api_pull.go' },
    { text: `fee := balance[curr+"_withdrawal_fee"].Float64()\nkey := fees[coin + "_withdrawal"]`, path: 'funds.go' },
    code(`# endpoint = coin + "_withdrawal"`),
    { text: `ui = {"type": "withdraw3", "label": "Withdraw"}  # no perp-DEX SDK here`, path: 'ui.py' },
    { text: `; (call-api "/user/requestWithdrawal" :post)`, path: 'src/api/user.clj' },
    // A slashless path under GET, PUT into a map, or not the first argument; LBank's plural list; dYdX's GET quote.
    { text: `def rows(self):\n    return self._get('withdrawals', {'status': 'PENDING'})`, path: 'priv.py' },
    { text: `params.put("withdraw", true);\nbody.put("withdrawals", list);`, path: 'Cfg.java' },
    { text: `self._post(path, 'withdrawals')`, path: 'priv.py' },
    { text: `const (\n\tRowsPath = "/v2/supplement/withdraws.do"\n)`, path: 'paths.go' },
    { text: `def lp_quote(self):\n    uri = '/v3/fast-withdrawals'\n    return self._get(uri, params)`, path: 'public.py' },
    { text: `var def = _defs.GetOrCreate(HttpMethod.Get, host, "api/v1/withdrawals", limiter, 1, true);`, path: 'Funds.cs' },
    { text: `u := b.Build("GET", "/v1/dw/withdraw-virtual/"+strconv.FormatInt(id, 10)+"/detail", nil)`, path: 'wallet.go' },
    { text: `err := cl.do(ctx, "GET", "/api/1/send_fee", req, &res, true)\nr2 := http.Post(base + "/v2/notify/send", body)\nr3 := http.Post("/api/1/sendmany", nil)`, path: 'api.go' },
    { text: `// hyperliquid\nui.put("type", "withdraw");\nvar p = new Parameters { { "kind", "withdraw3" } };`, path: 'Ui.java' },
    { text: `enum Private {\n    WITHDRAW("Withdraw"),\n}`, path: 'Bank.java' },
    // The verb argument beside the path decides: a GET of a send path or of an ambiguous one is a list.
    { text: `func (a Send) create(p string) string {\n\treturn a.client.Request("POST", "/api/orders", p)\n}\nfunc (a Send) all(p string) string {\n\treturn a.client.Request("GET", "api/send_money", p)\n}`, path: 'Send.go' },
    { text: `return this.apiClient.callApi(\n  '/withdraws', 'GET',\n  pathParams, queryParams, postBody,\n);\n// upbit POST`, path: 'src/api/WithdrawApi.js' },
    { text: `import "github.com/x/bitfinex"\nreq, err := c.client.newAuthenticatedRequest("GET", "withdraw", payload)\nr2 := api.get(\`/withdraw/apply?\${q}\`)`, path: 'v1/wallet.go' },
    { text: `// bitfinex\nString sig = generateSignature("v2/auth/w/withdraw", nonce, body);\nString h = hmacDigest("/api/v2/auth/w/withdraw" + nonce);`, path: 'src/main/java/Bfx.java' },
    { text: `// hyperliquid\nconst ui = { type: "withdraw", label: "Withdraw" };\nconst WITHDRAW_LABEL = 'withdraw';`, path: 'ui.ts' },
    { text: `return GetPrivateAsync<Rows>(nameof(GetWithdrawalsAsync), ct);\nreturn PostPrivateAsync<R>(nameof(GetWithdrawalStatusAsync), b, ct);`, path: 'Rows.cs' },
    // A read verb, a query constant under a write verb, a constant handed to a logger.
    { text: `return Call(HttpMethod.Get, Endpoints.Wallet.Withdraw, true, p);\nreturn Call(HttpMethod.Post, Endpoints.Wallet.WithdrawHistory, true, p);\nLog(Levels.Info, Messages.Withdraw, "POST");`, path: 'WalletApi.cs' },
    { text: `<?php\n$r = $client->post(UrlManager::PAYOUT_STATUS, [RequestOptions::JSON => $q]);\n$h = $client->get(UrlManager::CREATE_PAYOUT);`, path: 'src/Sdk.php' },
    { text: `if _, err := req.Post(PayoutInfoEndpoint.URL()); err != nil {\n\treturn nil, err\n}\nr = requests.post(WITHDRAW_HISTORY_URL, data=b)`, path: 'payouts.go' },
    // A window message, an event bus, analytics and a cache key; a route registered with its handler (review).
    { text: `window.postMessage(MessageTypes.Withdraw, "*");\nanalytics.postEvent(AnalyticsEvents.WithdrawSubmitted);\ncache.deleteKey(CacheKeys.PendingWithdrawal);\nbus.emit(Events.WITHDRAW_REQUESTED, "POST");`, path: 'src/ui.ts' },
    { text: `r.Handle(http.MethodPost, Routes.Withdraw, h.Withdraw)\nrouter.Handle("POST", Paths.CreatePayout, h.CreatePayout)`, path: 'routes.go' },
    { text: `return httpGet[[]types.Row](\n\tctx,\n\tfmt.Sprintf("%s/api/v1/withdrawals", baseURL),\n)`, path: 'http.go' },
    { text: `func (r *Rows) Path() string {\n\treturn "me/withdraw"\n}\n\nfunc (r *Rows) Method() string {\n\treturn http.MethodGet\n}\n\nfunc (r *Pull) Method() string {\n\treturn http.MethodPost\n}`, path: 'private/rows.go' },
    { text: `pub const API_WITHDRAWALS: &str = "/wapi/v1/capital/withdrawals";\nlet u = self.base.join(API_WITHDRAWALS)?;\nlet r = self.get(u).await?;`, path: 'src/rows.rs' },
    { text: `API_WITHDRAW = "/wapi/v1/capital/withdraw/history"\nr = self.post(API_WITHDRAW, body)`, path: 'rows.py' },
    // Action names compared in a response dispatch, queries, a bare verb as a label.
    code(`if msg['action'] == 'privateWithdrawAssets':\n    cb(msg)\nopts['action'] = 'privateGetWithdrawalHistory'`),
    { text: `switch (r.action) {\n  case 'privateWithdrawAssets': emit(r); break;\n}\nconst btn = { action: 'withdraw' };\nif (m.action === 'privateWithdrawAssets') done();`, path: 'lib/ws.js' },
    // A quote for a withdrawal (its fee and what arrives): a query, not a currency code after the table's path.
    { text: `const r = await client.post({ url: "/v1/wallet/withdraw/quote", body: { asset, amount } });`, path: 'src/sdk.ts' },
    // An audit log's event about one, and a settings form's action: outcomes and screens, not requests.
    { text: `await audit.record({ action: 'withdrawal_signing_failed', withdrawalId: w.id, error: String(e) });\nconst form = { action: 'vault_withdraw_form', nonce };`, path: 'src/services/signer.ts' },
    // The bare action without a destination in its message: a menu entry's label, a history query's filter.
    { text: `my %menu = ('command' => 'withdraw', 'label' => 'Send to address');\nmy $r = $self->query({'command' => 'withdraw', 'start' => $t0, 'ip_address' => $ip});`, path: 'lib/Menu.pm' },
    // Uses of a withdrawal path constant that do not send it: a GET of an ambiguous path, a log, a signature header, a definition.
    { text: `WITHDRAWALS_PATH = "/api/v1/withdrawals"\nrows = self._get(WITHDRAWALS_PATH)\nprint(WITHDRAW_URL)`, path: 'rows.py' },
    { text: `h = make_headers(WITHDRAW_URL, "POST", body)\nr = self._post(endpoint=path, data=withdraw)\nreturn withdrawal, err`, path: 'sign.py' },
    { text: `withdrawToAddress(\n  params: XWithdrawToAddressRequest,\n): Promise<any> {\n  return this.postPrivate(path, params);\n}`, path: 'src/intl.ts' },
    { text: `const (\n\tCoinWithdrawEndpoint EndPointType = "/api/coin/withdraw"\n\tCoinWithdrawHistoryEndpoint EndPointType = "/api/coin/withdraw-history"\n)\nr := &request{method: fasthttp.MethodGet, endpoint: types.CoinWithdrawHistoryEndpoint}`, path: 'types.go' },
    // A GET of the filled template; HitBTC's v1 payout path read; an RPC constant in a file of no any-verb exchange; getters.
    { text: `private const string WithdrawByIdUrl = "account/crypto/withdraw/{}";\n// one constant per route of the account API, each sent with its own verb below\npublic Task<R> Get(string id) => SendAsync<R>(GetUrl(FillPathParameter(WithdrawByIdUrl, id)), HttpMethod.Get, ct);`, path: 'Funds.cs' },
    { text: `<?php\nfunction rows()\n{\n    return $this->http()->get('/api/1/payment/payout');\n}`, path: 'src/Client.php' },
    { text: `use crate::constants::endpoints::*;\npub async fn pull(&self, q: &str) -> Result<R, E> {\n    let url = format!("{}{}?{}", self.base_url(), WITHDRAW, q);\n    self.private_get(CANCEL_WITHDRAWAL, q).await\n}`, path: 'src/private.rs' },
    { text: `var n = withdrawQuotaEndpoint.Length;\nvar s = WithdrawHistoryUrl.FillPathParameters(id);\nvar t = WITHDRAW_FEE_PATH.format(coin);`, path: 'Wallet.cs' },
    { text: `def rows(self, coin):\n    url = f"{self.hosts['acme']}/api/v1/withdrawals"\n\n    params = {"coin": coin}\n\n    sig = self._get_signature(params, 'GET')\n    return requests.get(url, params=params, headers={'SIGN': sig})`, path: 'rows.py' },
    { text: `public function listPayoutsRequest($q)\n{\n    $resourcePath = '/withdrawals';\n${'    $query[] = $q;\n'.repeat(30)}    return new Request('GET', $this->host . $resourcePath);\n}\n\npublic function otherRequest($b)\n{\n    return new Request('POST', $this->host . '/other', $b);\n}`, path: 'src/Api/PayoutApi.php' },
    { text: `public function listPayouts()\n{\n    $resourcePath = '/withdrawals';\n${'    $query[] = $q;\n'.repeat(12)}}\nfunction createPayout()\n{\n    return new Request('POST', $url);\n}`, path: 'src/Api/PayoutApi.php' },
    { text: `$resourcePath = '/withdrawals';\n${'$x[] = 1;\n'.repeat(90)}return new Request('POST', $url);`, path: 'src/Api/PayoutApi.php' },
    // Segment constants of a list URL under GET; a local list handed to a builder of something else.
    { text: `private const string api = "api";\nprivate const string v4 = "4";\nprivate const string wallet = "wallet";\nprivate const string withdrawals = "withdrawals";\n// the signed request helper of the root client adds key, timestamp and signature\npublic Task<R> Rows(CancellationToken ct = default)\n    => _.SendAsync<R>(_.GetUrl(api, v4, wallet, withdrawals), HttpMethod.Get, ct, true);\nvar report = BuildReport(period, withdrawals);`, path: 'Funds.cs' },
  ],
};
