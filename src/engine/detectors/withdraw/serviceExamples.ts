// Examples of withdraw/service-endpoint (serviceEndpoints.ts), kept apart so the rule stays short: each
// positive names its service; the negatives are the same paths read, defined, commented or of another API.
import type { DetectorSpec } from '../../defineDetector';
import { code } from './shared';

export const SERVICE_EXAMPLES: DetectorSpec['examples'] = {
  positive: [
    { text: `import { Fireblocks } from "@fireblocks/ts-sdk";\nconst r = await http.post('⟦/v1/transactions⟧', payload);`, path: 'src/pay.ts' },
    { text: `defmodule Vault.Fireblocks do\n  def stop(id), do: Http.post("⟦/v1/transactions/⟧#{id}/cancel", %{})\nend`, path: 'lib/vault.ex' },
    // The command and its request in one method; the next method's request sends its own command (the last one set).
    { text: `// coinpayments\nclass Client {\n  createWithdrawal(o) { const p = { cmd: '⟦create_withdrawal⟧', ...o }; return this.⟦_request⟧('POST', p); }\n  rates() {\n    const p = { cmd: 'rates' };\n    return this._request('POST', p);\n  }\n}`, path: 'src/client.js' },
    // A payout posted by its bare segment, to an API that takes every method as a POST.
    { text: `<?php // heleket\nreturn $this->client->post('⟦payout⟧', $data);`, path: 'src/PayoutClient.php' },
    // Heleket's refund to an address (the caller names it); Cryptomus's payout sent by a helper without a verb (every
    // method is a POST); OxaPay's payout by method name and by its legacy send path.
    { text: `// heleket\nfunc (c *PayoutClient) Refund(ctx context.Context, req RefundRequest) error {\n\treturn c.post(ctx, "⟦/v1/payment/refund⟧", req, nil)\n}`, path: 'payout.go' },
    { text: `<?php\nnamespace Cryptomus\\Api;\nfinal class Payout {\n    public function create(array $data) {\n        return $this->requestBuilder->sendRequest($this->version . '⟦/payout⟧', $data);\n    }\n}`, path: 'src/Payout.php' },
    { text: `<?php\nnamespace OxaPay\\Endpoints;\nfinal class Payout {\n    public function generate(array $data) {\n        return $this->client->post('⟦payout⟧', $data, $this->headers());\n    }\n}`, path: 'src/Endpoints/Payout.php' },
    { text: `class OxaPayPayout:\n    def create_payout(self, **kwargs):\n        endpoint = '⟦/send⟧'\n        return self._request('post', endpoint, required_params=['address'], **kwargs)`, path: 'oxapay/payout.py' },
    // Dfns's generated client: a keyword call's method and path.
    { text: `# dfns\ndef transfer_asset(self, wallet_id, body):\n    return self._http.request(\n        method="POST",\n        path="⟦/wallets/{walletId}/transfers⟧",\n        path_params={"walletId": wallet_id},\n        body=body,\n    )`, path: 'dfns_sdk/generated/wallets/client.py' },
    // BitGo's initiate and half-signed send, as a Refit interface's attributes.
    { text: `// BitGo\npublic interface IBitGoApi {\n\t[Post("⟦/{coin}/wallet/{walletId}/tx/initiate⟧")]\n\tTask<ApiResponse<T>> InitiateTransactionAsync(string coin, string walletId, [Body] Req r);\n}`, path: 'Interfaces/IBitGoApi.cs' },
    // The SDK's own client: a helper that issues the POST (`issuePostRequest`).
    { text: `export class FireblocksSDK {\n    public async cancelTransactionById(txId: string): Promise<R> {\n        return await this.apiClient.issuePostRequest(\`⟦/v1/transactions/\${txId}/cancel⟧\`, {});\n    }\n}`, path: 'src/fireblocks-sdk.ts' },
    { text: `// cobo waas\nfunc (a *Api) Send(ctx context.Context) error {\n\tvar method = http.MethodPost\n\tp := a.base + "⟦/transactions/transfer⟧"\n\treturn a.do(ctx, method, p)\n}`, path: 'api_send.go' },
    // Safeheron takes every call as a POST: the path alone is the action.
    { text: `# safeheron client\ndef pay(self, req):\n    return self.client.call(req, '⟦/v2/transactions/create⟧')`, path: 'tx.py' },
    // The service named by the file's path only.
    { text: `path = "⟦/transactions⟧"\nmethod = "POST"`, path: 'fordefi/factory.py' },
    // Commands sent as bare strings.
    { text: `# cryptomus payouts\naction = "⟦payout⟧"\nreturn self._send(action, body)`, path: 'pay.py' },
    { text: `<?php // CoinPayments API\n$body = 'cmd=⟦create_withdrawal⟧&amount=' . $a;`, path: 'Cp.php' },
    // The command set on the parameters, and the request that sends them a few lines on (reported at both).
    { text: `# CoinPayments client\ndef create_withdrawal(self, params=None):\n    params = self._package(params)\n    params.update({"cmd": "⟦create_withdrawal⟧"})\n\n    return self.⟦request⟧("post", **params)\n\ndef create_transfer(self, params):\n    params.update({'cmd': '⟦create_transfer⟧', 'version': 1})\n    url = self._url('')\n    return self.⟦_handle_request⟧('POST', url, params)`, path: 'coinpayments/api.py' },
    { text: `class CoinPaymentsCommands {\n  static final String SEND_MANY = "⟦create_mass_withdrawal⟧";\n}`, path: 'Cmd.java' },
    { text: `import { CMDS } from './coinpayments-commands';\nreturn request(creds, { ...opts, cmd: CMDS.⟦CREATE_WITHDRAWAL⟧ });`, path: 'src/pay.ts' },
    // Crypto Pay's transfer is sent with GET as well.
    code(`BASE = "https://pay.crypt.bot"\nr = requests.get(BASE + "⟦/api/transfer⟧", params=p)`),
    { text: `$r = $this->plisio->call('⟦operations/withdraw⟧', $q);`, path: 'Out.php' },
    { text: `const bitgo = new BitGo({ env: 'prod' });\nawait agent.post(\`⟦/api/v2/\${coin}/wallet/\${id}/sendcoins⟧\`, body);`, path: 'send.js' },
    { text: `// nowpayments mass payouts\nconst { data } = await client.post('⟦/v1/payout⟧', { withdrawals });`, path: 'payout.ts' },
    // NOWPayments' payout posted without its slash, the verb and the path one per line.
    { text: `# NOWPayments API\nresponse = self.⟦_request⟧(\n    'POST',\n    "payout",\n    json={"withdrawals": withdrawals},\n)`, path: 'nowpayment/apis/payout.py' },
    // Circle's transfer to a blockchain address, from a client and from the generated SDK (its verb set below the path).
    { text: `// Circle API client (api.circle.com)\nasync createTransfer(data) {\n  return this.post('⟦/v1/transfers⟧', data);\n}`, path: 'transport/circleApi.ts' },
    // An n8n node's request helper: its arguments one per line (the coin apart, so the path lacks it), or a config object.
    { text: `import { bitgoCoinApiRequest } from '../../transport';\nconst result = await bitgoCoinApiRequest.⟦call⟧(\n  this,\n  'POST',\n  coin,\n  \`⟦/wallet/\${walletId}/sendcoins⟧\`,\n  body,\n);`, path: 'nodes/BitGo/actions/wallet/send.operation.ts' },
    { text: `import { fireblocksApiRequest } from '../../transport';\nreturn fireblocksApiRequest.⟦call⟧(this, {\n  method: 'POST',\n  endpoint: '⟦/transactions⟧',\n  body,\n});`, path: 'nodes/Fireblocks/actions/transaction/create.ts' },
    // Blockchain.com's wallet service: a route table of its paths (url-pattern's `:guid`).
    { text: `// blockchain.info wallet API\nmodule.exports = {\n  payment: new UrlPattern('⟦/merchant/:guid/payment⟧'),\n  balance: new UrlPattern('/merchant/:guid/balance'),\n}`, path: 'MyWallet/endpoints.js' },
    // Block.io's sweep and its finalising step, posted with the key in the query.
    { text: `resp, err := client.R().SetBody(body).Post("⟦https://block.io/api/v2/sweep_from_address⟧?api_key=" + apiKey)`, path: 'examples/sweep/sweep.go' },
    // A client whose base URL ends in a slash: one segment bare, a group, a cancel by id.
    { text: `from bitpay.clients.bitpay_client import BitPayClient\nr = self._client.post("⟦payouts⟧", payout.to_json(), True)\ng = self._client.post("⟦payouts/group⟧", params)\nc = self._client.delete("⟦payouts/⟧" + payout_id, params)`, path: 'clients/payout_client.py' },
    // The SDKs' sending methods: Crypto Pay's transfer to a Telegram user (Python and JS), CoinPayments' withdrawal,
    // Fireblocks' transaction to a destination, BitGo's many-recipient send, Circle's transfer.
    { text: `from aiocryptopay import AioCryptoPay\nawait crypto.⟦transfer⟧(user_id=refer, asset='USDT', amount=share, spend_id=order)`, path: 'func.py' },
    { text: `const CryptoBotAPI = require('crypto-bot-api');\nawait client.⟦transfer⟧({ userId: id, asset: 'TON', amount: '1.5', spendId: key });`, path: 'payouts.js' },
    { text: `from coinpayments import CoinPaymentsAPI\nres = api.⟦create_withdrawal⟧(amount=amt, currency='LTC', address=to)`, path: 'cashout.py' },
    { text: `import { FireblocksSDK } from 'fireblocks-sdk';\nconst tx = await fireblocks.⟦createTransaction⟧({\n  assetId, amount,\n  source: { type: PeerType.VAULT_ACCOUNT, id: '0' },\n  destination: { type: PeerType.ONE_TIME_ADDRESS, oneTimeAddress: { address } },\n});`, path: 'src/payout.ts' },
    { text: `const BitGoJS = require('bitgo');\nawait wallet.⟦sendMany⟧({ recipients, walletPassphrase: pass });`, path: 'pay.js' },
    { text: `import { Circle, CircleEnvironments } from '@circle-fin/circle-sdk';\nawait circle.transfers.⟦createTransfer⟧({ idempotencyKey, source, destination, amount });`, path: 'src/send.ts' },
    // FaucetPay (every call a POST): its send URL set on a curl handle, a helper given the bare method, a typed post.
    { text: `<?php\nfunction sendCoins($to, $amount) {\n    $ch = curl_init();\n    curl_setopt($ch, CURLOPT_URL, "⟦https://faucetpay.io/api/v1/send⟧");`, path: 'src/components/faucethub.php' },
    { text: `<?php\n// FaucetPay API\nfunction send_payment($to, $amount) {\n    return faucetpay_api_request('⟦send⟧', ['to' => $to, 'amount' => $amount]);\n}`, path: 'includes/faucetpay_api.php' },
    { text: `namespace FaucetPaySharp;\npublic async Task<SendResponse> Send(long sats, string to) =>\n    await _requester.Post<SendResponse>("⟦send⟧", new Dictionary<string, string> { ["to"] = to });`, path: 'FaucetPayClient.cs' },
    // Crypto Pay's check posted raw; AnyPay's payout by method name; BTCPay's on-chain send and Lightning payment.
    { text: `cheque = post("⟦https://pay.crypt.bot/api/createCheck⟧", json={'amount': summ, 'asset': "USDT"}, headers=headers).json()`, path: 'main.py' },
    { text: `// anypay\nconst response = await this.call({\n  method: "⟦create-payout⟧",\n  params,\n});`, path: 'src/api/index.ts' },
    { text: `// BTCPay Greenfield client\nreturn await SendHttpRequest<TxData>($"⟦api/v1/stores/{storeId}/payment-methods/{cryptoCode}-CHAIN/wallet/transactions⟧", request, HttpMethod.Post, token);`, path: 'BTCPayServerClient.OnChainWallet.cs' },
    // Circle's Programmable Wallets transfer; Circle Mint's transfer posted as JSON (.NET); Coinbase Prime's onchain
    // transaction; BitGo's .NET send given a request object built above.
    { text: `const response = await circleDeveloperSdk.⟦createTransaction⟧({\n  walletId, tokenId: USDC, destinationAddress: to, amounts: [amount],\n});`, path: 'app/api/circle/send/route.ts' },
    { text: `// Circle Mint\nusing var response = await httpClient.PostAsJsonAsync(\n    "⟦v1/businessAccount/transfers⟧", circleRequest, ct);`, path: 'Providers/Circle/CircleMintGateway.cs' },
    { text: `from prime_sdk.client import Client\npath = f"⟦/portfolios/{request.portfolio_id}/wallets/{request.wallet_id}/onchain_transaction⟧"\nresponse = self.client.request("POST", path, body=body)`, path: 'prime_sdk/create_onchain_transaction.py' },
    { text: `// BitGo\nvar request = new SendCoinsRequest { Address = to, Amount = n, WalletPassphrase = pass };\nvar r = await api.⟦SendCoinsAsync⟧(coin, walletId, request);`, path: 'src/TestApp/Program.cs' },
  ],
  negative: [
    // Circle's transaction read; another object's send in a BitGo service (a socket's message, no recipients or passphrase).
    { text: `const tx = await circleDeveloperSdk.getTransaction({ id });`, path: 'app/api/circle/tx/route.ts' },
    { text: `const BitGoJS = require('bitgo');\nconst message = { type: 'balance', walletId };\nsocket.send(message);`, path: 'src/notify.js' },
    // FaucetPay's balance and address check (reads); BTCPay's wallet transactions listed with GET.
    { text: `<?php\n// FaucetPay API\n$balance = faucetpay_api_request('balance', ['currency' => 'BTC']);\n$ok = faucetpay_api_request('checkaddress', ['address' => $a]);`, path: 'includes/faucetpay_api.php' },
    { text: `// BTCPay Greenfield client\nreturn await SendHttpRequest<TxData[]>($"api/v1/stores/{storeId}/payment-methods/{cryptoCode}-CHAIN/wallet/transactions", null, HttpMethod.Get, token);`, path: 'BTCPayServerClient.OnChainWallet.cs' },
    // Crypto Pay's transfer list and another object's transfer; a Fireblocks list; a transfer in a file naming no service.
    { text: `from aiocryptopay import AioCryptoPay\nrows = await crypto.get_transfers(asset='USDT')\nawait db.transfer(uid, amount)`, path: 'func.py' },
    { text: `import { FireblocksSDK } from 'fireblocks-sdk';\nconst rows = await fireblocks.getTransactions({ status: 'COMPLETED' });`, path: 'src/list.ts' },
    { text: `await bank.transfer({ userId: id, amount, spendId: key });`, path: 'src/ledger.ts' },
    // A read command posted.
    { text: `# CoinPayments client\ndef info(self, params):\n    params.update({"cmd": "get_withdrawal_info"})\n    return self.request("post", **params)`, path: 'coinpayments/api.py' },
    // The path in an exception's sentence.
    { text: `<?php\n// heleket\nthrow new \\BadMethodCallException(\n    'refund() is no longer supported: /v1/payment/refund is now '\n    . 'signed with the payout key.'\n);`, path: 'src/PaymentClient.php' },
    // Circle's transfers read, and a drawing's circle beside another API's transfer.
    { text: `import CheckCircleIcon from '@mui/icons-material/CheckCircle';\n// draw a circle per step\nawait axios.post('/v1/transfers', form);`, path: 'src/Steps.tsx' },
    { text: `// Circle API client (api.circle.com)\nasync listTransfers() {\n  return this.get('/v1/transfers');\n}`, path: 'transport/circleApi.ts' },
    // The same helpers reading: the wallet's spendable maximum, the transaction list.
    { text: `import { bitgoCoinApiRequest } from '../../transport';\nconst result = await bitgoCoinApiRequest.call(\n  this,\n  'GET',\n  coin,\n  \`/wallet/\${walletId}/maximumSpendable\`,\n);`, path: 'nodes/BitGo/actions/wallet/max.operation.ts' },
    { text: `import { fireblocksApiRequest } from '../../transport';\nreturn fireblocksApiRequest.call(this, {\n  method: 'GET',\n  endpoint: '/transactions',\n  qs,\n});`, path: 'nodes/Fireblocks/actions/transaction/list.ts' },
    // The same services' reads: Dfns's transfer list, a payout's information, the payout history.
    { text: `# dfns\ndef list_transfers(self, wallet_id):\n    return self._http.request(\n        method="GET",\n        path="/wallets/{walletId}/transfers",\n        path_params={"walletId": wallet_id},\n    )`, path: 'dfns_sdk/generated/wallets/client.py' },
    { text: `// heleket\nfunc (c *PayoutClient) Info(ctx context.Context, id string) error {\n\treturn c.post(ctx, "/v1/payout/info", id, nil)\n}`, path: 'payout.go' },
    { text: `class OxaPayPayout:\n    def history(self):\n        return self._request('post', '/v1/payout/history')`, path: 'oxapay/payout.py' },
    { text: `<?php\nnamespace OxaPay\\Endpoints;\nfinal class Payout {\n    public function history(array $f = []) {\n        return $this->client->get('payout', $f, $this->headers());\n    }\n}`, path: 'src/Endpoints/Payout.php' },
    // Read with GET; a POST to the same words of another API; a payout list of another service.
    { text: `// fireblocks\nconst rows = await http.get('/v1/transactions', { params });`, path: 'rows.ts' },
    code(`r = requests.post(API + "/v1/transactions", json=tx)  # our ledger service`),
    code(`r = requests.post(API + "/payouts", json=p)  # marketplace seller payouts`),
    { text: `from bitpay.clients.bitpay_client import BitPayClient\nr = self._client.get("payouts", params)\nq = self._client.post("payouts_report", params)`, path: 'clients/payout_client.py' },
    code(`r = client.post("payouts", body)  # marketplace seller payouts`),
    { text: `resp, err := client.R().Get("https://block.io/api/v2/get_balance?api_key=" + apiKey)`, path: 'examples/balance/main.go' },
    { text: `// cobo\nreq := NewRequest(http.MethodGet, "/v2/payments/payouts", nil)`, path: 'rows.go' },
    // A query function that POSTs; a route of the app's own server; a comment; a module path.
    { text: `// cobo\nfunc (a *Api) ListPayouts(ctx context.Context) error {\n\tp := a.base + "/payments/payouts"\n\treturn a.c.Post(ctx, p)\n}`, path: 'rows.go' },
    { text: `// fireblocks webhook relay\napp.post('/v1/transactions', handler);`, path: 'server.js' },
    { text: `# POST /v1/transactions creates a Fireblocks transfer`, path: 'notes.py' },
    { text: `// fireblocks\nimport { list } from './v1/transactions';`, path: 'index.ts' },
    // Other commands and values: a history command, a status word outside a service's file, a payout query path.
    { text: `<?php // CoinPayments API\n$body = 'cmd=get_withdrawal_history';`, path: 'Cp.php' },
    code(`status = "payout"  # ledger entry kind`),
    { text: `import { CMDS } from './coinpayments-commands';\nreturn request(creds, { cmd: CMDS.GET_WITHDRAWAL_INFO });\nconst k = CREATE_WITHDRAWAL;`, path: 'src/pay.ts' },
    { text: `# cryptomus\nmethod = "payout/info"`, path: 'pay.py' },
    { text: `# safeheron client\nreturn self.client.call(req, '/v1/transactions/list')`, path: 'tx.py' },
  ],
};
