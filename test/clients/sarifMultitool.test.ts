// Microsoft's SARIF Multitool with GitHub's ingestion rules over KeyGuard's SARIF: 0 errors, 0 warnings.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../src/cli/run';
import { gitOk, randomSecret, ROOT, seconds, tempDir, writeFiles } from './helpers';

// Installed in test/tools by scripts/install-test-tools.sh (outside the main package: see its comment).
const MULTITOOL = path.join(ROOT, 'test', 'tools', 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

interface SarifLog {
  runs: Array<{ results: Array<{ ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }>; tool: { driver: { rules: Array<{ id: string }> } } }>;
}

describe('SARIF Multitool (validate --rule-kind "Gh;Sarif")', function () {
  this.timeout(120_000);

  before(function () {
    if (process.platform !== 'linux') {
      console.log(`      skipped: @microsoft/sarif-multitool-linux runs on Linux only (this is ${process.platform})`);
      this.skip();
    }
  });

  it('finds no error or warning in the SARIF of a workspace with every rule category', async () => {
    const dir = tempDir('sarif');
    const secret = randomSecret();
    writeFiles(dir, {
      'bot.py': `import ccxt\nBINANCE_API_SECRET = "${secret}"\nexchange = ccxt.binance()\nexchange.withdraw("USDT", 100, "0xabc")\n`,
      'wallet.js': `const PRIVATE_KEY = "0x${randomBytes(32).toString('hex')}";\n`,
      'config.py': `api_token = "${randomSecret(40)}"\n`,
      '.env': `KRAKEN_API_SECRET=${randomSecret(88)}\n`,
      'src/load.js': "require('dotenv').config();\n",
    });
    gitOk(dir, ['init', '-q']);
    gitOk(dir, ['add', '-A']);
    const r = await run(['scan', '--format', 'sarif'], { cwd: dir, isTTY: false, noColor: true, version: '1.2.3' });
    assert.strictEqual(r.exitCode, 1, r.stderr);
    assert.ok(!r.stdout.includes(secret));
    const log = JSON.parse(r.stdout) as SarifLog;
    const ruleIds = new Set(log.runs[0].results.map((x) => x.ruleId));
    const categories = new Set([...ruleIds].map((id) => id.split('/')[0]));
    assert.deepStrictEqual([...categories].sort(), ['gitignore', 'secret', 'withdraw'], [...ruleIds].join(', '));
    assert.ok(ruleIds.size >= 4, [...ruleIds].join(', '));

    const out = tempDir('sarif-report');
    fs.writeFileSync(path.join(out, 'keyguard.sarif'), r.stdout);
    fs.chmodSync(MULTITOOL, 0o755); // npm 11 does not run the package's chmod postinstall unless allowed
    const start = Date.now();
    const v = spawnSync(MULTITOOL, ['validate', 'keyguard.sarif', '--rule-kind', 'Gh;Sarif', '--output', 'report.sarif'], {
      cwd: out, encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    });
    console.log(`      multitool: ${seconds(start)}`);
    assert.strictEqual(v.status, 0, `${v.stdout}\n${v.stderr}`);
    const report = JSON.parse(fs.readFileSync(path.join(out, 'report.sarif'), 'utf8')) as SarifLog;
    const problems = report.runs[0].results.filter((x) => x.level === 'error' || x.level === 'warning' || x.level === undefined);
    assert.deepStrictEqual(problems.map((p) => `${p.ruleId} ${p.message.text ?? p.message.id} ${(p.message.arguments ?? []).join(' ')}`), []);
  });
});
