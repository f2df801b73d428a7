// Binance: GET /sapi/v1/account/apiRestrictions, signed with HMAC-SHA256 (hex) or, for Ed25519/RSA keys,
// an asymmetric signature (base64) over the exact query string. Falls back to /api/v3/account on the spot
// testnet, which has no /sapi, and corrects clock skew once on -1021.
import { createHmac, createPrivateKey, sign } from 'crypto';
import { KeyCheckError, type Credentials } from './credentials';
import { defineExchange, PEM_SHAPE } from './exchange';
import { request, type NetOptions } from './http';
import { jsonAnswer } from './jsonAnswer';
import type { KeyFacts } from './verdict';

/** The query signature Binance expects for a key's secret (HMAC hex, or base64 Ed25519/RSA for PEM keys). */
export function binanceSignature(secret: string, query: string): string {
  if (secret.includes('-----BEGIN')) {
    const key = createPrivateKey(secret);
    const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    return sign(algorithm, Buffer.from(query), key).toString('base64');
  }
  return createHmac('sha256', secret).update(query).digest('hex');
}

const ERRORS: Record<number, string> = {
  [-1021]: 'the request timestamp is outside the receive window: this computer\'s clock is off',
  [-1022]: 'the signature was rejected: the secret does not belong to this API key',
  [-2014]: 'the API key format is invalid: check that the whole key was copied',
  // Binance gives one answer for all three cases, so the message names them all.
  [-2015]: 'Binance rejected the key. Either it is invalid or deleted, or it lacks this permission, or this computer\'s IP is not on its whitelist — if you bound the key to your bot server\'s IP, that is expected and good news: run the check from that server',
};

/** Calls a signed Binance endpoint; returns the parsed body or throws a KeyCheckError with Binance's code. */
async function signedGet(base: URL, path: string, creds: Credentials, offsetMs: number, net: NetOptions): Promise<{ status: number; body: unknown }> {
  const query = `recvWindow=10000&timestamp=${Date.now() + offsetMs}`;
  const signature = encodeURIComponent(binanceSignature(creds.secret, query));
  const url = new URL(`${path}?${query}&signature=${signature}`, base);
  const res = await request({ ...net, method: 'GET', url, headers: { 'X-MBX-APIKEY': creds.apiKey } });
  if (res.status === 404) return { status: 404, body: undefined };
  const body = jsonAnswer<unknown>(res, 'Binance');
  return { status: res.status, body };
}

/** Binance's error code in an answer, if any. */
function codeOf(body: unknown): number | undefined {
  const code = (body as { code?: unknown })?.code;
  return typeof code === 'number' && code < 0 ? code : undefined;
}

/** Asks Binance what a key may do. */
export async function checkBinance(base: URL, creds: Credentials, net: NetOptions = {}): Promise<KeyFacts> {
  let offset = 0;
  let skewMs: number | undefined;
  let res = await signedGet(base, '/sapi/v1/account/apiRestrictions', creds, offset, net);
  if (codeOf(res.body) === -1021) {
    const time = await request({ ...net, method: 'GET', url: new URL('/api/v3/time', base) });
    const serverTime = Number(jsonAnswer<{ serverTime?: number }>(time, 'Binance').serverTime);
    if (!Number.isFinite(serverTime)) throw new KeyCheckError('Binance reported a clock error and its /api/v3/time answer was unreadable');
    skewMs = serverTime - Date.now();
    offset = skewMs;
    res = await signedGet(base, '/sapi/v1/account/apiRestrictions', creds, offset, net);
  }
  if (res.status === 404) {
    // The spot testnet has no /sapi: /api/v3/account says whether the key may withdraw.
    const acct = await signedGet(base, '/api/v3/account', creds, offset, net);
    const err = codeOf(acct.body);
    if (err !== undefined) throw new KeyCheckError(`Binance (${err}): ${ERRORS[err] ?? (acct.body as { msg?: string }).msg ?? 'error'}`, err);
    const a = acct.body as { canWithdraw?: boolean; canTrade?: boolean; permissions?: string[] };
    if (typeof a.canWithdraw !== 'boolean') throw new KeyCheckError('Binance answered without the fields of an account (canWithdraw): nothing can be concluded');
    return { exchange: 'Binance', withdrawals: a.canWithdraw, permissions: a.permissions ?? (a.canTrade ? ['trade'] : []), skewMs, source: '/api/v3/account' };
  }
  const err = codeOf(res.body);
  if (err !== undefined) throw new KeyCheckError(`Binance (${err}): ${ERRORS[err] ?? (res.body as { msg?: string }).msg ?? 'error'}`, err);
  const r = res.body as Record<string, unknown>;
  if (typeof r.enableWithdrawals !== 'boolean') throw new KeyCheckError('Binance answered without enableWithdrawals: nothing can be concluded about the key');
  const permissions = [
    r.enableReading && 'read', r.enableSpotAndMarginTrading && 'spot & margin trading', r.enableFutures && 'futures',
    r.enableMargin && 'margin', r.enableVanillaOptions && 'options', r.enablePortfolioMarginTrading && 'portfolio margin',
  ].filter((p): p is string => typeof p === 'string');
  return {
    exchange: 'Binance',
    withdrawals: r.enableWithdrawals as boolean,
    ipRestricted: typeof r.ipRestrict === 'boolean' ? r.ipRestrict : undefined,
    transfers: r.permitsUniversalTransfer === true || r.enableInternalTransfer === true ? true : r.permitsUniversalTransfer === false ? false : undefined,
    permissions,
    createdAt: typeof r.createTime === 'number' ? r.createTime : undefined,
    expiresAt: typeof r.tradingAuthorityExpirationTime === 'number' ? r.tradingAuthorityExpirationTime : undefined,
    skewMs,
    source: '/sapi/v1/account/apiRestrictions',
  };
}

/** Binance's client record. */
export const binance = defineExchange({
  id: 'binance', name: 'Binance',
  presets: { mainnet: 'https://api.binance.com', testnet: 'https://testnet.binance.vision', demo: 'https://demo-api.binance.com' },
  ownHosts: /(?:^|\.)(?:binance\.com|binance\.vision|binancefuture\.com)$/,
  apiManagementUrl: 'https://www.binance.com/en/my/settings/api-management',
  fields: {
    apiKey: { title: 'API key', shapes: [/^[A-Za-z0-9]{64}$/], shapeHint: 'a Binance API key is 64 letters and digits', env: 'BINANCE_API_KEY' },
    secret: { title: 'Secret key (or the PEM private key of an Ed25519/RSA key)', shapes: [/^[A-Za-z0-9]{64}$/, PEM_SHAPE], shapeHint: 'a Binance secret is 64 letters and digits, or a PEM private key', env: 'BINANCE_API_SECRET' },
  },
  check: (base, creds, ctx) => checkBinance(base, creds, ctx.net),
});
