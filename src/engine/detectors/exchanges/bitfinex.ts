// Bitfinex's credentials as data: key shapes, the names and headers that hold them, examples.
import { exchangeRecord } from './credential';
import { DELETE } from './shapes';

// Our own sample values (43 letters and digits, the length Bitfinex's keys and secrets have).
const KEY = 'k7Qm2Xv9Lp4Tz8Rw1Nb6Yc3Hd5Gf0Js2Ua7Ke9Mo4Wi';
const SECRET = 'T3pL8vQ1zX6mR9wK2cN7bY4hD0fG5jS8aU1eI6oP3rV';

/** Bitfinex's detection record. */
export const bitfinex = exchangeRecord({
  ccxtIds: /^bitfinex/,
  slug: 'bitfinex', exchange: 'Bitfinex', fileWords: ['bitfinex'], deleteAdvice: DELETE('Bitfinex Account → API Keys'),
  credentials: [
    {
      role: 'api-key', title: 'API key', shape: String.raw`[A-Za-z0-9]{43}`,
      names: /bitfinex.*key|bfx.*key|^(?:api[_-]?key|apikey|key)$/i, notNames: /secret/i, headers: ['bfx-apikey'],
      examples: {
        positive: [
          `BITFINEX_API_KEY = "⟦${KEY}⟧"`,
          { text: `auto const host = "api.bitfinex.com";\nauto const API_Key = "⟦${KEY}⟧";`, path: 'feed.cpp' },
          `headers = {"bfx-apikey": "⟦${KEY}⟧"}`,
        ],
        negative: [
          `BITFINEX_API_KEY = os.environ["BITFINEX_API_KEY"]`,
          // A 43-character value in a file of no Bitfinex use.
          { text: `API_KEY = "${KEY}"`, path: 'weather.py' },
        ],
      },
    },
    {
      role: 'api-secret', title: 'API secret', shape: String.raw`[A-Za-z0-9]{43}`,
      names: /bitfinex.*secret|bfx.*secret|^(?:api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|secret(?:[_-]?key)?)$/i,
      examples: {
        positive: [
          `BITFINEX_API_SECRET = "⟦${SECRET}⟧"`,
          { text: `auto const host = "api.bitfinex.com";\nauto const API_Secret = "⟦${SECRET}⟧";`, path: 'feed.cpp' },
        ],
        negative: [`BITFINEX_API_SECRET = os.getenv("BITFINEX_API_SECRET")`, `bitfinex_secret = "your_api_secret_goes_here_xxxxxxxxxxxxxxxxx"`],
      },
    },
  ],
});
