import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run, type RunEnv } from '../../../src/cli/run';
import { addIgnoreEntry, scanText } from '../../../src/engine';
import { listFiles } from '../../../src/engine/workspace/node/listFiles';
import { scanFiles } from '../../../src/engine/workspace/scanFiles';
import { decodeText, readTextFile } from '../../../src/engine/workspace/node/readTextFile';

const KEY = 'u6WRx81a6Zx92Z04OA2t7sFSWcjxWPxBXC55IyqREMOXCh3uYIm8RNVUIIXgm3nX';
const SECRET = '7YtT3EhOhzX3N9tnKqZaHjiDIgnAKRAFzll9793aQf02twE5p4fQ0DvUWOIf3mXN';
const LINE = `BINANCE_API_SECRET = "${SECRET}"\n`;

/** The temp folders made, removed after the suite (one of them holds 200 MB of packages). */
const made: string[] = [];

/** A fresh temp folder. */
function tmp(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-bad-')));
  made.push(dir);
  return dir;
}

const ids = (text: string, p = 'bot.py') => scanText(text, { path: p }).findings.map((f) => f.id);
const cliEnv = (cwd: string): RunEnv => ({ cwd, isTTY: false, noColor: true, version: '9.9.9' });

describe('bad input', function () {
  this.timeout(120_000);
  after(() => { for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true }); });

  it('binary content (NUL bytes) is skipped with a reason, not scanned as text', () => {
    const buf = Buffer.concat([Buffer.from(LINE), Buffer.from([0, 1, 2, 0]), Buffer.from(LINE)]);
    assert.deepStrictEqual(decodeText(buf), { skipped: 'binary' });
  });

  it('invalid UTF-8 decodes with replacement characters and the secret on another line is still found', () => {
    const buf = Buffer.concat([Buffer.from('name = "'), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80]), Buffer.from('"\n'), Buffer.from(LINE)]);
    const read = decodeText(buf);
    assert.ok('text' in read);
    assert.deepStrictEqual(ids(read.text), ['secret/binance-api-secret']);
  });

  it('UTF-16 LE and BE with BOM are decoded and scanned', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINE, 'utf16le')]);
    const be = Buffer.from(le);
    be.subarray(2).swap16();
    be[0] = 0xfe; be[1] = 0xff;
    for (const buf of [le, be]) {
      const read = decodeText(buf);
      assert.ok('text' in read, 'decoded');
      assert.deepStrictEqual(ids(read.text), ['secret/binance-api-secret']);
    }
  });

  it('mixed line endings (CRLF, LF, lone CR) give the positions VS Code shows', () => {
    const text = `a = 1\r\nb = 2\rc = 3\n${LINE}`;
    const [f] = scanText(text, { path: 'bot.py' }).findings;
    assert.strictEqual(text.slice(f.range.start, f.range.end), SECRET);
    assert.strictEqual(f.range.startLine, 3);
  });

  it('a 20 MB file is skipped as too large from disk, and scans fine when asked to', () => {
    const dir = tmp();
    const big = `${'x = 1\n'.repeat(20 * 1024 * 1024 / 6)}${LINE}`;
    fs.writeFileSync(path.join(dir, 'big.py'), big);
    const read = readTextFile(path.join(dir, 'big.py'), 2048 * 1024);
    assert.strictEqual('skipped' in read && read.skipped, 'too-large');
    assert.deepStrictEqual(ids(big), ['secret/binance-api-secret']);
  });

  it('a 5 MB single-line JSON with a secret deep inside is scanned', () => {
    const items = Array.from({ length: 80_000 }, (_, i) => `{"id":${i},"symbol":"BTCUSDT","price":"${(i * 1.5).toFixed(2)}","note":"fill"}`);
    items.splice(60_000, 0, `{"exchange":{"name":"binance","key":"${KEY}","secret":"${SECRET}"}}`);
    const text = `[${items.join(',')}]`;
    assert.ok(text.length > 5_000_000);
    const found = ids(text, 'dump.json');
    assert.ok(found.includes('secret/binance-api-secret'), JSON.stringify(found));
  });

  it('a notebook with broken JSON is still scanned as text', () => {
    const text = `{"cells": [{"cell_type": "code", "source": ["from binance.client import Client\\n", "client = Client('${KEY}', '${SECRET}')\\n"`;
    assert.ok(ids(text, 'analysis.ipynb').includes('secret/binance-api-secret'));
  });

  it('odd .gitignore patterns neither throw nor hide the file they do not match', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, '.gitignore'), '[\n\\\n!\n**/\n#\n \n/**/*.{py\n!*.py\n[z-a]\n');
    fs.writeFileSync(path.join(dir, 'bot.py'), LINE);
    const list = await listFiles(dir, { useGit: false });
    assert.ok(list.files.includes('bot.py'), JSON.stringify(list.files));
    assert.strictEqual(addIgnoreEntry('[\n!\n', '.env', {}).startsWith('[\n!\n'), true, 'adding .env keeps the odd lines byte for byte');
  });

  it('symlink loops are not followed', async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a', 'bot.py'), LINE);
    fs.symlinkSync(dir, path.join(dir, 'a', 'loop'));
    fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'a', 'self'));
    const list = await listFiles(dir, { useGit: false });
    assert.deepStrictEqual(list.files, ['a/bot.py']);
  });

  it('a file deleted while a scan runs is recorded as skipped; the scan goes on', async () => {
    const dir = tmp();
    for (const n of ['a.py', 'b.py', 'c.py']) fs.writeFileSync(path.join(dir, n), LINE);
    let calls = 0;
    const result = await scanFiles(dir, ['a.py', 'b.py', 'c.py'], {
      maxBytes: 1 << 20,
      cancelled: () => {
        if (++calls === 2) fs.rmSync(path.join(dir, 'b.py'));
        return false;
      },
    });
    assert.deepStrictEqual(result.findings.map((f) => f.path), ['a.py', 'c.py']);
    assert.deepStrictEqual(result.skipped.map((s) => [s.path, s.reason]), [['b.py', 'unreadable']]);
  });

  it('a workspace of 50,000 files is listed and scanned, and a cancelled scan stops early', async () => {
    const dir = tmp();
    for (let d = 0; d < 50; d++) {
      fs.mkdirSync(path.join(dir, `pkg${d}`));
      for (let f = 0; f < 1000; f++) fs.writeFileSync(path.join(dir, `pkg${d}`, `m${f}.py`), f === 500 && d === 25 ? LINE : `VALUE_${f} = ${f}\n`);
    }
    const list = await listFiles(dir, { useGit: false });
    assert.strictEqual(list.files.length, 50_000);
    const full = await scanFiles(dir, list.files, { maxBytes: 1 << 20 });
    assert.strictEqual(full.scannedFiles, 50_000);
    assert.deepStrictEqual(full.findings.map((f) => f.path), ['pkg25/m500.py']);
    let seen = 0;
    const cancelled = await scanFiles(dir, list.files, { maxBytes: 1 << 20, cancelled: () => ++seen > 1000 });
    assert.strictEqual(cancelled.scannedFiles, 1000);
  });

  it('the CLI says what is wrong with a missing path and exits 2, without a stack trace', async () => {
    const r = await run(['scan', path.join(tmp(), 'nope')], cliEnv(tmp()));
    assert.strictEqual(r.exitCode, 2);
    assert.ok(!/\n\s+at /.test(r.stderr), r.stderr);
  });
});
