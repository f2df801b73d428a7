// Bitget: known to the vault (key shapes, environment names, API management page); no key check yet.
import { defineExchange } from './exchange';

/** Bitget's client record. */
export const bitget = defineExchange({
  id: 'bitget', name: 'Bitget',
  presets: { mainnet: 'https://api.bitget.com' },
  ownHosts: /(?:^|\.)bitget\.com$/,
  apiManagementUrl: 'https://www.bitget.com/account/newapi',
  fields: {
    apiKey: { title: 'API key', shapes: [/^bg_[0-9a-f]{32}$/], shapeHint: 'a Bitget API key is bg_ followed by 32 hex digits', env: 'BITGET_API_KEY' },
    secret: { title: 'Secret key', shapes: [/^[0-9a-f]{64}$/], shapeHint: 'a Bitget secret is 64 hex digits', env: 'BITGET_API_SECRET' },
    passphrase: { title: 'Passphrase', shapes: [], env: 'BITGET_PASSPHRASE' },
  },
});
