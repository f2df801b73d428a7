// A file name is attacker-chosen text: printed raw, a newline and ANSI escapes in it faked a
// "No findings" line and cleared the terminal. Every printed path and message is escaped.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { printable } from '../../../src/engine';
import { run, type RunEnv } from '../../../src/cli/run';

const SECRET = 'Qm3Vx8Lz1Rk6Tb4Nw9Hc2Jy7Pd5Fs0Ga8Ke3Uo6Xi1Mq4Zt7Wv2Cn9Bh5Dl0Ry3Ep';
const EVIL = 'bot\nNo findings in 1 file (0.0 MB)\x1b[2J\x1b[H\u202e\x9b.py';

const env = (cwd: string, color = false): RunEnv => ({ cwd, isTTY: color, noColor: !color, version: '9.9.9' });

describe('control characters in printed names and messages', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-ctl-'));
    fs.writeFileSync(path.join(dir, EVIL), `BINANCE_API_SECRET = "${SECRET}"\n`);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('escapes C0, DEL, C1 and bidi controls, and leaves other text alone', () => {
    assert.strictEqual(printable('a\nb\rc\td\x1b[2Je\x7ff\x9bg\u202eh\u2066i'), 'a\\nb\\rc\\td\\x1b[2Je\\x7ff\\x9bg\\u202eh\\u2066i');
    assert.strictEqual(printable('bot.py: Binance API secret 7YtT…3mXN — ‹12-word phrase› ü 日本'), 'bot.py: Binance API secret 7YtT…3mXN — ‹12-word phrase› ü 日本');
  });

  it('a file named with a newline and ANSI escapes prints as one escaped name, in plain and colour output', async () => {
    for (const color of [false, true]) {
      const r = await run(['scan', ...(color ? ['--color'] : [])], env(dir, color));
      assert.ok(r.exitCode === 1, r.stderr);
      const text = color ? r.stdout.replace(/\x1b\[[0-9;]*m/g, '') : r.stdout; // our own colour codes only
      assert.ok(!/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/.test(text), JSON.stringify(text));
      assert.ok(!text.split('\n').some((line) => line.startsWith('No findings')), 'a fake "No findings" line');
      assert.ok(text.includes('bot\\nNo findings in 1 file (0.0 MB)\\x1b[2J\\x1b[H\\u202e\\x9b.py:1:'), text);
      assert.match(text, /^1 finding \(1 \w+\) in 1 file/m);
    }
  });

  it('escapes a path named in an error message', async () => {
    const r = await run(['scan', 'gone\n\x1b[2Jok'], env(dir));
    assert.strictEqual(r.exitCode, 2);
    assert.ok(r.stderr.includes('gone\\n\\x1b[2Jok'), r.stderr);
    assert.ok(!r.stderr.includes('\x1b'));
  });
});
