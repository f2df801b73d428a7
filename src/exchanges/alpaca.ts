// Alpaca: known to the vault (key shapes, environment names, API management page); no key check yet.
import { defineExchange } from './exchange';

/** Alpaca's client record. */
export const alpaca = defineExchange({
  id: 'alpaca', name: 'Alpaca',
  presets: { mainnet: 'https://api.alpaca.markets', paper: 'https://paper-api.alpaca.markets' },
  ownHosts: /(?:^|\.)alpaca\.markets$/,
  apiManagementUrl: 'https://app.alpaca.markets/paper/dashboard/overview',
  fields: {
    apiKey: { title: 'API key ID', shapes: [/^(?:PK|AK|CK)[A-Z0-9]{16,20}$/], shapeHint: 'an Alpaca key id starts with PK (paper) or AK (live) followed by about 18 capitals and digits', env: 'APCA_API_KEY_ID' },
    secret: { title: 'Secret key', shapes: [/^[A-Za-z0-9/+]{40}$/], shapeHint: 'an Alpaca secret is 40 characters', env: 'APCA_API_SECRET_KEY' },
  },
});
