// Bitrue's credentials as data: key and secret shapes, the names that hold them, examples.
import { exchangeRecord } from './credential';
import { DELETE } from './shapes';

// Our own sample values: Bitrue's API (modelled on Binance's) gives 64-character keys and secrets.
const KEY = '7b2e9c4a1f8d3e6b0a5c9f2d7e4b1a8c3f6e9d2b5a8c1f4e7d0b3a6c9f2e5d8a';
const SECRET = 'c4f1a8d5e2b9c6f3a0d7e4b1c8f5a2d9e6b3c0f7a4d1e8b5c2f9a6d3e0b7c4f1';

/** Bitrue's detection record. */
export const bitrue = exchangeRecord({
  ccxtIds: /^bitrue/,
  slug: 'bitrue', exchange: 'Bitrue', fileWords: ['bitrue'], deleteAdvice: DELETE('Bitrue API Management'),
  credentials: [
    {
      role: 'api-key', title: 'API key', shape: String.raw`[A-Za-z0-9]{64}`,
      names: /bitrue.*key|^(?:api[_-]?key|apikey|key)$/i, notNames: /secret/i,
      examples: {
        positive: [
          `BITRUE_API_KEY = "⟦${KEY}⟧"`,
          { text: `from bitrue.client import Client\nclient = Client(api_key='⟦${KEY}⟧', api_secret=s)`, path: 'examples/orders.py' },
        ],
        negative: [
          `BITRUE_API_KEY = os.environ["BITRUE_API_KEY"]`,
          // A 64-character hash in a file that never talks to Bitrue; a transaction hash in one that does.
          { text: `api_key = "${KEY}"`, path: 'hashes.py' },
          `# bitrue\ntx_hash = "${KEY}"`,
          // Binance's header (Bitrue's API borrows it) in a file that never talks to Bitrue.
          { text: `BASE = "https://api.binance.com"\nheaders = {"X-MBX-APIKEY": "${KEY}"}`, path: 'bot.py' },
        ],
      },
    },
    {
      role: 'api-secret', title: 'secret key', shape: String.raw`[A-Za-z0-9]{64}`,
      names: /bitrue.*secret|^(?:secret[_-]?key|api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|secret)$/i,
      examples: {
        positive: [
          `BITRUE_SECRET_KEY = "⟦${SECRET}⟧"`,
          { text: `from bitrue.client import Client\nclient = Client(api_key=k, api_secret='⟦${SECRET}⟧')`, path: 'examples/orders.py' },
        ],
        negative: [`BITRUE_SECRET_KEY = os.getenv("BITRUE_SECRET_KEY")`, { text: `secret = "${SECRET}"`, path: 'crypto.py' }],
      },
    },
  ],
});
