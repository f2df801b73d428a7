// Gate.io APIv4: GET /api/v4/account/main_keys (the key's perms, IP whitelist, creation time); where that is
// refused (sub-account keys), GET /api/v4/account/detail (IP whitelist only). SIGN = hex HMAC-SHA512(secret,
// METHOD \n /api/v4/path \n query \n hex SHA-512(body) \n Timestamp), Timestamp in seconds, headers KEY/Timestamp/SIGN.
// Docs: https://www.gate.io/docs/developers/apiv4/en/ (signing, APIv4 key auth),
//       https://www.gate.io/docs/developers/apiv4/#get-account-detail , …/apiv4/en/#label-list (error labels);
// models in the official SDK docs (github.com/gate/gateapi-csharp docs/AccountKeyInfo.md, AccountKeyInfoPerms.md,
// AccountDetail.md). Perm names are wallet, spot, futures, delivery, earn, options, account, loan, margin,
// unified, copy…: none is a withdrawal permission, so the answer cannot say whether the key may withdraw.
import { createHash, createHmac } from 'crypto';
import { KeyCheckError, type Credentials } from './credentials';
import { defineExchange } from './exchange';
import { request, type NetOptions } from './http';
import { jsonAnswer } from './jsonAnswer';
import type { KeyFacts } from './verdict';

/** Gate.io's APIv4 request signature (path includes the /api/v4 prefix). */
export function gateSignature(secret: string, method: string, path: string, query: string, body: string, timestamp: string): string {
  const bodyHash = createHash('sha512').update(body).digest('hex');
  return createHmac('sha512', secret).update([method, path, query, bodyHash, timestamp].join('\n')).digest('hex');
}

const ERRORS: Record<string, string> = {
  INVALID_KEY: 'Gate.io does not know this API key (deleted, or mistyped)',
  INVALID_SIGNATURE: 'the signature was rejected: the secret does not belong to this API key',
  REQUEST_EXPIRED: 'the request timestamp is too far from Gate.io\'s clock: this computer\'s clock is off (enable time sync)',
  MISSING_REQUIRED_HEADER: 'Gate.io says a signing header is missing',
  INVALID_CREDENTIALS: 'Gate.io rejected the credentials',
  AUTHENTICATION_FAILED: 'Gate.io rejected the credentials',
  ACCOUNT_LOCKED: 'the Gate.io account is locked',
  TOO_MANY_REQUESTS: 'Gate.io is rate-limiting this key; try again later',
  TOO_FAST: 'Gate.io is rate-limiting this key; try again later',
};

const NO_WITHDRAW_FLAG = 'Gate.io\'s API lists no withdrawal permission for a key; look at its Withdrawal setting on gate.io';

type GateAnswer = { status: number; body: Record<string, unknown> | unknown[] };

/** One signed GET under /api/v4. */
async function ask(base: URL, creds: Credentials, path: string, net: NetOptions): Promise<GateAnswer> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const res = await request({
    ...net, method: 'GET', url: new URL(path, base),
    headers: { KEY: creds.apiKey, Timestamp: timestamp, SIGN: gateSignature(creds.secret, 'GET', path, '', '', timestamp), Accept: 'application/json' },
  });
  return { status: res.status, body: jsonAnswer<Record<string, unknown> | unknown[]>(res, 'Gate.io') };
}

/** The error label of an answer, if it is an error. */
function label(a: GateAnswer): string | undefined {
  if (Array.isArray(a.body)) return undefined;
  return typeof a.body.label === 'string' ? a.body.label : a.status >= 400 ? `HTTP ${a.status}` : undefined;
}

/** Gate.io's created_at: seconds (as a number or digits) or an ISO date; ms since the epoch. */
function parseTime(v: unknown): number | undefined {
  if (typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v))) {
    const n = Number(v);
    return n > 0 ? (n < 1e12 ? n * 1000 : n) : undefined;
  }
  const t = typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isNaN(t) ? undefined : t;
}

const ipList = (v: unknown): boolean | undefined => (Array.isArray(v) ? v.filter((ip) => typeof ip === 'string' && ip.trim()).length > 0 : undefined);

/** Asks Gate.io what a key may do. */
export async function checkGate(base: URL, creds: Credentials, net: NetOptions = {}): Promise<KeyFacts> {
  const mainPath = '/api/v4/account/main_keys';
  let answer = await ask(base, creds, mainPath, net);
  let source = mainPath;
  let l = label(answer);
  // Sub-account keys cannot read main_keys, and a list of several keys cannot be told apart as this key: the
  // account detail still names the whitelist.
  const several = Array.isArray(answer.body) && answer.body.length !== 1;
  if (l === 'FORBIDDEN' || l === 'NOT_FOUND' || l === 'HTTP 404' || several) {
    source = '/api/v4/account/detail';
    answer = await ask(base, creds, source, net);
    l = label(answer);
  }
  if (l === 'IP_FORBIDDEN') return { exchange: 'Gate.io', ipRejected: true, permissions: [], source };
  if (l) {
    const message = !Array.isArray(answer.body) && typeof answer.body.message === 'string' ? answer.body.message : 'error';
    throw new KeyCheckError(`Gate.io (${l}): ${ERRORS[l] ?? message}`, l);
  }
  const d = (Array.isArray(answer.body) ? answer.body[0] ?? {} : answer.body) as Record<string, unknown>;
  if (source !== mainPath) {
    return { exchange: 'Gate.io', withdrawalsNote: NO_WITHDRAW_FLAG, ipRestricted: ipList(d.ip_whitelist), permissions: [], source };
  }
  const perms = Array.isArray(d.perms)
    ? (d.perms as Array<Record<string, unknown>>).filter((p) => typeof p?.name === 'string').map((p) => ({ name: p.name as string, write: p.read_only === false }))
    : undefined;
  // Not documented: a perm named like "withdraw" would be a plain yes; otherwise the answer says nothing.
  const withdraw = perms?.some((p) => /withdraw/i.test(p.name) && p.write) ? true : undefined;
  return {
    exchange: 'Gate.io',
    withdrawals: withdraw,
    withdrawalsNote: withdraw ? undefined : NO_WITHDRAW_FLAG,
    ipRestricted: ipList(d.ip_whitelist),
    transfers: perms ? perms.some((p) => p.name === 'wallet' && p.write) : undefined,
    readOnly: perms?.length ? perms.every((p) => !p.write) : undefined,
    permissions: (perms ?? []).filter((p) => !/withdraw/i.test(p.name)).map((p) => `${p.name} (${p.write ? 'read-write' : 'read'})`),
    createdAt: parseTime(d.created_at),
    source,
  };
}

/** Gate.io's client record. */
export const gate = defineExchange({
  id: 'gate', name: 'Gate.io',
  presets: { mainnet: 'https://api.gateio.ws' },
  ownHosts: /(?:^|\.)(?:gateio\.ws|gate\.io|gate\.com)$/,
  apiManagementUrl: 'https://www.gate.io/myaccount/api_key_manage',
  fields: {
    apiKey: { title: 'API key', shapes: [/^[0-9a-f]{32}$/], shapeHint: 'a Gate.io API key is 32 hex digits', env: 'GATE_API_KEY' },
    secret: { title: 'API secret', shapes: [/^[0-9a-f]{64}$/], shapeHint: 'a Gate.io secret is 64 hex digits', env: 'GATE_API_SECRET' },
  },
  check: (base, creds, ctx) => checkGate(base, creds, ctx.net),
});
