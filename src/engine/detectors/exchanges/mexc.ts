// MEXC's credentials as data: key shapes, the names and headers that hold them, examples.
import { exchangeRecord } from './credential';
import { DELETE } from './shapes';

/** MEXC's detection record. */
export const mexc = exchangeRecord({
  ccxtIds: /^mexc/,
  slug: 'mexc', exchange: 'MEXC', fileWords: ['mexc', 'mx0v'], deleteAdvice: DELETE('MEXC API Management'),
  credentials: [
    {
      // MEXC access keys start with `mx0v` (18 characters in all): the prefix says it all, any name will do.
      role: 'api-key', title: 'API access key', shape: String.raw`mx0v[A-Za-z0-9]{12,16}`,
      names: /.*/, headers: ['X-MEXC-APIKEY'],
      examples: {
        positive: [
          { text: `# MEXC\nMEXC_API_KEY=⟦mx0vVzTSZ7Z0uc7Axv⟧\n`, path: '.env' },
          `client = Spot(api_key="⟦mx0vVzTSZ7Z0uc7Axv⟧", api_secret=s)  # mexc_sdk`,
          `headers = {"X-MEXC-APIKEY": "⟦mx0vVzTSZ7Z0uc7Axv⟧"}`,
        ],
        negative: [
          `MEXC_API_KEY = os.getenv("MEXC_API_KEY")`,
          `# MEXC keys start with mx0v`,
          `MEXC_API_KEY = "mx0vxxxxxxxxxxxxxx"`,
        ],
      },
    },
    {
      role: 'api-secret', title: 'API secret key', shape: String.raw`[0-9a-f]{32}`,
      names: /mexc.*secret|^(?:secret[_-]?key|api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|secret)$/i,
      examples: {
        positive: [
          { text: `MEXC_API_KEY=mx0vVzTSZ7Z0uc7Axv\nMEXC_SECRET_KEY=⟦f3a8a6cefbe6018bd52c011d988de5c3⟧\n`, path: '.env' },
          `import { Spot } from 'mexc-api-sdk';\nconst apiSecret = '⟦f3a8a6cefbe6018bd52c011d988de5c3⟧';`,
        ],
        negative: [
          `MEXC_SECRET_KEY = os.environ["MEXC_SECRET_KEY"]`,
          `etag = "f3a8a6cefbe6018bd52c011d988de5c3"  # mexc response`,
        ],
      },
    },
  ],
});
