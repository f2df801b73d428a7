// Keys of custody and wallet-as-a-service platforms (BitGo, Circle, Fireblocks, Tatum): they move the funds the
// platform holds, as an exchange key with withdrawals enabled does, so they are reported as exchange-grade credentials
// at error. BitGo's access tokens and Circle's API keys have shapes of their own; Fireblocks' and Tatum's keys are
// UUIDs, found only under a name that says whose they are.
import { defineDetector } from '../../defineDetector';
import { minEntropy, standardValidators } from '../../judge/validators';
import { rx } from '../fragments';
import { namedKey } from './named';

const UUID = String.raw`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![A-Za-z0-9_-])`;

export const custodyApiKey = defineDetector({
  id: 'secret/custody-api-key',
  title: 'custody platform API key',
  severity: 'error',
  role: 'api-key',
  message: '{exchange} API key {masked} is hard-coded.',
  risk: 'A custody platform key sends the funds it holds: whoever has it can start transfers to their own addresses, within whatever policy the platform enforces.',
  advice: 'Move it to an environment variable or KeyGuard\'s secret storage. If it was shared or committed, revoke it in the {exchange} console and create a new one restricted to the IP addresses and actions it needs.',
  keywords: ['v2x', '_api_key:', 'fireblocks', 'tatum'],
  validate: [...standardValidators, minEntropy(3)],
  patterns: [
    // BitGo: `v2x` and 64 hex, long-lived access tokens of test and production.
    { re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>v2x[0-9a-f]{64})(?![A-Za-z0-9_])`), keywords: ['v2x'], exchange: 'BitGo', envName: 'BITGO_ACCESS_TOKEN' },
    // Circle: the environment, then the key id and secret, colon-separated (the value is the part after the prefix,
    // whose `API_KEY` would read as a placeholder's).
    { re: rx(String.raw`(?<=(?<![A-Za-z0-9_])(?:TEST|LIVE|SAND)_API_KEY:)(?<v>[0-9a-f]{32}:[0-9a-f]{32})(?![A-Za-z0-9_])`), keywords: ['_api_key:'], exchange: 'Circle', envName: 'CIRCLE_API_KEY' },
    namedKey(/fireblocks/i, UUID, { exchange: 'Fireblocks', envName: 'FIREBLOCKS_API_KEY', keywords: ['fireblocks'] }),
    namedKey(/tatum/i, UUID, { exchange: 'Tatum', envName: 'TATUM_API_KEY', keywords: ['tatum'] }),
  ],
  examples: {
    positive: [
      `const bitgo = new BitGo({ env: 'prod', accessToken: '⟦v2x8f3c1a9d7e2b4f60c5a8e1d3b7f9c2a4e6d8b0f1c3a5e7d9b2f4a6c8e0d1b3f5⟧' });`,
      { text: `private static string accessToken = "⟦v2x0c9e7a5b3d1f2e4c6a8b0d9f7e5c3a1b2d4f6e8c0a9b7d5f3e1c2a4b6d8f0e9c⟧";`, path: 'src/TestApp/Program.cs' },
      { text: `CIRCLE_API_KEY=LIVE_API_KEY:⟦5b059f52149787da88dbdad5253c3770:34df349f8d4dfc3ba528da783c37d997⟧\n`, path: 'deploy/app.env' },
      `FIREBLOCKS_API_KEY = "⟦3f9b2c1d-7e4a-4b8c-9d2e-1a5f6c7b8e90⟧"`,
      { text: `tatum.api.key=⟦2d4c6e8a-1b3d-4f5a-8c7e-9b0d2f4a6c81⟧\ntatum.api.url=https://api.tatum.io\n`, path: 'src/main/resources/config.properties' },
    ],
    negative: [
      `const bitgo = new BitGo({ env: 'test', accessToken: process.env.BITGO_ACCESS_TOKEN });`,
      `accessToken: 'v2x0000000000000000000000000000000000000000000000000000000000000000'`,
      `CIRCLE_API_KEY=TEST_API_KEY:xxxxxxxx:yyyyyyyy`,
      // A vault or transaction id, not the key; a UUID under no platform's name.
      `FIREBLOCKS_VAULT_ID = "3f9b2c1d-7e4a-4b8c-9d2e-1a5f6c7b8e90"`,
      `request_id = "2d4c6e8a-1b3d-4f5a-8c7e-9b0d2f4a6c81"`,
    ],
  },
});
