// A key and a secret handed straight to a client class named after an exchange (`new CoinCheck("…", "…")`,
// `upbit = Upbit("…", "…")`): the exchanges without key shapes of their own. Which names are exchanges comes
// from ccxt's generated table; the exchanges with records of their own find their constructors by shape.
import { defineDetector } from '../../defineDetector';
import { lettersAndDigits, minEntropy, notPathOrUrl, standardValidators } from '../../judge/validators';
import { ACTION_ENDPOINTS } from '../withdraw/table';
import { rx } from '../fragments';
import { NAMED_EXCHANGES } from '.';

// ccxt ids that are English words or other products' names (`Derive`, `Extended`, `Gemini` is also Google's model)
// would name any class; ids under five letters are substrings of everything (the keyword gate would wake on `xt`).
const WORD_IDS = new Set(['derive', 'extended', 'bullish', 'aster', 'backpack', 'hibachi', 'gemini', 'pacifica', 'mercado', 'hashkey', 'foxbit']);
const OWN_RECORD = (id: string) => NAMED_EXCHANGES.some((r) => r.detectors.length > 0 && r.ccxtIds.test(id));
/** The exchanges this rule names, lowercase ccxt ids. */
export const CLIENT_IDS: readonly string[] = [...new Set(ACTION_ENDPOINTS.flatMap((e) => e.exchanges))]
  .filter((id) => id.length >= 5 && !WORD_IDS.has(id) && !OWN_RECORD(id))
  .sort();

// `new Name(`, `= Name(`, `= pkg.Name(`; the class may carry a client word (`CoincheckClient`, `BitbankApi`).
const CLASS = String.raw`(?:(?<![A-Za-z0-9_$])new[ \t]+|=[ \t]*)(?:[A-Za-z_][A-Za-z0-9_]{0,30}\.)?(?<ex>${CLIENT_IDS.join('|')})(?:Client|Api|API|Rest|REST|Service|Sdk|SDK|Exchange)?[ \t]*\([ \t\r\n]{0,20}`;
const VALUE = String.raw`[A-Za-z0-9_+/=-]{10,128}`;
const OTHER = String.raw`["'][A-Za-z0-9_+/=-]{10,128}["']`;
const SEP = String.raw`[ \t]*,[ \t\r\n]{0,20}`;

export const exchangeClientKey = defineDetector({
  id: 'secret/exchange-client-key',
  title: 'exchange API key passed to a client',
  severity: 'error',
  role: 'api-key',
  message: '{exchange} API credential {masked} is hard-coded in a client constructor.',
  risk: 'Anyone who reads this file, a clone or its git history can act on your exchange account with it.',
  advice: 'Move it to an environment variable or KeyGuard\'s secret storage. If the file was ever shared or committed, delete the key in {exchange}\'s API management page and create a new one.',
  keywords: [...CLIENT_IDS],
  validate: [...standardValidators, notPathOrUrl, minEntropy(3), lettersAndDigits],
  patterns: [
    // The key: first of two literal arguments; the secret: the second.
    { re: rx(String.raw`${CLASS}["'](?<v>${VALUE})["']${SEP}${OTHER}`, 'i'), linesAfter: 2 },
    { re: rx(String.raw`${CLASS}${OTHER}${SEP}["'](?<v>${VALUE})["']`, 'i'), linesAfter: 2, role: 'api-secret' },
  ],
  examples: {
    positive: [
      { text: `var client = new Bitbank("⟦Tq4Wm8Xz2Lp7⟧", "⟦Nr6Xq1Wz4Lp8Kv3Hb7Tm2Sd9Fj5Gc0Ya⟧");`, path: 'Program.cs' },
      { text: `import pyupbit\nupbit = pyupbit.Upbit("⟦Kx2Lq8Wz4Vm7Tn1Rb5Hd9Sp3Fg6Jc0Ya⟧", "⟦Zr7Wq3Lx9Nb2Kt5Hm8Pd1Fs4Gj6Yc0Ve⟧")\n`, path: 'bot.py' },
      { text: `const api = new IndodaxClient(\n  '⟦Q7WZ-LX2N-8KTM-4HPD⟧',\n  '⟦c9a2f4e6b8d1c3a5e7f9b2d4c6e8a0f1⟧'\n);`, path: 'src/index.ts' },
    ],
    negative: [
      // Keys from the environment, placeholders, a market symbol, and another product's class.
      { text: `var client = new Bitbank(Environment.GetEnvironmentVariable("KEY"), secret);`, path: 'Program.cs' },
      { text: `upbit = pyupbit.Upbit("YOUR_ACCESS_KEY", "YOUR_SECRET_KEY")`, path: 'bot.py' },
      { text: `const ticker = new UpbitTicker("KRW-BTC-USDT", "KRW-ETH-USDT");`, path: 'ticker.ts' },
      { text: `const model = new Gemini("Kx2Lq8Wz4Vm7Tn1Rb5Hd9Sp3Fg6Jc0Ya", "Zr7Wq3Lx9Nb2Kt5Hm8Pd1Fs4Gj6Yc0Ve");`, path: 'ai.ts' },
      // One literal only: a key with its secret read elsewhere is the generic rules' to judge.
      { text: `var client = new Bitbank("Tq4Wm8Xz2Lp7", secret);`, path: 'Program.cs' },
    ],
  },
});
