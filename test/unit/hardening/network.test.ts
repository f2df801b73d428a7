import * as assert from 'assert';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { run, type RunEnv } from '../../../src/cli/run';
import { isLoopback } from '../../../src/exchanges/baseUrls';
import { startMockExchange } from '../../mock-exchange/server';

const KEY = 'Zq7xW2eR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP3aS6dF9g';
const SECRET = 'Mv4bN7mQ0wE3rT6yU9iO2pA5sD8fG1hJ4kL7zX0cV3bN6mQ9wE2rT5yU8iO1pA4s';
const ROOT = path.resolve(__dirname, '../../../..');

/**
 * Records every outgoing TCP connection (TLS included: it connects through net.Socket too). Loopback
 * connections go through; any other host fails at once with ENOTFOUND, so no packet ever leaves.
 */
function recordConnections(): { hosts: string[]; restore: () => void } {
  const hosts: string[] = [];
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const opts = (typeof first === 'object' && first !== null ? first : { port: first, host: args[1] }) as { host?: string; path?: string };
    const host = opts.path ? `ipc:${opts.path}` : opts.host ?? 'localhost';
    hosts.push(host);
    if (!opts.path && !isLoopback(host)) {
      process.nextTick(() => this.destroy(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', hostname: host })));
      return this;
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof original;
  return { hosts, restore: () => { net.Socket.prototype.connect = original; } };
}

const cliEnv = (cwd: string, processEnv: NodeJS.ProcessEnv = {}): RunEnv => ({ cwd, isTTY: false, noColor: true, version: '9.9.9', processEnv });

describe('network: only the chosen exchange host, nothing else', function () {
  this.timeout(60_000);
  let rec: ReturnType<typeof recordConnections>;
  beforeEach(() => { rec = recordConnections(); });
  afterEach(() => rec.restore());

  it('a scan contacts no host at all', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-net-'));
    fs.writeFileSync(path.join(dir, 'bot.py'), `import ccxt\nex = ccxt.binance({"apiKey": "${KEY}", "secret": "${SECRET}"})\nex.withdraw("USDT", 10, "0xabc")\n`);
    const r = await run(['scan', '--format', 'sarif', '.'], cliEnv(dir));
    assert.strictEqual(r.exitCode, 1);
    assert.deepStrictEqual(rec.hosts, []);
  });

  it('a key check against the loopback mock contacts only loopback', async () => {
    const mock = await startMockExchange({ [KEY]: { secret: SECRET, restrictions: { ipRestrict: true } } });
    try {
      const r = await run(['check-key', '--exchange', 'binance', '--base-url', mock.url], cliEnv(process.cwd(), { KEYGUARD_TEST_LOOPBACK: '1', BINANCE_API_KEY: KEY, BINANCE_API_SECRET: SECRET }));
      assert.strictEqual(r.exitCode, 0, r.stderr);
      assert.ok(rec.hosts.length > 0 && rec.hosts.every(isLoopback), JSON.stringify(rec.hosts));
    } finally {
      await mock.close();
    }
  });

  it('a mainnet check contacts exactly the exchange\'s API host, and says plainly when it is unreachable', async () => {
    for (const [exchange, preset, host] of [['binance', 'mainnet', 'api.binance.com'], ['bybit', 'testnet', 'api-testnet.bybit.com'], ['okx', 'mainnet', 'www.okx.com'], ['kraken', 'mainnet', 'api.kraken.com'], ['kucoin', 'mainnet', 'api.kucoin.com']]) {
      rec.hosts.length = 0;
      const env = { BINANCE_API_KEY: KEY, BINANCE_API_SECRET: SECRET, BYBIT_API_KEY: 'AbCdEfGhIjKlMnOpQr', BYBIT_API_SECRET: SECRET.slice(0, 36), OKX_API_KEY: '0f9a2c4e-7b1d-4e8a-9c3f-5d6b7a8e9f01', OKX_API_SECRET: 'A1B2C3D4E5F60718293A4B5C6D7E8F90', OKX_PASSPHRASE: 'Passw0rd!', KRAKEN_API_KEY: KEY, KRAKEN_API_SECRET: Buffer.from(SECRET).toString('base64'), KUCOIN_API_KEY: '5f1e2d3c4b5a69788796a5b4', KUCOIN_API_SECRET: SECRET, KUCOIN_PASSPHRASE: 'p' };
      const r = await run(['check-key', '--exchange', exchange, '--base-url', preset], cliEnv(process.cwd(), env));
      assert.strictEqual(r.exitCode, 2, `${exchange}: ${r.stdout}`);
      assert.match(r.stderr, /cannot resolve|no network/i, r.stderr);
      assert.deepStrictEqual([...new Set(rec.hosts)], [host]);
    }
  });

  it('a base URL on another host is refused before any connection', async () => {
    const r = await run(['check-key', '--exchange', 'binance', '--base-url', 'https://api.binance.com.evil.example'], cliEnv(process.cwd(), { BINANCE_API_KEY: KEY, BINANCE_API_SECRET: SECRET }));
    assert.strictEqual(r.exitCode, 2);
    assert.deepStrictEqual(rec.hosts, []);
  });

  it('a loopback base URL is refused without the test switch, before any connection', async () => {
    const mock = await startMockExchange({ [KEY]: { secret: SECRET, restrictions: { ipRestrict: true } } });
    try {
      rec.hosts.length = 0;
      const r = await run(['check-key', '--exchange', 'binance', '--base-url', mock.url], cliEnv(process.cwd(), { BINANCE_API_KEY: KEY, BINANCE_API_SECRET: SECRET }));
      assert.strictEqual(r.exitCode, 2);
      assert.match(r.stderr, /loopback addresses are for KeyGuard's own tests only/);
      assert.deepStrictEqual(rec.hosts, []);
    } finally {
      await mock.close();
    }
  });

  it('ships no telemetry: no telemetry API or package anywhere in the sources or dependencies', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    assert.deepStrictEqual(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((d) => /telemetry|insights|analytics|sentry|segment|posthog/i.test(d)), []);
    const files: string[] = [];
    const walk = (d: string) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.ts') && files.push(path.join(d, e.name)); };
    walk(path.join(ROOT, 'src'));
    assert.ok(files.length > 30);
    const offenders = files.filter((f) => /createTelemetryLogger|TelemetryReporter|applicationinsights|sendTelemetry/i.test(fs.readFileSync(f, 'utf8')));
    assert.deepStrictEqual(offenders, []);
  });
});
