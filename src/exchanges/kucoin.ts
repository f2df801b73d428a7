// KuCoin: GET /api/v1/user/api-key, KC-API-SIGN = base64 HMAC-SHA256(secret, timestamp + method + path + body),
// and with key version 2 the passphrase travels signed too (base64 HMAC-SHA256(secret, passphrase)).
import { createHmac } from 'crypto';
import { KeyCheckError, type Credentials } from './credentials';
import { defineExchange, UUID_SHAPE } from './exchange';
import { request, type NetOptions } from './http';
import { jsonAnswer } from './jsonAnswer';
import type { KeyFacts } from './verdict';

/** KuCoin's request signature (also used for the version-2 passphrase). */
export function kucoinSignature(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64');
}

const ERRORS: Record<string, string> = {
  '400002': 'the request timestamp is outside KuCoin\'s window: this computer\'s clock is off',
  '400003': 'KuCoin does not know this API key',
  '400004': 'the passphrase is wrong for this API key',
  '400005': 'the signature was rejected: the secret does not belong to this API key',
  '400007': 'the key lacks permission for this request',
  '411100': 'the account is frozen',
  '429000': 'KuCoin is rate-limiting this key; try again later',
};

/** Asks KuCoin what a key may do. */
export async function checkKucoin(base: URL, creds: Credentials, net: NetOptions = {}): Promise<KeyFacts> {
  if (!creds.passphrase) throw new KeyCheckError('KuCoin keys need their passphrase: pass it too (e.g. --passphrase-env KUCOIN_PASSPHRASE)');
  const path = '/api/v1/user/api-key';
  const timestamp = String(Date.now());
  const res = await request({
    ...net, method: 'GET', url: new URL(path, base),
    headers: {
      'KC-API-KEY': creds.apiKey, 'KC-API-TIMESTAMP': timestamp, 'KC-API-KEY-VERSION': '2',
      'KC-API-SIGN': kucoinSignature(creds.secret, `${timestamp}GET${path}`),
      'KC-API-PASSPHRASE': kucoinSignature(creds.secret, creds.passphrase),
    },
  });
  const body = jsonAnswer<{ code?: string; msg?: string; data?: Record<string, unknown> }>(res, 'KuCoin');
  if (body.code === '400006') return { exchange: 'KuCoin', ipRejected: true, permissions: [], source: path };
  if (body.code !== '200000') throw new KeyCheckError(`KuCoin (${body.code}): ${ERRORS[body.code ?? ''] ?? body.msg ?? 'error'}`, body.code);
  const d = body.data ?? {};
  const perms = typeof d.permission === 'string' ? d.permission.split(',').map((p) => p.trim()).filter(Boolean) : undefined;
  const ips = typeof d.ipWhitelist === 'string' ? d.ipWhitelist.split(',').map((p) => p.trim()).filter(Boolean) : undefined;
  return {
    exchange: 'KuCoin',
    withdrawals: perms ? perms.some((p) => /withdraw/i.test(p)) : undefined,
    ipRestricted: ips ? ips.length > 0 : undefined,
    transfers: perms ? perms.some((p) => /transfer/i.test(p)) : undefined,
    readOnly: perms ? perms.every((p) => p === 'General') : undefined,
    permissions: (perms ?? []).filter((p) => !/withdraw/i.test(p)),
    createdAt: typeof d.createdAt === 'number' ? d.createdAt : undefined,
    source: path,
  };
}

/** KuCoin's client record. */
export const kucoin = defineExchange({
  id: 'kucoin', name: 'KuCoin',
  presets: { mainnet: 'https://api.kucoin.com' },
  ownHosts: /(?:^|\.)kucoin\.com$/,
  apiManagementUrl: 'https://www.kucoin.com/account/api',
  fields: {
    apiKey: { title: 'API key', shapes: [/^[0-9a-f]{24}$/], shapeHint: 'a KuCoin API key is 24 hex digits', env: 'KUCOIN_API_KEY' },
    secret: { title: 'API secret', shapes: [UUID_SHAPE], shapeHint: 'a KuCoin secret is a UUID', env: 'KUCOIN_API_SECRET' },
    passphrase: { title: 'API passphrase', shapes: [], env: 'KUCOIN_PASSPHRASE' },
  },
  check: (base, creds, ctx) => checkKucoin(base, creds, ctx.net),
});
