// Coinbase Advanced Trade: GET /api/v3/brokerage/key_permissions with a short-lived JWT signed by the CDP
// key (ES256 for EC keys, EdDSA for Ed25519 keys). The private key stays here: only the JWT travels.
import { createPrivateKey, randomBytes, sign, type KeyObject } from 'crypto';
import { KeyCheckError, type Credentials } from './credentials';
import { defineExchange, PEM_SHAPE, UUID_SHAPE } from './exchange';
import { request, type NetOptions } from './http';
import { jsonAnswer } from './jsonAnswer';
import type { KeyFacts } from './verdict';

const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The CDP private key as a KeyObject: an EC PEM (escaped newlines allowed) or base64 Ed25519 (seed + public key). */
export function coinbasePrivateKey(secret: string): KeyObject {
  const text = secret.trim();
  try {
    if (text.startsWith('-----BEGIN')) return createPrivateKey(text);
    const raw = Buffer.from(text, 'base64');
    if (raw.length !== 64 && raw.length !== 32) throw new Error('length');
    return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, raw.subarray(0, 32)]), format: 'der', type: 'pkcs8' });
  } catch {
    throw new KeyCheckError('the Coinbase private key is neither an EC PEM block nor a base64 Ed25519 key');
  }
}

const b64url = (b: Buffer | string): string => Buffer.from(b).toString('base64url');

/** A CDP JWT for one request (`uri` = "GET host/path"), valid for two minutes. */
export function coinbaseJwt(keyName: string, key: KeyObject, uri: string, nowSeconds = Math.floor(Date.now() / 1000)): string {
  const ed = key.asymmetricKeyType === 'ed25519';
  const header = { alg: ed ? 'EdDSA' : 'ES256', kid: keyName, nonce: randomBytes(16).toString('hex'), typ: 'JWT' };
  const payload = { iss: 'cdp', sub: keyName, nbf: nowSeconds, exp: nowSeconds + 120, uri };
  const data = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const signature = ed ? sign(null, Buffer.from(data), key) : sign('sha256', Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' });
  return `${data}.${b64url(signature)}`;
}

/** Asks Coinbase what a CDP key may do. */
export async function checkCoinbase(base: URL, creds: Credentials, net: NetOptions = {}): Promise<KeyFacts> {
  const path = '/api/v3/brokerage/key_permissions';
  const key = coinbasePrivateKey(creds.secret);
  const url = new URL(path, base);
  const jwt = coinbaseJwt(creds.apiKey, key, `GET ${url.host}${path}`);
  const res = await request({ ...net, method: 'GET', url, headers: { Authorization: `Bearer ${jwt}` } });
  if (res.status === 401) throw new KeyCheckError('Coinbase (401): the key name, the private key or this computer\'s clock is wrong — or the key was deleted', 401);
  if (res.status === 403) return { exchange: 'Coinbase', ipRejected: true, permissions: [], source: path };
  const body = jsonAnswer<Record<string, unknown>>(res, 'Coinbase');
  if (res.status !== 200) throw new KeyCheckError(`Coinbase (HTTP ${res.status}): ${String(body.message ?? body.error ?? 'error')}`, res.status);
  const flag = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
  const canTrade = flag(body.can_trade);
  const canTransfer = flag(body.can_transfer);
  return {
    exchange: 'Coinbase',
    withdrawals: canTransfer,
    readOnly: canTrade === undefined || canTransfer === undefined ? undefined : !canTrade && !canTransfer,
    permissions: [flag(body.can_view) ? 'view' : '', canTrade ? 'trade' : ''].filter(Boolean),
    source: path,
  };
}

/** Coinbase's client record. */
export const coinbase = defineExchange({
  id: 'coinbase', name: 'Coinbase',
  presets: { mainnet: 'https://api.coinbase.com' },
  ownHosts: /(?:^|\.)coinbase\.com$/,
  apiManagementUrl: 'https://portal.cdp.coinbase.com/access/api',
  fields: {
    apiKey: { title: 'API key name (organizations/…/apiKeys/…) or key id', shapes: [/^organizations\/[0-9a-f-]{36}\/apiKeys\/[0-9a-f-]{36}$/, UUID_SHAPE], shapeHint: 'a Coinbase CDP key name looks like organizations/{uuid}/apiKeys/{uuid}', env: 'COINBASE_API_KEY' },
    secret: { title: 'Private key (EC PEM or base64 Ed25519)', shapes: [PEM_SHAPE, /^[A-Za-z0-9+/]{86}==$/], shapeHint: 'a Coinbase CDP private key is an EC PEM block or 88 base64 characters', env: 'COINBASE_API_SECRET' },
  },
  check: (base, creds, ctx) => checkCoinbase(base, creds, ctx.net),
});
