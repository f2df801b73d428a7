// Kraken's credentials as data: key shapes, the names and headers that hold them, SDK constructors, examples.
import { exchangeRecord } from './credential';
import { API_CREDENTIALS, ARG1, ARG2, DELETE } from './shapes';

/** Kraken's detection record. */
export const kraken = exchangeRecord({
  ccxtIds: /^kraken/,
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
