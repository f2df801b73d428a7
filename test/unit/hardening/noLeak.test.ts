import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run, type RunEnv } from '../../../src/cli/run';
import { ALL_DETECTORS } from '../../../src/engine';
import { startMockExchange } from '../../mock-exchange/server';
import { parseExample } from '../exampleParser';

const cliEnv = (cwd: string, processEnv: NodeJS.ProcessEnv = {}): RunEnv => ({ cwd, isTTY: false, noColor: true, version: '9.9.9', processEnv });

/** The secret spans of every detector's positive examples, each written to its own file. */
function plantEverySecret(dir: string): string[] {
  const secrets: string[] = [];
  let n = 0;
  for (const d of ALL_DETECTORS) {
    if (!d.id.startsWith('secret/')) continue;
    for (const ex of d.examples.positive) {
      const { text, path: p, spans } = parseExample(ex);
      const file = path.join(dir, `case${n++}`, p ?? 'bot.py');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      for (const [s, e] of spans) if (e - s >= 12) secrets.push(text.slice(s, e));
    }
  }
  return secrets;
}

/** Values that leaked into an output: the whole secret, or 12 characters of it beyond what the mask shows. */
function leaks(output: string, secrets: readonly string[]): string[] {
  return secrets.filter((s) => {
    // A PEM key's mask shows its header line: look for its body instead.
    const v = s.startsWith('-----BEGIN') ? s.replace(/-----(?:BEGIN|END)[A-Z0-9 ]*-----/g, '').replace(/\\n|\s/g, '') : s;
    return output.includes(s) || (v.length >= 20 && output.includes(v.slice(4, 16)));
  });
}

describe('no secret leaks from any output', function () {
  this.timeout(120_000);

  it('keyguard scan in text, JSON and SARIF shows every planted secret masked only', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-leak-')));
    const secrets = plantEverySecret(dir);
    assert.ok(secrets.length > 50, `only ${secrets.length} secrets planted`);
    for (const format of ['text', 'json', 'sarif']) {
      const r = await run(['scan', '--no-gitignore', '--format', format, '.'], cliEnv(dir));
      assert.strictEqual(r.exitCode, 1, `${format}: ${r.stderr}`);
      assert.ok(r.stdout.length > 1000, `${format} output is suspiciously short`);
      assert.deepStrictEqual(leaks(r.stdout + r.stderr, secrets).map((s) => `${s.slice(0, 4)}…`), [], `${format} output leaks`);
    }
  });

  it('keyguard check-key never echoes the key or secret, in success or failure', async () => {
    const key = 'Zq7xW2eR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP3aS6dF9g';
    const secret = 'Mv4bN7mQ0wE3rT6yU9iO2pA5sD8fG1hJ4kL7zX0cV3bN6mQ9wE2rT5yU8iO1pA4s';
    const mock = await startMockExchange({ [key]: { secret, restrictions: { enableWithdrawals: true } } });
    try {
      for (const [k, s] of [[key, secret], [key, 'W'.repeat(64)], ['Q'.repeat(64), secret]]) {
        for (const format of ['text', 'json']) {
          const r = await run(['check-key', '--exchange', 'binance', '--base-url', mock.url, '--format', format], cliEnv(process.cwd(), { KEYGUARD_TEST_LOOPBACK: '1', BINANCE_API_KEY: k, BINANCE_API_SECRET: s }));
          assert.ok(r.exitCode === 1 || r.exitCode === 2, `${format}: exit ${r.exitCode} ${r.stderr}`);
          assert.deepStrictEqual(leaks(r.stdout + r.stderr, [k, s]), [], `${format} check-key output leaks`);
        }
      }
    } finally {
      await mock.close();
    }
  });
});
