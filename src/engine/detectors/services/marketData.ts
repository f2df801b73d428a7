// Market-data and broker keys a trading bot holds besides its exchange's: quotes, candles, news, order routing.
// Most have no prefix of their own, so a name or URL of the service anchors them.
import { defineDetector } from '../../defineDetector';
import { minEntropy, standardValidators } from '../../judge/validators';
import { rx } from '../fragments';
import { keyInUrl, namedKey } from './named';

const HEX = (n: number) => String.raw`[0-9a-f]{${n}}(?![0-9A-Za-z])`;
const ALNUM = (n: number) => String.raw`[A-Za-z0-9]{${n}}(?![A-Za-z0-9_-])`;
const OANDA_TOKEN = String.raw`[0-9a-f]{32}-[0-9a-f]{32}(?![0-9a-f])`;

export const marketDataKey = defineDetector({
  id: 'secret/market-data-key',
  title: 'market-data or broker API key',
  severity: 'warning',
  role: 'api-key',
  message: '{exchange} API key {masked} is hard-coded.',
  risk: 'Anyone who has it uses your data plan (and, for a broker, your trading account).',
  advice: 'Move it to an environment variable. If it was shared or committed, regenerate the key in your {exchange} account settings.',
  keywords: ['finnhub', 'polygon', 'iex', 'alphavantage', 'alpha_vantage', 'alpha-vantage', 'twelvedata', 'twelve_data', 'tiingo', 'oanda', 'tradier'],
  validate: [...standardValidators, minEntropy(3)],
  patterns: [
    namedKey(/finnhub/i, String.raw`[a-z0-9]{20}(?![A-Za-z0-9_-])`, { exchange: 'Finnhub', envName: 'FINNHUB_API_KEY', keywords: ['finnhub'] }),
    keyInUrl(String.raw`finnhub\.io`, 'token', String.raw`[a-z0-9]{20}(?![A-Za-z0-9_-])`, { exchange: 'Finnhub', envName: 'FINNHUB_API_KEY', keywords: ['finnhub'] }),
    namedKey(/polygon(?!_?scan)/i, String.raw`[A-Za-z0-9_]{32}(?![A-Za-z0-9_-])`, { exchange: 'Polygon.io', envName: 'POLYGON_API_KEY', keywords: ['polygon'], notName: /scan|rpc|url|uri|address|private|chain|network|node/i }),
    keyInUrl(String.raw`api\.polygon\.io`, 'apiKey|apikey', String.raw`[A-Za-z0-9_]{32}(?![A-Za-z0-9_-])`, { exchange: 'Polygon.io', envName: 'POLYGON_API_KEY', keywords: ['polygon.io'] }),
    // IEX Cloud's publishable and secret tokens (T-prefixed in its sandbox); the prefixes alone are too common.
    { re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>T?[ps]k_${HEX(32)})`), keywords: ['pk_', 'sk_'], requires: { fileContains: ['iex'] }, exchange: 'IEX Cloud', envName: 'IEX_CLOUD_API_KEY' },
    namedKey(/alpha_?vantage|(?:^|_)av_?api_?key/i, String.raw`[A-Z0-9]{16}(?![A-Za-z0-9_-])`, { exchange: 'Alpha Vantage', envName: 'ALPHAVANTAGE_API_KEY', keywords: ['alphavantage', 'alpha_vantage', 'av_api'] }),
    keyInUrl(String.raw`www\.alphavantage\.co`, 'apikey', String.raw`[A-Z0-9]{16}(?![A-Za-z0-9_-])`, { exchange: 'Alpha Vantage', envName: 'ALPHAVANTAGE_API_KEY', keywords: ['alphavantage'] }),
    namedKey(/twelve_?data|(?:^|_)td_?api_?key/i, HEX(32), { exchange: 'Twelve Data', envName: 'TWELVEDATA_API_KEY', keywords: ['twelvedata', 'twelve_data', 'td_api'] }),
    keyInUrl(String.raw`api\.twelvedata\.com`, 'apikey', HEX(32), { exchange: 'Twelve Data', envName: 'TWELVEDATA_API_KEY', keywords: ['twelvedata'] }),
    namedKey(/tiingo/i, HEX(40), { exchange: 'Tiingo', envName: 'TIINGO_API_KEY', keywords: ['tiingo'] }),
    keyInUrl(String.raw`api\.tiingo\.com`, 'token', HEX(40), { exchange: 'Tiingo', envName: 'TIINGO_API_KEY', keywords: ['tiingo'] }),
    // OANDA's v20 tokens have a shape of their own: 32 hex, a dash, 32 hex.
    { re: rx(String.raw`(?<![0-9A-Za-z_-])(?<v>${OANDA_TOKEN})`), keywords: [], requires: { fileContains: ['oanda'] }, exchange: 'OANDA', envName: 'OANDA_API_TOKEN' },
    namedKey(/tradier/i, ALNUM(28), { exchange: 'Tradier', envName: 'TRADIER_ACCESS_TOKEN', keywords: ['tradier'] }),
  ],
  examples: {
    positive: [
      `FINNHUB_API_KEY = "⟦c13qssxjx8gki7djzs0y⟧"`,
      `finnhub_client = finnhub.Client(api_key=FINNHUB)\nquote = requests.get("https://finnhub.io/api/v1/quote?symbol=AAPL&token=⟦c13qssxjx8gki7djzs0y⟧")`,
      { text: `POLYGON_API_KEY=⟦cC8OV94lz7WZbRGs5NMNGUzDt2gITwAu⟧\n`, path: '.env' },
      `url = f"https://api.polygon.io/v2/aggs/ticker/{t}/range/1/day/{a}/{b}?adjusted=true&apiKey=⟦jPuvfqWVeOAVhnGCcjpxhnmMFnaYtcAu⟧"`,
      `import pyEX\nc = pyEX.Client(api_token="⟦sk_d176030003ca57e2c0f1505084a8f89d⟧", version="stable")  # IEX Cloud`,
      `ALPHA_VANTAGE_KEY = "⟦UNQM4H9GB5VOT189⟧"`,
      `r = requests.get("https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=⟦UNQM4H9GB5VOT189⟧")`,
      `const twelveDataKey = "⟦c63e9558f8f931c5c79f0768247682b7⟧";`,
      `TIINGO_API_KEY: "⟦e3390ba6f92008167d49840f75489f3e44304a98⟧"`,
      `OANDA_TOKEN = "⟦c63e9558f8f931c5c79f0768247682b7-d176030003ca57e2c0f1505084a8f89d⟧"`,
      `import oandapyV20\napi = oandapyV20.API(access_token="⟦c63e9558f8f931c5c79f0768247682b7-d176030003ca57e2c0f1505084a8f89d⟧")`,
      `TRADIER_TOKEN = "⟦PDM8ZQokcWAaZnVcOeAVB1CnYTK8⟧"`,
    ],
    negative: [
      `FINNHUB_API_KEY = os.getenv("FINNHUB_API_KEY")`,
      `finnhub_api_key = "your_finnhub_key_here"`,
      `POLYGON_RPC_URL = "https://polygon-rpc.com"`,
      `POLYGONSCAN_API_KEY = "cC8OV94lz7WZbRGs5NMNGUzDt2gITwAu"`,
      `stripe_key = "sk_d176030003ca57e2c0f1505084a8f89d"  # another service's key`,
      `ALPHA_VANTAGE_KEY = "demo"`,
      `OANDA_ACCOUNT_ID = "101-004-1234567-001"`,
      `uid = "c63e9558f8f931c5c79f0768247682b7-d176030003ca57e2c0f1505084a8f89d"  # a job id`,
      `tiingo_url = "https://api.tiingo.com/tiingo/daily/aapl/prices"`,
      // The key's parameter on another host (the service is only named in a comment).
      `r = requests.get("https://quotes.example.net/q?symbol=AAPL&token=c13qssxjx8gki7djzs0y")  # finnhub mirror`,
    ],
  },
});
