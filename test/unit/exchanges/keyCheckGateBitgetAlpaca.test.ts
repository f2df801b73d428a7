import * as assert from 'assert';
import { createHash, createHmac } from 'crypto';
import { run } from '../../../src/cli/run';
import { bitgetSignature } from '../../../src/exchanges/bitget';
import { resolveBaseUrl } from '../../../src/exchanges/baseUrls';
import { checkKey } from '../../../src/exchanges/checkKey';
import { gateSignature } from '../../../src/exchanges/gate';
import { judge } from '../../../src/exchanges/verdict';
import { startMockExchange, type MockAccount, type MockExchange } from '../../mock-exchange/server';

const DAY = 86_400_000;
const GATE_SECRET = '66c2b99fbb8f476b8bf0350eda4b34be7aaa7df202d95d5b1a41571ecf7a293c';
const gk = (n: number) => `7e76843ce7d4b78c9b8222dcd231f4${n.toString(16).padStart(2, '0')}`;
const BITGET_SECRET = '70929ce94315e0524b737d0b35cae3ab4108d6e3ccd0f7a00f827916c54e676d';
const bk = (n: number) => `bg_064569fe2a1d4a4aa3199cb3737f62${n.toString(16).padStart(2, '0')}`;
const ALPACA_SECRET = 'soqVunIsrv7GwjKCtQUCendPf4gPcGN3YluMUJe8';
const ak = (prefix: string, n: number) => `${prefix}C8EUGG0X82XKCK7L${n.toString().padStart(2, '0')}`;

/** Runs `keyguard check-key` with credentials in a private environment. */
function cli(args: string[], env: Record<string, string>) {
  return run(['check-key', ...args], { cwd: process.cwd(), isTTY: false, noColor: true, version: 't', processEnv: { KEYGUARD_TEST_LOOPBACK: '1', ...env } });
}

describe('key check: Gate.io, Bitget, Alpaca', function () {
  this.timeout(20_000);
  let mock: MockExchange;
  const accounts: Record<string, MockAccount> = {
    [gk(1)]: { secret: GATE_SECRET },
    [gk(2)]: { secret: GATE_SECRET, gate: { ip_whitelist: ['203.0.113.9'], perms: [{ name: 'spot', read_only: true }, { name: 'wallet', read_only: false }] } },
    [gk(3)]: { secret: GATE_SECRET, gate: { created_at: String(Math.floor((Date.now() - 400 * DAY) / 1000)), perms: [{ name: 'spot', read_only: true }, { name: 'withdraw', read_only: false }] } },
    [gk(4)]: { secret: GATE_SECRET, scenario: 'ip-rejected' },
    [gk(5)]: { secret: GATE_SECRET, scenario: 'limited', gate: { ip_whitelist: ['198.51.100.4'] } },
    [gk(6)]: { secret: GATE_SECRET, gate: { ip_whitelist: ['198.51.100.5'], list: [{ perms: [{ name: 'wallet', read_only: false }] }, { perms: [] }] } },
    [bk(1)]: { secret: BITGET_SECRET, passphrase: 'Bg-Pass-7' },
    [bk(2)]: { secret: BITGET_SECRET, passphrase: 'Bg-Pass-7', bitget: { ips: '198.51.100.7,198.51.100.8', authorities: ['stor', 'stow', 'wtow', 'wwow'] } },
    [bk(3)]: { secret: BITGET_SECRET, passphrase: 'Bg-Pass-7', bitget: { ips: '198.51.100.7', authorities: ['stor', 'wtor'] } },
    [bk(4)]: { secret: BITGET_SECRET, passphrase: 'Bg-Pass-7', scenario: 'ip-rejected' },
    [bk(5)]: { secret: BITGET_SECRET, passphrase: 'Bg-Pass-7', scenario: 'limited' },
    [ak('PK', 1)]: { secret: ALPACA_SECRET },
    [ak('AK', 2)]: { secret: ALPACA_SECRET, alpaca: { trading_blocked: true } },
  };
  before(async () => { mock = await startMockExchange(accounts); });
  after(() => mock.close());
  const gate = (n: number, secret = GATE_SECRET, format = 'text') => cli(['--exchange', 'gate', '--base-url', mock.url, '--format', format], { GATE_API_KEY: gk(n), GATE_API_SECRET: secret });
  const bitget = (n: number, env: Record<string, string> = {}, format = 'text') =>
    cli(['--exchange', 'bitget', '--base-url', mock.url, '--format', format], { BITGET_API_KEY: bk(n), BITGET_API_SECRET: BITGET_SECRET, BITGET_PASSPHRASE: 'Bg-Pass-7', ...env });
  const alpaca = (key: string, secret = ALPACA_SECRET, format = 'text') => cli(['--exchange', 'alpaca', '--base-url', mock.url, '--format', format], { APCA_API_KEY_ID: key, APCA_API_SECRET_KEY: secret });

  it('signs Gate.io and Bitget requests over the documented strings', () => {
    const bodyHash = createHash('sha512').update('{"a":1}').digest('hex');
    const gatePayload = `POST\n/api/v4/spot/orders\ncurrency_pair=BTC_USDT\n${bodyHash}\n1700000000`;
    assert.strictEqual(gateSignature('s3cr3t', 'POST', '/api/v4/spot/orders', 'currency_pair=BTC_USDT', '{"a":1}', '1700000000'), createHmac('sha512', 's3cr3t').update(gatePayload).digest('hex'));
    const bitgetPayload = '1700000000000GET/api/v2/mix/market/depth?limit=20&symbol=BTCUSDT';
    assert.strictEqual(bitgetSignature('s3cr3t', '1700000000000', 'GET', '/api/v2/mix/market/depth', 'limit=20&symbol=BTCUSDT'), createHmac('sha256', 's3cr3t').update(bitgetPayload).digest('base64'));
  });

  it('Gate.io: perms, whitelist and age from main_keys; withdrawals unknown and said so; only the signature travels', async () => {
    const r = await gate(1, GATE_SECRET, 'json');
    assert.strictEqual(r.exitCode, 1, 'spot trading without an IP whitelist is critical');
    const facts = JSON.parse(r.stdout).facts;
    assert.deepStrictEqual([facts.withdrawals, facts.ipRestricted, facts.transfers, facts.readOnly], [undefined, false, false, false]);
    assert.deepStrictEqual(facts.permissions, ['spot (read-write)', 'wallet (read)']);
    assert.strictEqual(Math.round((Date.now() - facts.createdAt) / DAY), 20);
    const sent = mock.requests.at(-1)!;
    assert.strictEqual(sent.headers.key, gk(1));
    assert.match(String(sent.headers.sign), /^[0-9a-f]{128}$/);
    assert.ok(!JSON.stringify(sent).includes(GATE_SECRET), 'the secret never travels');
    const text = await gate(1);
    assert.match(text.stdout, /WARNING +Unknown: Gate\.io did not say whether withdrawals are enabled \(Gate\.io's API lists no withdrawal permission/);
    assert.match(text.stdout, /CRITICAL +Trading is enabled and there is NO IP whitelist.*\[guidance: bind every key to an IP whitelist\]/);
  });

  it('Gate.io: wallet read-write is a transfer note, a whitelist counts; a withdraw perm is critical; old keys rotate', async () => {
    const two = JSON.parse((await gate(2, GATE_SECRET, 'json')).stdout).facts;
    assert.deepStrictEqual([two.transfers, two.ipRestricted], [true, true]);
    const three = await gate(3);
    assert.strictEqual(three.exitCode, 1);
    assert.match(three.stdout, /CRITICAL +Withdrawals are ENABLED/);
    assert.match(three.stdout, /Created 400 days ago \(more than 180\): rotate it/);
  });

  it('Gate.io: IP refusal is good news; a sub-account key (or a list of several keys) falls back to the account detail (whitelist only)', async () => {
    const ip = await gate(4);
    assert.strictEqual(ip.exitCode, 0, ip.stderr);
    assert.match(ip.stdout, /IP-restricted — good/);
    const r = await checkKey('gate', { apiKey: gk(5), secret: GATE_SECRET }, { baseUrl: mock.url, allowLoopback: true });
    assert.strictEqual(r.facts.source, '/api/v4/account/detail');
    assert.deepStrictEqual([r.facts.withdrawals, r.facts.ipRestricted, r.facts.permissions], [undefined, true, []]);
    const list = await checkKey('gate', { apiKey: gk(6), secret: GATE_SECRET }, { baseUrl: mock.url, allowLoopback: true });
    assert.deepStrictEqual([list.facts.source, list.facts.transfers, list.facts.ipRestricted], ['/api/v4/account/detail', undefined, true], 'several keys listed: none is taken for this one');
  });

  it('Gate.io: wrong secret, unknown key and clock skew are three different messages', async () => {
    const wrong = await gate(1, GATE_SECRET.replace(/.$/, '0'));
    assert.strictEqual(wrong.exitCode, 2);
    assert.match(wrong.stderr, /INVALID_SIGNATURE.*secret does not belong/);
    const unknown = await gate(99);
    assert.match(unknown.stderr, /INVALID_KEY.*does not know this API key/);
    const skewed = await startMockExchange(accounts, 120_000);
    try {
      await assert.rejects(checkKey('gate', { apiKey: gk(1), secret: GATE_SECRET }, { baseUrl: skewed.url, allowLoopback: true }), /REQUEST_EXPIRED.*clock is off/);
    } finally {
      await skewed.close();
    }
    assert.ok(![wrong.stderr, unknown.stderr].some((e) => e.includes(GATE_SECRET)));
  });

  it('Bitget: authorities codes mapped (wwow critical, wtow transfers, r-codes read-only), ips = whitelist, no key age', async () => {
    const spot = await bitget(1, {}, 'json');
    assert.strictEqual(spot.exitCode, 1, 'spot trading without an IP whitelist is critical');
    const f1 = JSON.parse(spot.stdout).facts;
    assert.deepStrictEqual([f1.withdrawals, f1.ipRestricted, f1.transfers, f1.readOnly, f1.createdAt], [false, false, false, false, undefined]);
    assert.deepStrictEqual(f1.permissions, ['spot (read)', 'spot trading']);
    assert.strictEqual(mock.requests.at(-1)?.headers['access-key'], bk(1));
    assert.ok(!JSON.stringify(mock.requests.at(-1)).includes(BITGET_SECRET), 'the secret never travels');
    const all = await bitget(2);
    assert.strictEqual(all.exitCode, 1);
    assert.match(all.stdout, /CRITICAL +Withdrawals are ENABLED/);
    assert.match(all.stdout, /Restricted to an IP whitelist/);
    assert.match(all.stdout, /Internal or universal transfers are enabled/);
    const ro = JSON.parse((await bitget(3, {}, 'json')).stdout).facts;
    assert.deepStrictEqual([ro.readOnly, ro.withdrawals], [true, false]);
  });

  it('Bitget: passphrase, secret, key, clock, IP and missing Spot read each answered in their own words', async () => {
    assert.match((await bitget(1, { BITGET_PASSPHRASE: 'nope' })).stderr, /40012.*passphrase is wrong/);
    assert.match((await bitget(1, { BITGET_API_SECRET: BITGET_SECRET.replace(/.$/, '0') })).stderr, /40009.*secret does not belong/);
    assert.match((await bitget(99)).stderr, /40006.*does not know this API key/);
    assert.match((await bitget(5)).stderr, /40014.*no Spot read permission/);
    const ip = await bitget(4);
    assert.strictEqual(ip.exitCode, 0, ip.stderr);
    assert.match(ip.stdout, /IP-restricted — good/);
    const noPass = await cli(['--exchange', 'bitget', '--base-url', mock.url], { BITGET_API_KEY: bk(1), BITGET_API_SECRET: BITGET_SECRET });
    assert.strictEqual(noPass.exitCode, 2);
    assert.match(noPass.stderr, /BITGET_PASSPHRASE/);
    const skewed = await startMockExchange(accounts, 45_000);
    try {
      await assert.rejects(checkKey('bitget', { apiKey: bk(1), secret: BITGET_SECRET, passphrase: 'Bg-Pass-7' }, { baseUrl: skewed.url, allowLoopback: true }), /40008.*clock is off/);
    } finally {
      await skewed.close();
    }
  });

  it('Alpaca: says the secret itself was sent; account abilities listed; withdrawals, whitelist and age unknown', async () => {
    const r = await alpaca(ak('PK', 1));
    assert.strictEqual(r.exitCode, 0, r.stderr);
    assert.match(r.stdout, /the secret itself was sent to/);
    assert.match(r.stdout, /WARNING +Unknown: Alpaca did not say whether withdrawals are enabled \(Alpaca keys have no permission scopes/);
    assert.match(r.stdout, /Can: trade stocks, trade crypto, margin \(2x\)/);
    assert.ok(!r.stdout.includes(ALPACA_SECRET) && !r.stdout.includes(ak('PK', 1)), 'only masked values are printed');
    assert.strictEqual(mock.requests.at(-1)?.headers['apca-api-secret-key'], ALPACA_SECRET, 'Alpaca authenticates by the secret itself');
    const json = JSON.parse((await alpaca(ak('PK', 1), ALPACA_SECRET, 'json')).stdout);
    assert.strictEqual(json.sendsSecret, true);
    assert.deepStrictEqual([json.facts.withdrawals, json.facts.ipRestricted, json.facts.createdAt, json.facts.readOnly], [undefined, undefined, undefined, false]);
    const blocked = JSON.parse((await alpaca(ak('AK', 2), ALPACA_SECRET, 'json')).stdout).facts;
    assert.deepStrictEqual([blocked.permissions, blocked.readOnly], [['trading blocked'], undefined]);
  });

  it('Alpaca: a rejected key says it cannot tell key from secret, and names the paper host for PK keys', async () => {
    const wrong = await alpaca(ak('PK', 1), ALPACA_SECRET.replace(/.$/, 'x'));
    assert.strictEqual(wrong.exitCode, 2);
    assert.match(wrong.stderr, /40110000.*key ID or the secret is wrong.*does not say which.*paper-trading key.*paper-api\.alpaca\.markets/);
    const live = await alpaca(ak('AK', 9));
    assert.match(live.stderr, /40110000/);
    assert.doesNotMatch(live.stderr, /paper-trading key/);
    assert.ok(!wrong.stderr.includes(ALPACA_SECRET.slice(0, 20)));
  });

  it('the new exchanges send keys only to their own hosts; Alpaca has a paper preset', () => {
    assert.strictEqual(resolveBaseUrl('gate', undefined).host, 'api.gateio.ws');
    assert.strictEqual(resolveBaseUrl('bitget', undefined).host, 'api.bitget.com');
    assert.strictEqual(resolveBaseUrl('alpaca', 'paper').host, 'paper-api.alpaca.markets');
    assert.throws(() => resolveBaseUrl('alpaca', 'https://alpaca.markets.evil.example'), /own hosts/);
  });

  it('the verdict carries the exchange\'s reason for not knowing about withdrawals', () => {
    const v = judge({ exchange: 'X', withdrawalsNote: 'no such flag', permissions: [], source: 't' });
    assert.strictEqual(v.items[0].level, 'warning');
    assert.match(v.items[0].text, /X did not say whether withdrawals are enabled \(no such flag\)/);
  });
});
