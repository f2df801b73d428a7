import * as assert from 'assert';
import { generateKeyPairSync } from 'crypto';
import { run } from '../../../src/cli/run';
import { binanceSignature } from '../../../src/exchanges/binance';
import { bybitSignature } from '../../../src/exchanges/bybit';
import { krakenSignature } from '../../../src/exchanges/kraken';
import { resolveBaseUrl } from '../../../src/exchanges/baseUrls';
import { checkKey } from '../../../src/exchanges/checkKey';
import { guidanceLabel, judge } from '../../../src/exchanges/verdict';
import { startMockExchange, type MockExchange } from '../../mock-exchange/server';

const KEY = 'u6WRx81a6Zx92Z04OA2t7sFSWcjxWPxBXC55IyqREMOXCh3uYIm8RNVUIIXgm3nX';
const SECRET = '7YtT3EhOhzX3N9tnKqZaHjiDIgnAKRAFzll9793aQf02twE5p4fQ0DvUWOIf3mXN';
const KRAKEN_SECRET = Buffer.from('kraken-test-private-key-'.repeat(3)).toString('base64');
const k = (n: number) => KEY.slice(0, 60) + String(1000 + n);

/** Runs `keyguard check-key` with credentials in a private environment, loopback (the mock) allowed. */
function cli(args: string[], env: Record<string, string>) {
  return run(['check-key', ...args], { cwd: process.cwd(), isTTY: false, noColor: true, version: 't', processEnv: { KEYGUARD_TEST_LOOPBACK: '1', ...env } });
}

describe('key check', function () {
  this.timeout(20_000);

  it('signs exactly like Binance\'s published HMAC example', () => {
    const query = 'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';
    assert.strictEqual(binanceSignature('NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j', query), 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71');
  });

  it('signs exactly like Kraken\'s published API-Sign example', () => {
    const secret = 'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==';
    const post = 'nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25';
    assert.strictEqual(krakenSignature(secret, '/0/private/AddOrder', '1616492376594', post), '4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==');
  });

  it('signs Bybit v5 requests over timestamp + key + recvWindow + query', () => {
    assert.match(bybitSignature('secret', '1658384314791', 'key', '5000', 'category=spot'), /^[0-9a-f]{64}$/);
    assert.notStrictEqual(bybitSignature('secret', '1', 'key', '5000', ''), bybitSignature('secret', '2', 'key', '5000', ''));
  });

  it('sends keys only to the exchange\'s own HTTPS hosts, loopback only behind the test switch', () => {
    assert.strictEqual(resolveBaseUrl('binance', undefined).origin, 'https://api.binance.com');
    assert.strictEqual(resolveBaseUrl('binance', 'testnet').origin, 'https://testnet.binance.vision');
    assert.strictEqual(resolveBaseUrl('bybit', 'http://127.0.0.1:9999', { allowLoopback: true }).origin, 'http://127.0.0.1:9999');
    for (const url of ['http://127.0.0.1:9999', 'https://localhost', 'http://[::1]:8080', 'http://127.8.0.1']) {
      assert.throws(() => resolveBaseUrl('bybit', url), /loopback addresses are for KeyGuard's own tests only/, url);
    }
    // Even with the switch: only http(s), never credentials in the URL.
    assert.throws(() => resolveBaseUrl('binance', 'ws://127.0.0.1:9999', { allowLoopback: true }), /HTTPS only/);
    assert.throws(() => resolveBaseUrl('binance', 'ftp://127.0.0.1/', { allowLoopback: true }), /HTTPS only/);
    assert.throws(() => resolveBaseUrl('binance', 'http://user:pw@127.0.0.1:9999', { allowLoopback: true }), /user name or password/);
    assert.throws(() => resolveBaseUrl('binance', 'https://x@api.binance.com'), /user name or password/);
    for (const url of ['https://api.binance.us', 'https://binance.us']) {
      assert.throws(() => resolveBaseUrl('binance', url), /Binance\.US is a separate exchange .* does not check Binance\.US keys yet/, url);
    }
    assert.throws(() => resolveBaseUrl('binance', 'http://api.binance.com'), /HTTPS only/);
    assert.throws(() => resolveBaseUrl('binance', 'https://binance.com.evil.example'), /own hosts/);
    assert.throws(() => resolveBaseUrl('okx', 'https://10.0.0.5'), /own hosts/);
  });

  it('judges by the guidance: withdrawals critical, trading without an IP whitelist critical, old key and transfers warnings', () => {
    const now = Date.UTC(2026, 10, 24);
    const v = judge({ exchange: 'Binance', withdrawals: true, ipRestricted: false, transfers: true, permissions: ['spot'], createdAt: now - 400 * 86_400_000, source: 't' }, { now });
    assert.strictEqual(v.level, 'critical');
    assert.deepStrictEqual(v.items.map((i) => [i.rule, i.level, i.guidance]), [
      ['withdrawals', 'critical', 'no-withdrawals'], ['trading', 'critical', 'ip-whitelist'], ['transfers', 'warning', 'least-privilege'],
      ['rotation', 'warning', 'rotate'], ['permissions', 'note', 'least-privilege'],
    ]);
    assert.strictEqual(judge({ exchange: 'OKX', permissions: [], source: 't' }).items[0].level, 'warning', 'unknown is never safe');
  });

  it('judges trading by the IP whitelist: read-only without one is a note, unknown is said, never ok', () => {
    const base = { exchange: 'X', withdrawals: false, createdAt: Date.now(), source: 't' };
    const ip = (f: object) => judge({ ...base, permissions: [], ...f }).items.find((i) => i.guidance === 'ip-whitelist')!;
    assert.deepStrictEqual([ip({ permissions: ['futures'], ipRestricted: false }).level, ip({ permissions: ['futures'], ipRestricted: true }).level], ['critical', 'ok']);
    assert.strictEqual(ip({ readOnly: true, ipRestricted: false }).level, 'note');
    assert.match(ip({ permissions: ['trade'] }).text, /^Unknown: whether the key is bound to an IP whitelist.*it can trade/);
    assert.strictEqual(ip({ permissions: ['trade'] }).level, 'warning');
    assert.strictEqual(ip({ ipRestricted: false }).level, 'warning', 'trading unknown without a whitelist is not a note');
    const rejected = judge({ exchange: 'OKX', ipRejected: true, permissions: [], source: 't' });
    assert.strictEqual(rejected.level, 'warning', 'an IP refusal hides the permissions: not ok');
    assert.match(rejected.items[1].text, /^Unknown: whether withdrawals and trading are enabled/);
  });

  it('judges leaks and reuse: a pushed key is LEAKED first, a key seen twice breaks one key per tool', () => {
    const facts = { exchange: 'Bybit', withdrawals: false, ipRestricted: true, readOnly: true, permissions: [], createdAt: Date.now(), source: 't' };
    assert.strictEqual(judge(facts).level, 'ok');
    const leaked = judge(facts, { history: { commit: 'abc1234', pushedTo: 'origin/main' } });
    assert.deepStrictEqual([leaked.level, leaked.items[0].rule, leaked.items[0].guidance], ['critical', 'leaked', 'delete-leaked']);
    assert.match(leaked.items[0].text, /^LEAKED: .*abc1234.*origin\/main.*Rewriting history does not un-leak it/);
    assert.strictEqual(judge(facts, { history: { commit: 'abc1234' } }).level, 'warning');
    const reused = judge(facts, { seenElsewhere: ['bot2/config.py:3'] });
    assert.deepStrictEqual([reused.level, reused.items.find((i) => i.rule === 'reuse')?.guidance], ['warning', 'one-key-per-tool']);
    assert.match(guidanceLabel(reused.items.find((i) => i.rule === 'reuse')!), /\[guidance: one key per tool\]/);
  });

  describe('against the mock exchange', () => {
    let mock: MockExchange;
    const ed = generateKeyPairSync('ed25519');
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const cbEd = generateKeyPairSync('ed25519');
    const pub = (k: { publicKey: import('crypto').KeyObject }) => k.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const EC_NAME = 'organizations/1b2c3d4e-0000-4000-8000-000000000001/apiKeys/9f8e7d6c-0000-4000-8000-000000000002';
    const ED_NAME = '5e6f7a8b-0000-4000-8000-000000000003';
    before(async () => {
      mock = await startMockExchange({
        [k(1)]: { secret: SECRET, restrictions: { ipRestrict: true } },
        [k(2)]: { secret: SECRET, restrictions: { enableWithdrawals: true, ipRestrict: true } },
        [k(3)]: { secret: SECRET, restrictions: { ipRestrict: false } },
        [k(4)]: { secret: SECRET, restrictions: { ipRestrict: true, createTime: Date.now() - 300 * 86_400_000 } },
        [k(5)]: { secret: SECRET, scenario: 'rate-limit', restrictions: { ipRestrict: true } },
        [k(6)]: { secret: SECRET, scenario: 'timeout' },
        [k(7)]: { secret: SECRET, scenario: 'garbage' },
        [k(8)]: { secret: SECRET, scenario: 'ip-rejected' },
        [k(9)]: { secret: SECRET, scenario: 'testnet', restrictions: { enableWithdrawals: false } },
        [k(10)]: { publicKeyPem: ed.publicKey.export({ type: 'spki', format: 'pem' }).toString(), restrictions: { ipRestrict: true } },
        BYBITKEY000000001: { secret: 'bybit-secret-1', bybit: { ips: ['1.2.3.4'], permissions: { Spot: ['SpotTrade'], Wallet: ['AccountTransfer', 'Withdraw'] } } },
        BYBITIPRESTRICTED: { secret: 'x', scenario: 'ip-rejected' },
        'okx-0000-key': { secret: 'OKXSECRET', passphrase: 'Pass-1', okx: { perm: 'read_only,trade', ip: '1.2.3.4' } },
        [EC_NAME]: { publicKeyPem: pub(ec), coinbase: { can_transfer: true } },
        [ED_NAME]: { publicKeyPem: pub(cbEd) },
        KRAKENSAFE: { secret: KRAKEN_SECRET, kraken: { ipAllowlist: ['203.0.113.7'] } },
        KRAKENWITHDRAW: { secret: KRAKEN_SECRET, kraken: { permissions: ['query-funds', 'withdraw-funds'], createdTime: Math.floor(Date.now() / 1000) - 400 * 86_400 } },
        '5f1e2d3c4b5a69788796a5b4': { secret: 'c0ffee00-1234-4abc-8def-0123456789ab', passphrase: 'Ku-Pass', kucoin: { permission: 'General,Spot,Withdrawal', ipWhitelist: '198.51.100.1' } },
        '5f1e2d3c4b5a69788796a5b5': { secret: 'x', passphrase: 'y', scenario: 'ip-rejected' },
      });
    });
    after(() => mock.close());
    const binance = (n: number, secret = SECRET) => cli(['--exchange', 'binance', '--base-url', mock.url], { BINANCE_API_KEY: k(n), BINANCE_API_SECRET: secret });

    it('a safe key: exit 0, withdrawals disabled, IP-restricted; only the masked key is printed', async () => {
      const r = await binance(1);
      assert.strictEqual(r.exitCode, 0, r.stderr);
      assert.match(r.stdout, /Withdrawals are disabled/);
      assert.match(r.stdout, /Restricted to an IP whitelist/);
      assert.ok(!r.stdout.includes(k(1)) && !r.stdout.includes(SECRET));
      assert.strictEqual(mock.requests.at(-1)?.headers['x-mbx-apikey'], k(1));
    });

    it('withdrawals enabled: exit 1, critical, says to delete the key', async () => {
      const r = await binance(2);
      assert.strictEqual(r.exitCode, 1);
      assert.match(r.stdout, /CRITICAL +Withdrawals are ENABLED.*Delete this key/);
    });

    it('spot trading without an IP whitelist: critical; an old key: rotate', async () => {
      assert.match((await binance(3)).stdout, /CRITICAL +Trading is enabled and there is NO IP whitelist/);
      assert.match((await binance(4)).stdout, /Created 300 days ago \(more than 180\): rotate it/);
    });

    it('invalid key and bad signature: exit 2 with what it means', async () => {
      const invalid = await cli(['--exchange', 'binance', '--base-url', mock.url], { BINANCE_API_KEY: k(99), BINANCE_API_SECRET: SECRET });
      assert.strictEqual(invalid.exitCode, 2);
      assert.match(invalid.stderr, /-2015/);
      const badSig = await binance(1, SECRET.replace(/.$/, 'x'));
      assert.strictEqual(badSig.exitCode, 2);
      assert.match(badSig.stderr, /-1022.*secret does not belong/);
    });

    it('-2015 names every cause, including the good one (an IP whitelist); Bybit 10010 is plainly good news', async () => {
      const r = await binance(8);
      assert.strictEqual(r.exitCode, 2);
      assert.match(r.stderr, /-2015.*invalid or deleted.*not on its whitelist.*good news/);
      const by = await cli(['--exchange', 'bybit', '--base-url', mock.url], { BYBIT_API_KEY: 'BYBITIPRESTRICTED', BYBIT_API_SECRET: 'x' });
      assert.strictEqual(by.exitCode, 0, by.stderr);
      assert.match(by.stdout, /IP-restricted — good/);
    });

    it('honours Retry-After on 429 and then answers', async () => {
      const r = await binance(5);
      assert.strictEqual(r.exitCode, 0, r.stderr);
    });

    it('garbage JSON and timeouts give clear errors', async () => {
      const g = await binance(7);
      assert.strictEqual(g.exitCode, 2);
      assert.match(g.stderr, /not JSON/);
      await assert.rejects(checkKey('binance', { apiKey: k(6), secret: SECRET }, { baseUrl: mock.url, allowLoopback: true, net: { timeoutMs: 300 } }), /no answer .* within 0.3 s/);
    });

    it('corrects clock skew once after -1021 and reports it', async () => {
      const skewed = await startMockExchange({ [k(1)]: { secret: SECRET, restrictions: { ipRestrict: true } } }, 45_000);
      try {
        const r = await checkKey('binance', { apiKey: k(1), secret: SECRET }, { baseUrl: skewed.url, allowLoopback: true });
        assert.strictEqual(r.facts.withdrawals, false);
        assert.ok(Math.abs((r.facts.skewMs ?? 0) - 45_000) < 2000, String(r.facts.skewMs));
        assert.ok(r.verdict.items.some((i) => i.rule === 'clock'));
      } finally {
        await skewed.close();
      }
    });

    it('spot testnet (no /sapi) falls back to /api/v3/account', async () => {
      const r = await checkKey('binance', { apiKey: k(9), secret: SECRET }, { baseUrl: mock.url, allowLoopback: true });
      assert.strictEqual(r.facts.source, '/api/v3/account');
      assert.strictEqual(r.facts.withdrawals, false);
    });

    it('Ed25519 keys sign locally; only the signature travels', async () => {
      const pem = ed.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      const r = await checkKey('binance', { apiKey: k(10), secret: pem }, { baseUrl: mock.url, allowLoopback: true });
      assert.strictEqual(r.facts.withdrawals, false);
      assert.notStrictEqual(r.verdict.level, 'critical');
      assert.ok(!JSON.stringify(mock.requests.at(-1)).includes('PRIVATE KEY'), 'the private key never travels');
    });

    it('Bybit: withdraw permission is critical; OKX: JSON output, passphrase required', async () => {
      const by = await cli(['--exchange', 'bybit', '--base-url', mock.url], { BYBIT_API_KEY: 'BYBITKEY000000001', BYBIT_API_SECRET: 'bybit-secret-1' });
      assert.strictEqual(by.exitCode, 1, by.stderr);
      assert.match(by.stdout, /Withdrawals are ENABLED/);
      const okx = await cli(['--exchange', 'okx', '--base-url', mock.url, '--format', 'json'], { OKX_API_KEY: 'okx-0000-key', OKX_API_SECRET: 'OKXSECRET', OKX_PASSPHRASE: 'Pass-1' });
      assert.strictEqual(okx.exitCode, 0, okx.stderr);
      const out = JSON.parse(okx.stdout);
      assert.strictEqual(out.facts.withdrawals, false);
      assert.strictEqual(out.facts.ipRestricted, true);
      const noPass = await cli(['--exchange', 'okx', '--base-url', mock.url], { OKX_API_KEY: 'okx-0000-key', OKX_API_SECRET: 'OKXSECRET' });
      assert.strictEqual(noPass.exitCode, 2);
      assert.match(noPass.stderr, /OKX_PASSPHRASE/);
    });

    it('missing credentials or a refused URL: exit 2, nothing sent', async () => {
      const before = mock.requests.length;
      assert.strictEqual((await cli(['--exchange', 'binance'], {})).exitCode, 2);
      const r = await cli(['--exchange', 'binance', '--base-url', 'http://example.com'], { BINANCE_API_KEY: k(1), BINANCE_API_SECRET: SECRET });
      assert.strictEqual(r.exitCode, 2);
      assert.match(r.stderr, /HTTPS only/);
      assert.strictEqual(mock.requests.length, before);
    });

    it('Kraken: signed form POST; withdraw-funds is critical, an allowlist counts, age from createdTime', async () => {
      const safe = await cli(['--exchange', 'kraken', '--base-url', mock.url, '--format', 'json'], { KRAKEN_API_KEY: 'KRAKENSAFE', KRAKEN_API_SECRET: KRAKEN_SECRET });
      assert.strictEqual(safe.exitCode, 0, safe.stderr);
      const facts = JSON.parse(safe.stdout).facts;
      assert.deepStrictEqual([facts.withdrawals, facts.ipRestricted, facts.readOnly], [false, true, true]);
      const bad = await cli(['--exchange', 'kraken', '--base-url', mock.url], { KRAKEN_API_KEY: 'KRAKENWITHDRAW', KRAKEN_API_SECRET: KRAKEN_SECRET });
      assert.strictEqual(bad.exitCode, 1);
      assert.match(bad.stdout, /Withdrawals are ENABLED/);
      assert.match(bad.stdout, /No IP whitelist/);
      assert.match(bad.stdout, /days old|rotate/i);
      const wrong = await cli(['--exchange', 'kraken', '--base-url', mock.url], { KRAKEN_API_KEY: 'KRAKENSAFE', KRAKEN_API_SECRET: Buffer.from('another-private-key').toString('base64') });
      assert.strictEqual(wrong.exitCode, 2);
      assert.match(wrong.stderr, /EAPI:Invalid signature.*does not belong/);
    });

    it('KuCoin: passphrase signed (key version 2); Withdrawal permission is critical; IP refusal is good news', async () => {
      const env = { KUCOIN_API_KEY: '5f1e2d3c4b5a69788796a5b4', KUCOIN_API_SECRET: 'c0ffee00-1234-4abc-8def-0123456789ab', KUCOIN_PASSPHRASE: 'Ku-Pass' };
      const r = await cli(['--exchange', 'kucoin', '--base-url', mock.url, '--format', 'json'], env);
      assert.strictEqual(r.exitCode, 1, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.deepStrictEqual([out.facts.withdrawals, out.facts.ipRestricted], [true, true]);
      assert.ok(!mock.requests.at(-1)?.headers['kc-api-passphrase']?.toString().includes('Ku-Pass'), 'the passphrase travels signed, not in clear');
      const wrongPass = await cli(['--exchange', 'kucoin', '--base-url', mock.url], { ...env, KUCOIN_PASSPHRASE: 'nope' });
      assert.match(wrongPass.stderr, /passphrase is wrong/);
      const ip = await cli(['--exchange', 'kucoin', '--base-url', mock.url], { ...env, KUCOIN_API_KEY: '5f1e2d3c4b5a69788796a5b5' });
      assert.strictEqual(ip.exitCode, 0, ip.stderr);
      assert.match(ip.stdout, /IP-restricted — good/);
      const noPass = await cli(['--exchange', 'kucoin', '--base-url', mock.url], { KUCOIN_API_KEY: env.KUCOIN_API_KEY, KUCOIN_API_SECRET: env.KUCOIN_API_SECRET });
      assert.match(noPass.stderr, /KUCOIN_PASSPHRASE/);
    });

    it('Coinbase: ES256 and EdDSA JWTs signed locally; can_transfer is critical; escaped PEMs work', async () => {
      const ecPem = ec.privateKey.export({ type: 'sec1', format: 'pem' }).toString();
      const r = await cli(['--exchange', 'coinbase', '--base-url', mock.url, '--format', 'json'], { COINBASE_API_KEY: EC_NAME, COINBASE_API_SECRET: ecPem.replace(/\n/g, '\\n') });
      assert.strictEqual(r.exitCode, 1, r.stderr);
      assert.strictEqual(JSON.parse(r.stdout).facts.withdrawals, true);
      assert.ok(!JSON.stringify(mock.requests.at(-1)).includes('PRIVATE KEY'), 'the private key never travels');
      const seed = (cbEd.privateKey.export({ type: 'pkcs8', format: 'der' }) as Buffer).subarray(-32);
      const raw = Buffer.concat([seed, (cbEd.publicKey.export({ type: 'spki', format: 'der' }) as Buffer).subarray(-32)]).toString('base64');
      const edr = await cli(['--exchange', 'coinbase', '--base-url', mock.url, '--format', 'json'], { COINBASE_API_KEY: ED_NAME, COINBASE_API_SECRET: raw });
      assert.strictEqual(edr.exitCode, 0, edr.stderr);
      assert.deepStrictEqual(JSON.parse(edr.stdout).facts.permissions, ['view', 'trade']);
      const wrong = await cli(['--exchange', 'coinbase', '--base-url', mock.url], { COINBASE_API_KEY: ED_NAME, COINBASE_API_SECRET: ecPem });
      assert.strictEqual(wrong.exitCode, 2);
      assert.match(wrong.stderr, /401/);
      const garbage = await cli(['--exchange', 'coinbase', '--base-url', mock.url], { COINBASE_API_KEY: ED_NAME, COINBASE_API_SECRET: 'not-a-key' });
      assert.match(garbage.stderr, /neither an EC PEM block nor a base64 Ed25519 key/);
    });

    it('Kraken and KuCoin keys go only to their own hosts', () => {
      assert.strictEqual(resolveBaseUrl('kraken', undefined).host, 'api.kraken.com');
      assert.strictEqual(resolveBaseUrl('kucoin', undefined).host, 'api.kucoin.com');
      assert.throws(() => resolveBaseUrl('kraken', 'https://api.kucoin.com'), /own hosts/);
    });
  });
});
