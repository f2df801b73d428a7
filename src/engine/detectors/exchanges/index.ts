// Credentials of Bybit, OKX, KuCoin, Kraken, Coinbase, Gate.io, Bitget and Alpaca, as data. Shapes from the
// exchanges' docs and SDKs (see shared/reference/exchange-apis.md); unverified shapes are kept tolerant.
import { defineDetector, type Detector, type Validator } from '../defineDetector';
import { baseName } from '../../text/fileKind';
import { notDocumentedExample, pemBodyIsBase64 } from '../../judge/validators';
import { exchangeDetectors } from './credential';
import { rx } from '../fragments';

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;
// Positional arguments of SDK calls: the first, second or third argument of `call(`, one per line or not.
const ARG = String.raw`[ \t\r\n]{0,20}[^,()\s][^,()\n]{0,99},`;
const ARG1 = String.raw`[ \t]*\([ \t\r\n]{0,20}`;
const ARG2 = String.raw`[ \t]*\(${ARG}[ \t\r\n]{0,20}`;
const ARG3 = String.raw`[ \t]*\(${ARG}${ARG}[ \t\r\n]{0,20}`;
/** CryptoExchange.Net (Bybit.Net, OKX.Net, Kucoin.Net, Kraken.Net, Bitget.Net…): `new ApiCredentials(key, secret[, passphrase])`. */
const API_CREDENTIALS = 'ApiCredentials';
const DELETE = (where: string) => `delete the key in ${where} and create a new one — a disabled key can be re-enabled.`;

export const bybitDetectors: Detector[] = exchangeDetectors({
  slug: 'bybit', exchange: 'Bybit', fileWords: ['bybit', 'pybit'], deleteAdvice: DELETE('Bybit API Management'),
  credentials: [
    {
      role: 'api-key', title: 'API key', shape: String.raw`[A-Za-z0-9]{18,24}`,
      names: /bybit.*key|^(?:api[_-]?key|apikey|key)$/i, notNames: /secret/i, headers: ['X-BAPI-API-KEY'],
      // Go (bybit.go.api, hirokisan/bybit) and C# (Bybit.Net) take key and secret positionally.
      // Go (bybit.go.api), C# (Bybit.Net), Java (bybit-java-api: BybitApiClientFactory.newInstance(key, secret, …)).
      calls: [{ re: String.raw`(?:NewBybitHttpClient|WithAuth|${API_CREDENTIALS}|BybitApiClientFactory\.newInstance)${ARG1}`, keywords: ['newbybithttpclient', 'withauth', 'apicredentials', 'bybitapiclientfactory'] }],
      examples: {
        positive: [
          `from pybit.unified_trading import HTTP\nsession = HTTP(testnet=False, api_key="⟦2aCReP9nHetCF68Q5J⟧", api_secret=secret)`,
          `BYBIT_API_KEY = "⟦2aCReP9nHetCF68Q5J⟧"`,
          `import pybit  # bybit\n@click.option("--api-key", default="⟦2aCReP9nHetCF68Q5J⟧", show_default=False)`,
          `headers = {"X-BAPI-API-KEY": "⟦2aCReP9nHetCF68Q5J⟧"}`,
          `const client = new RestClientV5({ key: '⟦2aCReP9nHetCF68Q5J⟧', secret: process.env.S }); // bybit-api`,
          { text: `import bybit "github.com/wuhewuhe/bybit.go.api"
client := bybit.NewBybitHttpClient("⟦2aCReP9nHetCF68Q5J⟧", secret)`, path: 'main.go' },
          { text: `using Bybit.Net.Clients;
options.ApiCredentials = new ApiCredentials("⟦2aCReP9nHetCF68Q5J⟧", "N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0");`, path: 'Bot.cs' },
        ],
        negative: [`BYBIT_API_KEY = os.environ["BYBIT_API_KEY"]`, `session = HTTP(api_key="your_api_key", api_secret="your_secret")  # pybit`],
      },
    },
    {
      role: 'api-secret', title: 'API secret', shape: String.raw`[A-Za-z0-9]{30,40}`,
      names: /bybit.*secret|^(?:api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|secret(?:[_-]?key)?)$/i,
      calls: [{ re: String.raw`(?:NewBybitHttpClient|WithAuth|${API_CREDENTIALS}|BybitApiClientFactory\.newInstance)${ARG2}`, keywords: ['newbybithttpclient', 'withauth', 'apicredentials', 'bybitapiclientfactory'] }],
      examples: {
        positive: [
          `from pybit.unified_trading import HTTP\nsession = HTTP(testnet=False, api_key=k, api_secret="⟦N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0⟧")`,
          { text: `BYBIT_API_SECRET=⟦N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0⟧\n`, path: '.env' },
          { text: `{"exchange": {"name": "bybit", "key": "2aCReP9nHetCF68Q5J", "secret": "⟦N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0⟧"}}`, path: 'user_data/config.json' },
          { text: `import "github.com/hirokisan/bybit/v2"
client := bybit.NewClient().WithAuth(apiKey, "⟦N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0⟧")`, path: 'main.go' },
          { text: `// Bybit.Net
var creds = new ApiCredentials("2aCReP9nHetCF68Q5J", "⟦N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0⟧");`, path: 'Bot.cs' },
        ],
        negative: [
          `BYBIT_API_SECRET = os.getenv("BYBIT_API_SECRET", "")`, `secret = "N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0"  # no exchange named`,
          { text: `// Bybit.Net
var creds = new ApiCredentials(config["Bybit:Key"], config["Bybit:Secret"]);`, path: 'Bot.cs' },
        ],
      },
    },
  ],
});

export const okxDetectors: Detector[] = exchangeDetectors({
  slug: 'okx', exchange: 'OKX', fileWords: ['okx', 'okex'], deleteAdvice: DELETE('OKX API management'),
  credentials: [
    {
      role: 'api-key', title: 'API key', shape: UUID,
      names: /ok[e]?x.*key|^(?:api[_-]?key|apikey|key)$/i, notNames: /secret/i, headers: ['OK-ACCESS-KEY'],
      calls: [
        { re: String.raw`(?:AccountAPI|TradeAPI|FundingAPI|MarketAPI|RestClient)[ \t]*\([ \t\r\n]{0,20}(?:\{[ \t\r\n]{0,20})?(?:(?:api_key|apiKey)[ \t]*[=:][ \t]*)?`, keywords: ['accountapi', 'tradeapi', 'fundingapi', 'restclient'] },
        { re: String.raw`${API_CREDENTIALS}${ARG1}`, keywords: ['apicredentials'] },
      ],
      examples: {
        positive: [
          `OKX_API_KEY = "⟦18b5d205-973e-4102-8989-a1117856ae71⟧"`,
          `import okx.Account as Account\naccountAPI = Account.AccountAPI("⟦18b5d205-973e-4102-8989-a1117856ae71⟧", secret, passphrase, False, flag)`,
          `headers["OK-ACCESS-KEY"] = "⟦18b5d205-973e-4102-8989-a1117856ae71⟧"`,
        ],
        negative: [`order_id = "18b5d205-973e-4102-8989-a1117856ae71"  # okx`, `OKX_API_KEY = os.environ["OKX_API_KEY"]`],
      },
    },
    {
      role: 'api-secret', title: 'API secret', shape: String.raw`[0-9A-F]{32}`,
      names: /ok[e]?x.*secret|^(?:api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|secret(?:[_-]?key)?)$/i,
      calls: [{ re: String.raw`(?:AccountAPI|TradeAPI|FundingAPI|MarketAPI|${API_CREDENTIALS})${ARG2}`, keywords: ['accountapi', 'tradeapi', 'fundingapi', 'marketapi', 'apicredentials'] }],
      examples: {
        positive: [
          `OKX_API_SECRET = "⟦7EEF812AACE9114ADB577666D24961B7⟧"`,
          `const client = new RestClient({ apiKey: k, apiSecret: '⟦7EEF812AACE9114ADB577666D24961B7⟧', apiPass: p }); // okx-api`,
          `import okx.Trade as Trade\ntradeAPI = Trade.TradeAPI(api_key, "⟦7EEF812AACE9114ADB577666D24961B7⟧", passphrase, False, "0")`,
        ],
        negative: [`OKX_API_SECRET = "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"`, `md5 = "7EEF812AACE9114ADB577666D24961B7"  # okx download checksum`],
      },
    },
    {
      role: 'passphrase', title: 'API passphrase', shape: String.raw`[^\s"'\`\\]{6,64}`,
      names: /ok[e]?x.*pass|^(?:passphrase|api[_-]?pass(?:phrase)?|apipass|password)$/i, headers: ['OK-ACCESS-PASSPHRASE'], minEntropy: 2.5, quoted: true,
      calls: [{ re: String.raw`(?:AccountAPI|TradeAPI|FundingAPI|MarketAPI|${API_CREDENTIALS})${ARG3}`, keywords: ['accountapi', 'tradeapi', 'fundingapi', 'marketapi', 'apicredentials'] }],
      examples: {
        positive: [
          `OKX_PASSPHRASE = "⟦Tr4d1ng!Bot7⟧"`, `const client = new RestClient({ apiKey: k, apiSecret: s, apiPass: '⟦Q9x!mZ2p7Lw⟧' }); // okx`,
          `import okx.Trade as Trade
tradeAPI = Trade.TradeAPI(api_key, secret_key, "⟦Tr4d1ng!Bot7⟧", False, "1")`,
        ],
        negative: [`OKX_PASSPHRASE = os.environ["OKX_PASSPHRASE"]`, `passphrase = "your_passphrase"  # okx`],
      },
    },
  ],
});

export const kucoinDetectors: Detector[] = exchangeDetectors({
  slug: 'kucoin', exchange: 'KuCoin', fileWords: ['kucoin'], deleteAdvice: DELETE('KuCoin API Management'),
  credentials: [
    {
      role: 'api-key', title: 'API key', shape: String.raw`[0-9a-f]{24}`,
      names: /kucoin.*key|^(?:api[_-]?key|apikey|key)$/i, notNames: /secret/i, headers: ['KC-API-KEY'],
      calls: [
        { re: String.raw`(?<![A-Za-z0-9_])(?:Client|User|Trade|Market)[ \t]*\([ \t\r\n]{0,20}(?:(?:key|api_key)[ \t]*=[ \t]*)?`, keywords: ['client(', 'user(', 'trade(', 'market('] },
        // Go SDK options (kucoin.ApiKeyOption("…")) and Kucoin.Net.
        { re: String.raw`(?:ApiKeyOption|${API_CREDENTIALS})${ARG1}`, keywords: ['apikeyoption', 'apicredentials'] },
      ],
      examples: {
        positive: [
          `from kucoin.client import Client\nclient = Client("⟦1ce2c52d4a7916fd211842a6⟧", "f5c6ba43-f6f8-41a6-95df-6bc9cb62c594", "Pp7Xk2Lm9Q")`,
          `KUCOIN_API_KEY = "⟦1ce2c52d4a7916fd211842a6⟧"`,
          { text: `import "github.com/Kucoin/kucoin-go-sdk"\ns := kucoin.NewApiService(kucoin.ApiKeyOption("⟦1ce2c52d4a7916fd211842a6⟧"), kucoin.ApiSecretOption(secret))`, path: 'main.go' },
        ],
        negative: [`mongo_id = "1ce2c52d4a7916fd211842a6"  # kucoin order ref`, `KUCOIN_API_KEY = os.getenv("KUCOIN_API_KEY")`],
      },
    },
    {
      role: 'api-secret', title: 'API secret', shape: UUID,
      names: /kucoin.*secret|^(?:api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|secret(?:[_-]?key)?)$/i,
      calls: [
        // python-kucoin's Client(api_key, api_secret, passphrase): the secret is the second argument, one per line or not.
        { re: String.raw`(?<![A-Za-z0-9_])(?:Client|User|Trade|Market)[ \t]*\([ \t\r\n]{0,20}[^,()\s][^,()\n]{0,79},[ \t\r\n]{0,20}(?:(?:secret|api_secret)[ \t]*=[ \t]*)?`, keywords: ['client(', 'user(', 'trade(', 'market('] },
        { re: String.raw`ApiSecretOption${ARG1}`, keywords: ['apisecretoption'] },
        { re: String.raw`${API_CREDENTIALS}${ARG2}`, keywords: ['apicredentials'] },
      ],
      examples: {
        positive: [
          `from kucoin.client import Client\nclient = Client(key, "⟦f5c6ba43-f6f8-41a6-95df-6bc9cb62c594⟧", passphrase)`,
          `from kucoin.client import Client\nclient = Client(\n    api_key,\n    "⟦f5c6ba43-f6f8-41a6-95df-6bc9cb62c594⟧",\n    api_passphrase,\n)`,
          { text: `KUCOIN_SECRET=⟦f5c6ba43-f6f8-41a6-95df-6bc9cb62c594⟧\n`, path: '.env' },
          { text: `import "github.com/Kucoin/kucoin-go-sdk"\ns := kucoin.NewApiService(kucoin.ApiKeyOption(key), kucoin.ApiSecretOption("⟦f5c6ba43-f6f8-41a6-95df-6bc9cb62c594⟧"))`, path: 'main.go' },
          { text: `// Kucoin.Net\nvar creds = new ApiCredentials(key, "⟦f5c6ba43-f6f8-41a6-95df-6bc9cb62c594⟧", pass);`, path: 'Bot.cs' },
        ],
        negative: [`request_id = "f5c6ba43-f6f8-41a6-95df-6bc9cb62c594"  # kucoin`],
      },
    },
    {
      role: 'passphrase', title: 'API passphrase', shape: String.raw`[^\s"'\`\\]{6,64}`,
      names: /kucoin.*pass|^(?:passphrase|api[_-]?passphrase|password)$/i, headers: ['KC-API-PASSPHRASE'], minEntropy: 2.5, quoted: true,
      calls: [
        { re: String.raw`(?<![A-Za-z0-9_])(?:Client|User|Trade|Market|${API_CREDENTIALS})${ARG3}`, keywords: ['client(', 'user(', 'trade(', 'market(', 'apicredentials'] },
        { re: String.raw`ApiPassPhraseOption${ARG1}`, keywords: ['apipassphraseoption'] },
      ],
      examples: {
        positive: [
          `KUCOIN_PASSPHRASE = "⟦Kc9!vRt2Lm⟧"`,
          `from kucoin_universal_sdk.model import ClientOptionBuilder  # kucoin\nopts = ClientOptionBuilder().set_key(key).set_secret(secret).set_passphrase("⟦Kc9!vRt2Lm⟧").build()`,
          `from kucoin.client import Client
client = Client(api_key, api_secret, "⟦Kc9!vRt2Lm⟧")`,
          { text: `import "github.com/Kucoin/kucoin-go-sdk"
s := kucoin.NewApiService(
	kucoin.ApiKeyOption("1ce2c52d4a7916fd211842a6"),
	kucoin.ApiSecretOption("f5c6ba43-f6f8-41a6-95df-6bc9cb62c594"),
	kucoin.ApiPassPhraseOption("⟦Kc9!vRt2Lm⟧"),
)`, path: 'main.go' },
        ],
        negative: [`KUCOIN_PASSPHRASE = os.environ["KUCOIN_PASSPHRASE"]`, `from kucoin.client import Client
client = Client(api_key, api_secret, passphrase)`],
      },
    },
  ],
});

/** krakenex's `load_key('kraken.key')` file: the API key on line 1, the private key on line 2, no names. */
const inKrakenKeyFile: Validator = { name: 'in-kraken-key-file', test: (_v, ctx) => /^kraken[\w.-]*\.key$/i.test(baseName(ctx.path)) };
const KRAKEN_KEY_LINE = String.raw`[A-Za-z0-9+/]{56}`;
const KRAKEN_SECRET_LINE = String.raw`[A-Za-z0-9+/]{86}==`;
const KRAKEN_KEY_FILE = String.raw`[ \t]*\r?\n[ \t]*`;

export const krakenDetectors: Detector[] = exchangeDetectors({
  slug: 'kraken', exchange: 'Kraken', fileWords: ['kraken'], deleteAdvice: DELETE('Kraken Settings → API'),
  credentials: [
    {
      role: 'api-key', title: 'API key', shape: String.raw`[A-Za-z0-9+/]{54,58}={0,2}`,
      names: /kraken.*key|^(?:api[_-]?key|apikey|key)$/i, notNames: /secret|private/i, headers: ['API-Key'],
      calls: [
        { re: String.raw`(?:krakenex\.API|KrakenAPI|Kraken)[ \t]*\([ \t\r\n]{0,20}(?:key[ \t]*=[ \t]*)?`, keywords: ['krakenex', 'krakenapi', 'kraken('] },
        // Go (krakenapi.New(key, secret)) and Kraken.Net.
        { re: String.raw`(?:krakenapi\.New|${API_CREDENTIALS})${ARG1}`, keywords: ['krakenapi', 'apicredentials'] },
      ],
      extraPatterns: [{ re: rx(String.raw`^[ \t]*(?<v>${KRAKEN_KEY_LINE})${KRAKEN_KEY_FILE}${KRAKEN_SECRET_LINE}`), keywords: [], files: ['text'], validate: [inKrakenKeyFile] }],
      examples: {
        positive: [
          { text: `⟦Csn8XxktFCYhUJvQON0KZfl1OsJ9sLTgcBDlkuExnC9+egKt3Z/+ir8e⟧\nm8dl/b+pdM27pVCPj7IIOihP0mgSRPTSorJ9XvrTaM542nesEHZz4RLqilQLhHghIBPmYk4jLOcFr45kWT+EKg==\n`, path: 'kraken.key' },
          `import krakenex\nk = krakenex.API(key="⟦Csn8XxktFCYhUJvQON0KZfl1OsJ9sLTgcBDlkuExnC9+egKt3Z/+ir8e⟧", secret=s)`,
          `KRAKEN_API_KEY = "⟦Csn8XxktFCYhUJvQON0KZfl1OsJ9sLTgcBDlkuExnC9+egKt3Z/+ir8e⟧"`,
          { text: `import krakenapi "github.com/beldur/kraken-go-api-client"\napi := krakenapi.New("⟦Csn8XxktFCYhUJvQON0KZfl1OsJ9sLTgcBDlkuExnC9+egKt3Z/+ir8e⟧", secret)`, path: 'main.go' },
        ],
        negative: [
          `KRAKEN_API_KEY = os.environ["KRAKEN_API_KEY"]`,
          // The same two lines in a file krakenex does not read are two base64 blobs, nothing more.
          { text: `Csn8XxktFCYhUJvQON0KZfl1OsJ9sLTgcBDlkuExnC9+egKt3Z/+ir8e\nm8dl/b+pdM27pVCPj7IIOihP0mgSRPTSorJ9XvrTaM542nesEHZz4RLqilQLhHghIBPmYk4jLOcFr45kWT+EKg==\n`, path: 'data/blobs.txt' },
        ],
      },
    },
    {
      role: 'api-secret', title: 'private key (API secret)', shape: String.raw`[A-Za-z0-9+/]{84,88}={0,2}`,
      names: /kraken.*(?:secret|private)|^(?:api[_-]?secret(?:[_-]?key)?|apisecret|secret(?:[_-]?key)?|private[_-]?key)$/i,
      calls: [
        { re: String.raw`(?:krakenex\.API|KrakenAPI)[ \t]*\([^,()\n]{1,100},[ \t]{0,10}(?:secret[ \t]*=[ \t]*)?`, keywords: ['krakenex', 'krakenapi'] },
        { re: String.raw`(?:krakenapi\.New|${API_CREDENTIALS})${ARG2}`, keywords: ['krakenapi', 'apicredentials'] },
      ],
      extraPatterns: [{ re: rx(String.raw`^[ \t]*${KRAKEN_KEY_LINE}${KRAKEN_KEY_FILE}(?<v>${KRAKEN_SECRET_LINE})`), keywords: [], files: ['text'], validate: [inKrakenKeyFile] }],
      examples: {
        positive: [
          { text: `Csn8XxktFCYhUJvQON0KZfl1OsJ9sLTgcBDlkuExnC9+egKt3Z/+ir8e\n⟦m8dl/b+pdM27pVCPj7IIOihP0mgSRPTSorJ9XvrTaM542nesEHZz4RLqilQLhHghIBPmYk4jLOcFr45kWT+EKg==⟧\n`, path: 'kraken.key' },
          `KRAKEN_PRIVATE_KEY = "⟦m8dl/b+pdM27pVCPj7IIOihP0mgSRPTSorJ9XvrTaM542nesEHZz4RLqilQLhHghIBPmYk4jLOcFr45kWT+EKg==⟧"`,
          { text: `ExchangeSpecification krakenSpec = new KrakenExchange().getDefaultExchangeSpecification();\nkrakenSpec.setSecretKey("⟦m8dl/b+pdM27pVCPj7IIOihP0mgSRPTSorJ9XvrTaM542nesEHZz4RLqilQLhHghIBPmYk4jLOcFr45kWT+EKg==⟧");`, path: 'Bot.java' },
          `import krakenex\nk = krakenex.API(key=k, secret="⟦m8dl/b+pdM27pVCPj7IIOihP0mgSRPTSorJ9XvrTaM542nesEHZz4RLqilQLhHghIBPmYk4jLOcFr45kWT+EKg==⟧")`,
          { text: `import krakenapi "github.com/beldur/kraken-go-api-client"\napi := krakenapi.New(key, "⟦m8dl/b+pdM27pVCPj7IIOihP0mgSRPTSorJ9XvrTaM542nesEHZz4RLqilQLhHghIBPmYk4jLOcFr45kWT+EKg==⟧")`, path: 'main.go' },
        ],
        negative: [`KRAKEN_SECRET = os.environ["KRAKEN_SECRET"]`, { text: `short-line\nm8dl/b+pdM27pVCPj7IIOihP0mgSRPTSorJ9XvrTaM542nesEHZz4RLqilQLhHghIBPmYk4jLOcFr45kWT+EKg==\n`, path: 'kraken.key' }],
      },
    },
  ],
});

export const coinbaseDetectors: Detector[] = exchangeDetectors({
  slug: 'coinbase', exchange: 'Coinbase', fileWords: ['coinbase', 'organizations/', 'cbpro'], deleteAdvice: DELETE('the Coinbase Developer Platform (API keys)'),
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
      // cbpro, coinbase-pro-node) keys are 32 hex with a base64 secret of the same size and a passphrase.
      role: 'api-key', title: 'API key', shape: String.raw`${UUID}|[0-9a-f]{32}`,
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
        ],
        negative: [`order_id = "8d1b6f2e-3c4a-4f5b-9e7d-2a1c0b9e8f7d"  # coinbase`, `api_key = "8d1b6f2e-3c4a-4f5b-9e7d-2a1c0b9e8f7d"  # no exchange named`],
      },
    },
    {
      role: 'api-secret', title: 'CDP API secret (Ed25519)', shape: String.raw`[A-Za-z0-9+/]{86}={0,2}`,
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
        ],
        negative: [`COINBASE_API_SECRET = os.environ["COINBASE_API_SECRET"]`],
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

/** A CDP key's EC private key (PEM) in a file that talks to Coinbase: the secret half of a key name. */
export const coinbasePrivateKey = defineDetector({
  id: 'secret/coinbase-private-key',
  title: 'Coinbase CDP private key',
  severity: 'error',
  exchange: 'Coinbase',
  role: 'api-secret',
  envName: 'COINBASE_API_SECRET',
  message:
    'Private key {masked} of a Coinbase CDP API key is in source: with the key name it signs requests for your account. Move it to an environment variable; if this file was ever shared or committed, ' + DELETE('the Coinbase Developer Platform (API keys)'),
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

export const gateDetectors: Detector[] = exchangeDetectors({
  slug: 'gate', exchange: 'Gate.io', fileWords: ['gate_api', 'gateio', 'gate.io', 'gateapi', 'gate_key', 'gate_secret', '"gate"', "'gate'", '.gate]', 'exchange: gate', 'exchange=gate', 'ccxt.gate'], deleteAdvice: DELETE('Gate.io API Management'),
  credentials: [
    {
      role: 'api-key', title: 'API key', shape: String.raw`[0-9a-f]{32}`,
      names: /gate.*key|^(?:api[_-]?key|apikey|key)$/i, notNames: /secret/i,
      examples: {
        positive: [
          `import gate_api\nconfiguration = gate_api.Configuration(host=h, key="⟦4bfef4d9c0612757573d6ffc5d4e7ecd⟧", secret=s)`,
          `GATEIO_API_KEY = "⟦4bfef4d9c0612757573d6ffc5d4e7ecd⟧"`,
        ],
        negative: [`etag = "4bfef4d9c0612757573d6ffc5d4e7ecd"  # gate_api response`],
      },
    },
    {
      role: 'api-secret', title: 'API secret', shape: String.raw`[0-9a-f]{64}`,
      names: /gate.*secret|^(?:api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|secret(?:[_-]?key)?)$/i,
      examples: {
        positive: [
          `import gate_api\nconfiguration = gate_api.Configuration(host=h, key=k, secret="⟦225dbf2b815351828c3f8193a83a841a0eb4bf3db271103a1c44e30981229178⟧")`,
          `GATE_API_SECRET = "⟦225dbf2b815351828c3f8193a83a841a0eb4bf3db271103a1c44e30981229178⟧"`,
        ],
        negative: [`digest = "225dbf2b815351828c3f8193a83a841a0eb4bf3db271103a1c44e30981229178"  # gate_api`],
      },
    },
  ],
});

export const bitgetDetectors: Detector[] = exchangeDetectors({
  slug: 'bitget', exchange: 'Bitget', fileWords: ['bitget', 'bg_'], deleteAdvice: DELETE('Bitget API Management'),
  credentials: [
    {
      role: 'api-key', title: 'API key', shape: String.raw`bg_[0-9a-f]{32}`,
      names: /.*/, headers: ['ACCESS-KEY'],
      calls: [{ re: String.raw`(?<![A-Za-z0-9_])(?:OrderApi|AccountApi|MarketApi|PlanApi|PositionApi)${ARG1}`, keywords: ['orderapi', 'accountapi', 'marketapi', 'planapi', 'positionapi'] }],
      examples: {
        positive: [
          `BITGET_API_KEY = "⟦bg_d7aebbd9849b833f9e570c6ad8b60661⟧"`, { text: `BITGET_API_KEY=⟦bg_d7aebbd9849b833f9e570c6ad8b60661⟧\n`, path: '.env' },
          `import bitget.v1.mix.order_api as order\norderApi = order.OrderApi("⟦bg_d7aebbd9849b833f9e570c6ad8b60661⟧", secret_key, passphrase)`,
        ],
        negative: [`BITGET_API_KEY = os.environ["BITGET_API_KEY"]`, `prefix = "bg_"`],
      },
    },
    {
      role: 'api-secret', title: 'API secret', shape: String.raw`[0-9a-f]{64}`,
      names: /bitget.*secret|^(?:api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|secret(?:[_-]?key)?)$/i,
      // bitget-python-sdk-api: order.OrderApi(api_key, secret_key, passphrase, …).
      calls: [{ re: String.raw`(?:${API_CREDENTIALS}|(?<![A-Za-z0-9_])(?:OrderApi|AccountApi|MarketApi|PlanApi|PositionApi))${ARG2}`, keywords: ['apicredentials', 'orderapi', 'accountapi', 'marketapi', 'planapi', 'positionapi'] }],
      examples: {
        positive: [
          `BITGET_SECRET_KEY = "⟦45ca99a4c9a8fa84f16fdf1454655ddb5c3f93e93edbbb36e7046e74a3e99e84⟧"`,
          `const client = new RestClientV2({ apiKey: k, apiSecret: '⟦45ca99a4c9a8fa84f16fdf1454655ddb5c3f93e93edbbb36e7046e74a3e99e84⟧', apiPass: p }); // bitget-api`,
        ],
        negative: [`BITGET_SECRET_KEY = os.getenv("BITGET_SECRET_KEY", "")`],
      },
    },
    {
      role: 'passphrase', title: 'API passphrase', shape: String.raw`[^\s"'\`\\]{6,64}`,
      // bitget-api (JS) calls it apiPass, ccxt password.
      names: /bitget.*pass|^(?:passphrase|api[_-]?pass(?:phrase)?|apipass|password)$/i, headers: ['ACCESS-PASSPHRASE'], minEntropy: 2.5, quoted: true,
      calls: [{ re: String.raw`(?:${API_CREDENTIALS}|(?<![A-Za-z0-9_])(?:OrderApi|AccountApi|MarketApi|PlanApi|PositionApi))${ARG3}`, keywords: ['apicredentials', 'orderapi', 'accountapi', 'marketapi', 'planapi', 'positionapi'] }],
      examples: {
        positive: [`BITGET_PASSPHRASE = "⟦Bg7!tRx2Qw⟧"`, `const client = new RestClientV2({ apiKey: k, apiSecret: s, apiPass: '⟦Bg7!tRx2Qw⟧' }); // bitget-api`],
        negative: [`BITGET_PASSPHRASE = os.environ["BITGET_PASSPHRASE"]`, `const client = new RestClientV2({ apiKey: k, apiSecret: s, apiPass: process.env.BITGET_PASS }); // bitget-api`],
      },
    },
  ],
});

export const alpacaDetectors: Detector[] = exchangeDetectors({
  slug: 'alpaca', exchange: 'Alpaca', fileWords: ['alpaca', 'apca'], deleteAdvice: DELETE('the Alpaca dashboard (regenerate the key)'),
  credentials: [
    {
      role: 'api-key', title: 'API key ID', shape: String.raw`(?:PK|AK|CK)[A-Z0-9]{16,20}`,
      names: /alpaca.*key|apca.*key|^(?:api[_-]?key(?:[_-]?id)?|apikey|key[_-]?id|key)$/i, notNames: /secret/i, headers: ['APCA-API-KEY-ID'],
      calls: [{ re: String.raw`(?:TradingClient|StockHistoricalDataClient|CryptoHistoricalDataClient|REST)[ \t]*\([ \t\r\n]{0,20}(?:(?:api_key|key_id)[ \t]*=[ \t]*)?`, keywords: ['tradingclient', 'historicaldataclient', 'rest('] }],
      examples: {
        positive: [
          `from alpaca.trading.client import TradingClient\ntrading_client = TradingClient("⟦PKTQF3ZUSSNPK0RBC40N⟧", secret, paper=True)`,
          { text: `APCA_API_KEY_ID=⟦PKTQF3ZUSSNPK0RBC40N⟧\n`, path: '.env' },
        ],
        negative: [`APCA_API_KEY_ID = os.environ["APCA_API_KEY_ID"]`],
      },
    },
    {
      role: 'api-secret', title: 'API secret key', shape: String.raw`[A-Za-z0-9]{40}`,
      names: /alpaca.*secret|apca.*secret|^(?:api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|(?:key[_-]?)?secret(?:[_-]?key)?)$/i,
      calls: [{ re: String.raw`(?:TradingClient|StockHistoricalDataClient|CryptoHistoricalDataClient|REST)[ \t]*\([^,()\n]{1,80},[ \t]{0,10}(?:(?:secret_key)[ \t]*=[ \t]*)?`, keywords: ['tradingclient', 'historicaldataclient', 'rest('] }],
      examples: {
        positive: [
          `from alpaca.trading.client import TradingClient\ntrading_client = TradingClient(key, "⟦ML8lotbbVRfsNIBoIeiFYNXnB6aEPDmgY7GKlZFn⟧", paper=True)`,
          `APCA_API_SECRET_KEY = "⟦ML8lotbbVRfsNIBoIeiFYNXnB6aEPDmgY7GKlZFn⟧"`,
        ],
        negative: [`APCA_API_SECRET_KEY = os.environ["APCA_API_SECRET_KEY"]`],
      },
    },
  ],
});

/** Every exchange's credential detectors, in registry order. */
export const EXCHANGE_DETECTORS: readonly Detector[] = [
  ...bybitDetectors, ...okxDetectors, ...kucoinDetectors, ...krakenDetectors, ...coinbaseDetectors, coinbasePrivateKey,
  ...gateDetectors, ...bitgetDetectors, ...alpacaDetectors,
];
