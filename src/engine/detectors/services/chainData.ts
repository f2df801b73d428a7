// Chain-data providers a bot reads the chain through: block explorers' APIs, node and indexer keys. The RPC
// URLs that carry a key are the `secret/rpc-url-key` detector's; these are the keys on their own.
import { defineDetector, type Validator } from '../../defineDetector';
import { standardValidators } from '../../judge/validators';
import { rx } from '../fragments';
import { keyInUrl, namedKey } from './named';

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])`;
const HEX32 = String.raw`[0-9a-f]{32}(?![0-9a-zA-Z])`;
// Explorer API keys (Etherscan and its family: BscScan, PolygonScan, Arbiscan, BaseScan …) are 34 upper-case characters.
const EXPLORER_KEY = String.raw`[A-Z0-9]{34}(?![A-Za-z0-9])`;
// TON's HTTP APIs: toncenter's keys are 64 hex characters; tonapi.io's console keys upper-case base32 (A…).
const TON_KEY = String.raw`(?:[0-9a-f]{64}|A[A-Z2-7]{59,99})(?![0-9A-Za-z])`;
// TON_API_KEY, toncenterKey, tonApiToken; not a `button_api_key`.
const TON_NAME = /(?<![A-Za-z])ton_?(?:center|api)|Ton_?(?:Center|Api)|(?<![A-Z])TON_?(?:CENTER|API)/;
// Infura's project id is its API key: a name ending in `_ID` is the key here.
const NOT_INFURA_KEY = /url|uri|endpoint|host|path|file|address|network|chain/i;

/** Hardhat's per-network key map open above the value, with no brace between. */
const KEY_MAP_ABOVE = /etherscan\\?["']?[ \t]*:[ \t]*\{[ \t\r\n]{0,40}\\?["']?apiKey\\?["']?[ \t]*:[ \t]*\{[^{}]*$/;
/** Keeps a value inside `etherscan: { apiKey: { … } }` (the 1,500 characters above it). */
const inExplorerKeyMap: Validator = {
  name: 'in-explorer-key-map',
  reach: { before: 1500, after: 0 },
  test: (_v, ctx) => KEY_MAP_ABOVE.test(ctx.text.slice(Math.max(0, ctx.start - 1500), ctx.start)),
};

export const chainDataKey = defineDetector({
  id: 'secret/chain-data-key',
  title: 'chain-data provider key',
  severity: 'warning',
  role: 'api-key',
  message: '{exchange} API key {masked} is hard-coded.',
  risk: 'Anyone who has it spends your request quota and bills your plan.',
  advice: 'Move it to an environment variable. If it was shared or committed, delete or rotate the key in the {exchange} dashboard.',
  keywords: ['etherscan', 'bscscan', 'polygonscan', 'arbiscan', 'basescan', 'infura', 'alchemy', 'moralis', 'quicknode', 'qn_', 'helius', 'blocknative', 'tonapi', 'ton_api', 'toncenter', 'ton_center'],
  validate: standardValidators,
  patterns: [
    namedKey(/etherscan|polygonscan|arbiscan|basescan|snowtrace|ftmscan/i, EXPLORER_KEY, { exchange: 'Etherscan', envName: 'ETHERSCAN_API_KEY', keywords: ['etherscan', 'polygonscan', 'arbiscan', 'basescan'] }),
    namedKey(/bscscan/i, EXPLORER_KEY, { exchange: 'BscScan', envName: 'BSCSCAN_API_KEY', keywords: ['bscscan'] }),
    // Hardhat's verify plugin: `etherscan: { apiKey: "…" }`.
    {
      re: rx(String.raw`etherscan\\?["']?[ \t]*:[ \t]*\{[ \t\r\n]{0,40}\\?["']?apiKey\\?["']?[ \t]*:[ \t]*\\?["'](?<v>${EXPLORER_KEY})`),
      keywords: ['etherscan'], linesAfter: 2, exchange: 'Etherscan', envName: 'ETHERSCAN_API_KEY',
    },
    // Its per-network map (`etherscan: { apiKey: { goerli: "…", "base-testnet": "…" } }`): each network's key.
    {
      re: rx(String.raw`(?<![A-Za-z0-9_-])["']?[A-Za-z0-9_-]{1,40}["']?[ \t]*:[ \t]*\\?["'](?<v>${EXPLORER_KEY})`),
      keywords: ['etherscan'], linesAfter: 30, exchange: 'Etherscan', envName: 'ETHERSCAN_API_KEY',
      validate: [inExplorerKeyMap],
    },
    keyInUrl(String.raw`api(?:-[a-z]{1,20})?\.(?:etherscan\.io|polygonscan\.com|arbiscan\.io|basescan\.org)`, 'apikey|apiKey', EXPLORER_KEY, { exchange: 'Etherscan', envName: 'ETHERSCAN_API_KEY', keywords: ['etherscan', 'polygonscan', 'arbiscan', 'basescan'] }),
    keyInUrl(String.raw`api(?:-[a-z]{1,20})?\.bscscan\.com`, 'apikey|apiKey', EXPLORER_KEY, { exchange: 'BscScan', envName: 'BSCSCAN_API_KEY', keywords: ['bscscan'] }),
    namedKey(/infura/i, HEX32, { exchange: 'Infura', envName: 'INFURA_API_KEY', keywords: ['infura'], notName: NOT_INFURA_KEY }),
    namedKey(/alchemy/i, String.raw`[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])`, { exchange: 'Alchemy', envName: 'ALCHEMY_API_KEY', keywords: ['alchemy'] }),
    // Moralis issues JWTs now (older keys were 64 alphanumerics).
    namedKey(/moralis/i, String.raw`(?:eyJ[A-Za-z0-9_-]{10,400}\.eyJ[A-Za-z0-9_-]{10,800}\.[A-Za-z0-9_-]{20,200}|[A-Za-z0-9]{64})(?![A-Za-z0-9_-])`, { exchange: 'Moralis', envName: 'MORALIS_API_KEY', keywords: ['moralis'] }),
    namedKey(/quick_?node|quiknode|(?:^|_)qn(?:_|$)/i, String.raw`(?:QN_)?${HEX32}`, { exchange: 'QuickNode', envName: 'QUICKNODE_API_KEY', keywords: ['quicknode', 'quick_node', 'qn_'] }),
    // QuickNode's console API keys carry their own prefix.
    { re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>QN_${HEX32})`), keywords: ['qn_'], exchange: 'QuickNode', envName: 'QUICKNODE_API_KEY' },
    namedKey(/helius/i, UUID, { exchange: 'Helius', envName: 'HELIUS_API_KEY', keywords: ['helius'] }),
    namedKey(TON_NAME, TON_KEY, { exchange: 'TON', envName: 'TON_API_KEY', keywords: ['tonapi', 'ton_api', 'toncenter', 'ton_center'] }),
    // TON clients take the key first or by name: TonTools' TonApiClient / TonCenterClient, pytonapi's Tonapi.
    {
      re: rx(String.raw`(?:TonApiClient|TonCenterClient|Tonapi)[ \t]*\([ \t\r\n]{0,20}(?:(?:api_?key|key)[ \t]*=[ \t]*)?["'](?<v>${TON_KEY})["']`),
      keywords: ['tonapi', 'toncenter'], linesAfter: 1, exchange: 'TON', envName: 'TON_API_KEY',
    },
    // Blocknative's dapp id is its API key.
    namedKey(/blocknative|bn_?api_?key|dapp_?id/i, UUID, { exchange: 'Blocknative', envName: 'BLOCKNATIVE_API_KEY', keywords: ['blocknative', 'dappid', 'dapp_id'], notName: NOT_INFURA_KEY }),
  ],
  examples: {
    positive: [
      `ETHERSCAN_API_KEY = "⟦LN58TAXL6YQO1FZ2EK22BXYH8LK50626MD⟧"`,
      { text: `BSCSCAN_API_KEY=⟦UF3K7QZ1M9XW4T2R8LN5YC6B0HAJ1DPE7S⟧\n`, path: '.env' },
      `module.exports = { etherscan: { apiKey: "⟦LN58TAXL6YQO1FZ2EK22BXYH8LK50626MD⟧" } };`,
      `module.exports = {\n  etherscan: {\n    apiKey: {\n      sepolia: "⟦LN58TAXL6YQO1FZ2EK22BXYH8LK50626MD⟧",\n      "base-sepolia": '⟦UF3K7QZ1M9XW4T2R8LN5YC6B0HAJ1DPE7S⟧',\n    },\n  },\n};`,
      `r = requests.get(f"https://api.etherscan.io/api?module=account&action=balance&address={a}&apikey=⟦LN58TAXL6YQO1FZ2EK22BXYH8LK50626MD⟧")`,
      `const url = "https://api.bscscan.com/api?module=account&action=txlist&apikey=⟦UF3K7QZ1M9XW4T2R8LN5YC6B0HAJ1DPE7S⟧";`,
      `INFURA_PROJECT_ID = "⟦c63e9558f8f931c5c79f0768247682b7⟧"`,
      `const alchemyKey = '⟦XViMKL3ffSjUjLfvI02-Jd0XOo-NZpZu⟧';`,
      { text: `MORALIS_API_KEY=⟦zYKObDNJIPc4lxOYtJKGVxmM9Hcbp8vBB6Hj0LnN56VMz6KoPpeBgIbHlvplq6Bm⟧\n`, path: '.env' },
      `QUICKNODE_KEY = "⟦QN_d176030003ca57e2c0f1505084a8f89d⟧"`,
      `helius_api_key: str = "⟦0a27182e-24e0-437b-98dc-315e80230e4c⟧"`,
      `const onboard = Onboard({ dappId: '⟦01ca5f9d-6e89-45ae-a067-fb14a150bc95⟧', networkId: 1 });`,
      `from TonTools import TonApiClient\nprovider = TonApiClient('⟦3f9a0c52e71b84d6a2c9f03e5b718d4c6e2a9f17b04c3d85e6f1a27c9b3d0e48⟧', testnet=True)`,
      `client = TonCenterClient(key="⟦3f9a0c52e71b84d6a2c9f03e5b718d4c6e2a9f17b04c3d85e6f1a27c9b3d0e48⟧")`,
      { text: `TONCENTER_API_KEY=⟦3f9a0c52e71b84d6a2c9f03e5b718d4c6e2a9f17b04c3d85e6f1a27c9b3d0e48⟧\n`, path: '.env' },
    ],
    negative: [
      `ETHERSCAN_API_KEY = os.environ["ETHERSCAN_API_KEY"]`,
      `etherscan_api_key = "YourApiKeyToken"`,
      `ETHERSCAN_URL = "https://api.etherscan.io/api"`,
      `module.exports = {\n  etherscan: {\n    apiKey: {\n      sepolia: process.env.ETHERSCAN_API_KEY,\n      "base-sepolia": process.env.BASESCAN_API_KEY,\n    },\n  },\n};`,
      `const url = \`https://api.etherscan.io/api?module=account&apikey=\${ETHERSCAN_KEY}\`;`,
      `INFURA_NETWORK = "mainnet-ethereum-rpc-1234567890"`,
      `ALCHEMY_API_KEY = "your-alchemy-api-key-goes-here-xx"`,
      `helius_api_key = "00000000-0000-0000-0000-000000000000"`,
      `BSCSCAN_ADDRESS = "LN58TAXL6YQO1FZ2EK22BXYH8LK50626MD"`,
      `provider = TonApiClient(API_KEY, addresses_form='user_friendly', testnet=True)`,
      // A button's id and a TON transaction hash: names that only look alike, or that say hash.
      `BUTTON_API_KEY = "3f9a0c52e71b84d6a2c9f03e5b718d4c6e2a9f17b04c3d85e6f1a27c9b3d0e48"`,
      `ton_api_tx_hash = "3f9a0c52e71b84d6a2c9f03e5b718d4c6e2a9f17b04c3d85e6f1a27c9b3d0e48"`,
    ],
  },
});
