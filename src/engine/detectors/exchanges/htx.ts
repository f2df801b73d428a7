// HTX's (Huobi's) credentials as data: key shapes, the names that hold them, examples.
import { exchangeRecord } from './credential';
import { API_CREDENTIALS, ARG1, ARG2, DELETE } from './shapes';

// HTX issues both the access key and the secret key as four dash-joined groups, 8-8-8-5 hex in its docs'
// `e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx` (newer keys have a longer last group). Many keys carry a ten-character
// alphanumeric group in place of one hex group, in any of the four places. No UUID (8-4-4-4-12) or hash has
// this layout; the name tells the key from the secret.
const H8 = '[0-9a-f]{8}';
const CODE = '[0-9a-z]{10}';
const HTX_KEY = String.raw`(?:[0-9a-z]{8,10}-${H8}-${H8}-[0-9a-f]{4,12}|${H8}-${CODE}-${H8}-[0-9a-f]{4,12}|${H8}-${H8}-${CODE}-[0-9a-f]{4,12}|${H8}-${H8}-${H8}-${CODE})`;

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
      // C# clients (Huobi.Api, HTX.Net on CryptoExchange.Net): `new ApiCredentials(key, secret)`.
      calls: [{ re: String.raw`${API_CREDENTIALS}${ARG1}`, keywords: ['apicredentials'] }],
      examples: {
        positive: [
          { text: `# HTX\nHUOBI_API_KEY=⟦125008c7-db7e3e0c-71af29ef-cf637⟧\n`, path: '.env' },
          `from huobi.client.account import AccountClient\naccess_key = "⟦1db578de-0fd8c26d-e52b7a54-48a0b3c80b⟧"`,
          `const HTX_ACCESS_KEY = '⟦125008c7-db7e3e0c-71af29ef-cf637⟧'`,
          `params = {"AccessKeyId": "⟦125008c7-db7e3e0c-71af29ef-cf637⟧", "SignatureMethod": "HmacSHA256"}  # api.huobi.pro`,
          // The alphanumeric group in another place than the first.
          `exchanges = {\n    "htx": {\n        "api_key": "⟦5a07c3e1-4f9d20b8-e3b76a1d-vf2k8r4qxm⟧",\n    },\n}`,
          { text: `// Huobi.Api\nvar api = new HuobiRestApiClient(new HuobiRestApiClientOptions {\n    ApiCredentials = new ApiCredentials("⟦5a07c3e1-4f9d20b8-qt7w2m9c4k-e3b76⟧", "9c41d7e2-60ab3f58-d2e8c417-b05f9")\n});`, path: 'Program.cs' },
        ],
        negative: [
          `HUOBI_API_KEY = os.getenv("HUOBI_API_KEY")`,
          `# huobi docs: AccessKeyId=e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx`,
          `request_id = "125008c7-db7e-3e0c-71af-29efcf637a1b"  # huobi order (a UUID)`,
          // The same layout in a file that never mentions HTX is someone else's id.
          `BANK_API_KEY = "125008c7-db7e3e0c-71af29ef-cf637"`,
          // Two alphanumeric groups: not HTX's layout.
          `# htx\napi_key = "5a07c3e1-qt7w2m9c4k-vf2k8r4qxm-e3b76"`,
          { text: `// Huobi.Api\nvar creds = new ApiCredentials(config["Huobi:Key"], config["Huobi:Secret"]);`, path: 'Program.cs' },
        ],
      },
    },
    {
      role: 'api-secret', title: 'API secret key', shape: HTX_KEY,
      names: /(?:huobi|htx).*secret|^(?:secret[_-]?key|api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|secret)$/i,
      calls: [{ re: String.raw`${API_CREDENTIALS}${ARG2}`, keywords: ['apicredentials'] }],
      examples: {
        positive: [
          { text: `HUOBI_SECRET_KEY=⟦dfc592e9-50eb2097-8bc39ef1-3dc25⟧\nHUOBI_DOMAINS=https://api.huobi.pro\n`, path: '.env' },
          `import huobi\nclient = huobi.TradeClient(api_key=k, secret_key="⟦dfc592e9-50eb2097-8bc39ef1-3dc25⟧")`,
          { text: `/*\nvar ws = new HuobiStreamClient(new HuobiStreamClientOptions {\n    ApiCredentials = new ApiCredentials("5a07c3e1-4f9d20b8-qt7w2m9c4k-e3b76", "⟦9c41d7e2-60ab3f58-d2e8c417-b05f9⟧")\n});\n*/`, path: 'Program.cs' },
        ],
        negative: [
          `HUOBI_SECRET_KEY = os.environ["HUOBI_SECRET_KEY"]`,
          `const secretKey = 'your secretKey' // huobi-api`,
          { text: `// Huobi.Api\nvar creds = new ApiCredentials("00000000-00000000-00000000-00000", "00000000-00000000-00000000-00000");`, path: 'Program.cs' },
        ],
      },
    },
  ],
});
