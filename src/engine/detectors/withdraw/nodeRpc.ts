// A coin node's wallet asked to pay out (the methods of nodeRpcTable.ts), in the ways code asks it: a client
// method (`rpc.sendtoaddress(addr, n)`, `client.SendToAddress(…)`), the method's name handed to a generic caller or
// written into a JSON-RPC body (`call("sendtoaddress", …)`, `"method": "avm.send"`), a wallet CLI shelled out
// (`dash-cli sendtoaddress`), a monero-wallet-rpc request (`Transfer(&wallet.RequestTransfer{…})`), a Nano send body
// POSTed to the node, NXT's `requestType=sendMoney`, and a faucet service's send (FaucetPay, FaucetBox, Paytoshi).
// A method named by a string is judged in nodeRpcMethods.ts.
import { notInComment, notInString } from '../../judge/codeContext';
import { notADefinitionSite } from '../../judge/definitionSite';
import { defineDetector, type Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { BITCOIND_CALL_NAMES } from './nodeRpcTable';
import { LOCAL_SENDER_PATTERN } from './nodeRpcLocal';
import { LIGHTNING_KEYWORDS, LIGHTNING_PATTERNS } from './lightning';
import { TRON_NODE_EXAMPLES, TRON_NODE_KEYWORDS, TRON_NODE_PATTERNS } from './tronNode';
import { EVM_NODE_EXAMPLES, EVM_NODE_KEYWORDS, EVM_NODE_PATTERNS, EVM_SEND_POST } from './evmNode';
import { methodUsed, moneroMethod, notRelayed, pascalSend, walletdSend } from './nodeRpcMethods';
import { CODE, WHY, WITHDRAW_ADVICE } from './shared';
import { argsAfter, postsBody } from './postedBody';

/** Names a wallet's messages (TON's `SendMany(ctx, messages)`), not coins. */
const MESSAGES = /\bmsgs?\b|messages?\b|Message\b/;
/** An amount among the arguments: a named amount or a number. */
const AMOUNT = /amount|amt\b|value|sum\b|balance|qty|quantity|units\b|coins|earning|reward|payout|(?:^|[\s,(])\d+(?:\.\d+)?(?=[\s,)]|$)/i;

/** A client's send method called with at least an address and an amount (a camel-case name: an amount among them). */
const sendsCoins: Validator = {
  name: 'node-send-arguments',
  reach: { before: 0, after: 800 },
  test: (value, ctx) => {
    const args = argsAfter(ctx.text, ctx.end);
    if (!args || args.length < 2 || args.some((a) => MESSAGES.test(a))) return false;
    return value === value.toLowerCase() || AMOUNT.test(args.join(','));
  },
};

/** A Nano node's send body: the action and where the funds go. */
const NANO_SEND = /["']?action["']?[ \t]*(?::|=>|=)[ \t]*["']send["']/;
const NANO_DEST = /["']?destination["']?[ \t]*(?::|=>|=)/;

/** A POST whose body is a Nano send: written in the call, or in a variable (two assignments back at most). */
const postsNanoSend = postsBody('posts-nano-send', NANO_SEND, (e) => NANO_SEND.test(e) && NANO_DEST.test(e));

/** Where a faucet service's send pays: an address or recipient, and how much. */
const FAUCET_DEST = /\$?\bto\b|address|recipient|wallet|payee/i;

/** A faucet service's send given a destination and an amount. */
const faucetSend: Validator = {
  name: 'faucet-send-arguments',
  reach: { before: 0, after: 400 },
  test: (_v, ctx) => {
    const args = argsAfter(ctx.text, ctx.end);
    return args !== undefined && args.length >= 2 && args.some((a) => FAUCET_DEST.test(a)) && args.some((a) => AMOUNT.test(a));
  },
};

const BITCOIND_NAMES = BITCOIND_CALL_NAMES.join('|');

export const withdrawNodeRpcSend = defineDetector({
  id: 'withdraw/node-rpc-send',
  title: "a coin node's wallet RPC send",
  severity: 'warning',
  role: 'endpoint',
  message: "{name}: a node's wallet or a faucet service is asked to pay coins out.",
  risk: `${WHY} A node's wallet RPC (sendtoaddress, monero-wallet-rpc's transfer, a Nano send) pays whoever the code names: a tip bot's or faucet's payout.`,
  advice: WITHDRAW_ADVICE,
  keywords: ['sendtoaddress', 'sendmany', 'sendfrom', 'sendall', 'avm.send', 'spendspark', 'joinsplit', 'sendtransaction', '"sendto"', "'sendto'", 'broadcast', '-cli', 'transfer', 'sweep_', 'requesttype', 'post(', 'urlopen(', 'send(', ...LIGHTNING_KEYWORDS, ...TRON_NODE_KEYWORDS, ...EVM_NODE_KEYWORDS],
  validate: [notInComment],
  files: CODE,
  patterns: [
    // A client's method: python-bitcoinrpc, bitcoin-core (npm), btcd's rpcclient, NBitcoin, EasyBitcoin-PHP.
    {
      re: rx(String.raw`(?:\.|->|::)[ \t]*(?<name>${BITCOIND_NAMES}|z_sendmany)(?:Async)?[ \t]*\(`),
      keywords: ['sendtoaddress', 'sendmany', 'sendfrom'],
      validate: [notInString, notADefinitionSite, sendsCoins],
    },
    // The method's name given to a generic caller or a JSON-RPC body, or a CLI's argument list.
    {
      // Quoted or in a template literal (`helper.rpc(\`sendfrom\`, [...])`).
      re: rx(String.raw`(?<q>["'\`])(?<name>sendtoaddress|sendmany|sendfrom|sendall|z_sendmany|avm\.send|avm\.sendMultiple|spendspark|joinsplit)\k<q>`),
      keywords: ['sendtoaddress', 'sendmany', 'sendfrom', 'sendall', 'avm.send', 'spendspark', 'joinsplit'],
      validate: [methodUsed],
    },
    // A wallet CLI in a shell script or a command string: `dogecoin-cli -rpcwallet=w sendtoaddress "$ADDR" 5`; an
    // older coin's daemon as its own client, by path or name (`/usr/local/bin/quantisd sendtoaddress`, `litecoind …`).
    {
      re: rx(String.raw`(?:-cli|(?:\/|coin)[A-Za-z0-9_%{}.]{0,40}d)(?:[ \t]+--?[A-Za-z][A-Za-z0-9_.]{0,40}(?:=[^\s"'-][^\s"']{0,80})?){0,8}[ \t]+(?<name>sendtoaddress|sendmany|sendfrom|z_sendmany)(?![A-Za-z0-9_])`),
      keywords: ['-cli', 'sendtoaddress', 'sendmany', 'sendfrom'],
    },
    // Electrum's CLI: a payment or a sweep signed and piped into `broadcast` (`electrum payto ADDR 0.1 | electrum broadcast -`).
    { re: rx(String.raw`(?<![A-Za-z0-9_-])(?<name>payto|paytomany|sweep)[ \t][^|\n]{1,120}\|[^|\n]{0,120}?\bbroadcast\b`), keywords: ['broadcast'] },
    // PascalCoin's wallet send by name, with the account it pays (`"method": "sendto", "params": {"target": …}`).
    { re: rx(String.raw`["'](?<name>sendto)["']`), keywords: ['"sendto"', "'sendto'"], validate: [methodUsed, pascalSend] },
    // A CryptoNote walletd's send by name, with its transfer list.
    { re: rx(String.raw`["'](?<name>sendTransaction)["']`), keywords: ['sendtransaction'], validate: [methodUsed, walletdSend] },
    // monero-wallet-rpc's methods by name, with their destination (and Dero's, Wownero's wallets).
    {
      re: rx(String.raw`["'](?<name>transfer|transfer_split|sweep_all|sweep_single)["']`),
      keywords: ['"transfer', "'transfer", 'sweep_all', 'sweep_single'],
      validate: [moneroMethod],
      requires: { fileContains: ['rpc', 'wallet'] },
    },
    // go-monero-rpc-client: `w.Transfer(&wallet.RequestTransfer{Destinations: …})`, `w.SweepAll(&wallet.RequestSweepAll{…})`.
    {
      re: rx(String.raw`(?<![A-Za-z0-9_])(?<name>Transfer|TransferSplit|SweepAll|SweepSingle)[ \t]*\([ \t]*&?[A-Za-z_][A-Za-z0-9_]*\.Request(?:Transfer|TransferSplit|SweepAll|SweepSingle)[ \t]*\{`),
      keywords: ['.requesttransfer', '.requestsweep'],
      validate: [{ name: 'relayed', reach: { before: 0, after: 600 }, test: (_v, ctx) => { const rest = ctx.text.slice(ctx.end, ctx.end + 600); return !notRelayed(rest.slice(0, rest.indexOf('}') + 1 || 600)); } }],
    },
    // monero-python's wallet and account (`w.transfer_multiple(destinations)`, `acc.sweep_all(address)`) and
    // python-monerorpc's proxy (`rpc.transfer(destinations)`): the wallet RPC's sends through a library.
    {
      re: rx(String.raw`[.](?<name>transfer_multiple|sweep_all|sweep_single)[ \t]*\(`),
      keywords: ['transfer_multiple', 'sweep_all', 'sweep_single'],
      validate: [notInString, notADefinitionSite],
      requires: { fileContains: ['monero'] },
    },
    {
      re: rx(String.raw`(?<![A-Za-z0-9_$])rpc[A-Za-z0-9_]*[.](?<name>transfer|transfer_split)[ \t]*\(`),
      keywords: ['.transfer'],
      validate: [notInString, notADefinitionSite],
      requires: { fileContains: ['monerorpc'] },
    },
    // A Nano send body POSTed to the node.
    {
      re: rx(String.raw`(?<![A-Za-z0-9_$])(?<name>post|urlopen|fetch)[ \t]*\(`),
      keywords: ['post(', 'urlopen(', 'fetch('],
      validate: [notInString, postsNanoSend],
      requires: { fileContains: ['destination'] },
    },
    // NXT / Ardor: the HTTP API's request type, and NxtLib's services.
    {
      re: rx(String.raw`requestType["']?[ \t]*(?:=>|[:=,])[ \t]*["']?(?<name>sendMoney|transferAsset|transferCurrency)(?![A-Za-z0-9_])`),
      keywords: ['requesttype'],
    },
    {
      re: rx(String.raw`(?:\.|->)[ \t]*(?<name>SendMoney|TransferAsset|TransferCurrency)(?:Async)?[ \t]*\(`),
      keywords: ['sendmoney', 'transferasset', 'transfercurrency'],
      validate: [notInString, notADefinitionSite, sendsCoins],
      requires: { fileContains: ['nxtlib'] },
    },
    // A faucet service's send (FaucetPay, FaucetHub, FaucetBox, Paytoshi, ExpressCrypto clients).
    {
      re: rx(String.raw`(?:\.|->)[ \t]*(?<name>send|sendTo|sendPayment)[ \t]*\(`),
      keywords: ['send('],
      validate: [notInString, notADefinitionSite, faucetSend],
      requires: { fileContains: ['faucetpay', 'faucethub', 'faucetbox', 'paytoshi', 'expresscrypto'] },
    },
    // A same-file function holding one of these sends, called with a destination (nodeRpcLocal.ts).
    LOCAL_SENDER_PATTERN,
    // A Lightning node's payment (lightning.ts).
    ...LIGHTNING_PATTERNS,
    ...TRON_NODE_PATTERNS,
    ...EVM_NODE_PATTERNS,
    EVM_SEND_POST,
  ],
  examples: {
    positive: [
      // A fee-quote switch commented out: the transfer is relayed.
      { text: `def transfer(destinations):\n    parameters = {\n        'destinations': destinations,\n        'priority': PRIORITY,\n        # 'do_not_relay': True\n    }\n    return rpc.wallet_rpc('⟦transfer⟧', parameters)`, path: 'src/wallet.py' },
      { text: `from monero.wallet import Wallet\ntxs = w.accounts[0].⟦transfer_multiple⟧(destinations, priority=prio.NORMAL)`, path: 'utils/transfer.py' },
      { text: `from monero.backends.jsonrpc import JSONRPCWallet\ndef sweep(wallet, to):\n    return wallet.⟦sweep_all⟧(to)[0][0].hash`, path: 'tipbot/send.py' },
      { text: `from monerorpc.authproxy import AuthServiceProxy\nrpc = AuthServiceProxy(url)\nrpc.⟦transfer⟧(destinations)`, path: 'examples/pay.py' },
      ...TRON_NODE_EXAMPLES.positive,
      ...EVM_NODE_EXAMPLES.positive,
      { text: `from bitcoinrpc.authproxy import AuthServiceProxy\nnode = AuthServiceProxy(url)\ntxid = node.⟦sendtoaddress⟧(user_addr, drip)`, path: 'faucet.py' },
      { text: `<?php\n$tx = $wallet->⟦sendfrom⟧($account, $payTo, $amount);`, path: 'payout.php' },
      { text: `const txid = await core.⟦sendToAddress⟧(row.address, row.value);`, path: 'worker.js' },
      { text: `hash, err := rpc.⟦SendToAddress⟧(dest, btcutil.Amount(amt))`, path: 'payout.go' },
      { text: `var id = await client.⟦SendToAddress⟧Async(target, Money.Coins(amount));`, path: 'Payer.cs' },
      { text: `coind.⟦sendFrom⟧(tipper, target, Number(amount), function (err, txid) {});`, path: 'tipper.js' },
      { text: `result = self.rpc.call("⟦sendmany⟧", "", {a: n for a, n in batch.items()})`, path: 'pool.py' },
      // A client library's own method: what every caller's payout goes through.
      { text: `def sendtoaddress(self, addr, amount):\n    return self._call('⟦sendtoaddress⟧', addr, amount)`, path: 'proxy.py' },
      { text: `payload = {"jsonrpc": "1.0", "method": "⟦sendtoaddress⟧", "params": [addr, 0.5]}`, path: 'send.py' },
      { text: `$txid = $rpc->request('⟦sendall⟧', ['recipients' => [$cold], 'options' => ['send_max' => true]]);`, path: 'src/Sweeper.php' },
      { text: `Process p = new ProcessBuilder("litecoin-cli", "⟦sendtoaddress⟧", addr, String.valueOf(n)).start();`, path: 'Cli.java' },
      { text: `#!/bin/sh\ndogecoin-cli -rpcwallet=hot ⟦sendtoaddress⟧ "$1" "$2"`, path: 'pay.sh' },
      { text: `txid = subprocess.check_output(shlex.split('/usr/local/bin/quantisd ⟦sendtoaddress⟧ %s %s' % (address, amount)))`, path: 'withdraw.py' },
      // Firo's Spark spend, its address the first parameter's key.
      { text: `r = requests.post(node, data=json.dumps({"jsonrpc": "1.0", "method": "⟦spendspark⟧", "params": [{addr: {"amount": n}}]}))`, path: 'api/wallet.py' },
      { text: `const body = { jsonrpc: "2.0", id: 1, method: "⟦avm.send⟧", params: { assetID: "AVAX", amount: n, to: addr } };`, path: 'x.js' },
      { text: `JSONObject r = walletRpc.call("⟦transfer⟧", Map.of("destinations", List.of(dest)));`, path: 'Wallet.java' },
      { text: `rpc_body = {"method": "⟦sweep_all⟧", "params": {"address": target, "account_index": 0}}  # wallet rpc`, path: 'sweep.py' },
      // The parameters built above the call, in a variable.
      { text: `class JSONRPCWallet:\n    def transfer(self, destinations):\n        data = {\n            "account_index": 0,\n            "destinations": [{"address": a, "amount": n} for a, n in destinations],\n        }\n        return self.raw_request("⟦transfer_split⟧", data)`, path: 'backends/wallet.py' },
      // A method name in a template literal; PascalCoin's send with the account it pays.
      { text: `const txid = await helper.rpc(\`⟦sendfrom⟧\`, [msg.author.id, address, Number(amount)]);`, path: 'src/wallet.ts' },
      { text: `data = {"jsonrpc": "2.0", "method": "⟦sendto⟧", "params": {"sender": hot, "target": account, "amount": n}}\nr = requests.post(url, json=data)`, path: 'withdraw.py' },
      // A CryptoNote walletd's transfer list built in a variable above; a same-file send helper handed a coin address.
      { text: `def pay(addr, n):\n    dests = [{"address": addr, "amount": n}]\n    body = {"jsonrpc": "2.0", "method": "⟦sendTransaction⟧", "params": {"anonymity": 3, "transfers": dests, "fee": 10}}\n    return requests.post(WALLETD, json=body)`, path: 'faucet.py' },
      { text: `def pay(addr, n):\n    body = {"method": "⟦sendTransaction⟧", "params": {"transfers": [{"address": addr, "amount": n}]}}\n    return requests.post(WALLETD, json=body)\n\ndef drain():\n    ⟦pay⟧("Nova7Gq3rT1xWmZ8kPp2cVb9sLdF4hJ6yE5uRoA3iKzNwX8qMt2BvC7nGj4HsD9fLp6YrUe1TaQ5kWmZ3xVb8cNs2dRq", 5000)`, path: 'faucet.py' },
      { text: `res, err := cli.⟦Transfer⟧(&wallet.RequestTransfer{\n\tDestinations: dests,\n})`, path: 'bot.go' },
      { text: `body = {"action": "send", "wallet": W, "source": src, "destination": to, "amount": raw}\nreq = json.dumps(body)\nr = requests.⟦post⟧(NODE, data=req)`, path: 'nano.py' },
      { text: `const u = NXT + "/nxt?requestType=⟦sendMoney⟧&recipient=" + to + "&amountNQT=" + n;`, path: 'nxt.js' },
      { text: `using NxtLib;\nvar reply = await accounts.⟦SendMoney⟧(parameters, recipientRs, Amount.CreateAmountFromNqt(n));`, path: 'Nxt.cs' },
      { text: `using NxtLib;\nvar reply = await assets.⟦TransferAsset⟧(recipientRs, assetId, quantityQnt, parameters);`, path: 'Nxt.cs' },
      { text: `let cmd = format!("electrum -w hot ⟦sweep⟧ {} {} | electrum -w hot broadcast -", key, target);`, path: 'src/main.rs' },
      { text: `#!/bin/sh\nelectrum ⟦payto⟧ "$DEST" 0.25 | electrum broadcast -`, path: 'pay.sh' },
      { text: `def pay(src, dest, n):\n    body = {'addresses': [src], 'transfers': [{'amount': n, 'address': dest}], 'anonymity': 0}\n    return walletd.call('⟦sendTransaction⟧', params=body)['transactionHash']`, path: 'tipbot/wallet.py' },
      { text: `<?php\n// FaucetPay\n$r = $this->client->⟦send⟧($key, $claim['address'], $reward, $ip);`, path: 'Claim.php' },
      // A same-file helper around the node send, called with a destination or from a withdraw handler.
      { text: `function withdraw(user, toAddress, n) {\n  return ⟦sendAmount⟧(user.account, toAddress, n);\n}\nfunction sendAmount(from, dest, value) {\n  return daemon.⟦sendFrom⟧(from, dest, value);\n}`, path: 'wallet.js' },
      // Lightning: LND pays an invoice or keysends; a wallet client's pay handed a BOLT11 invoice.
      { text: `res, err := lnClient.⟦SendPaymentSync⟧(ctx, &lnrpc.SendRequest{PaymentRequest: userInvoice})`, path: 'refund.go' },
      { text: `req := lnrpc.SendCoinsRequest{Addr: addr, Amount: amount}\nresponse, err := c.⟦SendCoins⟧(context.Background(), &req)`, path: 'lnd/main.go' },
      { text: `stream = stub.⟦send_payment_v2⟧(routerrpc.SendPaymentRequest(payment_request=req.invoice, timeout_seconds=60))`, path: 'withdraw.py' },
      { text: `node.⟦keysend⟧(dest: peer_key, amt: reward_sats)`, path: 'tip.rb' },
      { text: `paid, err := u.Wallet.⟦Pay⟧(lnbits.PaymentParams{Out: true, Bolt11: cmd.Invoice}, client)`, path: 'withdraw.go' },
      { text: `class WithdrawCommand {\n    public String execute(List<String> args, double n) {\n        return ⟦payOut⟧(args.get(0), n);\n    }\n    private static String payOut(String a, double n) throws IOException {\n        new ProcessBuilder("dash-cli", "⟦sendtoaddress⟧", a, String.valueOf(n)).start();\n        return "ok";\n    }\n}`, path: 'WithdrawCommand.java' },
    ],
    negative: [
      // Definitions of the library's own methods; a transfer without the Monero libraries.
      { text: `from monero.account import Account\ndef sweep_all(self, address, priority=prio.NORMAL):\n    pass`, path: 'monero/account.py' },
      { text: `rpc.transfer(destinations)  # some other service's RPC`, path: 'pay.py' },
      ...TRON_NODE_EXAMPLES.negative,
      ...EVM_NODE_EXAMPLES.negative,
      // The query look-alikes: balances, history, address checks, fee estimates.
      { text: `bal = node.getbalance()\ntxs = node.listtransactions("*", 10)\nok = node.validateaddress(addr)\nfee = node.estimatesmartfee(6)\ntx = node.gettransaction(txid)`, path: 'wallet.py' },
      { text: `payload = {"method": "getbalance", "params": []}`, path: 'bal.py' },
      // PascalCoin's method name as a label or compared, and a send-to field that is no method.
      { text: `labels = {"sendto": "Send to"}\nif method == "sendto":\n    pass\nform = {"method": "sendto_field"}`, path: 'ui.py' },
      // A label's key handed to a translation or a log, with a target field beside it.
      { text: `const title = t("sendto", {target: name});\nconsole.log("sendto", {"target": t});`, path: 'ui.js' },
      // A walletd send whose list, built above, names no address (fusion of the wallet's own outputs); a helper given no destination.
      { text: `def fuse(n):\n    dests = [n, n]\n    body = {"method": "sendTransaction", "params": {"transfers": dests}}\n    return requests.post(WALLETD, json=body)\n\ndef tick():\n    fuse("short")`, path: 'fuse.py' },
      { text: `spends = rpc("listsparkspends")
bal = rpc("getsparkbalance")`, path: 'spark.py' },
      { text: `#!/bin/sh\nbitcoin-cli getbalance\nbitcoin-cli listtransactions`, path: 'bal.sh' },
      // A socket's sendall is no node method.
      { text: `conn.sendall(json.dumps({"method": "getbalance"}).encode())`, path: 'rpc_probe.py' },
      { text: `print("the RPC method sendtoaddress is disabled on this node")\nout = subprocess.check_output(["/usr/bin/dogecoind", "getbalance"])`, path: 'status.py' },
      // A client's own definition, a method table, an allow-list, a comparison, a comment, an error message.
      { text: `class Proxy:\n    def sendtoaddress(self, addr, amount):\n        """Pays amount to addr."""\n        raise NotImplementedError`, path: 'proxy.py' },
      { text: `METHODS = ['getbalance', 'sendtoaddress', 'sendmany', 'listunspent']`, path: 'rpc.py' },
      { text: `if method == 'sendtoaddress':\n    raise Forbidden(method)`, path: 'guard.py' },
      { text: `// rpc.sendtoaddress(addr, amount) pays the user\nlog.error("sendtoaddress failed: " + err);`, path: 'tip.js' },
      { text: `const methods = { sendToAddress: 'sendtoaddress', getBalance: 'getbalance' };`, path: 'client.js' },
      // TON's SendMany takes messages; a Monero transfer list query; a Nano balance action; a mail send in a faucet.
      { text: `err := w.SendMany(ctx, messages, true)`, path: 'wallet.go' },
      { text: `r = rpc("get_transfers", {"in": True})  # wallet rpc`, path: 'hist.py' },
      // A transfer built only to quote its fee: never relayed.
      { text: `JSONObject q = walletRpc.call("transfer", Map.of("do_not_relay", true, "destinations", List.of(dest)));`, path: 'Fee.java' },
      { text: `def fee(self, dst):\n    data = {"destinations": [dst], "do_not_relay": True}\n    return self.raw_request("transfer", data)  # wallet rpc`, path: 'fee.py' },
      // The variable handed over was last built without a destination (another method's parameters above it).
      { text: `data = {"address": a, "amount": 1}\nlog(data)\ndata = {"account_index": 0}\nself.raw_request("sweep_all", data)  # wallet rpc`, path: 'w.py' },
      { text: `q, err := cli.Transfer(&wallet.RequestTransfer{\n\tDestinations: dests,\n\tDoNotRelay: true,\n})`, path: 'fee.go' },
      { text: `body = {"action": "account_balance", "account": acct, "destination": None}\nr = requests.post(NODE, json=body)`, path: 'nano.py' },
      { text: `<?php\n// FaucetPay\n$mailer->send($message);`, path: 'Notify.php' },
      // Electrum building a payment without broadcasting it (an unsigned draft to inspect).
      { text: `#!/bin/sh\nelectrum payto "$DEST" 0.25 --unsigned > draft.txn\nelectrum broadcast --help`, path: 'draft.sh' },
      // Solana's JSON-RPC sendTransaction broadcasts a signed blob (no transfer list); a walletd method compared.
      { text: `body = {"jsonrpc": "2.0", "id": 1, "method": "sendTransaction", "params": [signed_b64, {"encoding": "base64"}]}`, path: 'sol.py' },
      { text: `transfers = [{'address': a, 'amount': n}]\nif method == 'sendTransaction':\n    audit(transfers)`, path: 'audit.py' },
      { text: `var r = await accounts.SendMoney(p, to, n);`, path: 'Other.cs' },
      // Lightning look-alikes: an invoice created (incoming), decoded or looked up; a shop's pay() with no invoice.
      { text: `inv, err := u.Wallet.Invoice(lnbits.InvoiceParams{Out: false, Amount: n, Memo: "deposit"}, client)\ninfo, err := lnClient.DecodePayReq(ctx, &lnrpc.PayReqString{PayReq: s})`, path: 'deposit.go' },
      // An ATM wallet's sendCoins without LND: another rule's question.
      { text: `String txid = wallet.sendCoins(destinationAddress, amount, cryptoCurrency, description);`, path: 'Atm.java' },
      { text: `lightning_fee = 1\ncart.pay(order_id, card_token)`, path: 'shop.py' },
      { text: `created = wallet.Pay(lnbits.PaymentParams{Out: false, Bolt11: ""}, client) // lightning`, path: 'recv.go' },
      { text: `def send_payment_sync(self, request):\n    return self.stub.SendPaymentSync(request)`.replace('return self.stub.SendPaymentSync(request)', 'raise NotImplementedError'), path: 'lnd_stub.py' },
      // The helper's callers that hand over no destination outside a payout handler, and its own recursion.
      { text: `function sendAmount(from, dest, value) {\n  if (!value) return sendAmount(from, dest, 1);\n  return daemon.sendFrom(from, dest, value);\n}\nfunction stats(u, n) {\n  return sendAmount(u.account, n);\n}`.replace('return daemon.sendFrom(from, dest, value);', '// daemon.sendFrom(from, dest, value)'), path: 'report.js' },
      { text: `function balanceOf(user) {\n  return daemon.getbalance(user.account);\n}\nfunction show(wallet) {\n  return balanceOf(wallet);\n}\n// sendtoaddress is not used here`, path: 'stats.js' },
    ],
  },
});
