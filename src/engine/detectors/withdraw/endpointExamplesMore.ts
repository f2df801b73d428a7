// More examples of withdraw/rest-endpoint (restEndpoint.ts), kept apart so endpointExamples.ts stays small: send
// paths that never say withdraw, exchanges ccxt lacks, section helpers, command and execute fields, RPC method strings
// in endpoint-named variables, API-call helpers without a verb, and the look-alikes beside them (lists, routes, logs,
// a chat bot's command menu).
import type { Example } from '../../defineDetector';
import { code } from './shared';

/** Positive examples: each marks the exact span the rule must report. */
export const MORE_ENDPOINT_POSITIVE: readonly Example[] = [
  // A path on the line after the post, after its base URL's placeholder (BigONE's viewer withdrawals).
  { text: `// bigone\nconst r = await axios.post(\n  \`\${this.apiBaseUrl}⟦/viewer/withdrawals⟧\`,\n  data,\n  { headers },\n);`, path: 'src/bigone.service.ts' },
  // A helper that posts and then maps the answer, given the account's resource path and the collection (Coinbase PHP).
  { text: `<?php\n// coinbase\npublic function createAccountPull(Account $a, Pull $p, array $params = [])\n{\n    $this->postAndMap($a->getResourcePath().'⟦/withdrawals⟧', $params, 'toPull', $p);\n}`, path: 'src/Client.php' },
  // A generic client's post whose type argument nests (`post<ApiResponse<Withdrawal | Withdrawal[]>>(`).
  { text: `withdraw(id: string, body: Req) {\n  return this.http.post<ApiResponse<Withdrawal | Withdrawal[]>>(\`⟦/wallets/\${id}/withdraw⟧\`, body)\n}`, path: 'src/resources/Wallets.ts' },
  // The same from one child address of the wallet: an address by its id is where the action is, not an address query.
  { text: `withdraw(w: string, a: string, body: Req) {\n  return this.http.post<Res>(\`⟦/wallets/\${w}/addresses/\${a}/withdraw⟧\`, body)\n}`, path: 'src/resources/Addresses.ts' },
  // C#'s interpolated string assigned to a local the verb's own call posts below (`Post<T>(endpoint, body)`).
  { text: `public async Task<string> Pull(string coin, decimal n)\n{\n    var endpoint = $"⟦/api/v1/withdrawals⟧";\n    var body = new Dictionary<string, object>();\n    body.Add("amount", n);\n    return await Post<string>(endpoint, body);\n}`, path: 'Funds.cs' },
  // bitFlyer's coin send and Coincheck's bare send path (a base URL holding `/api`), under their write verb.
  { text: `def pay(self, **p):\n    path = "⟦/v1/me/sendcoin⟧"\n    return self.call(path, "POST", params=p)`, path: 'fly.py' },
  { text: `func (c *C) Pay(to string, n float64) (R, error) {\n\tu := "⟦/send_money⟧"\n\tbody, err := c.Do("POST", u, map[string]string{"address": to})\n\treturn body, err\n}`, path: 'acct.go' },
  // BingX's transfer to another user; Bitkub's crypto withdrawal as an endpoint builder's return value.
  { text: `return s.c.Request("POST", "⟦/openApi/wallets/v1/capital/innerTransfer/apply⟧", p)`, path: 'svc/acct.go' },
  { text: `public static string Pull(string host)\n{\n    return $"{host}⟦/api/v3/crypto/withdraw⟧";\n}`, path: 'Paths.cs' },
  // Coinone's coin send posted by a C# client (a trailing slash), and a request model whose verb property says POST.
  { text: `return await UserClient.CallApiPostAsync<UserAuthNumber>("⟦/v2/transaction/coin/⟧", _params);`, path: 'api/user/userApi.cs' },
  { text: `public class RequestSendBTC : PrivateRequestBase\n{\n    public string EndPoint => "⟦/v2/transaction/btc⟧";\n\n    public HttpMethod Method => HttpMethod.Post;\n}`, path: 'Models/RequestSendBTC.cs' },
  // A request made inside a print call is still sent: only a path in the message itself is a log.
  { text: `print(requests.post(BASE + "⟦/sapi/v1/capital/withdraw/apply⟧", params=p).json())`, path: 'pull.py' },
  // A client made by a call, sending with an upper-case verb, is no router.
  { text: `return await Http().POST('⟦/api/v1/withdrawals⟧', { currency, address, amount });`, path: 'src/rest/Pulls.js' },
  // A helper named after its API section, given the rest of the table path (Bithumb's `trade/krw_withdrawal`).
  { text: `async pullKrw(bank: string, n: number): Promise<R> {\n  return <R> await this.requestTrade('⟦krw_withdrawal⟧', { bank, n });\n}`, path: 'src/thumb.ts' },
  // A command-style API's command as a parameter pair, a PHP array key, an execute call's action name.
  { text: `var p = new Parameters();\np.Add("command", "⟦doWithdraw⟧");\np.Add("address", to);\nvar r = await SendAsync(_defs.Get(HttpMethod.Post, "/api/v1/private"), p, ct);`, path: 'Funds.cs' },
  { text: `<?php\n$r = $this->send(['cmd' => '⟦cancelWithdraw⟧', 'id' => $id]);`, path: 'Funds.php' },
  { text: `async pull(p: P) {\n  return this.execute(\n    '⟦withdraw_collateral⟧',\n    await this.builder.build(p),\n  );\n}`, path: 'src/ExecClient.ts' },
  // Hyperliquid's withdrawal type as a Go struct's field.
  { text: `// hyperliquid\naction := PullAction{\n\tType:        "⟦withdraw3⟧",\n\tDestination: dest,\n}`, path: 'exchange.go' },
  // Kraken's method string in a variable named for the endpoint, in a Kraken client.
  { text: `const KRAKEN_URL = "https://api.kraken.com";\nconst pull = async (n) => {\n  const privateEndpoint = "⟦Withdraw⟧";\n  return callPrivate(privateEndpoint, \`asset=XBT&amount=\${n}\`);\n};`, path: 'bot.js' },
  // A path ending in the bare verb, handed to an API-call helper without a verb, its arguments naming a destination.
  // The request's verb field says POST above the path (a GET above another path of the class is not its).
  { text: `<?php\nclass Funds extends Req {\n    public function quota(array $p=[]){\n        $this->verb='GET';\n        $this->url='/v1/coin/withdraw-quota';\n    }\n    public function pull(array $p=[]){\n        $this->verb='POST';\n        $this->url='⟦/v1/coin/withdraw⟧';\n        return $this->send();\n    }\n}`, path: 'src/Funds.php' },
  // A GET of the request before (another call, another method) is not this request's verb.
  { text: `const binance = new Binance({ apiKey, apiSecret });\nconst limits = await this.call({\n  method: 'GET',\n  url: '/sapi/v1/capital/withdraw/quota' });\nconst out = await this.call({ url: '⟦/sapi/v1/capital/withdraw/apply⟧',\n  method: 'POST', body });`, path: 'src/payout.js' },
  { text: `<?php\nclass Payouts extends BaseReq {\n    public function limits(array $q=[]){\n        $this->method='GET';\n        return $this->exec(); }\n    public function out(array $q=[]){ $this->path='⟦/v2/asset/withdraw⟧';\n        $this->method='POST';\n        return $this->exec();\n    }\n}`, path: 'src/Payouts.php' },
  // An API that withdraws by GET (a generated client's `call_api('/private/withdraw', 'GET', …)`) keeps the GET.
  { text: `def private_withdraw_get_with_http_info(self, currency, address, amount):\n    return self.api_client.call_api(\n        '⟦/private/withdraw⟧', 'GET',\n        query_params)`, path: 'api/pull_api.py' },
  // A path constant whose name holds an error word is still a path when it is defined as one.
  { text: `const client = new Binance({ apiKey, apiSecret });\nconst WITHDRAW_ERR_ROUTE = '⟦/sapi/v1/capital/withdraw/apply⟧';\nawait privateCall(⟦WITHDRAW_ERR_ROUTE⟧, { coin, address, amount }, 'POST');`, path: 'src/pull.js' },
  { text: `<?php\n$r = $this->client->apiCall('⟦GENMKT/money/withdraw⟧', [\n    'currency' => 'BTC',\n    'address' => $to,\n]);`, path: 'src/Pull.php' },
  // The bare action after a result argument, its params map built just above (a command API); a root path and a body object.
  { text: `func (c *Client) Pull(cur, to string, n float64) (string, error) {\n\tparams := Params{\n\t\t"currency": cur,\n\t\t"address":  to,\n\t}\n\terr := c.tradingApiRequest(&result, "⟦withdraw⟧", params)\n\treturn result, err\n}`, path: 'trading.go' },
  { text: `var body = new\n{\n    currency = c,\n    address = address,\n};\nvar r = await MakePrivateRequest("⟦/wallet/withdraw⟧", body);`, path: 'XCoin.cs' },
  // Deribit's transfer to another user, sent over GET like every JSON-RPC method of its API.
  code(`def give(self, **p):\n    return self.client.call_api('⟦/private/submit_transfer_to_user⟧', 'GET', p)`),
  // Kraken's private API posts every method: the path alone says it.
  code(`def pull_request(**p):\n    \"\"\"Get withdrawal info\"\"\"\n    return sign_private("⟦/0/private/Withdraw⟧", data=p)`),
  // openapi-generator Go's method variable (an older generator's `_nethttp`), the path assigned lines below it.
  // Go's upper-case verb on a client that decodes into a result is a request, not a route.
  { text: `func (c *Client) PullCreate(req Req) (*Res, error) {\n\tvar out Res\n\tif err := c.POST("⟦/v5/asset/withdraw/create⟧", req, &out); err != nil {\n\t\treturn nil, err\n\t}\n\treturn &out, nil\n}`, path: 'client_asset.go' },
  { text: `func (a *Svc) PullExecute(r Req) (Reply, error) {\n\tvar (\n\t\tlocalVarHTTPMethod = _nethttp.MethodPost\n\t)\n\tlocalVarPath := base + "⟦/api/v1/transactions/withdraw⟧"\n\treturn a.client.do(localVarHTTPMethod, localVarPath)\n}`, path: 'api_tx.go' },
  // A client object's request type set before its path; a verb argument before a base URL the path is joined to.
  { text: `<?php\npublic function pull(array $data=[]){\n    $this->type='POST';\n    $this->path='⟦/wallet/withdrawals⟧';\n    return $this->exec();\n}`, path: 'src/Api/Wallet.php' },
  code(`def pull(self, wid, to, n):\n    return self.query_private("POST", URL + "⟦/payments/withdrawal/⟧%s" % wid, req={"address": to, "amount": n})`),
  // An action no API also reads, handed to a signed-request helper without a verb in its name.
  { text: `exports.sendCoins = function (address, n, cb) {\n  common.authRequest('⟦bitcoinWithdrawal⟧', { amount: n, address: address }, cb);\n};`, path: 'lib/wallet.js' },
  // A path variable wrapped in a URL helper inside the posting call (`axios.post(spotUrl(endpoint), body)`).
  code(`def pull(data):\n    url = "⟦/api/{0}/user/wallet/withdraw⟧".format(version())\n    resp = requests.post(\n        full_url(HOST, url), json=data, headers=h)`),
  // A URL builder's path handed to a call whose next argument is the verb.
  { text: `return await _client.SendAsync<Pull>(_client.GetUrl("⟦withdrawals⟧"), HttpMethod.Post, ct, p, true);`, path: 'Account.cs' },
];

/** Negative examples: the rule must stay silent on each. */
export const MORE_ENDPOINT_NEGATIVE: readonly Example[] = [
  // A chat message's words inside a template, in a server's route that posts it to Telegram.
  { text: `app.post("/withdraw", async (req, res) => {\n  const msg =\n\`📤 <b>NEW WITHDRAWAL REQUEST</b>\nAmount: \${req.body.amount}\`;\n  await sendToTelegram(msg);\n});`, path: 'server.js' },
  // Coinone's send history read with GET; the bare send path of a request model read with GET.
  { text: `return await UserClient.CallApiGetAsync<History>("/v2/transaction/history/", _params);`, path: 'api/user/userApi.cs' },
  { text: `public class RequestBTCInfo : PrivateRequestBase\n{\n    public string EndPoint => "/v2/transaction/btc";\n\n    public HttpMethod Method => HttpMethod.Get;\n}`, path: 'Models/RequestBTCInfo.cs' },
  // camelCase segments that send a notice or preview a withdrawal.
  { text: `// binance\naxios.post(BASE + '/api/v1/sendWithdrawalEmail', { code });\naxios.post(BASE + '/api/v3/withdrawPreview', body);`, path: 'src/notify.js' },
  // The same helper reading: its verb is GET.
  { text: `<?php\n// coinbase\npublic function getAccountPulls(Account $a, array $params = [])\n{\n    return $this->getAndMapCollection($a->getResourcePath().'/withdrawals', $params, 'toPulls');\n}`, path: 'src/Client.php' },
  // An implicit-API definition table: each path keyed to its rate-limit cost, under its verb (Python, JS, PHP, C#).
  { text: `# binance\n'api': {\n    'sapi': {\n        'post': {\n            'capital/withdraw/apply': 4.0002,  # weight 600\n            'asset/withdraw': {'cost': 120},\n        },\n    },\n},`, path: 'ccxt/binance.py' },
  { text: `// okx\nprivate: {\n    post: {\n        'asset/withdrawal': 1.6667,\n        'asset/cancel-withdrawal': { cost: 1 },\n    },\n},`, path: 'js/src/okx.js' },
  { text: `<?php\n// kucoin\n'post' => array(\n    'withdrawals' => 7.5,\n    'withdrawals/{withdrawalId}' => array('cost' => 1),\n),`, path: 'php/kucoin.php' },
  { text: `// bybit\n{ "post", new Dictionary<string, object>() {\n    { "v5/asset/withdraw/create", 50 },\n} },`, path: 'cs/ccxt/exchanges/bybit.cs' },
  // A chat bot's command usage in its reply, beside a real POST: a command is no path.
  { text: `const axios = require('axios');\nawait axios.post(url, body);\nreply.markdown("Make sure you give an address:\\n" +\n  "/withdraw AMOUNT ADDRESS");\nctx.reply('Use /withdraw <amount> to cash out');`, path: 'tipbot.js' },
  // A withdrawal address by its id, last (an address-book entry deleted), and the address list: queries stay silent.
  { text: `removeAddress(id: string) {\n  return this.http.delete<Res>(\`/v1/withdraw/addresses/\${id}\`)\n}\nlist() {\n  return this.http.post<Res>(\`/v1/addresses/\${w}/withdraw/list\`, {})\n}`, path: 'src/resources/Book.ts' },
  // The same interpolated path read by its own GET below.
  { text: `public async Task<string> Rows()\n{\n    var endpoint = $"/api/v1/withdrawals";\n    return await Get<string>(endpoint);\n}`, path: 'Funds.cs' },
  // The send paths read with GET; a query of the same API.
  { text: `def rows(self, **p):\n    path = "/v1/me/getcoinouts"\n    return self.call(path, "GET", params=p)\nr = self.call("/v1/me/sendcoin", "GET")`, path: 'fly.py' },
  { text: `return s.c.Request("GET", "/openApi/wallets/v1/capital/innerTransfer/records", p)`, path: 'svc/acct.go' },
  { text: `public static string PullRows(string host)\n{\n    return $"{host}/api/v3/crypto/withdraw-history";\n}`, path: 'Paths.cs' },
  // A section helper that names no table path with its argument; a helper's own word is no section.
  { text: `async info(): Promise<R> {\n  return this.requestInfo('btc_withdrawal');\n}\nconst r = await this.requestPrivate('withdrawal');`, path: 'src/thumb.ts' },
  // Combined and history commands; a chat bot's command menu; an execute of something else.
  { text: `var p = new Parameters();\np.Add("command", "returnDepositsWithdrawals");\np.Add("command", "withdrawHistory");`, path: 'Funds.cs' },
  { text: `const commands = [\n  { command: "withdraw_to_owner", description: "Send the vote balance out" },\n  {\n    command: "withdraw_all",\n    description: "Withdraw everything",\n  },\n];`, path: 'bot.js' },
  { text: `await this.execute('transfer_quote', p);\nconst s = await this.getSignature('withdraw_collateral', p);`, path: 'src/ExecClient.ts' },
  // An endpoint-named variable holding a query name, or outside any client of the method's exchange.
  { text: `// kraken\nconst privateEndpoint = "WithdrawStatus";\nconst privateMethod = "WithdrawInfo";`, path: 'bot.js' },
  { text: `const buttonMethod = "Withdraw";\nshow(buttonMethod);`, path: 'ui.js' },
  // API-call helpers: no destination among the arguments, a plural list, a call that is not an API's.
  // A params map without a destination; a destination assigned to another name than the one handed over.
  { text: `params := Params{"currency": cur}\nto := Params{"address": a}\nerr := c.tradingApiRequest(&result, "withdraw", params)`, path: 'trading.go' },
  { text: `<?php\n$r = $this->client->apiCall('GENMKT/money/withdraw', ['currency' => 'BTC']);\n$h = $this->client->apiCall('GENMKT/money/withdrawals', ['address' => $a]);\n$t = translate('menu/withdraw', ['address' => $a]);`, path: 'src/Pull.php' },
  // A request object whose verb field is set to GET on the line above the path: a read of the same resource.
  { text: `<?php\n// binance\nclass Limits extends Req {\n    public function quota(array $p=[]){\n        $this->verb='GET';\n        $this->url='/sapi/v1/capital/withdraw/apply';\n        return $this->send();\n    }\n}`, path: 'src/Limits.php' },
  // A comment opening its line (no blank before the slashes); an error constant returned about a withdrawal.
  { text: `<?php\n// binance\n//sapi/v1/capital/withdraw/apply step two\n$html = 'You are about to send ' . $amt . ' to ' . $to;`, path: 'controllers/Pull.php' },
  { text: `package kx\nconst HOST = "https://api.bittrex.com/"\nfunc (k *Kx) Pull(to, coin string, n float64) (out Res, err error) {\n\tif to == "" {\n\t\treturn out, ERR_WITHDRAW_MISSING_ARGS\n\t}\n\tr, err := k.http.call("POST", "transfers", body(to, coin, n), true)\n\treturn r, err\n}`, path: 'client.go' },
  // An EIP-712 domain's contract address named for the withdrawal it signs: a value of the request, not its path.
  { text: `import requests\nfrom orderly_constants import ORDERLY_API_URL, WITHDRAW_VERIFYING_CONTRACT\ndef withdraw(amount, token):\n    domain = {"name": "Orderly", "verifyingContract": WITHDRAW_VERIFYING_CONTRACT}\n    return requests.post(f"{ORDERLY_API_URL}/v1/withdraw_request", json={"domain": domain})`.replace('/v1/withdraw_request', '/v1/order'), path: 'withdraw.py' },
  // A fee schedule posted under a versioned path: the fees segment makes it a query whatever follows.
  { text: `// bitstamp\nfunc (c *Client) PullFees() (out []Fee, err error) {\n\terr = c.signedForm(&out, "POST", "/v2/fees/withdrawal/", nil)\n\treturn\n}`, path: 'pkg/private.go' },
  // One withdrawal read by GET: a getter's own call, or an id after the path with the verb beside it.
  { text: `async getPull(params: PullParams): Promise<Pull> {\n  const r = await this.#rest.get<any>('/withdrawal', params);\n  return toPull(r);\n}`, path: 'src/rest/index.ts' },
  { text: `def pullInfo(id: String): Future[R] = {\n  for {\n    r <- http(s"/v1/withdrawal/$id", "get")\n  } yield parse(r)\n}`, path: 'src/Api.scala' },
  // LBank's plural list, posted like every LBank call.
  { text: `var r = _defs.GetOrCreate(HttpMethod.Post, host, "/v2/spot/wallet/withdraws.do", limiter, 1, true);`, path: 'Account.cs' },
  // A Go router's group and route (the app's own server), and a path named in a log message.
  { text: `w := v1.Group("/withdraw").Use(auth())\n{\n\tw.POST("/record/add", addRecord)\n}\nr.POST("/api/v1/withdraw", handler)`, path: 'router.go' },
  { text: `r.POST("/v5/asset/withdraw/create", h.create, auth(&cfg))`, path: 'router.go' },
  { text: `// kraken\napp.listen(port, () => {\n  console.log(\`  POST /withdraw\`);\n  logger.info("Received POST request to /0/private/Withdraw");\n});`, path: 'server.js' },
  // Deribit's own-account moves and lists; Kraken's withdrawal status query; the same shapes read with GET.
  code(`def moves(self, **p):\n    self.client.call_api('/private/get_transfers', 'GET', p)\n    return self.client.call_api('/private/submit_transfer_to_subaccount', 'GET', p)`),
  code(`def pull_status(**p):\n    return sign_private("/0/private/WithdrawStatus", data=p)`),
  { text: `func (a *Svc) PullsExecute(r Req) (Reply, error) {\n\tvar (\n\t\tlocalVarHTTPMethod = _nethttp.MethodGet\n\t)\n\tlocalVarPath := base + "/api/v1/transactions/withdraw"\n\treturn a.client.do(localVarHTTPMethod, localVarPath)\n}`, path: 'api_tx.go' },
  { text: `return await _client.SendAsync<Pull[]>(_client.GetUrl("withdrawals"), HttpMethod.Get, ct, p, true);`, path: 'Account.cs' },
  // The same shapes read: a GET type, a GET verb before the joined path, an action name logged.
  { text: `<?php\npublic function pulls(array $data=[]){\n    $this->type='GET';\n    $this->path='/wallet/withdrawals';\n    return $this->exec();\n}`, path: 'src/Api/Wallet.php' },
  code(`def pulls(self, wid):\n    return self.query_private("GET", URL + "/payments/withdrawal/%s" % wid)`),
  { text: `logger.debug('bitcoinWithdrawal', data);\nipcRenderer.send('bitcoinWithdrawal', { amount });`, path: 'lib/wallet.js' },
  // The same wrapped path read with GET.
  code(`def pulls(data):\n    url = "/api/{0}/user/wallet/withdraw".format(version())\n    resp = requests.get(\n        full_url(HOST, url), params=data, headers=h)`),
  // A constant defined in another file, named for the withdrawal entries (a list), posted by a POST-only client.
  { text: `public List<Entry> pulls(int page) throws Throwable {\n    return parse(doPost(URL_WITHDRAW_ENTRIES, json.toJSONString()));\n}`, path: 'src/main/java/SpotsClient.java' },
];
