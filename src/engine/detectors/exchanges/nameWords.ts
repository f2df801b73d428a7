// The words by which a variable name names an exchange: `kucoinToken`, `coinbase_access_token`,
// `KRAKEN_PRIVATE_KEY`, `bitfinexSecret`. A name is split into words at `_`, `-`, `.` and camelCase humps, so
// `gatewayToken` does not name Gate.io and `GEMINI_API_KEY` (Google's LLM) names nothing.

/** Exchange id → display name and the words its variables use (the id first). */
const EXCHANGE_WORDS: ReadonlyArray<{ id: string; name: string; words: readonly string[] }> = [
  { id: 'binance', name: 'Binance', words: ['binance'] },
  { id: 'bybit', name: 'Bybit', words: ['bybit'] },
  { id: 'okx', name: 'OKX', words: ['okx', 'okex'] },
  { id: 'kucoin', name: 'KuCoin', words: ['kucoin'] },
  { id: 'kraken', name: 'Kraken', words: ['kraken'] },
  // GDAX is Coinbase Pro's first name (gekko's and older bots' configs still say it).
  { id: 'coinbase', name: 'Coinbase', words: ['coinbase', 'gdax'] },
  { id: 'gate', name: 'Gate.io', words: ['gate', 'gateio'] },
  { id: 'bitget', name: 'Bitget', words: ['bitget'] },
  { id: 'alpaca', name: 'Alpaca', words: ['alpaca', 'apca'] },
  { id: 'bitmex', name: 'BitMEX', words: ['bitmex'] },
  { id: 'bitfinex', name: 'Bitfinex', words: ['bitfinex', 'bfx'] },
  { id: 'htx', name: 'HTX', words: ['huobi', 'htx'] },
  { id: 'mexc', name: 'MEXC', words: ['mexc'] },
  { id: 'deribit', name: 'Deribit', words: ['deribit'] },
  { id: 'hyperliquid', name: 'Hyperliquid', words: ['hyperliquid'] },
  { id: 'bittrex', name: 'Bittrex', words: ['bittrex'] },
  { id: 'poloniex', name: 'Poloniex', words: ['poloniex'] },
  { id: 'bitstamp', name: 'Bitstamp', words: ['bitstamp'] },
  { id: 'bitvavo', name: 'Bitvavo', words: ['bitvavo'] },
  // Regional exchanges bots are written for (Korea, Japan, Southeast Asia, India, Turkey, Latin America, Africa).
  { id: 'upbit', name: 'Upbit', words: ['upbit'] },
  { id: 'bithumb', name: 'Bithumb', words: ['bithumb'] },
  { id: 'bitflyer', name: 'bitFlyer', words: ['bitflyer'] },
  { id: 'coincheck', name: 'Coincheck', words: ['coincheck'] },
  { id: 'indodax', name: 'Indodax', words: ['indodax'] },
  { id: 'bitkub', name: 'Bitkub', words: ['bitkub'] },
  { id: 'coindcx', name: 'CoinDCX', words: ['coindcx'] },
  { id: 'wazirx', name: 'WazirX', words: ['wazirx'] },
  { id: 'btcturk', name: 'BtcTurk', words: ['btcturk'] },
  { id: 'bitso', name: 'Bitso', words: ['bitso'] },
  { id: 'luno', name: 'Luno', words: ['luno'] },
  { id: 'coinone', name: 'Coinone', words: ['coinone'] },
  { id: 'bitbank', name: 'bitbank', words: ['bitbank'] },
  { id: 'bitpanda', name: 'Bitpanda', words: ['bitpanda'] },
  { id: 'exmo', name: 'EXMO', words: ['exmo'] },
  { id: 'valr', name: 'VALR', words: ['valr'] },
  { id: 'korbit', name: 'Korbit', words: ['korbit'] },
  { id: 'zaif', name: 'Zaif', words: ['zaif'] },
  { id: 'gmocoin', name: 'GMO Coin', words: ['gmocoin'] },
  { id: 'zebpay', name: 'ZebPay', words: ['zebpay'] },
  { id: 'bitbns', name: 'Bitbns', words: ['bitbns'] },
  { id: 'paribu', name: 'Paribu', words: ['paribu'] },
  { id: 'mercado', name: 'Mercado Bitcoin', words: ['mercadobitcoin'] },
  { id: 'foxbit', name: 'Foxbit', words: ['foxbit'] },
  { id: 'tokocrypto', name: 'Tokocrypto', words: ['tokocrypto'] },
  { id: 'btcmarkets', name: 'BTC Markets', words: ['btcmarkets'] },
  { id: 'independentreserve', name: 'Independent Reserve', words: ['independentreserve'] },
  { id: 'coinspot', name: 'CoinSpot', words: ['coinspot'] },
  { id: 'coinmate', name: 'Coinmate', words: ['coinmate'] },
  // Others bots and trackers still name: gone (FTX) or renamed (BitMax is AscendEX).
  { id: 'ftx', name: 'FTX', words: ['ftx'] },
  { id: 'ascendex', name: 'AscendEX', words: ['ascendex', 'bitmax'] },
  { id: 'bitmart', name: 'BitMart', words: ['bitmart'] },
  { id: 'bingx', name: 'BingX', words: ['bingx'] },
  { id: 'phemex', name: 'Phemex', words: ['phemex'] },
  { id: 'coinex', name: 'CoinEx', words: ['coinex'] },
  { id: 'bitrue', name: 'Bitrue', words: ['bitrue'] },
  { id: 'lbank', name: 'LBank', words: ['lbank'] },
  { id: 'whitebit', name: 'WhiteBIT', words: ['whitebit'] },
  { id: 'latoken', name: 'LATOKEN', words: ['latoken'] },
  { id: 'digifinex', name: 'DigiFinex', words: ['digifinex'] },
];
/** Every word by which a name names an exchange (exchanges/contextSecret.ts looks for them in a file). */
export function exchangeWordList(): string[] {
  return EXCHANGE_WORDS.flatMap((e) => e.words);
}

const BY_WORD = new Map(EXCHANGE_WORDS.flatMap((e) => e.words.map((w) => [w, e.name] as const)));

/** The lower-case words of a name: `kucoinAPIToken` → kucoin, api, token; `KRAKEN_PRIVATE_KEY` → kraken, private, key. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The exchange a variable name names as one of its words (or two joined: `gate_io`), if any. */
export function exchangeNamedBy(name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (NAMED_BY.has(name)) return NAMED_BY.get(name);
  const hit = exchangeOfWords(nameWords(name));
  if (NAMED_BY.size >= NAMED_BY_LIMIT) NAMED_BY.clear();
  NAMED_BY.set(name, hit);
  return hit;
}

/** Names seen before and the exchange they name: a file of findings repeats the same few names. */
const NAMED_BY = new Map<string, string | undefined>();
const NAMED_BY_LIMIT = 20000;

/** The exchange named by one of the words, or by two neighbours joined. */
function exchangeOfWords(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const hit = BY_WORD.get(words[i]) ?? (i + 1 < words.length ? BY_WORD.get(words[i] + words[i + 1]) : undefined);
    if (hit) return hit;
  }
  return undefined;
}

/** Regex source of a word in any letter case (name regexes cannot use the `i` flag: case marks the humps). */
const anyCase = (w: string) => [...w].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');

/**
 * A case-sensitive name test: the name holds one of the exchange's words as a whole word (snake, kebab, upper
 * or camel case) and a credential word (`key`, `token`, `secret`, `access`, `auth`, `private`, `cred`, `sign`).
 */
export function exchangeCredentialName(id: string): RegExp {
  return credentialNameOf(EXCHANGE_WORDS.find((e) => e.id === id)?.words ?? [id]);
}

/** exchangeCredentialName for every exchange the engine knows by name (exchanges/namedSecret.ts). */
export function anyExchangeCredentialName(): RegExp {
  return credentialNameOf(EXCHANGE_WORDS.flatMap((e) => e.words));
}

/** The name test of exchangeCredentialName for a list of exchange words. */
function credentialNameOf(words: readonly string[]): RegExp {
  const forms = words.flatMap((w) => [
    `(?<![A-Za-z])${w}(?![a-z])`,
    `(?<![A-Z])${w[0].toUpperCase()}${w.slice(1)}(?![a-z])`,
    `(?<![A-Za-z])${w.toUpperCase()}(?![A-Z])`,
  ]);
  const cred = ['key', 'token', 'secret', 'access', 'auth', 'private', 'cred', 'sign'].map(anyCase).join('|');
  return new RegExp(`^(?=.{0,60}?(?:${forms.join('|')}))(?=.{0,60}?(?:${cred}))`);
}

/**
 * Regex source of a class or constructor named after the exchange (`OKXService(`, `OkxClient(`, `KucoinWrapper(`):
 * an exchange word with a capital first letter, then a new hump or `_` (`Gateway(` names no exchange).
 */
export function exchangeNamedClass(id: string): string {
  const words = EXCHANGE_WORDS.find((e) => e.id === id)?.words ?? [id];
  return String.raw`(?<![A-Za-z0-9_$.])(?:${words.map((w) => w[0].toUpperCase() + anyCase(w.slice(1))).join('|')})[A-Z_][A-Za-z0-9_]{0,30}`;
}

/** The lowercase words that name an exchange in code (`okx`, `okex`). */
export function exchangeWordsOf(id: string): readonly string[] {
  return EXCHANGE_WORDS.find((e) => e.id === id)?.words ?? [id];
}

/** A word's forms as a name's part: lower, Capitalised and UPPER (`main`, `Main`, `MAIN`). */
const forms = (w: string) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()];
/**
 * Words that say which of the user's own keys it is, not whose service (`CMC_API_KEY`, `BIRDEYE_API_KEY` are other
 * services' keys): an allow-list, since a list of every other service could never be complete.
 */
const OWN_KEY_WORDS = ['my', 'main', 'fixed', 'live', 'prod', 'production', 'real', 'trade', 'trading', 'sub', 'master',
  'user', 'read', 'readonly', 'spot', 'futures', 'margin', 'bot', 'account', 'primary', 'secondary', 'test', 'testnet',
  'demo', 'sandbox', 'paper', 'exchange', 'cex', 'private', 'withdraw', 'withdrawal'].flatMap(forms).join('|');
const SUFFIX: Record<'api-key' | 'api-secret', string> = {
  'api-key': String.raw`(?:[_-](?:api[_-]?key|API[_-]?KEY|Api[_-]?Key|apikey|APIKEY)|ApiKey|APIKey)`,
  'api-secret': String.raw`(?:[_-](?:api[_-]?secret(?:[_-]?key)?|API[_-]?SECRET(?:[_-]?KEY)?|Api[_-]?Secret(?:[_-]?Key)?|secret[_-]?key|SECRET[_-]?KEY|Secret[_-]?Key)|ApiSecret(?:Key)?|APISecret(?:Key)?|SecretKey)`,
};

/**
 * A credential name with one word before it that says which of the user's keys it is (`fixed_api_key`,
 * `mySecretKey`, `MAIN_API_SECRET`): in a file that talks to one exchange it is that exchange's.
 */
export function prefixedCredentialName(role: 'api-key' | 'api-secret'): RegExp {
  return new RegExp(String.raw`^(?:${OWN_KEY_WORDS})${SUFFIX[role]}$`);
}
