import * as assert from 'assert';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { run, type RunEnv } from '../../../src/cli/run';
import { credentialSets } from '../../../src/exchanges/credentialSets';
import type { FileFinding } from '../../../src/engine/workspace/scanFiles';
import { startMockExchange, type MockExchange } from '../../mock-exchange/server';
import { Sandbox } from '../engine/workspace/sandbox';

// Values generated here, at test time: random, and in each exchange's own key shapes.
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const alnum = (n: number) => [...randomBytes(n)].map((b) => ALNUM[b % 62]).join('');
const hex = (n: number) => randomBytes(n / 2).toString('hex');
const uuid = () => [8, 4, 4, 4, 12].map(hex).join('-').replace(/^(.{14})./, '$14');
const b64 = () => randomBytes(64).toString('base64');

const V = {
  binLive: { key: alnum(64), secret: alnum(64) },
  binUnknown: { key: alnum(64), secret: alnum(64) },
  binSafe: { key: alnum(64), secret: alnum(64) },
  okxLive: { key: uuid(), secret: hex(32).toUpperCase(), pass: 'Ok-Pass-93' },
  okxDead: { key: uuid(), secret: hex(32).toUpperCase(), pass: 'Ok-Pass-94' },
  kuDead: { key: hex(24), secret: uuid(), pass: 'Ku-Pass-71' },
  kuIp: { key: hex(24), secret: uuid(), pass: 'Ku-Pass-72' },
  krLive: { key: alnum(56), secret: b64() },
  gateDead: { key: hex(32), secret: hex(64) },
  gateIp: { key: hex(32), secret: hex(64) },
  bgLive: { key: `bg_${hex(32)}`, secret: hex(64), pass: 'Bg-Pass-55' },
  bgDead: { key: `bg_${hex(32)}`, secret: hex(64), pass: 'Bg-Pass-56' },
};
const ccxt = (ex: string, v: { key: string; secret: string; pass?: string }) =>
  `import ccxt\nex = ccxt.${ex}({'apiKey': '${v.key}', 'secret': '${v.secret}'${v.pass ? `, 'password': '${v.pass}'` : ''}})\n`;

/** A folder with one bot file per case. */
function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-verify-'));
  const files: Record<string, string> = {
    'bin_live.py': ccxt('binance', V.binLive), 'bin_unknown.py': ccxt('binance', V.binUnknown),
    'okx_live.py': ccxt('okx', V.okxLive), 'okx_dead.py': ccxt('okx', V.okxDead),
    'ku_dead.py': ccxt('kucoin', V.kuDead), 'ku_ip.py': ccxt('kucoin', V.kuIp), 'kr_live.py': ccxt('kraken', V.krLive),
    'gate_dead.py': ccxt('gate', V.gateDead), 'gate_ip.py': ccxt('gate', V.gateIp),
    'bg_live.py': ccxt('bitget', V.bgLive), 'bg_dead.py': ccxt('bitget', V.bgDead),
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const env = (cwd: string, loopback = true): RunEnv => ({ cwd, isTTY: false, noColor: true, version: '0.0.0-test', processEnv: loopback ? { KEYGUARD_TEST_LOOPBACK: '1' } : {} });
const EXCHANGES = ['binance', 'okx', 'kucoin', 'kraken', 'gate', 'bitget'];
const baseUrls = (url: string) => EXCHANGES.flatMap((e) => ['--base-url', `${e}=${url}`]);
type Verified = FileFinding & { verification?: { state: string; risk: string; permissions: string[]; reason?: string; lines?: Array<{ text: string; guidance?: string }> } };
const byFile = (findings: Verified[], file: string) => findings.filter((f) => f.path === file);

describe('keyguard scan --verify', function () {
  this.timeout(60_000);
  let mock: MockExchange;
  let dir: string;
  before(async () => {
    dir = workspace();
    mock = await startMockExchange({
      [V.binSafe.key]: { secret: V.binSafe.secret, restrictions: { ipRestrict: true } },
      [V.binLive.key]: { secret: V.binLive.secret, restrictions: { enableWithdrawals: true, ipRestrict: true } },
      [V.okxLive.key]: { secret: V.okxLive.secret, passphrase: V.okxLive.pass, okx: { perm: 'read_only,trade,withdraw', ip: '203.0.113.5' } },
      [V.kuIp.key]: { secret: V.kuIp.secret, passphrase: V.kuIp.pass, scenario: 'ip-rejected' },
      [V.krLive.key]: { secret: V.krLive.secret, kraken: { permissions: ['query-funds', 'withdraw-funds'], ipAllowlist: ['203.0.113.7'] } },
      [V.gateIp.key]: { secret: V.gateIp.secret, scenario: 'ip-rejected' },
      [V.bgLive.key]: { secret: V.bgLive.secret, passphrase: V.bgLive.pass, bitget: { ips: '', authorities: ['stor', 'stow', 'wwow'] } },
    });
  });
  after(async () => {
    await mock.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('live withdraw-enabled keys are critical, unknown keys dead only when the exchange says so; JSON carries verification', async () => {
    const r = await run(['scan', '.', '--no-git', '--verify', '--format', 'json', ...baseUrls(mock.url)], env(dir));
    assert.strictEqual(r.exitCode, 1, r.stderr);
    const findings = JSON.parse(r.stdout).findings as Verified[];
    const state = (file: string) => byFile(findings, file).map((f) => [f.role, f.verification?.state, f.verification?.risk]);
    for (const file of ['bin_live.py', 'okx_live.py', 'kr_live.py', 'bg_live.py']) {
      assert.ok(state(file).length >= 2 && state(file).every(([, s, risk]) => s === 'live' && risk === 'critical'), `${file}: ${JSON.stringify(state(file))}`);
    }
    for (const file of ['okx_dead.py', 'ku_dead.py', 'gate_dead.py', 'bg_dead.py']) {
      assert.ok(state(file).length >= 2 && state(file).every(([, s]) => s === 'dead'), `${file}: ${JSON.stringify(state(file))}`);
      assert.ok(byFile(findings, file).every((f) => f.severity === 'info' && /^Dead: /.test(f.message)), 'a dead key drops to info');
    }
    // Binance's -2015 means invalid key OR wrong IP OR missing permission: never "dead".
    assert.deepStrictEqual(byFile(findings, 'bin_unknown.py').map((f) => [f.verification?.state, f.severity]), [['unknown', 'error'], ['unknown', 'error']]);
    for (const file of ['ku_ip.py', 'gate_ip.py']) {
      assert.ok(byFile(findings, file).every((f) => f.verification?.state === 'unknown' && /IP/.test(f.verification.reason ?? '')), file);
    }
    assert.deepStrictEqual(byFile(findings, 'okx_live.py')[0].verification?.permissions, ['read_only', 'trade']);
    const lines = byFile(findings, 'bg_live.py')[0].verification?.lines ?? [];
    assert.ok(lines.some((l) => /Withdrawals are ENABLED/.test(l.text) && l.guidance === 'no-withdrawals'));
    assert.ok(lines.some((l) => /NO IP whitelist/.test(l.text) && l.guidance === 'ip-whitelist'));
    // Each key was asked about once, with its passphrase: the OKX live key's request carried it.
    assert.strictEqual(mock.requests.filter((q) => q.headers['ok-access-key'] === V.okxLive.key).length, 1);
    assert.ok(!Object.values(V).some((v) => r.stdout.includes(v.secret) || r.stdout.includes(v.key)), 'no value in the output');
  });

  it('text output: live/dead/unknown and the guidance per finding, every value masked; SARIF carries verification', async () => {
    const text = await run(['scan', 'okx_live.py', 'okx_dead.py', '--no-git', '--verify', ...baseUrls(mock.url)], env(dir));
    assert.match(text.stdout, /verified: live · risk critical · can: read_only, trade/);
    assert.match(text.stdout, /critical +Withdrawals are ENABLED.*\[guidance: never enable withdrawals\]/);
    assert.match(text.stdout, /verified: dead \(OKX \(50111\): OKX does not know this API key\)/);
    assert.ok(!Object.values(V).some((v) => text.stdout.includes(v.secret) || text.stdout.includes(v.key) || ('pass' in v && text.stdout.includes(v.pass))));
    const deadOnly = ['scan', 'okx_dead.py', 'gate_dead.py', '--no-git'];
    assert.strictEqual((await run(deadOnly, env(dir))).exitCode, 1, 'without --verify a hard-coded key fails the scan');
    assert.strictEqual((await run([...deadOnly, '--verify', ...baseUrls(mock.url)], env(dir))).exitCode, 0, 'keys the exchange calls dead do not');
    const sarif = JSON.parse((await run(['scan', 'okx_dead.py', '--no-git', '--verify', '--format', 'sarif', ...baseUrls(mock.url)], env(dir))).stdout);
    assert.deepStrictEqual(sarif.runs[0].results[0].properties.verification.state, 'dead');
  });

  it('network down: unknown, never dead; exit 1 stays (the keys are still hard-coded)', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const r = await run(['scan', 'okx_dead.py', 'gate_dead.py', 'bg_dead.py', '--no-git', '--verify', '--format', 'json', ...baseUrls(`http://127.0.0.1:${port}`)], env(dir));
    const findings = JSON.parse(r.stdout).findings as Verified[];
    assert.ok(findings.length >= 6 && findings.every((f) => f.verification?.state === 'unknown' && /refused the connection/.test(f.verification.reason ?? '')));
    assert.strictEqual(r.exitCode, 1);
  });

  it('--base-url: loopback only under the test switch, other hosts refused before anything is sent; needs --verify', async () => {
    const before = mock.requests.length;
    const r = await run(['scan', '.', '--no-git', '--verify', '--base-url', `okx=${mock.url}`], env(dir, false));
    assert.deepStrictEqual([r.exitCode, /loopback addresses are for KeyGuard's own tests only/.test(r.stderr)], [2, true]);
    const evil = await run(['scan', '.', '--no-git', '--verify', '--base-url', 'binance=https://binance.com.evil.example'], env(dir));
    assert.deepStrictEqual([evil.exitCode, /only Binance's own hosts/.test(evil.stderr)], [2, true]);
    assert.strictEqual(mock.requests.length, before, 'nothing was sent');
    assert.match((await run(['scan', '--base-url', `okx=${mock.url}`], env(dir))).stderr, /--base-url is for --verify/);
    assert.match((await run(['scan', '--verify', '--base-url', 'nasdaq=https://x'], env(dir))).stderr, /EXCHANGE=URL/);
  });

  it('a key on a remote-tracking branch is LEAKED, said first; the same key in two files breaks one key per tool', async () => {
    const sb = new Sandbox();
    try {
      sb.init('r');
      sb.write({ 'r/bot.py': ccxt('binance', V.binSafe) });
      sb.gitSync('r', 'update-ref', 'refs/remotes/origin/main', sb.commitAll('r'));
      sb.write({ 'r/bot2.py': ccxt('binance', V.binSafe) });
      const r = await run(['scan', '.', '--verify', '--format', 'json', '--base-url', `binance=${mock.url}`], env(sb.path('r')));
      const findings = (JSON.parse(r.stdout).findings as Verified[]).filter((f) => f.verification);
      assert.ok(findings.length >= 4, r.stderr);
      const v = findings[0].verification!;
      assert.deepStrictEqual([v.state, v.risk], ['live', 'critical'], 'an IP-restricted key without withdrawals is still critical once leaked');
      assert.match(v.lines![0].text, /^LEAKED: the key is in commit [0-9a-f]{7,}, which origin\/main holds.*Rewriting history does not un-leak it/);
      assert.strictEqual(v.lines![0].guidance, 'delete-leaked');
      assert.ok(v.lines!.some((l) => l.guidance === 'one-key-per-tool' && /also in bot2\.py:2:/.test(l.text)), JSON.stringify(v.lines));
      const other = findings.find((f) => f.path === 'bot2.py')!.verification!;
      assert.ok(other.lines!.some((l) => /also in bot\.py:2:/.test(l.text)), 'each place names the other, not itself');
      assert.strictEqual(mock.requests.filter((q) => q.headers['x-mbx-apikey'] === V.binSafe.key).length, 1, 'one request for the two places');
    } finally {
      sb.remove();
    }
  });

  it('pairs each key with the nearest secret and passphrase of its exchange in the same file', () => {
    const f = (role: FileFinding['role'], start: number, exchange = 'OKX', file = 'a.py'): FileFinding =>
      ({ id: 'secret/x', category: 'secret', severity: 'error', title: '', message: '', exchange, role, path: file, range: { start, end: start + 1, startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 } });
    const findings = [f('api-key', 0), f('api-secret', 10), f('passphrase', 20), f('api-key', 500), f('api-secret', 510), f('passphrase', 520), f('api-secret', 505, 'Bybit'), f('api-secret', 15, 'OKX', 'b.py')];
    const sets = credentialSets(findings, (x) => `v${x.range.start}`);
    assert.deepStrictEqual(sets.map((s) => [s.exchange, s.apiKey, s.secret, s.passphrase]), [['okx', 'v0', 'v10', 'v20'], ['okx', 'v500', 'v510', 'v520']]);
  });
});
