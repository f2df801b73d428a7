// HTX's (Huobi's) credentials as data: key shapes, the names that hold them, examples.
import { exchangeRecord } from './credential';
import { DELETE } from './shapes';

// HTX issues both the access key and the secret key as four dash-joined hex groups (8-8-8-5 in its docs'
// `e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx`; newer keys have a longer last group, older ones a 10-character first).
// No UUID (8-4-4-4-12) or hash has this layout; the name tells the key from the secret.
const HTX_KEY = String.raw`[0-9a-z]{8,10}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{4,12}`;

/** HTX's detection record. */
export const htx = exchangeRecord({
  ccxtIds: /^huobi|^htx/,
  slug: 'htx', exchange: 'HTX', fileWords: ['huobi', 'htx', 'hbdm'], deleteAdvice: DELETE('HTX API Management'),
  credentials: [
    {
      role: 'api-key', title: 'API access key', shape: HTX_KEY,
      names: /(?:huobi|htx).*(?:key|access)|^(?:access[_-]?key(?:[_-]?id)?|api[_-]?key|apikey|key)$/i, notNames: /secret|priv/i,
      // The signed query string carries it as AccessKeyId=….
      headers: ['AccessKeyId'],
      examples: {
        positive: [
          { text: `# HTX\nHUOBI_API_KEY=⟦125008c7-db7e3e0c-71af29ef-cf637⟧\n`, path: '.env' },
          `from huobi.client.account import AccountClient\naccess_key = "⟦1db578de-0fd8c26d-e52b7a54-48a0b3c80b⟧"`,
          `const HTX_ACCESS_KEY = '⟦125008c7-db7e3e0c-71af29ef-cf637⟧'`,
          `params = {"AccessKeyId": "⟦125008c7-db7e3e0c-71af29ef-cf637⟧", "SignatureMethod": "HmacSHA256"}  # api.huobi.pro`,
        ],
        negative: [
          `HUOBI_API_KEY = os.getenv("HUOBI_API_KEY")`,
          `# huobi docs: AccessKeyId=e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx`,
          `request_id = "125008c7-db7e-3e0c-71af-29efcf637a1b"  # huobi order (a UUID)`,
          // The same layout in a file that never mentions HTX is someone else's id.
          `BANK_API_KEY = "125008c7-db7e3e0c-71af29ef-cf637"`,
        ],
      },
    },
    {
      role: 'api-secret', title: 'API secret key', shape: HTX_KEY,
      names: /(?:huobi|htx).*secret|^(?:secret[_-]?key|api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|secret)$/i,
      examples: {
        positive: [
          { text: `HUOBI_SECRET_KEY=⟦dfc592e9-50eb2097-8bc39ef1-3dc25⟧\nHUOBI_DOMAINS=https://api.huobi.pro\n`, path: '.env' },
          `import huobi\nclient = huobi.TradeClient(api_key=k, secret_key="⟦dfc592e9-50eb2097-8bc39ef1-3dc25⟧")`,
        ],
        negative: [
          `HUOBI_SECRET_KEY = os.environ["HUOBI_SECRET_KEY"]`,
          `const secretKey = 'your secretKey' // huobi-api`,
        ],
      },
    },
  ],
});
