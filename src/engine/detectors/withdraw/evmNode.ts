// An Ethereum node's JSON-RPC asked to send (part of nodeRpc.ts's record): the method's name handed to a generic
// caller as its argument (`$client->call('eth_sendTransaction', [$tx])`, `r.doPost(url, "eth_sendTransaction", p)`,
// Ruby's `client.json_rpc(:personal_sendTransaction, [...])`): a custodial back-end's or pool's payout through its own
// node, which no client library names. Also bitcoind's send methods as Ruby symbols (`json_rpc(:sendtoaddress, …)`).
// Only as an argument of a call named for an RPC, on the line the call opens: a method table, a constant, a
// comparison or a log sends nothing.
import type { Example, PatternSpec } from '../../defineDetector';
import { rx } from '../fragments';
import { methodUsed } from './nodeRpcMethods';
import { notInString } from '../../judge/codeContext';
import { postsBody } from './postedBody';

const EVM_SENDS = 'eth_sendTransaction|eth_sendRawTransaction|eth_sendrawtransaction|personal_sendTransaction';
/**
 * What stands before the literal's opening quote (or a symbol's colon, passed as `mark`): the `(` of a call named for
 * an RPC (`call`, `json_rpc`, `doPost`, `eth_request`, `CallContext`), or a comma among its first arguments with no
 * bracket between. Not a comparison, a log or a stub written as a call (`strcmp(`, `log.info(`, `receive(`). Looked back
 * from that one character, never from every position.
 */
const asArgument = (mark: string) => String.raw`(?<=(?:[Rr]pc|RPC|[Cc]all|[Rr]equest|[Ii]nvoke|[Pp]ost|[Qq]uery|[Ee]xec)[A-Za-z0-9_]{0,20}[ \t]*\((?:[^()\[\]{}\n]{0,80},)?[ \t]{0,8}${mark})`;

/** The node API's words (bitcoind's are the record's own). */
export const EVM_NODE_KEYWORDS = ['eth_sendtransaction', 'eth_sendrawtransaction', 'personal_sendtransaction'];

/** The method names, quoted or as Ruby symbols, given to the call that posts them. */
export const EVM_NODE_PATTERNS: PatternSpec[] = [
  {
    re: rx(String.raw`(?<q>["'\`])${asArgument(String.raw`["'\`]`)}(?<name>${EVM_SENDS})\k<q>`),
    keywords: ['eth_sendtransaction', 'eth_sendrawtransaction', 'personal_sendtransaction'],
    validate: [methodUsed],
  },
  {
    re: rx(String.raw`:${asArgument(':')}(?<name>${EVM_SENDS}|sendtoaddress|sendmany|sendfrom)(?![A-Za-z0-9_])`),
    keywords: [...EVM_NODE_KEYWORDS, 'sendtoaddress', 'sendmany', 'sendfrom'],
    files: ['ruby'],
  },
  // A Ruby client that forwards any method to the node (Peatio's `CoinRPC[code].sendtoaddress addr, n`, its
  // `.eth_sendTransaction(from: hot, to: dest, value: v)`): the call's own name, with or without parentheses.
  {
    re: rx(String.raw`[.](?<name>${EVM_SENDS}|sendtoaddress|sendmany|sendfrom)(?:[ \t]*\(|[ \t]+(?=[A-Za-z_@:"'$]))`),
    keywords: [...EVM_NODE_KEYWORDS, 'sendtoaddress', 'sendmany', 'sendfrom'],
    files: ['ruby'],
    validate: [notInString],
  },
];

/** A JSON-RPC body asking the node to send from one of its unlocked accounts (`"method": "eth_sendTransaction"`). */
const EVM_SEND_BODY = /["']?method["']?[ \t]*(?::|=>|=|,)[ \t]*["'](?:eth_sendTransaction|personal_sendTransaction)["']/;

/** The post of such a body built in the lines above (postedBody.ts): the request that sends, reported at the post. */
export const EVM_SEND_POST: PatternSpec = {
  re: rx(String.raw`(?<![A-Za-z0-9_$])(?<name>post|urlopen|fetch)[ \t]*\(`),
  keywords: ['post(', 'urlopen(', 'fetch('],
  validate: [notInString, postsBody('posts-node-send-body', EVM_SEND_BODY, (e) => EVM_SEND_BODY.test(e))],
  requires: { fileContains: ['eth_sendtransaction', 'personal_sendtransaction'] },
};

/** withdraw/node-rpc-send's Ethereum-node examples (spread into its record). */
export const EVM_NODE_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `<?php\n$payload = ['from' => $hot, 'to' => $dest, 'value' => $wei];\n$txHash = (string)$client->call('⟦eth_sendTransaction⟧', [$payload]);`, path: 'app/Services/Payout.php' },
    { text: `module Worker\n  class PayCoin\n    def process(w)\n      txid = NodeRPC[w.currency].⟦sendtoaddress⟧ w.address, w.amount.to_f\n      w.update!(txid: txid)\n    end\n  end\nend`, path: 'app/models/worker/pay_coin.rb' },
    { text: `txid = NodeRPC[:eth].⟦eth_sendTransaction⟧(from: hot, to: w.address, value: wei_hex)`, path: 'app/models/worker/pay_eth.rb' },
    // A JSON-RPC body built above and posted: the post sends it.
    { text: `const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_sendTransaction', params: [{ from: FUNDER, to: user, value: '0x2386f26fc10000' }] });\nconst res = await ⟦fetch⟧(RPC_URL, { method: 'POST', headers, body });`, path: 'src/prefund.js' },
    { text: `func (r *RPCClient) SendTransaction(from, to, value string) (string, error) {\n\trpcResp, err := r.doPost(r.Url, "⟦eth_sendTransaction⟧", []interface{}{params})\n\treturn string(rpcResp.Result), err\n}`, path: 'rpc/rpc.go' },
    { text: `$raw = eth_request("⟦eth_sendRawTransaction⟧", [$signed["raw"]], 1);`, path: 'cron/withdraw.php' },
    { text: `def create_eth_transaction!(transaction)\n  client.json_rpc(:⟦personal_sendTransaction⟧, [{ from: hot, to: transaction.to_address, value: amount }])\nend`, path: 'lib/wallet.rb' },
    { text: `txid = client.json_rpc(:⟦sendtoaddress⟧, [transaction.to_address, transaction.amount])`, path: 'lib/bitcoin/wallet.rb' },
  ],
  negative: [
    // A method name kept in a variable, a table of methods, a comparison, a named field on its own line.
    { text: `<?php\n$submitMethod = 'eth_sendTransaction';`, path: 'Signer.php' },
    // A query's body posted the same way.
    { text: `const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_getBalance', params: [user, 'latest'] });\nconst res = await fetch(RPC_URL, { method: 'POST', headers, body });\nconsole.log('eth_sendTransaction is disabled here');`, path: 'src/balance.js' },
    // A query through the same forwarding client, and the method named in a message.
    { text: `balance = NodeRPC[code].getbalance.to_d\nputs "call .sendtoaddress with an unlocked wallet"`, path: 'lib/node_rpc.rb' },
    { text: `const WRITE_METHODS = ['eth_sendTransaction', 'eth_sendRawTransaction'];`, path: 'proxy.js' },
    { text: `if (req.method === 'eth_sendTransaction') return forward(req);`, path: 'middleware.js' },
    { text: `val body = RpcRequest(\n    method = "eth_sendRawTransaction",\n    params = listOf(raw)\n)`, path: 'Node.kt' },
    { text: `client.json_rpc(:eth_getBalance, [address, 'latest'])`, path: 'lib/wallet.rb' },
    { text: `# json_rpc(:sendtoaddress, [to, amount]) sends coins`, path: 'lib/doc.rb' },
    // The name compared, logged or stubbed through a call that is no RPC.
    { text: `<?php\nif (strcmp($m, "eth_sendTransaction") === 0) { $this->forward($req); }`, path: 'Proxy.php' },
    { text: `log.info("forwarding", "eth_sendRawTransaction", payload);`, path: 'relay.js' },
    { text: `raise NotImplementedError unless client.respond_to?(:sendtoaddress)`, path: 'lib/adapter.rb' },
    { text: `allow(client).to receive(:personal_sendTransaction).and_return(txid)`, path: 'lib/fake_node.rb' },
  ],
};
