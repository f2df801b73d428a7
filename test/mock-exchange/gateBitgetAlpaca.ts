// The mock's Gate.io, Bitget and Alpaca endpoints, each checking requests as the exchange does: Gate.io's hex
// HMAC-SHA512 over METHOD\npath\nquery\nSHA-512(body)\nseconds (60 s window), Bitget's base64 HMAC-SHA256 over
// ms + METHOD + path (+ ?query) + body (30 s window) with the passphrase, Alpaca's key ID + secret headers.
import { createHash, createHmac } from 'crypto';
import type * as http from 'http';
import type { MockAccount } from './server';

type Json = (status: number, body: unknown) => void;
const DAY = 86_400_000;

/** Answers a Gate.io, Bitget or Alpaca request; false when the path is none of theirs. */
export function handleGateBitgetAlpaca(req: http.IncomingMessage, url: URL, accounts: Record<string, MockAccount>, now: () => number, json: Json): boolean {
  const header = (name: string) => String(req.headers[name] ?? '');

  if (url.pathname === '/api/v4/account/main_keys' || url.pathname === '/api/v4/account/detail') {
    const account = accounts[header('key')];
    if (!account) return json(401, { label: 'INVALID_KEY', message: 'Invalid key provided' }), true;
    if (account.scenario === 'ip-rejected') return json(403, { label: 'IP_FORBIDDEN', message: 'Request IP not in whitelist' }), true;
    const ts = header('timestamp');
    const payload = [req.method, url.pathname, url.search.slice(1), createHash('sha512').update('').digest('hex'), ts].join('\n');
    if (header('sign') !== createHmac('sha512', account.secret ?? '').update(payload).digest('hex')) return json(401, { label: 'INVALID_SIGNATURE', message: 'Signature mismatch' }), true;
    if (!(Math.abs(now() / 1000 - Number(ts)) <= 60)) return json(401, { label: 'REQUEST_EXPIRED', message: 'gap between request Timestamp and server time exceeds 60' }), true;
    const ips = account.gate?.ip_whitelist ?? [];
    if (url.pathname === '/api/v4/account/detail') return json(200, { user_id: 10001, ip_whitelist: ips, currency_pairs: [], key: { mode: 1 }, tier: 0 }), true;
    if (account.scenario === 'limited') return json(403, { label: 'FORBIDDEN', message: 'Sub-account keys cannot read main keys' }), true;
    if (Array.isArray(account.gate?.list)) return json(200, account.gate.list), true;
    json(200, {
      state: 1, mode: 1, name: ['bot'], currency_pairs: [], user_id: 10001, ip_whitelist: [], key: { mode: 1 },
      perms: [{ name: 'spot', read_only: false }, { name: 'wallet', read_only: true }],
      created_at: String(Math.floor((now() - 20 * DAY) / 1000)), updated_at: String(Math.floor(now() / 1000)), last_access: String(Math.floor(now() / 1000)),
      ...account.gate,
    });
    return true;
  }

  if (url.pathname === '/api/v2/spot/account/info') {
    const fail = (status: number, code: string, msg: string) => json(status, { code, msg, requestTime: now(), data: null });
    const account = accounts[header('access-key')];
    if (!account) return fail(400, '40006', 'Invalid ACCESS_KEY'), true;
    if (account.scenario === 'ip-rejected') return fail(400, '40018', 'Invalid IP'), true;
    const ts = header('access-timestamp');
    const expected = createHmac('sha256', account.secret ?? '').update(ts + req.method + url.pathname + url.search).digest('base64');
    if (header('access-sign') !== expected) return fail(400, '40009', 'sign signature error'), true;
    if (header('access-passphrase') !== account.passphrase) return fail(400, '40012', 'apikey/password is incorrect'), true;
    if (!(Math.abs(now() - Number(ts)) <= 30_000)) return fail(400, '40008', 'Request timestamp expired'), true;
    if (account.scenario === 'limited') return fail(400, '40014', 'Incorrect permissions'), true;
    json(200, {
      code: '00000', msg: 'success', requestTime: now(),
      data: { userId: '20002', inviterId: '0', ips: '', authorities: ['stor', 'stow'], parentId: 20002, traderType: 'not_trader', channelCode: '', channel: '', regisTime: String(now() - 900 * DAY), ...account.bitget },
    });
    return true;
  }

  if (url.pathname === '/v2/account') {
    const account = accounts[header('apca-api-key-id')];
    if (!account || header('apca-api-secret-key') !== account.secret) return json(401, { code: 40110000, message: 'request is not authorized' }), true;
    json(200, {
      id: '8f3c2a71-0000-4000-8000-00000000a1a1', account_number: 'PA3MOCK0001', status: 'ACTIVE', crypto_status: 'ACTIVE', currency: 'USD',
      cash: '1000', buying_power: '2000', multiplier: '2', pattern_day_trader: false, trading_blocked: false, transfers_blocked: false,
      account_blocked: false, trade_suspended_by_user: false, shorting_enabled: false, created_at: new Date(now() - 700 * DAY).toISOString(),
      ...account.alpaca,
    });
    return true;
  }
  return false;
}
