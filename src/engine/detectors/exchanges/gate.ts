// Gate.io's credentials as data: key shapes, the names and headers that hold them, SDK constructors, examples.
import { exchangeRecord } from './credential';
import { DELETE } from './shapes';

/** Gate.io's detection record. */
export const gate = exchangeRecord({
  ccxtIds: /^gate/,
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
