// Alpaca's credentials as data: key shapes, the names and headers that hold them, SDK constructors, examples.
import { exchangeRecord } from './credential';
import { DELETE } from './shapes';

/** Alpaca's detection record. */
export const alpaca = exchangeRecord({
  ccxtIds: /^alpaca/,
  slug: 'alpaca', exchange: 'Alpaca', fileWords: ['alpaca', 'apca'], deleteAdvice: DELETE('the Alpaca dashboard (regenerate the key)'),
  credentials: [
    {
      role: 'api-key', title: 'API key ID', shape: String.raw`(?:PK|AK|CK)[A-Z0-9]{16,20}`,
      names: /alpaca.*key|apca.*key|^(?:api[_-]?key(?:[_-]?id)?|apikey|key[_-]?id|key|pub(?:lic)?[_-]?key)$/i, notNames: /secret/i, headers: ['APCA-API-KEY-ID'],
      calls: [{ re: String.raw`(?:TradingClient|StockHistoricalDataClient|CryptoHistoricalDataClient|REST)[ \t]*\([ \t\r\n]{0,20}(?:(?:api_key|key_id)[ \t]*=[ \t]*)?`, keywords: ['tradingclient', 'historicaldataclient', 'rest('] }],
      examples: {
        positive: [
          `from alpaca.trading.client import TradingClient\ntrading_client = TradingClient("⟦PKTQF3ZUSSNPK0RBC40N⟧", secret, paper=True)`,
          { text: `APCA_API_KEY_ID=⟦PKTQF3ZUSSNPK0RBC40N⟧\n`, path: '.env' },
          // A tutorial's names: the key id as the "public" key, the secret as `SEC_KEY`.
          `import alpaca_trade_api as tradeapi\nPUB_KEY = '⟦PKTQF3ZUSSNPK0RBC40N⟧'\napi = tradeapi.REST(key_id=PUB_KEY, secret_key=SEC_KEY)`,
        ],
        negative: [`APCA_API_KEY_ID = os.environ["APCA_API_KEY_ID"]`],
      },
    },
    {
      role: 'api-secret', title: 'API secret key', shape: String.raw`[A-Za-z0-9]{40}`,
      names: /alpaca.*secret|apca.*secret|^(?:api[_-]?secret(?:[_-]?key)?|apisecret(?:key)?|(?:key[_-]?)?secret(?:[_-]?key)?|sec[_-]?key)$/i,
      calls: [{ re: String.raw`(?:TradingClient|StockHistoricalDataClient|CryptoHistoricalDataClient|REST)[ \t]*\([^,()\n]{1,80},[ \t]{0,10}(?:(?:secret_key)[ \t]*=[ \t]*)?`, keywords: ['tradingclient', 'historicaldataclient', 'rest('] }],
      examples: {
        positive: [
          `from alpaca.trading.client import TradingClient\ntrading_client = TradingClient(key, "⟦ML8lotbbVRfsNIBoIeiFYNXnB6aEPDmgY7GKlZFn⟧", paper=True)`,
          `APCA_API_SECRET_KEY = "⟦ML8lotbbVRfsNIBoIeiFYNXnB6aEPDmgY7GKlZFn⟧"`,
          `import alpaca_trade_api as tradeapi\nSEC_KEY = '⟦ML8lotbbVRfsNIBoIeiFYNXnB6aEPDmgY7GKlZFn⟧'\napi = tradeapi.REST(key_id=PUB_KEY, secret_key=SEC_KEY)`,
        ],
        negative: [`APCA_API_SECRET_KEY = os.environ["APCA_API_SECRET_KEY"]`, `SEC_KEY = 'ML8lotbbVRfsNIBoIeiFYNXnB6aEPDmgY7GKlZFn'  # no exchange named`],
      },
    },
  ],
});
