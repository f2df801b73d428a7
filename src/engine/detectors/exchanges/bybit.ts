// Bybit's credentials as data: key shapes, the names and headers that hold them, SDK constructors, examples.
import { exchangeRecord } from './credential';
import { API_CREDENTIALS, ARG1, ARG2, DELETE } from './shapes';

/** Bybit's detection record. */
export const bybit = exchangeRecord({
  ccxtIds: /^(?:bybit|pybit)/,
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
          { text: `⟦2aCReP9nHetCF68Q5J⟧\nN9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0\n`, path: 'config/bybit_main.key' },
          `import pybit  # bybit\n@click.option("--api-key", default="⟦2aCReP9nHetCF68Q5J⟧", show_default=False)`,
          `headers = {"X-BAPI-API-KEY": "⟦2aCReP9nHetCF68Q5J⟧"}`,
          `const client = new RestClientV5({ key: '⟦2aCReP9nHetCF68Q5J⟧', secret: process.env.S }); // bybit-api`,
          // The bot's folder names the exchange; its config module does not.
          { text: `# keys\nAPI_KEY = '⟦2aCReP9nHetCF68Q5J⟧'\n`, path: 'bots/bybit/config.py' },
          { text: `import bybit "github.com/wuhewuhe/bybit.go.api"
client := bybit.NewBybitHttpClient("⟦2aCReP9nHetCF68Q5J⟧", secret)`, path: 'main.go' },
          { text: `using Bybit.Net.Clients;
options.ApiCredentials = new ApiCredentials("⟦2aCReP9nHetCF68Q5J⟧", "N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0");`, path: 'Bot.cs' },
        ],
        negative: [
          `BYBIT_API_KEY = os.environ["BYBIT_API_KEY"]`, `session = HTTP(api_key="your_api_key", api_secret="your_secret")  # pybit`,
          // Key files that are not a key/secret pair: one line, placeholders, a PEM key, a longer listing.
          { text: `Xb7Qk2Lm9Pw4Rt6Yz1\n`, path: 'bybit.key' },
          { text: `YOUR_API_KEY\nYOUR_API_SECRET\n`, path: 'bybit.key' },
          { text: `-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIHq4Vw8sDk3Zt7Pb1Lr5Xc2Gn6Jm9Ya0Fe4Ku8Ti\n-----END PRIVATE KEY-----\n`, path: 'bybit.key' },
          { text: `# bybit sub-accounts\n2aCReP9nHetCF68Q5J\nN9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0\n`, path: 'bybit.key' },
        ],
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
          { text: `api_key = 'x'\napi_secret = '⟦N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0⟧'\n`, path: 'bybit_bot/settings.py' },
          // A bot's own key file: the key on line 1, the secret on line 2, nothing else.
          { text: `2aCReP9nHetCF68Q5J\n⟦N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0⟧`, path: 'bybit.key' },
          { text: `{"exchange": {"name": "bybit", "key": "2aCReP9nHetCF68Q5J", "secret": "⟦N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0⟧"}}`, path: 'user_data/config.json' },
          { text: `import "github.com/hirokisan/bybit/v2"
client := bybit.NewClient().WithAuth(apiKey, "⟦N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0⟧")`, path: 'main.go' },
          { text: `// Bybit.Net
var creds = new ApiCredentials("2aCReP9nHetCF68Q5J", "⟦N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0⟧");`, path: 'Bot.cs' },
        ],
        negative: [
          `BYBIT_API_SECRET = os.getenv("BYBIT_API_SECRET", "")`, `secret = "N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0"  # no exchange named`,
          // Neither text nor path names Bybit (a `gateway` or `bybitish` folder is not the exchange's).
          { text: `api_secret = 'N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0'\n`, path: 'gateway/config.py' },
          { text: `api_secret = 'N9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0'\n`, path: 'bybitish/config.py' },
          { text: `// Bybit.Net
var creds = new ApiCredentials(config["Bybit:Key"], config["Bybit:Secret"]);`, path: 'Bot.cs' },
        ],
      },
    },
  ],
});
