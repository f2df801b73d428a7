// Coinbase's credentials as data: key shapes, the names and headers that hold them, SDK constructors, examples.
import { defineDetector } from '../../defineDetector';
import { notDocumentedExample, pemBodyIsBase64 } from '../../judge/validators';
import { exchangeRecord } from './credential';
import { rx } from '../fragments';
import { ARG1, ARG2, ARG3, DELETE, UUID } from './shapes';

/** A CDP key's EC private key (PEM) in a file that talks to Coinbase: the secret half of a key name. */
export const coinbasePrivateKey = defineDetector({
  id: 'secret/coinbase-private-key',
  title: 'Coinbase CDP private key',
  severity: 'error',
  exchange: 'Coinbase',
  role: 'api-secret',
  envName: 'COINBASE_API_SECRET',
  message: 'Private key {masked} of a Coinbase CDP API key is in this file.',
  risk: 'With the key name it signs requests for your Coinbase account.',
  advice: 'Move it to an environment variable or KeyGuard\'s secret storage. If this file was ever shared or committed, ' + DELETE('the Coinbase Developer Platform (API keys)'),
  keywords: ['-----begin'],
  validate: [pemBodyIsBase64],
  patterns: [
    {
      re: rx(String.raw`-----BEGIN (?<t>EC PRIVATE KEY|PRIVATE KEY)-----(?:[^-]|-(?!----)){16,8000}-----END \k<t>-----`),
      requires: { fileContains: ['coinbase', 'organizations/'] },
      linesAfter: 40,
    },
  ],
  examples: {
    positive: [
      `from coinbase.rest import RESTClient\napi_secret = "⟦-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEIBvL9kQ2w7XmP4rT8sN1yZ6cF3hJ0dG5aK2eU7iO9pR1oAoGCCqGSM49\\n-----END EC PRIVATE KEY-----⟧\\n"`,
    ],
    negative: [
      `# coinbase\n-----BEGIN EC PRIVATE KEY-----\nYOUR PRIVATE KEY\n-----END EC PRIVATE KEY-----`,
      `-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBvL9kQ2w7XmP4rT8sN1yZ6cF3hJ0dG5aK2eU7iO9pR1oAoGCCqGSM49\n-----END EC PRIVATE KEY-----  # no exchange named`,
    ],
  },
});

/** A legacy v2 key or secret: `n` letters and digits holding both cases and a digit (ids and digests hold one case). */
const LEGACY = (n: number) => String.raw`(?=[A-Za-z0-9]{0,${n - 1}}[A-Z])(?=[A-Za-z0-9]{0,${n - 1}}[a-z])(?=[A-Za-z0-9]{0,${n - 1}}[0-9])[A-Za-z0-9]{${n}}`;

/** Coinbase's detection record. */
export const coinbase = exchangeRecord({
  // gdax: ccxt's id of Coinbase Pro before its rename, still in old bots' config maps.
  ccxtIds: /^(?:coinbase|gdax$)/,
  // After the credentials: a PEM the key-name detectors did not claim.
  more: [coinbasePrivateKey],
  slug: 'coinbase', exchange: 'Coinbase', fileWords: ['coinbase', 'organizations/', 'cbpro', 'gdax'], deleteAdvice: DELETE('the Coinbase Developer Platform (API keys)'),
  credentials: [
    {
      role: 'key-name', title: 'CDP API key name', shape: String.raw`organizations/${UUID}/apiKeys/${UUID}`,
      names: /coinbase.*(?:key|name)|^(?:api[_-]?key(?:[_-]?name)?|apikey|key[_-]?name|name)$/i,
      // The shape itself says "apiKeys": the placeholder filter would drop every real key name.
      baseValidators: [notDocumentedExample],
      calls: [{ re: String.raw`RESTClient[ \t]*\([ \t\r\n]{0,20}(?:api_key[ \t]*=[ \t]*)?`, keywords: ['restclient'] }],
      examples: {
        positive: [
          `COINBASE_API_KEY = "⟦organizations/634f9bcb-eab8-43f0-a968-c75670f26ce6/apiKeys/ad283bd0-a4e5-4926-9955-08ae5d18a1a8⟧"`,
          { text: `{"name": "⟦organizations/634f9bcb-eab8-43f0-a968-c75670f26ce6/apiKeys/ad283bd0-a4e5-4926-9955-08ae5d18a1a8⟧", "privateKey": "..."}`, path: 'cdp_api_key.json' },
        ],
        negative: [`api_key = "organizations/test-organization/apiKeys/test-api-key"  # coinbase fixture`],
      },
    },
    {
      // Newer CDP keys are an id (a UUID) and an Ed25519 secret (64 bytes, base64). Coinbase Exchange (ex-Pro:
      // cbpro, coinbase-pro-node) keys are 32 hex with a base64 secret of the same size and a passphrase. The
      // legacy v2 API (coinbase-node's Client, bot platforms' CoinbaseApi libraries) keys are 16 mixed-case letters
      // and digits with a 32-character secret of the same alphabet.
      role: 'api-key', title: 'API key', shape: String.raw`${UUID}|[0-9a-f]{32}|${LEGACY(16)}`,
      names: /coinbase.*key|^(?:api[_-]?key(?:[_-]?id)?|apikey|key[_-]?id|key)$/i, notNames: /secret|private|pass/i,
      calls: [
        { re: String.raw`RESTClient${ARG1}(?:api_key[ \t]*=[ \t]*)?`, keywords: ['restclient'] },
        { re: String.raw`AuthenticatedClient${ARG1}(?:key[ \t]*=[ \t]*)?`, keywords: ['authenticatedclient'] },
      ],
      examples: {
        positive: [
          `from coinbase.rest import RESTClient\nclient = RESTClient(api_key="⟦8d1b6f2e-3c4a-4f5b-9e7d-2a1c0b9e8f7d⟧", api_secret=secret)`,
          { text: `COINBASE_API_KEY=⟦8d1b6f2e-3c4a-4f5b-9e7d-2a1c0b9e8f7d⟧\n`, path: '.env' },
          `import cbpro\nauth_client = cbpro.AuthenticatedClient("⟦c2a7e5f0b9d14e3a8f6b1d0c7e9a2b4f⟧", b64secret, passphrase)`,
          // The legacy v2 API's key, set on a bot platform's Coinbase library.
          { text: `// keys from coinbase.com/settings/api\nvar ApiKey = "⟦Kq7Lw2Xn9Tb4Hm1P⟧"\nLibs.CoinbaseApi.setApiKey(ApiKey)\n`, path: 'commands/setup.js' },
        ],
        negative: [
          `order_id = "8d1b6f2e-3c4a-4f5b-9e7d-2a1c0b9e8f7d"  # coinbase`, `api_key = "8d1b6f2e-3c4a-4f5b-9e7d-2a1c0b9e8f7d"  # no exchange named`,
          // 16 characters of one case (an id, a hex digest) are not a legacy key; nor is a legacy-shaped key far from Coinbase.
          `// coinbase\nvar apiKey = "9f3c2a7e1b8d4f6a"`, `var apiKey = "Hq3Zt8Wm1Lx6Vr2N"  // no exchange named`,
        ],
      },
    },
    {
      role: 'api-secret', title: 'CDP API secret (Ed25519)', shape: String.raw`[A-Za-z0-9+/]{86}={0,2}|${LEGACY(32)}`,
      names: /coinbase.*(?:secret|private)|^(?:api[_-]?secret|apisecret|private[_-]?key|privatekey|secret|b64_?secret)$/i,
      calls: [
        { re: String.raw`RESTClient${ARG2}(?:api_secret[ \t]*=[ \t]*)?`, keywords: ['restclient'] },
        { re: String.raw`AuthenticatedClient${ARG2}(?:b64secret[ \t]*=[ \t]*)?`, keywords: ['authenticatedclient'] },
      ],
      examples: {
        positive: [
          `from coinbase.rest import RESTClient\nclient = RESTClient(api_key=key, api_secret="⟦HfKXQd+ctumZl4rS8te70pVreKa0KGAvsCQEuUzBVzazWN2C9d1dzvWKv4cxCo/TrN22MFKwpwbn3VjpJvgA3Q==⟧")`,
          { text: `{"id": "8d1b6f2e-3c4a-4f5b-9e7d-2a1c0b9e8f7d", "privateKey": "⟦HfKXQd+ctumZl4rS8te70pVreKa0KGAvsCQEuUzBVzazWN2C9d1dzvWKv4cxCo/TrN22MFKwpwbn3VjpJvgA3Q==⟧"}  // coinbase cdp`, path: 'cdp_api_key.json' },
          `const client = new CoinbasePro.AuthenticatedClient(key, '⟦HfKXQd+ctumZl4rS8te70pVreKa0KGAvsCQEuUzBVzazWN2C9d1dzvWKv4cxCo/TrN22MFKwpwbn3VjpJvgA3Q==⟧', passphrase, apiURI);`,
          // The legacy v2 API's pair, set on a bot platform's Coinbase library.
          { text: `// keys from coinbase.com/settings/api\nvar PrivateKey = "⟦Wq4Zr8Lm2Xt7Nv1Kp5Hd9Sb3Fj6Gc0Ya⟧"\nvar ApiKey = "Kq7Lw2Xn9Tb4Hm1P"\nLibs.CoinbaseApi.setApiKey(ApiKey)\n`, path: 'commands/setup.js' },
        ],
        negative: [`COINBASE_API_SECRET = os.environ["COINBASE_API_SECRET"]`, `// coinbase\nvar secret = "wq4zr8lm2xt7nv1kp5hd9sb3fj6gc0ya"  // one case: not the legacy shape`],
      },
    },
    {
      role: 'passphrase', title: 'Exchange API passphrase', shape: String.raw`[^\s"'\`\\]{6,64}`,
      names: /coinbase.*pass|^(?:passphrase|api[_-]?pass(?:phrase)?)$/i, minEntropy: 2.5, quoted: true,
      calls: [{ re: String.raw`AuthenticatedClient${ARG3}(?:passphrase[ \t]*=[ \t]*)?`, keywords: ['authenticatedclient'] }],
      examples: {
        positive: [
          `COINBASE_PASSPHRASE = "⟦x7kq2m9vt4a⟧"`,
          `import cbpro\nauth_client = cbpro.AuthenticatedClient(key, b64secret, "⟦x7kq2m9vt4a⟧")`,
        ],
        negative: [`COINBASE_PASSPHRASE = os.environ["COINBASE_PASSPHRASE"]`, `import cbpro\nauth_client = cbpro.AuthenticatedClient(key, b64secret, passphrase)`],
      },
    },
  ],
});
