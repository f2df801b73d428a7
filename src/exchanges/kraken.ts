// Kraken: POST /0/private/GetApiKeyInfo, API-Sign = base64 HMAC-SHA512(base64-decoded secret,
// path + SHA256(nonce + form body)). Field shapes are documented loosely: read them defensively.
import { createHash, createHmac } from 'crypto';
import { KeyCheckError, type Credentials } from './credentials';
import { defineExchange } from './exchange';
import { request, type NetOptions } from './http';
import { jsonAnswer } from './jsonAnswer';
import type { KeyFacts } from './verdict';

/** Kraken's REST request signature. */
export function krakenSignature(secret: string, path: string, nonce: string, postData: string): string {
  const hash = createHash('sha256').update(nonce + postData).digest();
  return createHmac('sha512', Buffer.from(secret, 'base64')).update(Buffer.concat([Buffer.from(path), hash])).digest('base64');
}

const ERRORS: Record<string, string> = {
  'EAPI:Invalid key': 'Kraken does not know this API key',
  'EAPI:Invalid signature': 'the signature was rejected: the private key does not belong to this API key',
  'EAPI:Invalid nonce': 'Kraken refused the nonce: another program using this key sent a larger one, or this computer\'s clock is off',
  'EGeneral:Permission denied': 'the key may not read its own settings: check its permissions on Kraken',
  'EAPI:Rate limit exceeded': 'Kraken is rate-limiting this key; try again in a minute',
};

/** A time as milliseconds: Unix seconds, milliseconds or an ISO string. */
function millis(v: unknown): number | undefined {
  if (typeof v === 'number' && v > 0) return v < 1e12 ? v * 1000 : v;
  if (typeof v === 'string' && v.trim()) {
    if (/^\d+(?:\.\d+)?$/.test(v)) return millis(Number(v));
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

/** A list from an array or a comma-separated string. */
function list(v: unknown): string[] | undefined {
  if (Array.isArray(v)) return v.map(String).map((s) => s.trim()).filter(Boolean);
  if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter(Boolean);
  return undefined;
}

/** Asks Kraken what a key may do. */
export async function checkKraken(base: URL, creds: Credentials, net: NetOptions = {}): Promise<KeyFacts> {
  const path = '/0/private/GetApiKeyInfo';
  const nonce = String(Date.now() * 1000);
  const body = `nonce=${nonce}`;
  let signature: string;
  try {
    signature = krakenSignature(creds.secret, path, nonce, body);
  } catch {
    throw new KeyCheckError('the Kraken private key is not valid base64');
  }
  const res = await request({
    ...net, method: 'POST', url: new URL(path, base), body,
    headers: { 'API-Key': creds.apiKey, 'API-Sign': signature, 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  const answer = jsonAnswer<{ error?: string[]; result?: Record<string, unknown> }>(res, 'Kraken');
  const error = answer.error?.[0];
  if (error) throw new KeyCheckError(`Kraken (${error}): ${ERRORS[error] ?? 'error'}`, error);
  const r = answer.result ?? {};
  const perms = list(r.permissions);
  const ips = list(r.ipAllowlist ?? r.ip_allowlist ?? r.ipWhitelist);
  return {
    exchange: 'Kraken',
    withdrawals: perms ? perms.some((p) => /withdraw/i.test(p)) : undefined,
    ipRestricted: ips ? ips.length > 0 : undefined,
    transfers: perms ? perms.some((p) => /transfer/i.test(p)) : undefined,
    readOnly: perms ? perms.every((p) => /^(?:query|view|read)/i.test(p)) : undefined,
    permissions: (perms ?? []).filter((p) => !/withdraw/i.test(p)),
    createdAt: millis(r.createdTime ?? r.created_time),
    expiresAt: millis(r.validUntil ?? r.valid_until),
    source: path,
  };
}

/** Kraken's client record. */
export const kraken = defineExchange({
  id: 'kraken', name: 'Kraken',
  presets: { mainnet: 'https://api.kraken.com' },
  ownHosts: /(?:^|\.)kraken\.com$/,
  apiManagementUrl: 'https://pro.kraken.com/app/settings/api',
  fields: {
    apiKey: { title: 'API key', shapes: [/^[A-Za-z0-9+/=]{56}$/], shapeHint: 'a Kraken API key is 56 base64 characters', env: 'KRAKEN_API_KEY' },
    secret: { title: 'Private key', shapes: [/^[A-Za-z0-9+/=]{86,88}$/], shapeHint: 'a Kraken private key is 86–88 base64 characters', env: 'KRAKEN_API_SECRET' },
  },
  check: (base, creds, ctx) => checkKraken(base, creds, ctx.net),
});
