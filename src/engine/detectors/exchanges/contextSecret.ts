// A secret assigned to a bare credential name (`api_key`, `API_SECRET`, `MAINNET_API_SECRET`, `passphrase`) in a
// file whose text or path names an exchange (`BINGX/test.py`, a script posting to api.kucoin.com) is that exchange's
// API credential, whatever its shape: exchanges without a record of their own (BingX, BitMart, CoinEx, LATOKEN, …)
// and values outside a record's shape were reported as generic secrets, as a warning. The exchange records come
// first (their shapes name the exchange), and dedupe keeps the earlier detector on the same value.
import { defineDetector, type PatternSpec, type Validator } from '../../defineDetector';
import { lineEndWithin, linesAbove } from '../../text/linesAbove';
import { assignedSecretPatterns, GENERIC_VALIDATORS, PUBLIC_NAME } from '../generic';
import { namedByPath } from './keyFile';
import { EXCHANGE_SECRET_RISK, rotateExchangeKey } from './namedSecret';
import { exchangeWordList } from './nameWords';

/**
 * Words a bare credential name may hold besides its credential word: no other service's name (`telegram_api_key`),
 * no wallet's (`private_key`). No word is two others joined, so a name splits one way only.
 */
const FILLER = ['api', 'key', 'keys', 'secret', 'secrets', 'passphrase', 'access', 'seceret', 'my', 'your', 'the', 'mainnet', 'testnet',
  'live', 'real', 'prod', 'production', 'main', 'sub', 'trade', 'trading', 'read', 'only', 'write', 'account', 'user', 'self', 'this', 'config',
  'cfg', 'conf', 'settings', 'exchange', 'client', 'default'];
/** A name made of those words only (snake, kebab, upper or camel case; a number after a word). */
const BARE = String.raw`(?:(?:${FILLER.join('|')})[0-9]*[_.-]?){1,6}$`;
/** A key's bare name (`api_key`, `ApiKey`, `MAINNET_API_KEY`): never a secret's word, never `key` alone. */
const KEY_NAME = new RegExp(String.raw`^(?=[^]*key)(?![^]*(?:secret|seceret|passphrase))(?!key$)${BARE}`, 'i');
/** A secret's or passphrase's bare name (`api_secret`, `SECRET_KEY`, `apiPassphrase`, `secret`). */
const SECRET_NAME = new RegExp(String.raw`^(?=[^]*(?:secret|seceret|passphrase))${BARE}`, 'i');

/**
 * Words that name an exchange in a file's text (found inside other words too), or ccxt. Not `gate` (every gateway
 * holds it), a bare `coinbase` (an EVM block's coinbase, Coinbase Wallet: their API's names instead) nor the
 * three-letter names (`htx` is in every `ethTx`).
 */
const AMBIGUOUS = new Set(['gate', 'coinbase', 'htx', 'bfx', 'ftx', 'apca']);
const FILE_WORDS = [...exchangeWordList().filter((w) => !AMBIGUOUS.has(w)), 'gate.io', 'gateio', 'gate_io', 'ccxt',
  'coinbase.com', 'coinbasepro', 'coinbase_pro', 'coinbase-pro', 'cbpro', 'coinbase_advanced', 'coinbase-advanced', 'coinbaseadvanced',
  'ftx.com', 'ftx.us', 'ftx-', 'ftx_', 'htx.com'];
/** A path naming an exchange as a whole word (`BINGX/test.py`, `kucoin-crawler/`; not `gateway/`). */
const namedInPath = namedByPath([...exchangeWordList().filter((w) => w !== 'gate'), 'gateio']);

/** Another service named on the value's line or the two above (`etherscan: {`, `# telegram`): the key is that service's. */
const OTHER_SERVICE = /etherscan|bscscan|polygonscan|arbiscan|snowtrace|ftmscan|basescan|infura|alchemy|moralis|coingecko|coinmarketcap|cryptocompare|telegram|discord|openai|twitter|sendgrid|twilio|mailgun|smtp|firebase|stripe|paypal/i;
/** Etherscan's family of explorers issues 34-character upper-case keys (with letters past F: not hex). */
const EXPLORER_KEY = /^(?=[A-Z0-9]{34}$)[A-Z0-9]*[G-Z]/;

/** Drops an explorer's key shape and a value under another service's name. */
const notAnotherService: Validator = {
  name: 'not-another-service-key',
  reach: { before: 2 * 200, after: 200 },
  test: (value, ctx) => !EXPLORER_KEY.test(value) && !OTHER_SERVICE.test(linesAbove(ctx.text, lineEndWithin(ctx.text, ctx.end, 200), 3, 3 * 200)),
};

/** The assignment patterns for one role's bare names: in a file that names an exchange, or under a path that does. */
function rolePatterns(role: 'api-key' | 'api-secret'): PatternSpec[] {
  return assignedSecretPatterns(role === 'api-key' ? KEY_NAME : SECRET_NAME, PUBLIC_NAME).flatMap((p) => [
    { ...p, role, requires: { fileContains: FILE_WORDS } },
    { ...p, role, path: namedInPath },
  ]);
}

export const exchangeContextSecret = defineDetector({
  id: 'secret/exchange-context-secret',
  title: 'exchange API credential',
  severity: 'error',
  role: 'api-secret',
  message: 'Value {masked} assigned to {name} looks like a live exchange API key or secret.',
  risk: EXCHANGE_SECRET_RISK,
  advice: rotateExchangeKey('the exchange'),
  keywords: ['key', 'secret', 'pass'],
  validate: [...GENERIC_VALIDATORS, notAnotherService],
  patterns: [...rolePatterns('api-key'), ...rolePatterns('api-secret')],
  examples: {
    positive: [
      { text: `import requests\napi_key = '⟦6bf34c02-a263-4255-9cff-9cece36992d2⟧'\napi_secret = '⟦Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE⟧'\n`, path: 'BINGX/test.py' },
      { text: `const MAINNET_API_SECRET = "⟦Qm3Xv8Lp2Wk7Rt5Zb9Nc4Hd6Jf1Gs0Ay3Te8⟧";\nconst client = new RestClientV5({ key, secret: MAINNET_API_SECRET }); // bybit`, path: 'copy.ts' },
      { text: `[okex]\napi_key = ⟦78e8af11-0fc6-41ba-bb60-8c9042dae10f⟧\nsecret_key = ⟦9F9E3F62F577C6C34FD73540044C4B15⟧\n`, path: 'config.ini' },
      { text: `API_KEY = '⟦BDF96045061345299768E453129C12B3⟧'\nurl = 'https://api.coinex.com/v1/order/limit'\n`, path: 'bot.py' },
      // Regional exchanges (VALR in South Africa, BTC Markets in Australia) named by their hosts.
      { text: `API_KEY = "⟦3c9e1f0a7b2d4e6f8a1c3e5b7d9f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f⟧"\nBASE = "https://api.valr.com"\n`, path: 'bots/sell.py' },
      { text: `const apiSecret = '⟦mK3vQ8xZ2pL7wN5tR9bF4hJ6gD1sA0yC8eU3iO7kM2nB5vX=⟧';\nconst host = 'https://api.btcmarkets.net';`, path: 'src/trade.js' },
    ],
    negative: [
      // No exchange in text or path; another service's name; a wallet's private key; a placeholder.
      { text: `api_secret = 'Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE'\n`, path: 'gateway/config.py' },
      { text: `# binance bot\ntelegram_api_key = 'Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE'\n`, path: 'bot.py' },
      { text: `# binance bot\nprivate_key = 'Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE'\n`, path: 'bot.py' },
      { text: `# kucoin\napi_secret = 'your-api-secret-here'\n`, path: 'bot.py' },
      { text: `# kucoin\napi_key = os.environ['KUCOIN_KEY']\n`, path: 'bot.py' },
      // An explorer's key in a BSC config; another service's block; an EVM block's coinbase.
      { text: `networks: { bsc: { url: "https://bsc-dataseed.binance.org" } },\nconst apiKey = "ZGR21YGDGQSIVXI5B2NR5K73MFCDI4QPH8";`, path: 'hardhat.config.ts' },
      { text: `# binance bot\ntelegram = {\n    "api_key": "Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE",\n}`, path: 'bot.py' },
      { text: `const miner = block.coinbase;\nconst secret = '9mu2L4VeiWkPLXEoWAbvwzb-shhserver';`, path: 'scripts/seed.js' },
    ],
  },
});
