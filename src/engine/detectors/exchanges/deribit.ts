// Deribit's credentials as data: client id and secret shapes, the names that hold them, examples.
import type { Validator } from '../../defineDetector';
import { exchangeRecord } from './credential';
import { DELETE } from './shapes';
import { minClasses, notWordIdentifier } from '../../judge/validators';

// Our own sample values: Deribit's client ids are 8 characters, its client secrets 43 (base64url).
const ID = 'q7Xk-2Lp';
const SECRET = 'Vb3_kQ9zR1mX6pL4wT8nC2yH0dF5gJ7sA3eU9oI1rKe';

/** An identifier with a word for one of its parts (`Trade_v2`, `Main-ws1`) is a name, not a random client id. */
const noWordPart: Validator = { name: 'no-word-part', test: (v) => !v.split(/[_-]/).some((p) => /^[A-Z]?[a-z]{4,}$/.test(p)) };

/** Deribit's detection record. */
export const deribit = exchangeRecord({
  ccxtIds: /^deribit/,
  slug: 'deribit', exchange: 'Deribit', fileWords: ['deribit'], deleteAdvice: DELETE('Deribit Account → API'),
  credentials: [
    {
      // Eight characters are few: the value must mix letters and digits, and the name must say client id or key.
      role: 'api-key', title: 'client id', shape: String.raw`(?=[A-Za-z_-]{0,7}[0-9])(?=[0-9_-]{0,7}[A-Za-z])[A-Za-z0-9_-]{8}`,
      names: /deribit.*(?:key|client[_-]?id)|^(?:client[_-]?id|clientid|api[_-]?key|apikey|key)$/i, notNames: /secret/i,
      // Upper and lower case and a digit, and no word-like identifier (`channel1`, `Trade_v2`).
      minEntropy: 2.5, validate: [minClasses(3), notWordIdentifier, noWordPart],
      examples: {
        positive: [
          `DERIBIT_CLIENT_ID = "⟦${ID}⟧"`,
          { text: `auto const host = "test.deribit.com";\nauto const API_Key = "⟦${ID}⟧";\nauto const API_Secret = "${SECRET}";`, path: 'get_balance.cpp' },
        ],
        negative: [
          `DERIBIT_CLIENT_ID = os.environ["DERIBIT_CLIENT_ID"]`,
          // An instrument name, a word, a value in a file that never talks to Deribit.
          { text: `# deribit\nclient_id = "BTC-PERP"\napi_key = "abcdefgh"`, path: 'cfg.py' },
          { text: `# deribit\nkey = 'channel1'\nsecret = os.environ['S']\napi_key = 'Trade_v2'`, path: 'ws.py' },
          { text: `client_id = "${ID}"`, path: 'oauth.py' },
        ],
      },
    },
    {
      role: 'api-secret', title: 'client secret', shape: String.raw`[A-Za-z0-9_-]{43}`,
      names: /deribit.*secret|^(?:client[_-]?secret|clientsecret|api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|secret(?:[_-]?key)?)$/i,
      examples: {
        positive: [
          `DERIBIT_CLIENT_SECRET = "⟦${SECRET}⟧"`,
          { text: `object Urls {\n  private val secret = "⟦${SECRET}⟧"\n  private val domain = "https://test.deribit.com"\n}`, path: 'app/Urls.scala' },
        ],
        negative: [`DERIBIT_CLIENT_SECRET = os.getenv("DERIBIT_CLIENT_SECRET")`, { text: `client_secret = "${SECRET}"`, path: 'oauth.py' }],
      },
    },
  ],
});
