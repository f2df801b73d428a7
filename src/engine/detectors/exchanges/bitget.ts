// Bitget's credentials as data: key shapes, the names and headers that hold them, SDK constructors, examples.
import { exchangeRecord } from './credential';
import { API_CREDENTIALS, ARG1, ARG2, ARG3, DELETE } from './shapes';

/** Bitget's detection record. */
export const bitget = exchangeRecord({
  ccxtIds: /^bitget/,
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
