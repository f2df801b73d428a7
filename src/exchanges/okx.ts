// OKX v5: GET /api/v5/account/config, sign = base64 HMAC-SHA256(timestamp + method + path + body).
import { createHmac } from 'crypto';
import { KeyCheckError, type Credentials } from './credentials';
import { defineExchange, UUID_SHAPE } from './exchange';
import { request, type NetOptions } from './http';
import { jsonAnswer } from './jsonAnswer';
import type { KeyFacts } from './verdict';

/** OKX's v5 request signature. */
export function okxSignature(secret: string, timestamp: string, method: string, requestPath: string, body = ''): string {
  return createHmac('sha256', secret).update(timestamp + method + requestPath + body).digest('base64');
}

const ERRORS: Record<string, string> = {
  '50102': 'the request timestamp expired: this computer\'s clock is off',
  '50105': 'the passphrase is wrong for this API key',
  '50111': 'OKX does not know this API key',
  '50113': 'the signature was rejected: the secret does not belong to this API key',
};

/** Asks OKX what a key may do (`demo` adds the simulated-trading header). */
export async function checkOkx(base: URL, creds: Credentials, demo = false, net: NetOptions = {}): Promise<KeyFacts> {
  if (!creds.passphrase) throw new KeyCheckError('OKX keys need their passphrase: pass it too (e.g. --passphrase-env OKX_PASSPHRASE)');
  const path = '/api/v5/account/config';
  const timestamp = new Date().toISOString();
  const res = await request({
    ...net,
    method: 'GET',
    url: new URL(path, base),
    headers: {
      'OK-ACCESS-KEY': creds.apiKey, 'OK-ACCESS-SIGN': okxSignature(creds.secret, timestamp, 'GET', path),
      'OK-ACCESS-TIMESTAMP': timestamp, 'OK-ACCESS-PASSPHRASE': creds.passphrase,
      ...(demo ? { 'x-simulated-trading': '1' } : {}),
    },
  });
  const body = jsonAnswer<{ code?: string; msg?: string; data?: Array<Record<string, unknown>> }>(res, 'OKX');
  if (body.code === '50110') return { exchange: 'OKX', ipRejected: true, permissions: [], source: path };
  if (body.code !== '0') throw new KeyCheckError(`OKX (${body.code}): ${ERRORS[body.code ?? ''] ?? body.msg ?? 'error'}`, body.code);
  const d = body.data?.[0] ?? {};
  const perm = typeof d.perm === 'string' ? d.perm.split(',').map((p) => p.trim()).filter(Boolean) : undefined;
  return {
    exchange: 'OKX',
    withdrawals: perm ? perm.includes('withdraw') : undefined,
    ipRestricted: typeof d.ip === 'string' ? d.ip.trim() !== '' : undefined,
    readOnly: perm ? perm.length === 1 && perm[0] === 'read_only' : undefined,
    permissions: (perm ?? []).filter((p) => p !== 'withdraw'),
    source: path,
  };
}

/** OKX's client record. */
export const okx = defineExchange({
  id: 'okx', name: 'OKX',
  presets: { mainnet: 'https://www.okx.com', demo: 'https://www.okx.com' },
  ownHosts: /(?:^|\.)(?:okx\.com|okx\.cab)$/,
  apiManagementUrl: 'https://www.okx.com/account/my-api',
  fields: {
    apiKey: { title: 'API key', shapes: [UUID_SHAPE], shapeHint: 'an OKX API key is a UUID (8-4-4-4-12 hex digits)', env: 'OKX_API_KEY' },
    secret: { title: 'Secret key', shapes: [/^[0-9A-Fa-f]{32}$/], shapeHint: 'an OKX secret is 32 hex digits', env: 'OKX_API_SECRET' },
    passphrase: { title: 'Passphrase (chosen when the key was created)', shapes: [], env: 'OKX_PASSPHRASE' },
  },
  check: (base, creds, ctx) => checkOkx(base, creds, ctx.preset === 'demo', ctx.net),
});
