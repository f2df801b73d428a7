// OKX's credentials as data: key shapes, the names and headers that hold them, SDK constructors, examples.
import { exchangeRecord } from './credential';
import { API_CREDENTIALS, ARG1, ARG2, ARG3, DELETE, UUID } from './shapes';

/** OKX's detection record. */
export const okx = exchangeRecord({
  ccxtIds: /^(?:okx|okex|okcoin)/,
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
          { text: `    headers:\n      Ok-Access-Key:\n      - ⟦18b5d205-973e-4102-8989-a1117856ae71⟧\n`, path: 'spec/cassettes/balance.yml' },
          // One word before the credential name, in a file that talks to OKX.
          { text: `from okx import Account\nfixed_api_key = '⟦18b5d205-973e-4102-8989-a1117856ae71⟧'`, path: 'routes/okx.py' },
        ],
        negative: [
          `order_id = "18b5d205-973e-4102-8989-a1117856ae71"  # okx`, `OKX_API_KEY = os.environ["OKX_API_KEY"]`,
          // Another exchange's name, or a word saying it is no live key, before the credential name.
          `import okx\nbybit_api_key = "18b5d205-973e-4102-8989-a1117856ae71"\npublic_api_key = "28b5d205-973e-4102-8989-a1117856ae72"`,
          // Another service's key in the same file (a market-data or RPC provider).
          `import okx\nCMC_API_KEY = "18b5d205-973e-4102-8989-a1117856ae71"\nbirdeyeApiKey = "28b5d205-973e-4102-8989-a1117856ae72"`,
        ],
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
          // The bot's own wrapper, one argument a line.
          `const OKXService = require('./services/okxService');\nconst demo = new OKXService(\n  '44afb32f-3aaa-4483-8b92-4d400a299811',\n  '⟦FB60A3B30E8187A032410A3B7B16D0FA⟧',\n  'Demo_pass_81',\n  true\n);`,
          // A bare key file: key, secret, then the passphrase OKX keys also have.
          { text: `44afb32f-3aaa-4483-8b92-4d400a299811\n⟦FB60A3B30E8187A032410A3B7B16D0FA⟧\nDemo_pass_81\n`, path: 'okx.key' },
          { text: `import okx.Account as Account\nfixed_secret_key = '⟦7EEF812AACE9114ADB577666D24961B7⟧'`, path: 'routes/okx.py' },
        ],
        negative: [
          `OKX_API_SECRET = "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"`, `md5 = "7EEF812AACE9114ADB577666D24961B7"  # okx download checksum`,
          // Key files whose lines are not OKX's shapes (a Bybit pair under OKX's name).
          { text: `2aCReP9nHetCF68Q5J\nN9kFSoM35ADGLK5W26CtAMcs4hoFv6Go1vh0\n`, path: 'okx.key' },
          `const demo = new OKXService(process.env.OKX_KEY, process.env.OKX_SECRET, process.env.OKX_PASS, true); // okx`,
          // A class not named after the exchange: position alone proves nothing.
          `const okx = require('okx-api');\nconst cache = new LruStore('44afb32f-3aaa-4483-8b92-4d400a299811', 'FB60A3B30E8187A032410A3B7B16D0FA');`,
        ],
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
        negative: [
          `OKX_PASSPHRASE = os.environ["OKX_PASSPHRASE"]`, `passphrase = "your_passphrase"  # okx`,
          // The alert mailbox's password in a bot's config that also names OKX.
          { text: `{\n  "exchange": "okx",\n  "email": {\n    "host": "smtp.example.org",\n    "port": 587,\n    "password": "L4naQ6CKK4Ja"\n  }\n}`, path: 'risk_config.json' },
        ],
      },
    },
  ],
});
