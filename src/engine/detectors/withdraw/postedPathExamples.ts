// Examples of withdraw/posted-path (localFlow.ts), kept apart so the rule's file stays short: a withdrawal path put in a
// variable and posted a few lines on, in many languages and call shapes, and the reads and look-alikes beside them.
import type { DetectorSpec } from '../../defineDetector';
import { KEYWORD_REQUEST_EXAMPLES } from './keywordRequest';
import { OPTIONS_REQUEST_EXAMPLES } from './optionsRequest';
import { UNPACKED_REQUEST_EXAMPLES } from './unpackedRequests';

/** Positive and negative examples of the posted-path rule; the unit tests run them all. */
export const POSTED_PATH_EXAMPLES: DetectorSpec['examples'] = {
  positive: [
    { text: `request_path = "/api/v5/asset/withdrawal"\nbody = json.dumps(params)\nheaders = sign(ts, "POST", request_path, body)\nurl = self.base_url + request_path\nr = requests.post(⟦url⟧, headers=headers, data=body)`, path: 'client.py' },
    { text: `const requestPath = '/api/v5/asset/withdrawal';\nconst headers = sign('POST', requestPath, body);\nconst res = await axios.post(\n  'https://www.okx.com' + ⟦requestPath⟧,\n  body,\n  { headers },\n);`, path: 'src/api.js' },
    { text: `path = "/withdrawals"\nh = self._auth("POST", path, body)\nr = requests.post(\n    f"{self.host}{⟦path⟧}",\n    headers=h, data=body)`, path: 'gate.py' },
    { text: `url = "https://api.example.com/api/v3/capital/withdraw/apply"\nq = urlencode(params)\nfinal_url = f"{url}?{q}&signature={sig}"\nresp = requests.post(⟦final_url⟧, headers=h)`, path: 'pull.py' },
    // Also right below its path: the path line and the call line are both shown.
    { text: `const url = '/api/v2/spot/wallet/withdrawal';\nconst h = this.signer('POST', url, body);\nreturn this.http.post(⟦url⟧, body, { headers: h });`, path: 'src/wallet.ts' },
    { text: `Api.prototype.pull = async function(o) {\n  const path = "/api/v1/withdraw/commit";\n  const r = await this.otherQuery("POST", ⟦path⟧, o);\n  return r;\n};`, path: 'lib/private.js' },
    { text: `pub async fn pull(&self, c: &str, r: &Req) -> Result<Resp, Error> {\n    let m = format!("{}_withdrawal/", c);\n    self.api_post(⟦m⟧.as_str(), r).await\n}`, path: 'src/api/pull.rs' },
    // An f-string whose placeholder holds quotes cuts the literal before the path.
    { text: `def pull(self, coin, amount, address):\n    url = f"{self.hosts['okx']}/asset/withdrawal"\n    body = {"ccy": coin, "amt": amount, "toAddr": address}\n    h = self._sign('POST', '/asset/withdrawal', body)\n    r = requests.post(⟦url⟧, json=body, headers=h)`, path: 'pull.py' },
    // A conditional's branches on the lines below the assignment: either path is posted.
    { text: `const url = coin === 'BTC'\n  ? '/api/v2/btc/withdrawals'\n  : '/api/v2/ltc/withdrawals';\nconst res = await axios.post(⟦url⟧, body, { headers: sign(body) });`, path: 'src/pay.js' },
    { text: `$path = 'api/send_money';\n$body = ['address' => $a];\n$sig = hash_hmac('sha256', $nonce . $path, $secret);\n$h = ['ACCESS-SIGNATURE' => $sig];\n$r = $http->post(⟦$path⟧, $body, $h);`, path: 'Send.php' },

    // The verb as the argument after the variable; the path 33 lines above (signing code between).
    { text: `def pull(self, amount, address):\n    url = '%s/bitcoin_withdrawal/' % self.base_url\n    p = {'amount': amount, 'address': address}\n    return self._request_url(⟦url⟧, 'POST', params=p, private=True)`, path: 'api.py' },
    { text: `def pull(key, coin, address, amount):\n    url = "https://api.example.com/api/v3/capital/withdraw/apply"\n${'    q = q + sign(key, q)\n'.repeat(32)}    full = f"{url}?{q}"\n    r = requests.post(⟦full⟧, headers=h)`, path: 'pull.py' },
    // A prototype's path property read as `this.root`; a class attribute under a verb constant; an unversioned path deleted.
    { text: `Pull.prototype = {\n    root: '/api/withdraws',\n    create: function(p) {\n        return this._ex.request('post', this.⟦root⟧, p);\n    },\n    drop: function(p) {\n        return this._ex.request('delete', this.⟦root⟧ + '/' + p.id, p);\n    }\n};`, path: 'src/pull.js' },
    { text: `class Pay(Base):\n    root = '/api/send_money'\n\n    def create(self, p={}):\n        return self.ex.request(Base.METHOD_POST, self.⟦root⟧, p)`, path: 'pay.py' },
    { text: `def drop(id)\n  path = "account/withdrawals/#{id}"\n\n  conn.delete(⟦path⟧)\nend`, path: 'lib/client.rb' },
    // An RPC API's method string in a variable handed to the private call (Kraken).
    { text: `const pull = async (n) => {\n  const privateEndpoint = "WithdrawCancel";\n  return await queryPrivate(\n    ⟦privateEndpoint⟧,\n    \`asset=XBT&refid=\${n}\`\n  );\n};`, path: 'bot.js' },
    // The variable after other arguments, or first with others before the verb; C#'s PostAsync; a payout collection.
    { text: `func (c *C) Pay(ctx context.Context, id string, r *Req) (*Resp, error) {\n\tu := fmt.Sprintf("%s/api/v1/vaults/%s/payouts", c.Base, id)\n\tvar out Resp\n\t_, err := c.call(ctx, ⟦u⟧, "POST", &out, r)\n\treturn &out, err\n}`, path: 'vault.go' },
    { text: `string url = "/" + coin.ToLowerInvariant() + "_withdrawal/";\nvar p = await PayloadAsync();\nvar r = await MakeRequestAsync<JObject>(⟦url⟧, baseUrl, p, "POST");`, path: 'Stamp.cs' },
    { text: `var url = $"{Base}/api/v1/withdrawals";\nvar content = new StringContent(json, Encoding.UTF8, "application/json");\nvar resp = await http.PostAsync(⟦url⟧, content);`, path: 'Pull.cs' },
    { text: `def pull(self, body):\n    endpoint = "/api/v2/withdraw/apply"\n    return self.post_request(⟦endpoint⟧, body)`, path: 'pull.py' },
    // The variable after a client argument, to a helper named for its API; the verb in a variable handed first.
    { text: `var endpoint = "/api/v1/withdrawals";\nvar p = new Dictionary<string, string> { { "address", to } };\nreturn await PostSignedExchangeAsync<R>(Client, ⟦endpoint⟧, p);`, path: 'Trade.cs' },
    // The body made first by a helper named for it, then posted: the post is the request.
    { text: `var _endpoint = "/api/spot/v1/wallet/withdrawal";\nvar _content = this.PostContent(_client, _endpoint, _args);\nvar _response = await _client.PostAsync(⟦_endpoint⟧, _content);`, path: 'Private.cs' },
    { text: `_path = '/openApi/wallets/v1/capital/withdraw/apply'\n_method = 'POST'\nq = sign(params)\nr = client.send_request(_method, ⟦_path⟧, q, {})`, path: 'pull.py' },
    // A Go client's form post named for HTTP, given the client first.
    { text: `func (at *Atop) Withdraw(amount, to string) (string, error) {\n\tpath := ApiBaseUrl + "/exchangeApi/api/v1/withdraw"\n\tparams := url.Values{}\n\tparams.Set("address", to)\n\tresp, err := HttpPostForm(at.httpClient, ⟦path⟧, params)\n\treturn string(resp), err\n}`, path: 'atop/atop.go' },
    // The verb after a context argument, the path variable after it; a sign-and-post helper.
    { text: `func (c *Client) Pull(ctx context.Context, body string) (*Res, error) {\n\tspath := fmt.Sprintf("/user/request_withdrawal")\n\tres, err := c.sendRequest(ctx, "POST", ⟦spath⟧, strings.NewReader(body), nil)\n\treturn res, err\n}`, path: 'v1/pull.go' },
    { text: `func (c Client) pull(amount int64, to string) (R, error) {\n\tURI := "/fundtransfer/withdrawCrypto"\n\twr := Req{amount, to}\n\tgot, err := c.signAndPost(⟦URI⟧, wr)\n\treturn got, err\n}`, path: 'fundtransfer.go' },
    { text: `func pull(req: PullRequest) async -> Result {\n    let requestPath = "/api/v1/withdrawals"\n    return await helper.POSTMultipartRequestWithPath(path: ⟦requestPath⟧, parameters: req.params)\n}`, path: 'Pull.swift' },
    // A write helper's arguments one per line: reported at the call, whose line is the request's.
    { text: `func (s *svc) Pull(ctx context.Context, r *Req) (*Resp, error) {\n\tpath := fmt.Sprintf("/accounts/%s/withdrawals/crypto", r.Id)\n\tout := &Resp{}\n\tif err := core.⟦HttpPost⟧(\n\t\tctx,\n\t\ts.client,\n\t\tpath,\n\t\tr,\n\t\tout,\n\t); err != nil {\n\t\treturn nil, err\n\t}\n\treturn out, nil\n}`, path: 'transfers/pull.go' },
    // A request object made with a withdrawal path and a write verb, its body added, then executed.
    { text: `var request = new RestRequest("api/v4/withdrawals", Method.Post);\nvar body = new PullBody(amount, currency, address);\nrequest.AddBody(JsonConvert.SerializeObject(body));\nreturn Client.ExecuteRequest<PullResult>(⟦request⟧);`, path: 'Requests/Withdrawal.cs' },
    // A builder named for the request it builds, its arguments on many lines.
    { text: `var request = BuildWithdrawRequest(\n\tcoin,\n\tchain,\n\taddress,\n\ttag,\n\tamount,\n\tforceChain,\n\taccountType,\n\tfeeType,\n\trequestId);\n\nreturn client.ExecuteRequest<PullResponse>(⟦request⟧);`, path: 'Requests/Assets.cs' },
    // A withdrawal builder's request handed to an executor: the executor's line sends it (builtRequests.ts).
    { text: `public string Pull(string coin, decimal amount, string address)\n{\n    var request = BuildWithdrawCurrency(coin, amount, address);\n\n    return client.ExecuteRequest<PullResult>(⟦request⟧).id;\n}\n\nprivate RestRequest BuildWithdrawCurrency(string coin, decimal amount, string address)\n{\n    var request = new RestRequest("/sapi/v1/capital/withdraw/apply", Method.Post);\n    request.AddParameter("address", address);\n    return request;\n}`, path: 'Requests/Wallet.cs' },
    ...KEYWORD_REQUEST_EXAMPLES.positive,
    ...OPTIONS_REQUEST_EXAMPLES.positive,
    ...UNPACKED_REQUEST_EXAMPLES.positive,
    // A custody or payment service's path (serviceTable.ts) in a file naming the service.
    { text: `import { CopperXService } from "./copperX.service";\nexport class TransferService {\n    async send(body, token) {\n        const endpoint = "api/transfers/send";\n        return this.svc.makePostRequest(⟦endpoint⟧, body, token);\n    }\n}`, path: 'src/services/transfer.service.ts' },
    // An endpoint table's entry read through its constant; an off-ramp path says what it does without its service's name.
    { text: `export const API_PATHS = {\n  auth: { sendOtp: '/api/auth/email-otp/request' },\n  transfer: {\n    bankWithdrawal: '/api/transfers/offramp',\n  },\n};\nexport const transfers = {\n  bankWithdrawal: async (data) => {\n    const response = await apiService.post<R>(API_PATHS.transfer.⟦bankWithdrawal⟧, { ...data });\n    return response.data;\n  },\n};`, path: 'src/bot/api_calls/apiEndpoint.ts' },
    // A package-level constant 60 lines above the request (Go's \`const (\` block).
    { text: `package pull\n\nconst (\n\tpullEndpoint = "/api/v3/capital/withdraw/apply"\n)\n${'\n// ---'.repeat(60)}\nfunc (c *Client) Withdraw(r *Req) error {\n\t_, err := c.fetch("POST", ⟦pullEndpoint⟧, r)\n\treturn err\n}`, path: 'pull.go' },
    { text: `# BlockCypher micro-transactions\ndef create(self, key, to_address, amount, coin):\n    url = f"{BASE_URLS[coin]}/txs/micro"\n    payload = {"from_private": key, "to_address": to_address}\n    r = requests.post(⟦url⟧, json=payload)`, path: 'providers/blockcypher.py' },
    { text: `import { CopperxUser } from '../types/copperx';\nasync function pay(api, request) {\n  const endpoint = '/api/transfers/send';\n  const payload = { walletAddress: request.walletAddress, amount: request.amount };\n  const response = await api.post(⟦endpoint⟧, payload);\n  return response.data;\n}`, path: 'src/services/pay.ts' },
    // A request's result assigned to a name like a body's (`data = requests.post(`): it is the request, not a part of one.
    { text: `url = BASE + "/api/v5/asset/withdrawal"\ndata = requests.post(⟦url⟧, json=body, headers=h)`, path: 'pull.py' },
    // A class field holding the withdrawal URL, 60 lines above the post that joins the query onto it (the log line beside it opens the window).
    { text: `export class Venue {\n  pullEndpoint = 'https://api.binance.com/sapi/v1/capital/withdraw/apply'\n${'  // …\n'.repeat(60)}  async pull(coin, address, amount) {\n    this.logger.info(\`withdraw \${amount} \${coin}\`)\n    const q = \`?coin=\${coin}&address=\${address}&signature=\${sign(coin)}\`\n    await axios.post(this.pullEndpoint+⟦q⟧, {})\n  }\n}`, path: 'exchanges/venue.js' },
    // A path set at the top of a long function, the request 50 lines on.
    { text: `    async def pull(self, coin, amount):\n        path = '/sapi/v1/capital/withdraw/apply'\n${'        self.log(coin)\n'.repeat(50)}        url = f"{self.api_url}{path}?{self.q(coin, amount)}"\n        self.log(f"Withdraw {amount} {coin}")\n        await self.⟦make_request⟧(method='POST', url=url)`, path: 'modules/cexs/venue.py' },
    // The post given the URL by keyword is the request; the signer handed the URL and the verb inside it is not.
    { text: `        url = urljoin(self._api, '/v1/dw/withdraw/api/create')\n        return await self._requests.⟦post⟧(\n            url=url,\n            params=auth.to_request(url, 'POST'),\n        )`, path: 'clients/wallet.py' },
    // The variable after a params map, with the verb first or in the helper's name after another word (Go's wrapper of many exchanges).
    { text: `func (e *Venue) Pull(coin string, qty float64, addr string) bool {\n\tstrRequest := "/v1/dw/withdraw/api/create"\n\tmapParams := make(map[string]string)\n\tmapParams["address"] = addr\n\tres := e.ApiKeyRequest("POST", mapParams, ⟦strRequest⟧)\n\treturn res != ""\n}`, path: 'exchange/venue/api.go' },
    { text: `func (e *Venue) Pull(coin string, addr string) bool {\n\tstrRequestUrl := "/v1/balance/coin/withdraw"\n\tmapParams := make(map[string]string)\n\tmapParams["coin_address"] = addr\n\tres := e.ApiKeyPost(⟦strRequestUrl⟧, mapParams)\n\treturn res != ""\n}`, path: 'exchange/venue/api.go' },
  ],
  negative: [
    // The same request object made with a read verb: a history query.
    { text: `var request = new RestRequest("api/v4/withdrawals", Method.Get);\nrequest.AddQueryParameter("currency", currency);\nreturn Client.ExecuteRequest<PullRecord[]>(request);`, path: 'Requests/Withdrawal.cs' },
    // An executor handed a request built for a history query, or by a builder that names no withdrawal.
    { text: `var request = BuildWithdrawHistory(coin);\nreturn client.ExecuteRequest<History[]>(request);\nvar order = BuildOrder(symbol, qty);\nreturn client.ExecuteRequest<OrderResult>(order);`, path: 'Requests/Wallet.cs' },
    // The same call shape handed a path that moves nothing, and a withdrawal path handed to a GET.
    { text: `func (s *svc) Order(ctx context.Context, r *Req) (*Resp, error) {\n\tpath := fmt.Sprintf("/accounts/%s/orders", r.Id)\n\tout := &Resp{}\n\tif err := core.HttpPost(\n\t\tctx,\n\t\ts.client,\n\t\tpath,\n\t\tr,\n\t); err != nil {\n\t\treturn nil, err\n\t}\n\treturn out, nil\n}`, path: 'orders/order.go' },
    { text: `func (s *svc) List(ctx context.Context, r *Req) (*Resp, error) {\n\tpath := fmt.Sprintf("/accounts/%s/withdrawals", r.Id)\n\tout := &Resp{}\n\tif err := core.HttpGet(\n\t\tctx,\n\t\ts.client,\n\t\tpath,\n\t\tout,\n\t); err != nil {\n\t\treturn nil, err\n\t}\n\treturn out, nil\n}`, path: 'transfers/list.go' },
    // A server's route registered for the path, and a cache helper named get-and-delete: neither sends it.
    { text: `withdrawPath := "/api/v1/withdrawals"\nrouter.Handle(r, "POST", withdrawPath, h)`, path: 'server/routes.go' },
    { text: `const key = '/api/v1/withdrawals';\nawait cache.getAndDelete(key);`, path: 'src/cache.js' },
    // The same helper reading the withdrawal account list.
    { text: `spath := fmt.Sprintf("/user/withdrawal_account")\nres, err := c.sendRequest(ctx, "GET", spath, nil, &q)`, path: 'v1/pull.go' },
    // A camelCase path that lists deposits and withdrawals, posted.
    { text: `$path = '/api2/1/private/depositsWithdrawals';\n$r = $this->http->post($path, $data);`, path: 'src/Privates.php' },
    // Read by a labelled GET; a labelled POST of another path.
    { text: `func rows() async -> Result {\n    let requestPath = "/api/v1/withdrawals"\n    return await helper.GETRequestWithPath(path: requestPath)\n}\nfunc info() async -> Result {\n    let requestPath = "/api/v1/withdrawals/fee"\n    return await helper.POSTRequestWithPath(path: requestPath)\n}`, path: 'Rows.swift' },
    // A payout collection read; an interpolated path read by GetAsync; a settings resource posted; a query posted.
    { text: `u := fmt.Sprintf("%s/api/v1/vaults/%s/payouts", c.Base, id)\n_, err := c.call(ctx, u, "GET", &out, nil)`, path: 'vault.go' },
    { text: `var url = $"{Base}/api/v1/withdrawals";\nvar resp = await http.GetAsync(url);\nvar r2 = await http.PostAsync(other, content);`, path: 'Rows.cs' },
    { text: `u := fmt.Sprintf("%s/api/v1/payout_settings", c.Base)\n_, err := c.call(ctx, u, "POST", &out, cfg)`, path: 'cfg.go' },
    { text: `var url = $"{Base}/api/v1/withdrawals/history";\nvar resp = await http.PostAsync(url, content);`, path: 'Rows.cs' },
    // A verb variable set to GET; a query path handed after a client argument; a helper word that only starts like the verb.
    { text: `method = 'POST'\npath = '/openApi/wallets/v1/capital/withdraw/apply'\nh = getRequestHeaders(method, path, body)\ndef send_request(method, path, q):\n    return requests.request(method, path + q)`, path: 'sign.py' },
    { text: `_method = 'GET'\n_path = '/openApi/wallets/v1/capital/withdraw/apply'\nr = client.send_request(_method, _path, q, {})`, path: 'check.py' },
    { text: `var endpoint = "/api/v1/withdrawals/history";\nreturn await PostSignedExchangeAsync<R>(Client, endpoint, p);\nvar u = "/api/v1/withdrawals";\nPostponeAll(Client, u);`, path: 'Rows.cs' },
    // Another word that starts with the verb (`PostponeTask`, `PostgresQuery`).
    { text: `func later() async -> Result {\n    let requestPath = "/api/v1/withdrawals"\n    return await helper.PostponeTask(path: requestPath)\n}`, path: 'Later.swift' },
    // A generated client's builder: the path line is reported; a read verb after the variable.
    { text: `String localVarPath = "/withdrawals";\nMap<String, String> h = new HashMap<String, String>();\nreturn localVarApiClient.buildCall(localVarPath, "POST", q, h, _callback);`, path: 'PullApi.java' },
    { text: `url = '%s/bitcoin_withdrawal/' % self.base_url\nresp = self._request_url(url, 'GET', params=p)`, path: 'api.py' },
    { text: `url = BASE + "/sapi/v1/capital/withdraw/history"\nr = requests.post(url, headers=h)`, path: 'rows.py' },
    { text: `url = self.base_url + "/sapi/v1/capital/withdraw/apply"\nr = requests.get(url, headers=h)`, path: 'check.py' },
    // Signing the request is not sending it: the verb-first call must not be a signer or header builder.
    { text: `url = "/api/v4/withdrawals"\nbody = json.dumps(p)\nh = self.gen_sign('POST', url, body=body)\nh2 = build_headers("POST", url)`, path: 'gate.py' },
    { text: `r = requests.post(BASE + "/sapi/v1/capital/withdraw/apply", headers=h)\nr2 = requests.post(url)`, path: 'direct.py' },
    { text: `withdraw_note = "see docs"\nurl = BASE + "/api/v3/order"\nr = requests.post(url, data=body)`, path: 'order.py' },
    { text: `# url = "/sapi/v1/capital/withdraw/apply"\nurl = "/api/v3/order"\nr = requests.post(url)`, path: 'old.py' },
    // The same shapes reading: a verb constant of GET, a property holding a list, a query's method string, a log.
    { text: `class Pay(Base):\n    root = '/api/send_money'\n\n    def all(self, p={}):\n        return self.ex.request(Base.METHOD_GET, self.root, p)`, path: 'pay.py' },
    // A property of some object is no assignment of the local variable posted.
    { text: `function send(path, body) {\n  const opts = {\n    path: '/api/withdraws',\n  };\n  return requests.post(path, body, opts);\n}`, path: 'src/cfg.js' },
    { text: `Rows.prototype = {\n    root: '/api/withdraws/history',\n    all: function(p) {\n        return this._ex.request('post', this.root, p);\n    }\n};`, path: 'src/rows.js' },
    // A local path under a verb constant: its own line, just above, is the finding.
    { text: `p := "/api/v5/asset/withdrawal"\nm := S2M(req)\nres, err := c.client.Do(http.MethodPost, p, true, m)`, path: 'funding.go' },
    { text: `const privateEndpoint = "WithdrawStatus";\nconst r = await queryPrivate(privateEndpoint, q);\nconst label = "Withdraw";\nlogApi(label, q);`, path: 'bot.js' },
    { text: `def rows(self, coin):\n    url = f"{self.hosts['okx']}/asset/withdrawal-history"\n    r = requests.post(url, json={"ccy": coin})\n    u2 = f"{self.hosts['gate']}/withdrawals"\n    r2 = requests.get(u2, params={"currency": coin})`, path: 'rows.py' },
    ...KEYWORD_REQUEST_EXAMPLES.negative,
    ...OPTIONS_REQUEST_EXAMPLES.negative,
    ...UNPACKED_REQUEST_EXAMPLES.negative,
    // An endpoint table's other entries posted: a one-time code, a listing read.
    { text: `export const API_PATHS = {\n  auth: { sendOtp: '/api/auth/email-otp/request' },\n  transfer: { listing: '/api/transfers/offramp?page=1' },\n};\nconst pull = 'withdraw';\nawait apiService.post(API_PATHS.auth.sendOtp, { email });\nawait apiService.get(API_PATHS.transfer.listing);`, path: 'src/api.ts' },
    // Another table's entry of the same name; a helper's parameter named like a constant of another function.
    { text: `const PATHS = { orders: { create: '/api/v1/orders' }, withdrawals: { create: '/api/v1/withdrawals' } };\nawait apiService.post(PATHS.orders.create, body);`, path: 'src/api.ts' },
    { text: `package pull\n\nconst (\n\tpullEndpoint = "/api/v3/capital/withdraw/apply"\n)\n${'\n// ---'.repeat(60)}\nfunc (c *Client) post(pullEndpoint string, r *Req) error {\n\t_, err := c.fetch("POST", pullEndpoint, r)\n\treturn err\n}`, path: 'pull.go' },
    { text: `package pull\n\nfunc (c *Client) Withdraw() error {\n\tendpoint := "/api/v3/capital/withdraw/apply"\n\treturn c.do(endpoint)\n}\n${'\n// ---'.repeat(60)}\nfunc (c *Client) post(endpoint string, body io.Reader) error {\n\treq, _ := http.NewRequest("POST", c.base+endpoint, body)\n\treturn c.send(req)\n}`, path: 'client.go' },
    // A service's path in a file that never names the service.
    { text: `def create(self, to_address, amount, coin):\n    url = f"{BASE_URLS[coin]}/txs/micro"\n    r = requests.post(url, json={"to_address": to_address})`, path: 'providers/micro.py' },
    // The same helpers reading the withdrawal records, and a blog's post of a page.
    { text: `func (e *Venue) Rows() string {\n\tstrRequest := "/v1/dw/withdraw/api/history"\n\tmapParams := make(map[string]string)\n\treturn e.ApiKeyRequest("GET", mapParams, strRequest)\n}`, path: 'exchange/venue/api.go' },
    { text: `const path = '/blog/how-to-withdraw-safely';\nconst page = await api.createPost(path, { title });`, path: 'src/blog.ts' },
    // A test's mock of the post: it answers the request, it sends nothing.
    { text: `const withdrawUrl = '/sapi/v1/capital/withdraw/apply';\nmock.onPost(withdrawUrl).reply(200, { id: 1 });`, path: 'src/pull.spec.ts' },
  ],
};
