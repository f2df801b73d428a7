// Bybit v5: GET /v5/user/query-api, headers X-BAPI-*, sign = hex HMAC-SHA256(timestamp + key + recvWindow + query).
import { createHmac } from 'crypto';
import { KeyCheckError, type Credentials } from './credentials';
import { defineExchange, PEM_SHAPE } from './exchange';
import { request, type NetOptions } from './http';
import { jsonAnswer } from './jsonAnswer';
import type { KeyFacts } from './verdict';

/** Bybit's v5 request signature. */
export function bybitSignature(secret: string, timestamp: string, apiKey: string, recvWindow: string, payload: string): string {
  return createHmac('sha256', secret).update(timestamp + apiKey + recvWindow + payload).digest('hex');
}

const ERRORS: Record<number, string> = {
  10002: 'the request time is outside the receive window: this computer\'s clock is off',
  10003: 'Bybit does not know this API key (a mainnet key on testnet, or the reverse, gives this too)',
  10004: 'the signature was rejected: the secret does not belong to this API key',
  10005: 'the key lacks permission for this request',
  33004: 'the API key has expired: delete it on Bybit and create a new one',
};

/** Asks Bybit what a key may do. */
export async function checkBybit(base: URL, creds: Credentials, net: NetOptions = {}): Promise<KeyFacts> {
  const timestamp = String(Date.now());
  const recvWindow = '10000';
  const res = await request({
    ...net,
    method: 'GET',
    url: new URL('/v5/user/query-api', base),
    headers: {
      'X-BAPI-API-KEY': creds.apiKey, 'X-BAPI-TIMESTAMP': timestamp, 'X-BAPI-RECV-WINDOW': recvWindow,
      'X-BAPI-SIGN': bybitSignature(creds.secret, timestamp, creds.apiKey, recvWindow, ''),
    },
  });
  const body = jsonAnswer<{ retCode?: number; retMsg?: string; result?: Record<string, unknown> }>(res, 'Bybit');
  if (body.retCode === 10010) return { exchange: 'Bybit', ipRejected: true, permissions: [], source: '/v5/user/query-api' };
  if (body.retCode !== 0) throw new KeyCheckError(`Bybit (${body.retCode}): ${ERRORS[body.retCode ?? -1] ?? body.retMsg ?? 'error'}`, body.retCode);
  const r = body.result ?? {};
  const perms = (r.permissions ?? {}) as Record<string, string[]>;
  const wallet = perms.Wallet ?? [];
  const ips = Array.isArray(r.ips) ? (r.ips as string[]) : undefined;
  const time = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? Date.parse(v) : undefined);
  return {
    exchange: 'Bybit',
    withdrawals: Array.isArray(perms.Wallet) ? wallet.includes('Withdraw') : undefined,
    ipRestricted: ips ? !(ips.length === 0 || ips.includes('*')) : undefined,
    transfers: Array.isArray(perms.Wallet) ? wallet.some((w) => /Transfer/.test(w)) : undefined,
    readOnly: r.readOnly === 1 || r.readOnly === true,
    permissions: Object.entries(perms).filter(([k, v]) => k !== 'Wallet' && Array.isArray(v) && v.length).map(([k, v]) => `${k} (${v.join(', ')})`),
    createdAt: time(r.createdAt),
    expiresAt: time(r.expiredAt),
    source: '/v5/user/query-api',
  };
}

/** Bybit's client record. */
export const bybit = defineExchange({
  id: 'bybit', name: 'Bybit',
  presets: { mainnet: 'https://api.bybit.com', testnet: 'https://api-testnet.bybit.com', demo: 'https://api-demo.bybit.com' },
  ownHosts: /(?:^|\.)(?:bybit\.com|bytick\.com)$/,
  apiManagementUrl: 'https://www.bybit.com/app/user/api-management',
  fields: {
    apiKey: { title: 'API key', shapes: [/^[A-Za-z0-9]{16,24}$/], shapeHint: 'a Bybit API key is about 18 letters and digits', env: 'BYBIT_API_KEY' },
    secret: { title: 'API secret (or an RSA private key)', shapes: [/^[A-Za-z0-9]{30,40}$/, PEM_SHAPE], shapeHint: 'a Bybit secret is about 36 letters and digits', env: 'BYBIT_API_SECRET' },
  },
  check: (base, creds, ctx) => checkBybit(base, creds, ctx.net),
});
