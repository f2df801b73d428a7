// An Ethereum node's JSON-RPC asked to send (part of nodeRpc.ts's record): the method's name handed to a generic
// caller as its argument (`$client->call('eth_sendTransaction', [$tx])`, `r.doPost(url, "eth_sendTransaction", p)`,
// Ruby's `client.json_rpc(:personal_sendTransaction, [...])`): a custodial back-end's or pool's payout through its own
// node, which no client library names. Also bitcoind's send methods as Ruby symbols (`json_rpc(:sendtoaddress, …)`).
// Only as a call's argument on the line the call opens: a method table, a constant or a comparison sends nothing.
import type { Example, PatternSpec } from '../../defineDetector';
import { rx } from '../fragments';
import { methodUsed } from './nodeRpcMethods';

const EVM_SENDS = 'eth_sendTransaction|eth_sendRawTransaction|eth_sendrawtransaction|personal_sendTransaction';
/** Right after a call's `(`, or after a comma among its first arguments (no bracket between): the call's method. */
const AS_ARGUMENT = String.raw`(?<=\((?:[^()\[\]{}\n]{0,80},)?[ \t]*)`;

/** The node API's words. */
export const EVM_NODE_KEYWORDS = ['eth_sendtransaction', 'eth_sendrawtransaction', 'personal_sendtransaction', ':sendtoaddress', ':sendmany', ':sendfrom'];

/** The method names, quoted or as Ruby symbols, given to the call that posts them. */
export const EVM_NODE_PATTERNS: PatternSpec[] = [
  {
    re: rx(String.raw`${AS_ARGUMENT}(?<q>["'\`])(?<name>${EVM_SENDS})\k<q>`),
    keywords: ['eth_sendtransaction', 'eth_sendrawtransaction', 'personal_sendtransaction'],
    validate: [methodUsed],
  },
  {
    re: rx(String.raw`${AS_ARGUMENT}:(?<name>${EVM_SENDS}|sendtoaddress|sendmany|sendfrom)(?![A-Za-z0-9_])`),
    keywords: EVM_NODE_KEYWORDS,
    files: ['ruby'],
  },
];

/** withdraw/node-rpc-send's Ethereum-node examples (spread into its record). */
export const EVM_NODE_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `<?php\n$payload = ['from' => $hot, 'to' => $dest, 'value' => $wei];\n$txHash = (string)$client->call('⟦eth_sendTransaction⟧', [$payload]);`, path: 'app/Services/Payout.php' },
    { text: `func (r *RPCClient) SendTransaction(from, to, value string) (string, error) {\n\trpcResp, err := r.doPost(r.Url, "⟦eth_sendTransaction⟧", []interface{}{params})\n\treturn string(rpcResp.Result), err\n}`, path: 'rpc/rpc.go' },
    { text: `$raw = eth_request("⟦eth_sendRawTransaction⟧", [$signed["raw"]], 1);`, path: 'cron/withdraw.php' },
    { text: `def create_eth_transaction!(transaction)\n  client.json_rpc(:⟦personal_sendTransaction⟧, [{ from: hot, to: transaction.to_address, value: amount }])\nend`, path: 'lib/wallet.rb' },
    { text: `txid = client.json_rpc(:⟦sendtoaddress⟧, [transaction.to_address, transaction.amount])`, path: 'lib/bitcoin/wallet.rb' },
  ],
  negative: [
    // A method name kept in a variable, a table of methods, a comparison, a named field on its own line.
    { text: `<?php\n$submitMethod = 'eth_sendTransaction';`, path: 'Signer.php' },
    { text: `const WRITE_METHODS = ['eth_sendTransaction', 'eth_sendRawTransaction'];`, path: 'proxy.js' },
    { text: `if (req.method === 'eth_sendTransaction') return forward(req);`, path: 'middleware.js' },
    { text: `val body = RpcRequest(\n    method = "eth_sendRawTransaction",\n    params = listOf(raw)\n)`, path: 'Node.kt' },
    { text: `client.json_rpc(:eth_getBalance, [address, 'latest'])`, path: 'lib/wallet.rb' },
    { text: `# json_rpc(:sendtoaddress, [to, amount]) sends coins`, path: 'lib/doc.rb' },
  ],
};
