import * as assert from 'assert';
import { formatSize, formatText, shownValue } from '../../../src/cli/formatText';
import type { FileFinding } from '../../../src/engine';
import { scanFiles } from '../../../src/engine/workspace/scanFiles';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

describe('CLI text output', () => {
  it('shows a withdrawal call as written (not a secret) and a secret masked', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-text-'));
    fs.writeFileSync(path.join(dir, 'bot.py'), 'import ccxt\nex = ccxt.kraken(c)\nex.withdraw("BTC", 1, addr)\nTOKEN = "7087522179:AA0DkBHd8NeYvrEfWQ69XrxGAtNedF794LA"\n');
    const result = await scanFiles(dir, ['bot.py'], { maxBytes: 1 << 20 });
    const text = formatText({ ...result, skipped: [], notes: [], scannedFiles: 1, scannedBytes: 120 } as never, false);
    assert.match(text, /Kraken withdrawal call {2}withdraw {2}withdraw\/library-call/);
    assert.doesNotMatch(text, /wi…aw|withdrawal call {2}… /);
    assert.match(text, /Telegram bot token {2}7087…94LA/);
    assert.ok(!text.includes('AA0DkBHd8NeYvrEfWQ69XrxGAtNedF794LA'));
    assert.match(text, /in 1 file \(1 KB\)/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shownValue: masked for secrets, the name for the rest', () => {
    assert.strictEqual(shownValue({ category: 'secret', masked: 'abcd…wxyz', assignedName: 'KEY' } as FileFinding), 'abcd…wxyz');
    assert.strictEqual(shownValue({ category: 'withdraw', masked: '…', assignedName: 'withdraw' } as FileFinding), 'withdraw');
  });

  it('prints sizes under 0.1 MB in KB, larger ones in MB', () => {
    assert.strictEqual(formatSize(0), '0 KB');
    assert.strictEqual(formatSize(300), '1 KB');
    assert.strictEqual(formatSize(37 * 1024), '37 KB');
    assert.strictEqual(formatSize(0.1 * 1_048_576), '0.1 MB');
    assert.strictEqual(formatSize(5 * 1_048_576), '5.0 MB');
  });
});
