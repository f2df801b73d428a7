import { defineDetector } from '../defineDetector';
import { minEntropy, standardValidators } from '../judge/validators';
import type { PatternSpec, Requirement } from '../defineDetector';
import type { Role } from '../types';
import { assigned, PREFIX, Q } from './fragments';

/**
 * A ccxt exchange constructor: ccxt.kraken(…), new ccxt.pro.okx(…), getattr(ccxt, 'bybit')(…),
 * PHP \\ccxt\\kucoin(…), Go ccxt.NewBitget(…). `ex` names the exchange.
 */
// Not a host (`docs.ccxt.com`, `github.com/ccxt/…`) nor one of ccxt's own modules (`ccxt.base.exchange`, `ccxt.abstract`).
export const CCXT_CTOR = /(?:(?:(?<![.\/])\bccxt(?:\.pro|\.async_support)?|\bccxtpro)\.|getattr\([ \t]{0,10}ccxt[\w.]{0,20},[ \t]{0,10}\\?["']|\\ccxt\\(?:pro\\)?|ccxt\[\\?["'])(?<ex>(?!(?:base|abstract|static_dependencies|com|org|pro|async_support)(?![a-z0-9]))[a-z][a-z0-9]{1,30})(?![a-z0-9])/i;
const NEAR = { pattern: CCXT_CTOR, before: 1200, after: 1200 };
/**
 * A config map of several exchanges kept apart from their constructors (`apiKeys = { yobit: { apiKey: '…', secret:
 * '…' } }`, later `new ccxt[id](apiKeys[id])`): an object keyed by a lowercase id whose first member is ccxt's
 * `apiKey`. The key names the exchange; the value must sit within that object's first lines.
 */
const KEYED_CONFIG = { pattern: /(?<![\w$.])["']?(?<ex>[a-z][a-z0-9]{2,20})["']?[ \t]*:[ \t]*\{[ \t\r\n]{0,40}["']?apiKey["']?[ \t]*:/, before: 240 };
// Up to a 4096-bit RSA key in base64 DER: exchanges that sign with RSA (LBank; Binance's RSA keys) take it as the secret.
const VALUE = String.raw`[^\s"'\`\\]{6,3500}`;

/** A pattern for one credential field of ccxt's config object (`apiKey: '…'`, `config.secret = '…'`). */
function field(names: string, role: Role, near: Requirement['near'] = NEAR): PatternSpec {
  return {
    ...assigned(String.raw`${PREFIX}${Q}(?<v>${VALUE})${Q}`),
    name: new RegExp(String.raw`(?:^|[.-])(?:${names})$`),
    role,
    requires: { fileContains: ['ccxt'], near },
  };
}

const KRAKEN_KEY = 'Xq3bJ6ZpYw0Tn+8kVhR2mLc5sGd9fUaE1oPiQzW4tNy7xKvB0HgMjCe5';
// A throwaway 512-bit RSA key (PKCS#8 DER, base64) generated for this example: longer than any HMAC secret.
const RSA_SECRET = 'MIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEAp1JihcPuNixJcT+khmc3Z9ZiUm3w4/iB44Xtbc97VDQknO6EjktzcGPz/D/LxhYf7NFjdU5leHpvr6TMqg3fDwIDAQABAkATAAX0DqW0PR8x3vo90Oa3wd50Ycui94s4XPLzL0Zf70TP2oOsjnXld8K//5FlFecM1HEyIbiEZUfGeyF1X/nRAiEA2foRo//5SFeEgRDJBUHond5PlTmnVvAQ+VjH5dwTnXUCIQDEgkZ/217zB1dJ7I3GbM90naA2t/C3xhAEn41Ntcel8wIhALywHvMjUwwPTlFXUVvuuMlntuZLORMlztu5wZi1kHk9AiAFW7QGannlUI7twhh/j5n8iQvEUjGrIShwp9UXiFxgRwIga9TiiYDkRgk/+SjSv95o3RYSt8LMnkPcVDv/sl4JYXY=';
const KRAKEN_SECRET = 'hN3pQ8xYz1Vb6Tk0Wm5Rs9Lc2Jd7Fg4Ha8Ke3Mn6Pq1St5Uv9Wx2Yz7Ab0Cd4Ef8Gh1Jk5Lm9Np3Qr6St0Uv==';

export const ccxtCredentials = defineDetector({
  id: 'secret/ccxt-credentials',
  title: 'exchange credential in a ccxt config',
  severity: 'error',
  message: '{exchange} credential {masked} is hard-coded in a ccxt config.',
  risk: 'Anyone who reads this file, a clone or its git history can act on your exchange account with it.',
  advice: 'Move it to an environment variable or KeyGuard\'s secret storage. If the file was ever shared or committed, delete the key in {exchange}\'s API management page and create a new one — a disabled key can be re-enabled.',
  keywords: ['apikey', 'secret', 'password', 'uid', 'privatekey'],
  validate: [...standardValidators, minEntropy(2.8)],
  patterns: [
    field('apiKey', 'api-key'),
    field('secret', 'api-secret'),
    field('password', 'passphrase'),
    field('uid', 'uid'),
    field('privateKey', 'private-key'),
    field('apiKey', 'api-key', KEYED_CONFIG),
    field('secret', 'api-secret', KEYED_CONFIG),
    field('password', 'passphrase', KEYED_CONFIG),
  ],
  examples: {
    positive: [
      `exchange = ccxt.kraken({\n    'apiKey': '⟦${KRAKEN_KEY}⟧',\n    'secret': '⟦${KRAKEN_SECRET}⟧',\n})`,
      `const ex = new ccxt.pro.okx({ apiKey: '⟦5f1c7a2e-9b3d-4e8f-a1c6-2d7b9e0f3a45⟧', secret: '⟦8F3A1C9E2B7D4F6A0E5C8B1D3F7A9E2C⟧', password: '⟦Tr4d1ngB0t!x⟧' });`,
      `config = {"apiKey": "⟦6521b8f0c3a94e0017d2f4a1⟧", "secret": "⟦0c8e2a54-7f31-4b9d-a6e2-5d19c3f7b820⟧", "password": "⟦Qm7vLp2zR9⟧"}\nexchange = getattr(ccxt, "kucoin")(config)`,
      `$exchange = new \\ccxt\\bybit(array('apiKey' => '⟦Zr8Kq2Xw6Vn4Tb1Ym9⟧', 'secret' => '⟦Hc5Jf8Lp2Rt7Wz0Xq4Vb9Nm3Kd6Gs1Ya8Ue5⟧'));`,
      // An RSA private key as the secret (LBank signs with RSA): the exchange's credential, however long.
      `params = {"secret": "⟦${RSA_SECRET}⟧"}\nexchange = ccxt.lbank(params)`,
      // A map of exchange configs far from the constructor that reads it (`new ccxt[id](keys[id])`).
      { text: `import ccxt\nKEYS = {\n    'exmo': {\n        'apiKey': '⟦K-7f3a9c2e1b8d4f6a0e5c8b1d3f7a9e2c4b6d8f0a⟧',\n        'secret': '⟦S-2c4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b⟧',\n    },\n}\n${'# …\n'.repeat(60)}ex = getattr(ccxt, name)(KEYS[name])\n`, path: 'arb.py' },
      { text: `import ccxt\nKEYS = {\n    "hollaex": {"apiKey": "⟦Zr8Kq2Xw6Vn4Tb1Ym9Lp3Hd⟧", "secret": "⟦Hc5Jf8Lp2Rt7Wz0Xq4Vb9Nm3Kd6Gs1Ya8Ue5⟧"},\n}\n`, path: 'keys.py' },
    ],
    negative: [
      `exchange = ccxt.binance({'apiKey': os.environ['BINANCE_API_KEY'], 'secret': os.getenv('BINANCE_API_SECRET')})`,
      `exchange = ccxt.kraken({'apiKey': 'YOUR_API_KEY', 'secret': 'YOUR_SECRET'})`,
      `const ex = new ccxt.bybit({ apiKey: process.env.BYBIT_API_KEY ?? '', secret: '' });`,
      `user = {'password': 'hunter2hunter2'}  # not a ccxt file`,
      `exchange = ccxt.binance({"apiKey": api_key, "secret": secret, "enableRateLimit": True})`,
      // A keyed map of placeholders or empty slots, and an apiKey of another object in a ccxt file.
      { text: `import * as ccxt from 'ccxt-pro-shim'\nconst keys = {\n  exmo: { apiKey: 'YOUR_EXMO_API_KEY', secret: 'YOUR_EXMO_SECRET' },\n  gemini: { apiKey: '', secret: '' },\n}\n`, path: 'keys.js' },
      { text: `import * as ccxt from 'ccxt-pro-shim'\nconst notifier = { token: 'Zr8Kq2Xw6Vn4Tb1Ym9Lp3Hd', secret: 'Hc5Jf8Lp2Rt7Wz0Xq4Vb9Nm3Kd6Gs1Ya8Ue5' }\n`, path: 'notify.js' },
      { text: `const keys = {\n  exmo: { apiKey: 'K-7f3a9c2e1b8d4f6a0e5c8b1d3f7a9e2c4b6d8f0a', secret: 'S-2c4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b' },\n}  // no exchange library here\n`, path: 'keys.js' },
    ],
  },
});
