// Secrets the corpus generator plants, one template per kind and language. Every value is random: no
// real key is ever written. `kind` groups results in the bench table.
import type { Rng } from './random';

/** A planted secret: the lines to insert, the 0-based line a scanner must report, and other secret lines. */
export interface Plant {
  kind: string;
  lines: string[];
  line: number;
  /** Lines that hold further parts of the same credential (a key above its secret): not false positives. */
  also?: number[];
}

type Lang = 'python' | 'javascript' | 'typescript' | 'go' | 'java' | 'csharp' | 'json' | 'yaml' | 'env' | 'notebook' | 'rust' | 'php';

/** A generator of plants for a language; returns undefined when the kind has no form in that language. */
type PlantMaker = (r: Rng, lang: Lang) => Plant | undefined;

const pemBody = (r: Rng, lines: number) => Array.from({ length: lines }, () => r.base64(64));

export const PLANTS: Record<string, PlantMaker> = {
  'binance-hmac': (r, lang) => {
    const k = r.alnum(64), s = r.alnum(64);
    switch (lang) {
      case 'python': return { kind: 'binance-hmac', lines: [`client = Client("${k}", "${s}")`], line: 0 };
      case 'javascript': case 'typescript': return { kind: 'binance-hmac', lines: [`const binance = new ccxt.binance({ apiKey: '${k}', secret: '${s}' });`], line: 0 };
      case 'go': return { kind: 'binance-hmac', lines: [`client := binance.NewClient("${k}", "${s}")`], line: 0 };
      case 'java': return { kind: 'binance-hmac', lines: [`SpotClientImpl client = new SpotClientImpl("${k}", "${s}");`], line: 0 };
      case 'csharp': return { kind: 'binance-hmac', lines: [`var creds = new ApiCredentials("${k}", "${s}");`], line: 0 };
      case 'env': return { kind: 'binance-hmac', lines: [`BINANCE_API_SECRET=${s}`], line: 0 };
      case 'yaml': return { kind: 'binance-hmac', lines: [`binance_api_secret: ${s}`], line: 0 };
      case 'json': return { kind: 'binance-hmac', lines: [`  "exchange": {"name": "binance", "key": "${k}", "secret": "${s}"},`], line: 0 };
      case 'php': return { kind: 'binance-hmac', lines: [`$exchange = new \\ccxt\\binance(array('apiKey' => '${k}', 'secret' => '${s}'));`], line: 0 };
      default: return undefined;
    }
  },
  'ccxt-kraken': (r, lang) => {
    const k = r.base64(56), s = r.base64(86) + '==';
    if (lang === 'python') return { kind: 'ccxt-kraken', lines: ['exchange = ccxt.kraken({', `    'apiKey': '${k}',`, `    'secret': '${s}',`, '})'], line: 2, also: [1] };
    if (lang === 'javascript' || lang === 'typescript') return { kind: 'ccxt-kraken', lines: ['const kraken = new ccxt.kraken({', `  apiKey: '${k}',`, `  secret: '${s}',`, '});'], line: 2, also: [1] };
    return undefined;
  },
  'bybit': (r, lang) => {
    const k = r.alnum(18), s = r.alnum(36);
    if (lang === 'python') return { kind: 'bybit', lines: [`session = HTTP(testnet=False, api_key="${k}", api_secret="${s}")`], line: 0 };
    if (lang === 'env') return { kind: 'bybit', lines: [`BYBIT_API_SECRET=${s}`], line: 0 };
    return undefined;
  },
  'okx': (r, lang) => {
    const s = r.hex(32).toUpperCase();
    if (lang === 'python') return { kind: 'okx', lines: [`OKX_API_SECRET = "${s}"`], line: 0 };
    if (lang === 'javascript' || lang === 'typescript') return { kind: 'okx', lines: [`const client = new RestClient({ apiKey: '${r.uuid()}', apiSecret: '${s}', apiPass: 'Tr${r.alnum(8)}' });`], line: 0 };
    return undefined;
  },
  'kucoin': (r, lang) => (lang === 'python' ? { kind: 'kucoin', lines: [`client = Client("${r.hex(24)}", "${r.uuid()}", "Pp${r.alnum(10)}")  # kucoin`], line: 0 } : undefined),
  'gate': (r, lang) => (lang === 'python' ? { kind: 'gate', lines: [`configuration = gate_api.Configuration(host="https://api.gateio.ws/api/v4", key="${r.hex(32)}", secret="${r.hex(64)}")`], line: 0 } : undefined),
  'bitget': (r, lang) => (lang === 'env' || lang === 'python' ? { kind: 'bitget', lines: [`BITGET_API_KEY${lang === 'env' ? '=' : ' = "'}bg_${r.hex(32)}${lang === 'env' ? '' : '"'}`], line: 0 } : undefined),
  'alpaca': (r, lang) => (lang === 'python' ? { kind: 'alpaca', lines: ['from alpaca.trading.client import TradingClient', `trading_client = TradingClient("PK${r.chars(18, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}", "${r.alnum(40)}", paper=True)`], line: 1 } : undefined),
  'coinbase-cdp': (r, lang) => (lang === 'json'
    ? { kind: 'coinbase-cdp', lines: [`  "name": "organizations/${r.uuid()}/apiKeys/${r.uuid()}",`, `  "privateKey": "-----BEGIN EC PRIVATE KEY-----\\n${pemBody(r, 3).join('\\n')}\\n-----END EC PRIVATE KEY-----\\n",`], line: 1, also: [0] }
    : undefined),
  'telegram': (r, lang) => {
    const t = `${r.int(1000000000, 7999999999)}:AA${r.chars(33, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}`;
    if (lang === 'python') return { kind: 'telegram', lines: [`TELEGRAM_TOKEN = "${t}"`], line: 0 };
    if (lang === 'json') return { kind: 'telegram', lines: [`  "telegram": {"enabled": true, "token": "${t}", "chat_id": "${r.int(10000000, 99999999)}"},`], line: 0 };
    if (lang === 'env') return { kind: 'telegram', lines: [`TELEGRAM_BOT_TOKEN=${t}`], line: 0 };
    return undefined;
  },
  'pem-private-key': (r, lang) => (lang === 'python'
    ? { kind: 'pem-private-key', lines: ['PRIVATE_KEY_PEM = """-----BEGIN RSA PRIVATE KEY-----', ...pemBody(r, 8), '-----END RSA PRIVATE KEY-----"""'], line: 0 }
    : undefined),
  'evm-private-key': (r, lang) => {
    const k = '0x' + r.hex(64);
    if (lang === 'python') return { kind: 'evm-private-key', lines: [`account = Account.from_key("${k}")`], line: 0 };
    if (lang === 'javascript' || lang === 'typescript') return { kind: 'evm-private-key', lines: [`const wallet = new ethers.Wallet('${k}', provider);`], line: 0 };
    if (lang === 'env') return { kind: 'evm-private-key', lines: [`PRIVATE_KEY=${k}`], line: 0 };
    return undefined;
  },
  'rpc-url-key': (r, lang) => (lang === 'python' || lang === 'javascript'
    ? { kind: 'rpc-url-key', lines: [`${lang === 'python' ? 'RPC_URL = ' : 'const RPC_URL = '}"https://mainnet.infura.io/v3/${r.hex(32)}"`], line: 0 }
    : undefined),
  'discord-webhook': (r, lang) => (lang === 'python'
    ? { kind: 'discord-webhook', lines: [`WEBHOOK = "https://discord.com/api/webhooks/${r.int(100000000000000000, 999999999999999999)}/${r.chars(68, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}"`], line: 0 }
    : undefined),
  'aws-access-key': (r, lang) => (lang === 'yaml' || lang === 'env'
    ? { kind: 'aws-access-key', lines: [`${lang === 'yaml' ? '  AWS_ACCESS_KEY_ID: ' : 'AWS_ACCESS_KEY_ID='}AKIA${r.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`], line: 0 }
    : undefined),
  'github-token': (r, lang) => (lang === 'yaml' ? { kind: 'github-token', lines: [`  GH_TOKEN: ghp_${r.alnum(36)}`], line: 0 } : undefined),
  'openai-key': (r, lang) => (lang === 'python' ? { kind: 'openai-key', lines: [`openai.api_key = "sk-proj-${r.alnum(20)}T3BlbkFJ${r.alnum(20)}"`], line: 0 } : undefined),
  'generic-secret': (r, lang) => (lang === 'go'
    ? { kind: 'generic-secret', lines: [`const webhookSecret = "${r.alnum(32)}"`], line: 0 }
    : lang === 'java' ? { kind: 'generic-secret', lines: [`private static final String API_SECRET = "${r.alnum(40)}";`], line: 0 } : undefined),
};
