// A loopback mock of the exchanges' key-permission endpoints that checks requests exactly as the exchanges
// do: signatures over the exact query string (HMAC-SHA256 hex, Ed25519 base64), the key header, timestamps
// within recvWindow. The API key picks the scenario. Tests start it on port 0 and close it.
import { createHash, createHmac, createPublicKey, verify, type KeyObject } from 'crypto';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { handleGateBitgetAlpaca } from './gateBitgetAlpaca';

/** What the mock answers for one key. */
export interface MockAccount {
  secret?: string;
  /** Ed25519/RSA public key for asymmetric Binance keys. */
  publicKeyPem?: string;
  passphrase?: string;
  /** `limited`: the key may not read the permission endpoint (Gate.io sub-account keys, Bitget without Spot read). */
  scenario?: 'ok' | 'rate-limit' | 'timeout' | 'garbage' | 'ip-rejected' | 'testnet' | 'limited';
  restrictions?: Record<string, unknown>;
  bybit?: Record<string, unknown>;
  okx?: Record<string, unknown>;
  kraken?: Record<string, unknown>;
  kucoin?: Record<string, unknown>;
  coinbase?: Record<string, unknown>;
  gate?: Record<string, unknown> & { ip_whitelist?: string[]; list?: unknown[] };
  bitget?: Record<string, unknown>;
  alpaca?: Record<string, unknown>;
}

/** A running mock: its base URL, the requests it saw (for assertions), and close(). */
export interface MockExchange {
  url: string;
  requests: Array<{ method: string; path: string; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/** Starts the mock on 127.0.0.1; `clockOffsetMs` makes the server's clock differ from ours. */
export async function startMockExchange(accounts: Record<string, MockAccount>, clockOffsetMs = 0): Promise<MockExchange> {
  const requests: MockExchange['requests'] = [];
  let rateLimited = false;
  const now = () => Date.now() + clockOffsetMs;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method ?? '', path: url.pathname, headers: req.headers });
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/api/v3/time') return json(200, { serverTime: now() });

    // Binance: /sapi/v1/account/apiRestrictions and (testnet) /api/v3/account
    if (url.pathname === '/sapi/v1/account/apiRestrictions' || url.pathname === '/api/v3/account') {
      const key = String(req.headers['x-mbx-apikey'] ?? '');
      const account = accounts[key];
      if (!key || !/^[A-Za-z0-9]{64}$/.test(key)) return json(400, { code: -2014, msg: 'API-key format invalid.' });
      if (!account) return json(401, { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' });
      if (account.scenario === 'timeout') return; // never answers
      if (account.scenario === 'garbage') { res.writeHead(200); return res.end('<html>502 Bad Gateway</html>'); }
      if (account.scenario === 'rate-limit' && !rateLimited) { rateLimited = true; return json(429, { code: -1003, msg: 'Too many requests.' }, { 'Retry-After': '1' }); }
      if (account.scenario === 'ip-rejected') return json(401, { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' });
      if (account.scenario === 'testnet' && url.pathname.startsWith('/sapi')) { res.writeHead(404); return res.end(''); }
      const raw = (req.url ?? '').split('?')[1] ?? '';
      const signatureAt = raw.lastIndexOf('&signature=');
      if (signatureAt === -1) return json(400, { code: -1102, msg: "Mandatory parameter 'signature' was not sent." });
      const payload = raw.slice(0, signatureAt);
      const signature = decodeURIComponent(raw.slice(signatureAt + '&signature='.length));
      if (!binanceSignatureValid(account, payload, signature)) return json(400, { code: -1022, msg: 'Signature for this request is not valid.' });
      const params = new URLSearchParams(payload);
      const ts = Number(params.get('timestamp'));
      const recvWindow = Number(params.get('recvWindow') ?? 5000);
      if (!(ts < now() + 1000 && now() - ts <= recvWindow)) return json(400, { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' });
      if (url.pathname === '/api/v3/account') return json(200, { canTrade: true, canWithdraw: Boolean(account.restrictions?.enableWithdrawals), permissions: ['SPOT'] });
      return json(200, { ipRestrict: false, createTime: now() - 10 * 86_400_000, enableReading: true, enableWithdrawals: false, enableInternalTransfer: false, permitsUniversalTransfer: false, enableSpotAndMarginTrading: true, ...account.restrictions });
    }

    // Bybit v5: /v5/user/query-api
    if (url.pathname === '/v5/user/query-api') {
      const key = String(req.headers['x-bapi-api-key'] ?? '');
      const account = accounts[key];
      if (!account) return json(200, { retCode: 10003, retMsg: 'API key is invalid.', result: {} });
      if (account.scenario === 'ip-rejected') return json(200, { retCode: 10010, retMsg: 'Unmatched IP', result: {} });
      const ts = String(req.headers['x-bapi-timestamp'] ?? '');
      const rw = String(req.headers['x-bapi-recv-window'] ?? '5000');
      const expected = createHmac('sha256', account.secret ?? '').update(ts + key + rw + (url.search.slice(1))).digest('hex');
      if (req.headers['x-bapi-sign'] !== expected) return json(200, { retCode: 10004, retMsg: 'error sign!', result: {} });
      if (Math.abs(now() - Number(ts)) > Number(rw)) return json(200, { retCode: 10002, retMsg: 'invalid request, please check your server timestamp or recv_window param', result: {} });
      return json(200, { retCode: 0, retMsg: '', result: { readOnly: 0, ips: ['*'], permissions: { Spot: ['SpotTrade'], Wallet: ['AccountTransfer'] }, createdAt: new Date(now() - 5 * 86_400_000).toISOString(), expiredAt: '', ...account.bybit } });
    }

    // OKX v5: /api/v5/account/config
    if (url.pathname === '/api/v5/account/config') {
      const key = String(req.headers['ok-access-key'] ?? '');
      const account = accounts[key];
      if (!account) return json(401, { code: '50111', msg: 'Invalid OK-ACCESS-KEY', data: [] });
      if (req.headers['ok-access-passphrase'] !== account.passphrase) return json(401, { code: '50105', msg: 'Invalid OK-ACCESS-PASSPHRASE', data: [] });
      const ts = String(req.headers['ok-access-timestamp'] ?? '');
      const expected = createHmac('sha256', account.secret ?? '').update(ts + 'GET' + url.pathname + url.search).digest('base64');
      if (req.headers['ok-access-sign'] !== expected) return json(401, { code: '50113', msg: 'Invalid Sign', data: [] });
      if (Math.abs(now() - Date.parse(ts)) > 30_000) return json(401, { code: '50102', msg: 'Timestamp request expired', data: [] });
      return json(200, { code: '0', msg: '', data: [{ uid: '1', perm: 'read_only,trade', ip: '', ...account.okx }] });
    }
    // Kraken: POST /0/private/GetApiKeyInfo with a form body and API-Sign over path + SHA256(nonce + body).
    if (url.pathname === '/0/private/GetApiKeyInfo') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const account = accounts[String(req.headers['api-key'] ?? '')];
        if (!account) return json(200, { error: ['EAPI:Invalid key'] });
        const nonce = new URLSearchParams(body).get('nonce') ?? '';
        if (req.method !== 'POST' || !/^\d+$/.test(nonce)) return json(200, { error: ['EAPI:Invalid nonce'] });
        const hash = createHash('sha256').update(nonce + body).digest();
        const expected = createHmac('sha512', Buffer.from(account.secret ?? '', 'base64')).update(Buffer.concat([Buffer.from(url.pathname), hash])).digest('base64');
        if (req.headers['api-sign'] !== expected) return json(200, { error: ['EAPI:Invalid signature'] });
        json(200, { error: [], result: { permissions: ['query-funds', 'query-open-trades'], ipAllowlist: [], createdTime: Math.floor(now() / 1000) - 30 * 86_400, validUntil: 0, ...account.kraken } });
      });
      return;
    }

    // KuCoin: GET /api/v1/user/api-key, signed timestamp + method + path, version-2 signed passphrase.
    if (url.pathname === '/api/v1/user/api-key') {
      const account = accounts[String(req.headers['kc-api-key'] ?? '')];
      if (!account) return json(401, { code: '400003', msg: 'KC-API-KEY not exists' });
      if (account.scenario === 'ip-rejected') return json(401, { code: '400006', msg: 'Invalid request ip' });
      const sign = (v: string) => createHmac('sha256', account.secret ?? '').update(v).digest('base64');
      if (req.headers['kc-api-key-version'] !== '2' || req.headers['kc-api-passphrase'] !== sign(account.passphrase ?? '')) return json(401, { code: '400004', msg: 'Invalid KC-API-PASSPHRASE' });
      const ts = String(req.headers['kc-api-timestamp'] ?? '');
      if (req.headers['kc-api-sign'] !== sign(ts + 'GET' + url.pathname + url.search)) return json(401, { code: '400005', msg: 'Invalid KC-API-SIGN' });
      if (Math.abs(now() - Number(ts)) > 5000) return json(401, { code: '400002', msg: 'Invalid KC-API-TIMESTAMP' });
      return json(200, { code: '200000', data: { remark: 'bot', apiVersion: 2, permission: 'General,Spot', ipWhitelist: '', createdAt: now() - 3 * 86_400_000, uid: 1, isMaster: true, ...account.kucoin } });
    }
    // Coinbase Advanced: GET /api/v3/brokerage/key_permissions with a CDP JWT (ES256 or EdDSA) as Bearer.
    if (url.pathname === '/api/v3/brokerage/key_permissions') {
      const jwt = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
      const [h, p, sig] = jwt.split('.');
      let header: { alg?: string; kid?: string };
      let payload: { sub?: string; iss?: string; nbf?: number; exp?: number; uri?: string };
      try {
        header = JSON.parse(Buffer.from(h, 'base64url').toString());
        payload = JSON.parse(Buffer.from(p, 'base64url').toString());
      } catch {
        res.writeHead(401); return res.end('Unauthorized\n');
      }
      const account = accounts[header.kid ?? ''];
      if (!account?.publicKeyPem || payload.sub !== header.kid || payload.iss !== 'cdp') { res.writeHead(401); return res.end('Unauthorized\n'); }
      const key = createPublicKey(account.publicKeyPem);
      const ed = key.asymmetricKeyType === 'ed25519';
      const data = Buffer.from(`${h}.${p}`);
      const ok = (() => {
        try {
          return ed ? header.alg === 'EdDSA' && verify(null, data, key, Buffer.from(sig, 'base64url'))
            : header.alg === 'ES256' && verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(sig, 'base64url'));
        } catch {
          return false;
        }
      })();
      const t = now() / 1000;
      if (!ok || payload.uri !== `GET ${req.headers.host}${url.pathname}` || !(payload.nbf! <= t + 5 && t < payload.exp!)) { res.writeHead(401); return res.end('Unauthorized\n'); }
      return json(200, { can_view: true, can_trade: true, can_transfer: false, portfolio_uuid: 'p-1', portfolio_type: 'DEFAULT', ...account.coinbase });
    }
    if (handleGateBitgetAlpaca(req, url, accounts, now, json)) return;
    json(404, { code: -1, msg: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Verifies a Binance signature the way Binance does: HMAC hex, or an asymmetric signature in base64. */
function binanceSignatureValid(account: MockAccount, payload: string, signature: string): boolean {
  if (account.publicKeyPem) {
    const key: KeyObject = createPublicKey(account.publicKeyPem);
    const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    try {
      return verify(algorithm, Buffer.from(payload), key, Buffer.from(signature, 'base64'));
    } catch {
      return false;
    }
  }
  return createHmac('sha256', account.secret ?? '').update(payload).digest('hex') === signature;
}
