import * as assert from 'assert';
import { scanText } from '../../../../src/engine';
import { moveToEnvTitle, moveToVaultTitle, plannedEnvNames } from '../../../../src/engine/fixes/moveTitle';

// Random-looking test values made for this file.
const KEY = 'pQ7rT2vX9kL4mN8bC3dF6gH1jK5sW0zYaE2uI7oR4tY9pL3kJ8hG6fD1sA5qZ0xC';
const SECRET = 'Zx8Cv2Bn6Mq4Wr9Ty3Ui7Op1As5Df0Gh2Jk4Lz6Xc8Vb1Nm3Qw5Er7Ty9Ui0OpAs';

/** Names the move of every secret in `text` would write, given the current .env. */
function names(text: string, path: string, env?: string): string[] {
  const findings = scanText(text, { path }).findings.filter((f) => f.category === 'secret');
  assert.ok(findings.length > 0, `the example must have a secret: ${path}`);
  return plannedEnvNames(text, path, findings, env);
}

describe('move action titles', () => {
  it('a freqtrade config names the FREQTRADE__EXCHANGE__* variables the move writes, not the Binance names', () => {
    const text = `{\n  "max_open_trades": 3,\n  "exchange": {\n    "name": "binance",\n    "key": "${KEY}",\n    "secret": "${SECRET}"\n  }\n}\n`;
    const title = moveToEnvTitle(names(text, 'user_data/config.json'));
    assert.strictEqual(title, 'Move to environment variables FREQTRADE__EXCHANGE__KEY and FREQTRADE__EXCHANGE__SECRET');
    assert.doesNotMatch(title, /BINANCE_API/);
  });

  it('a clash with another value in .env names the NAME_2 the move writes', () => {
    const text = `BINANCE_API_SECRET = "${SECRET}"\n`;
    assert.deepStrictEqual(names(text, 'bot.py', 'BINANCE_API_SECRET=other\n'), ['BINANCE_API_SECRET_2']);
    assert.deepStrictEqual(names(text, 'bot.py'), ['BINANCE_API_SECRET']);
  });

  it('titles list names naturally', () => {
    assert.strictEqual(moveToEnvTitle(['A']), 'Move to environment variable A');
    assert.strictEqual(moveToVaultTitle(['A', 'B', 'C']), 'Move A, B and C to KeyGuard secret storage');
  });

  it('a move that would refuse (an env file) falls back to the findings\' names', () => {
    const text = `BINANCE_API_SECRET=${SECRET}\n`;
    assert.deepStrictEqual(names(text, '.env'), ['BINANCE_API_SECRET']);
  });
});
