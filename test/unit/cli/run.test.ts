import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { run, type RunEnv } from '../../../src/cli/run';

const SECRET = '7YtT3EhOhzX3N9tnKqZaHjiDIgnAKRAFzll9793aQf02twE5p4fQ0DvUWOIf3mXN';

/** The temp folders made, removed after the suite. */
const made: string[] = [];

/** A temp folder with the given files. */
function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-cli-'));
  made.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const env = (cwd: string): RunEnv => ({ cwd, isTTY: false, noColor: true, version: '9.9.9' });

describe('keyguard CLI', () => {
  after(() => { for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true }); });
  it('exits 1 with masked findings in text output', async () => {
    const dir = workspace({ 'bot.py': `BINANCE_API_SECRET = "${SECRET}"\n`, 'README.md': 'hello\n' });
    const r = await run(['scan'], env(dir));
    assert.strictEqual(r.exitCode, 1);
    assert.match(r.stdout, /bot\.py:1:23 {2}error {2}Binance API secret {2}7YtT…3mXN/);
    assert.match(r.stdout, /1 finding \(1 error\) in 2 files/);
    assert.ok(!r.stdout.includes(SECRET));
  });

  it('exits 0 on a clean tree', async () => {
    const dir = workspace({ 'bot.py': 'import os\nsecret = os.environ["BINANCE_API_SECRET"]\n' });
    const r = await run(['scan', '.'], env(dir));
    assert.strictEqual(r.exitCode, 0);
    assert.match(r.stdout, /No findings in 1 file/);
  });

  it('exits 2 with a clear message on bad usage or a missing path', async () => {
    const dir = workspace({});
    for (const argv of [['scan', '--format', 'xml'], ['scan', '--bogus'], ['frobnicate'], ['scan', '--max-file-size']]) {
      const r = await run(argv, env(dir));
      assert.strictEqual(r.exitCode, 2, argv.join(' '));
      assert.match(r.stderr, /^keyguard: /);
    }
    const missing = await run(['scan', 'nope.py'], env(dir));
    assert.strictEqual(missing.exitCode, 2);
    assert.match(missing.stderr, /no such file or folder/);
  });

  it('writes SARIF 2.1.0 with rule ids, levels and 1-based regions relative to the root', async () => {
    const dir = workspace({ 'src/bot.py': `x = 1\nBINANCE_API_SECRET = "${SECRET}"\n` });
    const r = await run(['scan', '--format', 'sarif'], env(dir));
    assert.strictEqual(r.exitCode, 1);
    const log = JSON.parse(r.stdout);
    assert.strictEqual(log.version, '2.1.0');
    assert.strictEqual(log.runs.length, 1);
    const run0 = log.runs[0];
    assert.strictEqual(run0.tool.driver.name, 'keyguard');
    assert.strictEqual(run0.tool.driver.version, '9.9.9');
    assert.strictEqual(run0.results.length, 1);
    const res = run0.results[0];
    assert.strictEqual(res.ruleId, 'secret/binance-api-secret');
    assert.strictEqual(res.level, 'error');
    assert.strictEqual(run0.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    assert.deepStrictEqual(res.locations[0].physicalLocation.artifactLocation, { uri: 'src/bot.py', uriBaseId: '%SRCROOT%' });
    assert.deepStrictEqual(res.locations[0].physicalLocation.region, { startLine: 2, startColumn: 23, endLine: 2, endColumn: 87 });
    assert.ok(!r.stdout.includes(SECRET));
  });

  it('SARIF fingerprints follow a finding across edits above it, and tell files apart', async () => {
    const fingerprint = async (files: Record<string, string>) => {
      const r = await run(['scan', '--format', 'sarif'], env(workspace(files)));
      return JSON.parse(r.stdout).runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['keyguardFinding/v1']);
    };
    const [a] = await fingerprint({ 'bot.py': `BINANCE_API_SECRET = "${SECRET}"\n` });
    const [b] = await fingerprint({ 'bot.py': `import os\n\nBINANCE_API_SECRET = "${SECRET}"\n` });
    const [c] = await fingerprint({ 'other.py': `BINANCE_API_SECRET = "${SECRET}"\n` });
    assert.match(a, /^[0-9a-f]{32}$/);
    assert.strictEqual(a, b);
    assert.notStrictEqual(a, c);
  });

  it('json output lists findings with paths and masked values only', async () => {
    const dir = workspace({ 'bot.py': `BINANCE_API_SECRET = "${SECRET}"\n` });
    const r = await run(['scan', '--format=json'], env(dir));
    const out = JSON.parse(r.stdout);
    assert.deepStrictEqual(out.findings.map((f: { path: string; masked: string }) => [f.path, f.masked]), [['bot.py', '7YtT…3mXN']]);
    assert.ok(!r.stdout.includes(SECRET));
  });

  it('json output gives each finding a 1-based line and column beside its 0-based range', async () => {
    const dir = workspace({ 'bot.py': `import os\n\n  BINANCE_API_SECRET = "${SECRET}"\n` });
    const out = JSON.parse((await run(['scan', '--format', 'json'], env(dir))).stdout);
    const f = out.findings[0];
    assert.deepStrictEqual([f.line, f.column], [3, 25]);
    assert.deepStrictEqual([f.range.startLine, f.range.startColumn], [2, 24]);
  });

  it("reports calls of another file's send helper and of its callers, the same with one job or several", async () => {
    const dir = workspace({
      'core/chain.js': 'async function sendToken(to, amount) {\n  return token.methods.transfer(to, amount).send({ from: hot.address });\n}\nmodule.exports = { sendToken };\n',
      'commands/tip.js': "const { sendToken } = require('../core/chain');\n\nasync function tipAll(users) {\n  for (const user of users) await sendToken(user.address, 5);\n}\n",
      'jobs/nightly.js': "const { tipAll } = require('../commands/tip');\n\nawait tipAll(await queued());\n",
      'README.md': 'Call sendToken(address, amount) to tip.\n',
    });
    for (const jobs of ['1', '2']) {
      const out = JSON.parse((await run(['scan', '--format', 'json', '--jobs', jobs], env(dir))).stdout);
      const cross = out.findings.filter((f: { ruleId?: string; id?: string }) => (f.ruleId ?? f.id) === 'withdraw/wrapper-call');
      // The tip command calls the sender; the nightly job calls the tip command (a second layer).
      assert.deepStrictEqual(cross.map((f: { path: string; line: number; severity: string }) => [f.path, f.line, f.severity]), [['commands/tip.js', 4, 'warning'], ['jobs/nightly.js', 3, 'warning']], `--jobs ${jobs}`);
      assert.match(cross[0].message, /sendToken\(…\) moves funds: it withdraws or sends in chain\.js:1\./);
    }
  });

  it('links the callers of a name that two files define once both move funds, the second through a call', async () => {
    const move = (name: string) => `async function ${name}(to, amount) {\n  return token.methods.transfer(to, amount).send({ from: hot.address });\n}\n`;
    const dir = workspace({
      'core/chain.js': move('moveTokens'),
      'wallets/hot.js': move('payOut'),
      // payOut here moves funds only through moveTokens: a mover of the second layer, under a name already looked for.
      'wallets/cold.js': "const { moveTokens } = require('../core/chain');\nasync function payOut(to, amount) {\n  return moveTokens(to, amount);\n}\n",
      'commands/pay.js': "const { payOut } = require('../wallets/hot');\nawait payOut(user.address, 5);\n",
    });
    const out = JSON.parse((await run(['scan', '--format', 'json'], env(dir))).stdout);
    const cross = out.findings.filter((f: { ruleId?: string; id?: string }) => (f.ruleId ?? f.id) === 'withdraw/wrapper-call');
    assert.deepStrictEqual(cross.map((f: { path: string; line: number }) => [f.path, f.line]), [['commands/pay.js', 2], ['wallets/cold.js', 3]]);
  });

  it("follows the cross-file fixture's chain three files deep, as the editor's integration test expects it", async () => {
    const dir = path.resolve(__dirname, '../../../../test/fixtures/workspaces/cross-file-bot');
    const out = JSON.parse((await run(['scan', '--format', 'json'], env(dir))).stdout);
    const cross = out.findings.filter((f: { ruleId?: string; id?: string }) => (f.ruleId ?? f.id) === 'withdraw/wrapper-call');
    // bin/cron.js calls nightly(), a fourth layer: not followed. commands/reward.js calls an ambiguous name.
    assert.deepStrictEqual(cross.map((f: { path: string; line: number; severity: string; message: string }) => `${f.path}:${f.line} ${f.severity} ${f.message}`), [
      'commands/tip.js:4 warning sendToken(…) moves funds: it withdraws or sends in chain.js:3.',
      'commands/withdraw.js:4 warning payUser(…) moves funds: it withdraws or sends in payout.js:3.',
      'jobs/nightly.js:4 warning processWithdraw(…) moves funds: it withdraws or sends in withdraw.js:3.',
      'services/payout.js:4 warning sendToken(…) moves funds: it withdraws or sends in chain.js:3.',
    ]);
  });

  it('skips minified and generated files unless --include-generated', async () => {
    const minified = `var a=1;${'f(function(e){return e});'.repeat(200)}\nconst BINANCE_API_SECRET = "${SECRET}";\n`;
    const dir = workspace({
      'static/_nuxt/app.js': `const BINANCE_API_SECRET = "${SECRET}";\n`,
      'web/vendor.min.js': `const BINANCE_API_SECRET = "${SECRET}";\n`,
      'dist/main.js.map': `{"sourcesContent": ["const BINANCE_API_SECRET = \\"${SECRET}\\";"]}\n`,
      'web/app.js': minified,
      'build/settings.py': `BINANCE_API_SECRET = "${SECRET}"\n`,
      // tsc's copy of a module is read; a webpack bundle in the same folder is not
      'dist/lib/client.js': `"use strict";\nconst BINANCE_API_SECRET = "${SECRET}";\nexports.secret = BINANCE_API_SECRET;\n`,
      'dist/server.js': `/******/ (() => {\nconst BINANCE_API_SECRET = "${SECRET}";\n/******/ })();\n`,
    });
    const skipped = JSON.parse((await run(['scan', '--format', 'json'], env(dir))).stdout);
    assert.deepStrictEqual(skipped.findings.map((f: { path: string }) => f.path).sort(), ['build/settings.py', 'dist/lib/client.js']);
    assert.deepStrictEqual(skipped.skipped.map((s: { path: string; reason: string }) => `${s.path} ${s.reason}`).sort(),
      ['dist/main.js.map generated', 'dist/server.js generated', 'static/_nuxt/app.js generated', 'web/app.js generated', 'web/vendor.min.js generated']);
    const all = JSON.parse((await run(['scan', '--format', 'json', '--include-generated'], env(dir))).stdout);
    assert.deepStrictEqual(all.findings.map((f: { path: string }) => f.path).sort(), ['build/settings.py', 'dist/lib/client.js', 'dist/main.js.map', 'dist/server.js', 'static/_nuxt/app.js', 'web/app.js', 'web/vendor.min.js']);
  });

  it('honours .gitignore in a git repository, and --no-gitignore', async () => {
    const dir = workspace({ '.gitignore': 'secrets/\n', 'secrets/bot.py': `BINANCE_API_SECRET = "${SECRET}"\n`, 'ok.py': 'x = 1\n' });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    assert.strictEqual((await run(['scan'], env(dir))).exitCode, 0);
    assert.strictEqual((await run(['scan', '--no-gitignore'], env(dir))).exitCode, 1);
  });

  it('honours .keyguardignore and skips vendored folders, binaries and oversized files', async () => {
    const dir = workspace({
      '.keyguardignore': 'fixtures/\n',
      'fixtures/bot.py': `BINANCE_API_SECRET = "${SECRET}"\n`,
      'node_modules/lib/index.js': `const BINANCE_API_SECRET = "${SECRET}";\n`,
      'big.py': `BINANCE_API_SECRET = "${SECRET}"\n` + '#'.repeat(3000),
    });
    fs.writeFileSync(path.join(dir, 'data.bin'), Buffer.from([0, 1, 2, 0, ...Buffer.from(`BINANCE_API_SECRET = "${SECRET}"`)]));
    const r = await run(['scan', '--max-file-size', '2'], env(dir));
    assert.strictEqual(r.exitCode, 0, r.stdout);
    assert.match(r.stdout, /skipped 2 \((?:1 too-large, 1 binary|1 binary, 1 too-large)\)/);
  });

  it('reports a tracked .env only when it lies inside the paths given', async () => {
    const dir = workspace({ 'demo/.env': `BINANCE_API_SECRET=${SECRET}\n`, 'src/bot.py': 'import os\n' });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', '.'], { cwd: dir });
    const whole = await run(['scan', '--format', 'json'], env(dir));
    assert.ok(JSON.parse(whole.stdout).findings.some((f: { path: string; id: string }) => f.path === 'demo/.env' && f.id.startsWith('gitignore/')), whole.stdout);
    const src = await run(['scan', 'src', '--format', 'json'], env(dir));
    assert.deepStrictEqual(JSON.parse(src.stdout).findings, []);
    assert.strictEqual(src.exitCode, 0);
    const demo = await run(['scan', 'demo', '--format', 'json'], env(dir));
    assert.ok(JSON.parse(demo.stdout).findings.some((f: { path: string; id: string }) => f.path === 'demo/.env' && f.id.startsWith('gitignore/')), demo.stdout);
  });

  it('--staged scans what is staged, not the working tree', async () => {
    const dir = workspace({ 'bot.py': `BINANCE_API_SECRET = "${SECRET}"\n` });
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir });
    git('init', '-q');
    git('add', 'bot.py');
    fs.writeFileSync(path.join(dir, 'bot.py'), 'import os\n');
    const r = await run(['scan', '--staged'], env(dir));
    assert.strictEqual(r.exitCode, 1);
    assert.match(r.stdout, /bot\.py:1:23/);
    const outside = await run(['scan', '--staged'], env(fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-nogit-'))));
    assert.strictEqual(outside.exitCode, 2);
    assert.match(outside.stderr, /needs a git repository/);
  });
});
