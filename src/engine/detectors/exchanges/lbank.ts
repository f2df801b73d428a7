// LBank's credentials as data: key and secret shapes, the names that hold them, examples.
import { exchangeRecord } from './credential';
import { DELETE } from './shapes';

// Our own sample values: LBank API keys are UUIDs, its HmacSHA256 secret keys 32 upper-case hex characters.
const KEY = '5c1e9a2b-7d4f-4b8e-a3c6-0f2d8e7b1a94';
const SECRET = '9E4B7A1C3D8F2E6A0B5C9D7E1F3A8B2C';

/** LBank's detection record. */
export const lbank = exchangeRecord({
  ccxtIds: /^lbank/,
  // `lbkex` is the API host's name (api.lbkex.com); `lbank` the SDKs' packages.
  slug: 'lbank', exchange: 'LBank', fileWords: ['lbank', 'lbkex'], deleteAdvice: DELETE('LBank API Management'),
  credentials: [
    {
      role: 'api-key', title: 'API key', shape: String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`,
      names: /lbank.*key|^(?:api[_-]?key|apikey|access[_-]?key|key)$/i, notNames: /secret/i,
      examples: {
        positive: [
          `LBANK_API_KEY = "⟦${KEY}⟧"`,
          { text: `public final class Keys {\n    public static final String BASE_URL = "https://www.lbkex.net";\n    public static final String API_KEY = "⟦${KEY}⟧";\n}`, path: 'src/Keys.java' },
        ],
        negative: [
          `LBANK_API_KEY = os.environ["LBANK_API_KEY"]`,
          // A UUID in a file that never talks to LBank; a request id in one that does.
          { text: `api_key = "${KEY}"`, path: 'tracing.py' },
          `# lbank\nrequest_id = "${KEY}"`,
        ],
      },
    },
    {
      role: 'api-secret', title: 'secret key', shape: String.raw`[0-9A-F]{32}`,
      names: /lbank.*secret|^(?:secret[_-]?key|api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|secret)$/i,
      examples: {
        positive: [
          `LBANK_SECRET_KEY = "⟦${SECRET}⟧"`,
          { text: `import com.lbank.java.api.sdk.LBankJavaApiSdkServiceImpl;\nString secretKey = "⟦${SECRET}⟧";`, path: 'Bot.java' },
        ],
        negative: [`LBANK_SECRET_KEY = os.getenv("LBANK_SECRET_KEY")`, { text: `secret = "${SECRET}"`, path: 'crypto.py' }],
      },
    },
  ],
});
