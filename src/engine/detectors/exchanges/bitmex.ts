// BitMEX's credentials as data: key id and secret shapes, the names that hold them, examples.
import { exchangeRecord } from './credential';
import { DELETE } from './shapes';

// Our own sample values: BitMEX key ids are 24 characters, secrets 48 (letters, digits, `_` and `-`).
const KEY = 'Zr8Kq2LmX7vT4nB9wP1cY6hD';
const SECRET = 'Hq3_vL8pX2mK9wR4tN7bC1yZ6dF0gS5aU3eI8oP2rV-jB4kW';

/** BitMEX's detection record. */
export const bitmex = exchangeRecord({
  ccxtIds: /^bitmex/,
  slug: 'bitmex', exchange: 'BitMEX', fileWords: ['bitmex'], deleteAdvice: DELETE('BitMEX Account → API Keys'),
  credentials: [
    {
      role: 'api-key', title: 'API key id', shape: String.raw`[A-Za-z0-9_-]{24}`,
      names: /bitmex.*(?:key|id)|^(?:api[_-]?key(?:[_-]?id)?|apikey(?:id)?|key(?:[_-]?id)?)$/i, notNames: /secret/i,
      examples: {
        positive: [
          `BITMEX_API_KEY = "⟦${KEY}⟧"`,
          { text: `from bitmex_websocket import BitMEXWebsocket\nws = BitMEXWebsocket(endpoint=URL, symbol="XBTUSD", api_key="⟦${KEY}⟧", api_secret=s)`, path: 'bot.py' },
        ],
        negative: [
          `BITMEX_API_KEY = os.environ["BITMEX_API_KEY"]`,
          // A 24-character value in a file that never talks to BitMEX; an order id in one that does.
          { text: `api_key = "${KEY}"`, path: 'maps.py' },
          `# bitmex\nclOrdID = "mm_bitmex_1a/oemUeQ4CAJZgP3"`,
        ],
      },
    },
    {
      role: 'api-secret', title: 'API secret', shape: String.raw`[A-Za-z0-9_-]{48}`,
      names: /bitmex.*secret|^(?:api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|secret(?:[_-]?key)?)$/i,
      examples: {
        positive: [
          `BITMEX_API_SECRET = "⟦${SECRET}⟧"`,
          { text: `private static final String apiSecret = "⟦${SECRET}⟧";\nBitmex bitmex = Bitmex.builder().apiKey(key).apiSecret(apiSecret).build();`, path: 'Bot.java' },
        ],
        negative: [`BITMEX_API_SECRET = os.getenv("BITMEX_API_SECRET")`, { text: `secret = "${SECRET}"`, path: 'crypto.py' }],
      },
    },
  ],
});
