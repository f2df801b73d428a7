// Alpaca Trading API: GET /v2/account with the key ID and THE SECRET ITSELF in headers (APCA-API-KEY-ID,
// APCA-API-SECRET-KEY): there is no signature, so Alpaca receives the secret and no clock is involved. Paper keys
// (PK…) work only on paper-api.alpaca.markets, live keys only on api.alpaca.markets; a mismatch is the same 401.
// Docs: https://docs.alpaca.markets/docs/ (Trading API),
//       https://alpaca.markets/deprecated/docs/api-documentation/api-v2/ (headers, paper domain) and …/api-v2/account/
//       (account fields), https://docs.alpaca.markets/us/changelog/2026-07-10-crypto-withdrawal-fe07e7d (the Trading
//       API's crypto withdrawal POST /v2/wallets/transfers deprecated, removed 2026-10-09); 401 code 40110000 as seen
//       in github.com/alpacahq/alpaca-py/issues/519. Keys carry no permission scopes and no IP whitelist is reported:
//       the account answer says what the ACCOUNT may do, and nothing about withdrawals or the key's age.
import { KeyCheckError, type Credentials } from './credentials';
import { defineExchange } from './exchange';
import { request, type NetOptions } from './http';
import { jsonAnswer } from './jsonAnswer';
import type { KeyFacts } from './verdict';

const PAPER_HOST = 'paper-api.alpaca.markets';
const LIVE_HOST = 'api.alpaca.markets';

/** A hint when the key's prefix says it belongs to the other environment. */
function environmentHint(apiKey: string, base: URL): string {
  if (/^PK/.test(apiKey) && base.hostname !== PAPER_HOST) return ` The key ID starts with PK, a paper-trading key: paper keys work only on ${PAPER_HOST} (--base-url paper).`;
  if (/^AK/.test(apiKey) && base.hostname === PAPER_HOST) return ` The key ID starts with AK, a live key: live keys work only on ${LIVE_HOST} (--base-url mainnet).`;
  return '';
}

/** Asks Alpaca what the account behind a key may do. */
export async function checkAlpaca(base: URL, creds: Credentials, net: NetOptions = {}): Promise<KeyFacts> {
  const path = '/v2/account';
  const res = await request({
    ...net, method: 'GET', url: new URL(path, base),
    headers: { 'APCA-API-KEY-ID': creds.apiKey, 'APCA-API-SECRET-KEY': creds.secret, Accept: 'application/json' },
  });
  const body = jsonAnswer<Record<string, unknown>>(res, 'Alpaca');
  if (res.status === 401) {
    // Alpaca answers an unknown key ID and a wrong secret alike, so the message cannot tell them apart.
    throw new KeyCheckError(`Alpaca (${String(body.code ?? 401)}): the key ID or the secret is wrong, or the key was regenerated or deleted (Alpaca does not say which).${environmentHint(creds.apiKey, base)}`, String(body.code ?? 401));
  }
  if (res.status === 403) throw new KeyCheckError(`Alpaca (${String(body.code ?? 403)}): this key may not read the account (${String(body.message ?? 'forbidden')})`, String(body.code ?? 403));
  if (res.status !== 200) throw new KeyCheckError(`Alpaca answered HTTP ${res.status}: ${String(body.message ?? 'error')}`, res.status);
  const blocked = body.account_blocked === true || body.trading_blocked === true || body.trade_suspended_by_user === true;
  const permissions: string[] = [];
  if (typeof body.status === 'string' && body.status !== 'ACTIVE') permissions.push(`account status ${body.status}`);
  if (body.account_blocked === true) permissions.push('account blocked by Alpaca');
  else if (body.trading_blocked === true || body.trade_suspended_by_user === true) permissions.push('trading blocked');
  else if (body.status === 'ACTIVE') {
    permissions.push('trade stocks');
    if (body.crypto_status === 'ACTIVE') permissions.push('trade crypto');
    if (Number(body.multiplier) > 1) permissions.push(`margin (${Number(body.multiplier)}x)`);
    if (body.shorting_enabled === true) permissions.push('short selling');
  }
  return {
    exchange: 'Alpaca',
    withdrawalsNote: 'Alpaca keys have no permission scopes: a key may do whatever its account may, and the account answer does not cover withdrawals',
    readOnly: body.status === 'ACTIVE' && !blocked ? false : undefined,
    permissions,
    source: path,
  };
}

/** Alpaca's client record. */
export const alpaca = defineExchange({
  id: 'alpaca', name: 'Alpaca',
  presets: { mainnet: `https://${LIVE_HOST}`, paper: `https://${PAPER_HOST}` },
  ownHosts: /(?:^|\.)alpaca\.markets$/,
  // The live account's dashboard (its "API Keys" panel): a leaked key that matters is a live key. Paper keys sit
  // on the paper dashboard, one switch away; /paper/… would send a user with a live key to the wrong account.
  apiManagementUrl: 'https://app.alpaca.markets/brokerage/dashboard/overview',
  fields: {
    apiKey: { title: 'API key ID', shapes: [/^(?:PK|AK|CK)[A-Z0-9]{16,20}$/], shapeHint: 'an Alpaca key id starts with PK (paper) or AK (live) followed by about 18 capitals and digits', env: 'APCA_API_KEY_ID' },
    secret: { title: 'Secret key', shapes: [/^[A-Za-z0-9/+]{40}$/], shapeHint: 'an Alpaca secret is 40 characters', env: 'APCA_API_SECRET_KEY' },
  },
  sendsSecret: true,
  check: (base, creds, ctx) => checkAlpaca(base, creds, ctx.net),
});
