import * as assert from 'assert';
import fc from 'fast-check';
import { scanText, type Finding } from '../../../src/engine';

const KEY = 'u6WRx81a6Zx92Z04OA2t7sFSWcjxWPxBXC55IyqREMOXCh3uYIm8RNVUIIXgm3nX';
const SECRET = '7YtT3EhOhzX3N9tnKqZaHjiDIgnAKRAFzll9793aQf02twE5p4fQ0DvUWOIf3mXN';
const PATHS = ['bot.py', 'src/bot.ts', 'main.go', 'config.json', '.env', 'deploy.yaml', 'notes.md', 'x.ipynb', 'Dockerfile', 'tests/test_bot.py'];

/** Characters that make scanners trip: quotes, escapes, CR/LF, NUL, surrogates, RTL marks, key-ish runs. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('"', "'", '`', '\\', '\r', '\n', '\0', '=', ':', '{', '}', '#', '/', '*', ' ', 'a', 'Z', '9', '\uD800', '\u202E', 'x'), maxLength: 600 }),
  fc.array(fc.constantFrom('api_key = "', KEY, SECRET, '"\n', 'binance', 'Client(', ')', "secret='", '0x', 'withdraw(', '\r\n'), { maxLength: 40 }).map((a) => a.join('')),
);

/** 0-based line and column of an offset, with CRLF, LF and lone CR as line breaks (as VS Code counts). */
function lineCol(text: string, offset: number): [number, number] {
  const re = /\r\n|\r|\n/g;
  let line = 0, start = 0;
  for (let m = re.exec(text); m && m.index + m[0].length <= offset; m = re.exec(text)) {
    line++;
    start = m.index + m[0].length;
  }
  return [line, offset - start];
}

describe('engine properties (fast-check)', () => {
  it('never throws, and every finding lies inside the text with consistent line/column', () => {
    fc.assert(fc.property(nasty, fc.constantFrom(...PATHS), (text, path) => {
      const { findings } = scanText(text, { path });
      for (const f of findings) {
        assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, JSON.stringify(f.range));
        assert.deepStrictEqual([f.range.startLine, f.range.startColumn], lineCol(text, f.range.start));
        assert.deepStrictEqual([f.range.endLine, f.range.endColumn], lineCol(text, f.range.end));
      }
    }), { numRuns: 400 });
  });

  it('never puts a full secret in a finding', () => {
    fc.assert(fc.property(fc.constantFrom(...PATHS), fc.string({ maxLength: 30 }), (path, noise) => {
      const text = `${noise}\nclient = Client("${KEY}", "${SECRET}")\n`;
      const json = JSON.stringify(scanText(text, { path }).findings);
      assert.ok(!json.includes(KEY) && !json.includes(SECRET));
    }), { numRuns: 100 });
  });

  it('findings are stable under edits elsewhere in the file (lines added above and below)', () => {
    const core = `from binance.client import Client\nclient = Client("${KEY}", "${SECRET}")\n`;
    const signature = (fs: Finding[]) => fs.filter((f) => f.category === 'secret').map((f) => `${f.id} ${f.masked}`).sort();
    const expected = signature(scanText(core, { path: 'bot.py' }).findings);
    assert.strictEqual(expected.length, 2);
    const line = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789 _=+-*().,:[]'.split('')), maxLength: 60 });
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), fc.array(line, { maxLength: 30 }), (above, below) => {
      const prefix = above.map((l) => `${l}\n`).join('');
      const text = `${prefix}${core}${below.map((l) => `${l}\n`).join('')}`;
      const { findings } = scanText(text, { path: 'bot.py' });
      assert.deepStrictEqual(signature(findings), expected);
      const secrets = findings.filter((f) => f.category === 'secret');
      for (const f of secrets) assert.ok(f.range.start >= prefix.length && f.range.end <= prefix.length + core.length, 'the finding moved with the text');
    }), { numRuns: 200 });
  });
});
