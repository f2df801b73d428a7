// Coin nodes' wallet RPC methods that pay out, as data: a tip bot, faucet or payout script holds a node (bitcoind or
// a fork, monero-wallet-rpc, a Nano node, NXT) with a funded wallet and asks it to send. No call says "withdraw"; the
// method name is the evidence, each documented by the node's RPC reference. Their query look-alikes (balances,
// history, address checks, fee estimates) move nothing and are the negatives: a collection naming several methods is a
// client's method table or an allow-list, not a call.

/** One node RPC method that sends coins. */
export interface NodeRpcSend {
  /** The method's name as the node spells it. */
  method: string;
  /** The node family, for the message and the docs. */
  family: string;
  /** The node's RPC reference for the method. */
  doc: string;
}

/** The methods, by family; each entry's `doc` is the page that documents it. */
export const NODE_RPC_SENDS: readonly NodeRpcSend[] = [
  // Bitcoin Core and its forks (Litecoin, Dogecoin, Dash, Ravencoin, Yenten…) keep the wallet RPC's names.
  { method: 'sendtoaddress', family: 'bitcoind', doc: 'https://bitcoincore.org/en/doc/0.18.0/rpc/wallet/sendtoaddress' },
  { method: 'sendmany', family: 'bitcoind', doc: 'https://bitcoincore.org/en/doc/0.16.3/rpc/wallet/sendmany' },
  // The accounts API's send (removed in Bitcoin Core 0.18, kept by many forks' daemons).
  { method: 'sendfrom', family: 'bitcoind', doc: 'https://bitcoincore.org/en/doc/0.16.3/rpc/wallet/sendfrom' },
  // Bitcoin Core 24's sweep of the wallet to its recipients; named only as a string (`call('sendall', …)`): a socket's
  // `sendall(` method is everywhere.
  { method: 'sendall', family: 'Bitcoin Core', doc: 'https://bitcoincore.org/en/doc/24.0.0/rpc/wallet/sendall/' },
  { method: 'z_sendmany', family: 'zcashd', doc: 'https://zcash.github.io/rpc/z_sendmany.html' },
  // Firo's private spends (Spark, and Lelantus before it) pay the addresses of their first parameter.
  { method: 'spendspark', family: 'firod', doc: 'https://github.com/firoorg/firo/blob/master/src/wallet/rpcwallet.cpp (spendspark)' },
  { method: 'joinsplit', family: 'firod', doc: 'https://github.com/firoorg/firo/blob/master/src/wallet/rpcwallet.cpp (joinsplit)' },
  // Avalanche's X-Chain keystore API (the node signs with a user's keystore).
  { method: 'avm.send', family: 'AvalancheGo', doc: 'https://docs.avax.network/reference/avalanchego/x-chain/api#avmsend' },
  { method: 'avm.sendMultiple', family: 'AvalancheGo', doc: 'https://docs.avax.network/reference/avalanchego/x-chain/api#avmsendmultiple' },
  // monero-wallet-rpc and the wallets of its forks (Dero, Wownero…): `transfer` takes `destinations`, a sweep an `address`.
  { method: 'transfer', family: 'monero-wallet-rpc', doc: 'https://docs.getmonero.org/rpc-library/wallet-rpc/#transfer' },
  { method: 'transfer_split', family: 'monero-wallet-rpc', doc: 'https://docs.getmonero.org/rpc-library/wallet-rpc/#transfer_split' },
  { method: 'sweep_all', family: 'monero-wallet-rpc', doc: 'https://docs.getmonero.org/rpc-library/wallet-rpc/#sweep_all' },
  { method: 'sweep_single', family: 'monero-wallet-rpc', doc: 'https://docs.getmonero.org/rpc-library/wallet-rpc/#sweep_single' },
  // The Nano node's wallet send (`{"action": "send", "wallet", "source", "destination", "amount"}` POSTed to the node).
  { method: 'send', family: 'Nano node', doc: 'https://docs.nano.org/commands/rpc-protocol/#send' },
  // CryptoNote wallet daemons (Bytecoin's and Karbo's walletd, TurtleCoin's turtle-service): `transfers` lists address and amount.
  { method: 'sendTransaction', family: 'CryptoNote walletd', doc: 'https://docs.turtlecoin.lol/developer/api/turtle-service#sendtransaction' },
  // PascalCoin's wallet (`sendto` pays another PASA account from one of the wallet's).
  { method: 'sendto', family: 'PascalCoin wallet', doc: 'https://www.pascalcoin.org/development/rpc#sendto' },
  // NXT / Ardor HTTP API (`requestType=sendMoney`), and NxtLib's services of the same names.
  { method: 'sendMoney', family: 'NXT', doc: 'https://nxtdocs.jelurida.com/API#Send_Money' },
  { method: 'transferAsset', family: 'NXT', doc: 'https://nxtdocs.jelurida.com/API#Transfer_Asset' },
  { method: 'transferCurrency', family: 'NXT', doc: 'https://nxtdocs.jelurida.com/API#Transfer_Currency' },
];

/** The same nodes' read-only methods: the look-alikes a send rule must leave alone (and that mark a method table). */
export const NODE_RPC_QUERIES: readonly string[] = [
  'getbalance', 'getbalances', 'listtransactions', 'listunspent', 'validateaddress', 'getaddressinfo', 'estimatesmartfee',
  'estimatefee', 'gettransaction', 'getnewaddress', 'getaccountaddress', 'getaddressesbyaccount', 'getreceivedbyaddress',
  'getwalletinfo', 'getblockcount', 'walletpassphrase', 'walletlock', 'settxfee', 'listaccounts',
  'get_balance', 'get_address', 'get_transfers', 'incoming_transfers', 'get_height', 'validate_address',
  'account_balance', 'account_info', 'wallet_balances', 'getAccount', 'getBalance', 'avm.getBalance',
  'getsparkbalance', 'getsparkaddressbalance', 'listsparkspends', 'getnewsparkaddress',
];

/** Names of a method as clients spell it: the RPC's own, camelCase (`sendToAddress`) and PascalCase (`SendToAddress`). */
function spellings(method: string): string[] {
  const camel = method === 'sendtoaddress' ? 'sendToAddress' : method === 'sendmany' ? 'sendMany' : method === 'sendfrom' ? 'sendFrom' : method;
  return [...new Set([method, camel, camel[0].toUpperCase() + camel.slice(1)])];
}

/** The bitcoind-family methods a client calls by name (`rpc.sendtoaddress(…)`, `client.SendToAddress(…)`). */
export const BITCOIND_SENDS = NODE_RPC_SENDS.filter((s) => s.family === 'bitcoind').map((s) => s.method);
/** Their spellings as client methods. */
export const BITCOIND_CALL_NAMES = BITCOIND_SENDS.flatMap(spellings);
/** Every method name a send or a query of these nodes is written as, lowercase (for the method-table test). */
export const NODE_RPC_NAMES = new Set([...NODE_RPC_SENDS.map((s) => s.method), ...NODE_RPC_QUERIES].map((m) => m.toLowerCase()));
