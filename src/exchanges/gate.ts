// Gate.io: known to the vault (key shapes, environment names, API management page); no key check yet.
import { defineExchange } from './exchange';

/** Gate.io's client record. */
export const gate = defineExchange({
  id: 'gate', name: 'Gate.io',
  presets: { mainnet: 'https://api.gateio.ws' },
  ownHosts: /(?:^|\.)(?:gateio\.ws|gate\.io|gate\.com)$/,
  apiManagementUrl: 'https://www.gate.io/myaccount/apikeys',
  fields: {
    apiKey: { title: 'API key', shapes: [/^[0-9a-f]{32}$/], shapeHint: 'a Gate.io API key is 32 hex digits', env: 'GATE_API_KEY' },
    secret: { title: 'API secret', shapes: [/^[0-9a-f]{64}$/], shapeHint: 'a Gate.io secret is 64 hex digits', env: 'GATE_API_SECRET' },
  },
});
