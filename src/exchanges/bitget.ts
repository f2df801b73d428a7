// Bitget v2: GET /api/v2/spot/account/info (needs Spot read permission), ACCESS-SIGN = base64 HMAC-SHA256(secret,
// timestamp + METHOD + requestPath + ('?' + query if any) + body), ACCESS-TIMESTAMP in ms, ACCESS-PASSPHRASE in clear.
// Docs: https://www.bitget.com/api-doc/common/intro (signing), https://www.bitget.com/api-doc/spot/account/Get-Account-Info
// (`authorities`: codes ending in r = read only, in w = read and write; wwow = wallet withdrawal, wtow = wallet
// transfer; `ips` = IP whitelist). The 400xx codes below are Bitget's common error codes (as ccxt maps them too).
// `regisTime` is when the ACCOUNT was registered, not the key: it is not reported as the key's age.
import { createHmac } from 'crypto';
import { KeyCheckError, type Credentials } from './credentials';
import { defineExchange } from './exchange';
import { request, type NetOptions } from './http';
import { jsonAnswer } from './jsonAnswer';
import type { KeyFacts } from './verdict';

/** Bitget's v2 request signature. */
export function bitgetSignature(secret: string, timestamp: string, method: string, requestPath: string, query = '', body = ''): string {
  return createHmac('sha256', secret).update(timestamp + method + requestPath + (query ? `?${query}` : '') + body).digest('base64');
}

const ERRORS: Record<string, string> = {
  '40004': 'the request timestamp expired: this computer\'s clock is off (enable time sync)',
  '40005': 'Bitget rejected the request timestamp: this computer\'s clock is off (enable time sync)',
  '40006': 'Bitget does not know this API key (deleted, or mistyped)',
  '40008': 'the request timestamp expired: this computer\'s clock is off (enable time sync)',
  '40009': 'the signature was rejected: the secret does not belong to this API key',
  '40011': 'Bitget keys need their passphrase',
  '40012': 'the passphrase is wrong for this API key (or the key is wrong)',
  '40013': 'the Bitget account is frozen or abnormal',
  '40014': 'the key has no Spot read permission, which Bitget\'s account-info endpoint needs: KeyGuard cannot see its other permissions',
  '429': 'Bitget is rate-limiting this key; try again later',
};

/** Read-only authority codes; the others (…w, p2p) can change something. */
const READ_ONLY = new Set(['coor', 'cpor', 'stor', 'smor', 'ttor', 'wtor', 'taxr', 'chor', 'p2pr', 'pllr', 'readonly']);
const NAMES: Record<string, string> = {
  coor: 'futures orders (read)', coow: 'futures orders', cpor: 'futures holdings (read)', cpow: 'futures holdings',
  stor: 'spot (read)', stow: 'spot trading', smor: 'margin (read)', smow: 'margin trading', ttor: 'copy trading (read)',
  ttow: 'copy trading', wtor: 'wallet transfer (read)', wtow: 'wallet transfer', taxr: 'tax (read)', taxw: 'tax',
  chor: 'sub-accounts (read)', chow: 'sub-account management', p2pr: 'P2P (read)', p2p: 'P2P', pllr: 'pledge loan (read)',
  pllw: 'pledge loan', readonly: 'read-only', trade: 'trade',
};
const isWithdraw = (code: string): boolean => code === 'wwow' || /withdraw/i.test(code);

/** Asks Bitget what a key may do. */
export async function checkBitget(base: URL, creds: Credentials, net: NetOptions = {}): Promise<KeyFacts> {
  if (!creds.passphrase) throw new KeyCheckError('Bitget keys need their passphrase: pass it too (e.g. --passphrase-env BITGET_PASSPHRASE)');
  const path = '/api/v2/spot/account/info';
  const timestamp = String(Date.now());
  const res = await request({
    ...net, method: 'GET', url: new URL(path, base),
    headers: {
      'ACCESS-KEY': creds.apiKey, 'ACCESS-SIGN': bitgetSignature(creds.secret, timestamp, 'GET', path),
      'ACCESS-TIMESTAMP': timestamp, 'ACCESS-PASSPHRASE': creds.passphrase, locale: 'en-US', 'Content-Type': 'application/json',
    },
  });
  const body = jsonAnswer<{ code?: string | number; msg?: string; data?: Record<string, unknown> | null }>(res, 'Bitget');
  const code = String(body.code ?? res.status);
  if (code === '40018') return { exchange: 'Bitget', ipRejected: true, permissions: [], source: path };
  if (code !== '00000') throw new KeyCheckError(`Bitget (${code}): ${ERRORS[code] ?? body.msg ?? 'error'}`, code);
  const d = body.data ?? {};
  const auth = Array.isArray(d.authorities) ? d.authorities.filter((a): a is string => typeof a === 'string') : undefined;
  return {
    exchange: 'Bitget',
    withdrawals: auth ? auth.some(isWithdraw) : undefined,
    ipRestricted: typeof d.ips === 'string' ? d.ips.trim() !== '' : Array.isArray(d.ips) ? d.ips.length > 0 : undefined,
    transfers: auth ? auth.includes('wtow') : undefined,
    readOnly: auth?.length ? auth.every((a) => READ_ONLY.has(a)) : undefined,
    permissions: (auth ?? []).filter((a) => !isWithdraw(a)).map((a) => NAMES[a] ?? a),
    source: path,
  };
}

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
  check: (base, creds, ctx) => checkBitget(base, creds, ctx.net),
});
