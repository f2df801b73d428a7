// Hotcoin's credentials as data: access key and secret shapes, the names that hold them, examples.
import { exchangeRecord } from './credential';
import { DELETE } from './shapes';

// Our own sample values: Hotcoin's access keys are 32 lower-case hex characters, its secret keys 32 upper-case.
const KEY = 'a3f8c1e6b9d2f5a8c1e4b7d0f3a6c9e2';
const SECRET = 'D4A7E0B3C6F9A2D5E8B1C4F7A0D3E6B9';

/** Names of a key a config class leaves for its user to fill in (`YOUR_KEY`, `yourSecretKey`). */
const YOUR = String.raw`(?:your[_-]?)?`;

/** Hotcoin's detection record. */
export const hotcoin = exchangeRecord({
  ccxtIds: /^hotcoin/,
  slug: 'hotcoin', exchange: 'Hotcoin', fileWords: ['hotcoin'], deleteAdvice: DELETE('Hotcoin API Management'),
  credentials: [
    {
      role: 'api-key', title: 'access key', shape: String.raw`[0-9a-f]{32}`,
      names: new RegExp(String.raw`hotcoin.*key|^${YOUR}(?:access[_-]?key|api[_-]?key|apikey|key)$`, 'i'), notNames: /secret/i,
      examples: {
        positive: [
          `HOTCOIN_ACCESS_KEY = "⟦${KEY}⟧"`,
          { text: `package com.hotcoin.api.constant;\npublic class Keys {\n    public static String YOUR_KEY = "⟦${KEY}⟧";\n}`, path: 'src/main/java/Keys.java' },
        ],
        negative: [
          `HOTCOIN_ACCESS_KEY = os.environ["HOTCOIN_ACCESS_KEY"]`,
          // A 32-character hash in a file that never talks to Hotcoin; an order id in one that does.
          { text: `api_key = "${KEY}"`, path: 'md5s.py' },
          `# hotcoin\norder_id = "${KEY}"`,
        ],
      },
    },
    {
      role: 'api-secret', title: 'secret key', shape: String.raw`[0-9A-F]{32}`,
      names: new RegExp(String.raw`hotcoin.*secret|^${YOUR}(?:secret[_-]?key|api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|secret)$`, 'i'),
      examples: {
        positive: [
          `HOTCOIN_SECRET_KEY = "⟦${SECRET}⟧"`,
          { text: `package com.hotcoin.api.constant;\npublic class Keys {\n    public static String YOUR_SECRET_KEY = "⟦${SECRET}⟧";\n}`, path: 'src/main/java/Keys.java' },
        ],
        negative: [`HOTCOIN_SECRET_KEY = os.getenv("HOTCOIN_SECRET_KEY")`, { text: `secret = "${SECRET}"`, path: 'crypto.py' }],
      },
    },
  ],
});
