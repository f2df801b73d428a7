// KuCoin's credentials as data: key shapes, the names and headers that hold them, SDK constructors, examples.
import { exchangeRecord } from './credential';
import { API_CREDENTIALS, ARG1, ARG2, ARG3, DELETE, UUID } from './shapes';

/** KuCoin's detection record. */
export const kucoin = exchangeRecord({
  ccxtIds: /^kucoin/,
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
          // A name that names KuCoin and a credential, in any case style and syntax (issue #19).
          { text: `var kucoinToken string = "⟦1ce2c52d4a7916fd211842a6⟧"`, path: 'main.go' },
          { text: `KUCOIN_TOKEN ?= ⟦1ce2c52d4a7916fd211842a6⟧\n`, path: 'Makefile' },
          { text: `<appSettings>\n  <add key="KucoinAccessToken" value="⟦1ce2c52d4a7916fd211842a6⟧" />\n</appSettings>`, path: 'App.config' },
        ],
        negative: [
          `mongo_id = "1ce2c52d4a7916fd211842a6"  # kucoin order ref`, `KUCOIN_API_KEY = os.getenv("KUCOIN_API_KEY")`,
          { text: `kucoinOrderRef := "1ce2c52d4a7916fd211842a6"`, path: 'main.go' },
          { text: `kucoinTokenSecret := "1ce2c52d4a7916fd211842a6"  // a key is never named secret`, path: 'main.go' },
        ],
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
          { text: `kucoin_access_token: ⟦f5c6ba43-f6f8-41a6-95df-6bc9cb62c594⟧\n`, path: 'config.yaml' },
          { text: `<kucoinSecret>\n  ⟦f5c6ba43-f6f8-41a6-95df-6bc9cb62c594⟧\n</kucoinSecret>`, path: 'bot.xml' },
          { text: `import "github.com/Kucoin/kucoin-go-sdk"\ns := kucoin.NewApiService(kucoin.ApiKeyOption(key), kucoin.ApiSecretOption("⟦f5c6ba43-f6f8-41a6-95df-6bc9cb62c594⟧"))`, path: 'main.go' },
          { text: `// Kucoin.Net\nvar creds = new ApiCredentials(key, "⟦f5c6ba43-f6f8-41a6-95df-6bc9cb62c594⟧", pass);`, path: 'Bot.cs' },
          // The arguments on the next line.
          { text: `restClient.SetApiCredentials(new Kucoin.Net.Objects.KucoinApiCredentials\n    ("5f9c2a7e1b3d4c6a8e0f2b4d", "⟦f5c6ba43-f6f8-41a6-95df-6bc9cb62c594⟧", "Tr4d1ng!"));`, path: 'Services/Trader.cs' },
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
