// The editor's incremental rescan must give what a full scan gives, after every edit of a random sequence.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DETECTORS, IncrementalScan, scanWith, type TextChange } from '../../../../src/engine';
import { Rng } from '../../../../bench/random';

const ROOT = path.resolve(__dirname, '../../../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/workspaces');

/** The bench's seeded generator (mulberry32): the same edits on every run. */
const rng = (seed: number): Rng => new Rng(seed);

/** Every fixture file of one extension, whole. */
function fixtureTexts(ext: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(ext)) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(FIXTURES);
  return out;
}

/** Lines that make and break findings and multi-line constructs: secrets, PEM armour, docstrings, imports, calls. */
function snippets(r: Rng): string[] {
  return [
    `api_key = "${r.alnum(64)}"`,
    `BINANCE_API_SECRET = '${r.alnum(64)}'`,
    `exchange = ccxt.binance({"apiKey": "${r.alnum(64)}", "secret": "${r.alnum(64)}"})`,
    `    secret="${r.alnum(64)}",`,
    'import ccxt',
    'from binance.client import Client',
    'client.withdraw(coin="USDT", address=addr, amount=1)',
    'r = requests.post(BASE + "/sapi/v1/capital/withdraw/apply", params=p)',
    '"""',
    "'''",
    `-----BEGIN RSA PRIVATE KEY-----\n${r.alnum(64)}\n${r.alnum(64)}\n-----END RSA PRIVATE KEY-----`,
    `PRIVATE_KEY = "0x${'0123456789abcdef'.repeat(4)}"`,
    `msg = """\nkey = "${r.alnum(40)}"\n"""`,
    '# keyguard:allow',
    `token = '${r.alnum(5)}:${r.alnum(35)}'`,
    '    return sum(prices[-window:]) / window',
    // Keywords most texts lack: the rules they switch on start or stop running with the edit.
    `HUB = "hf_${r.alnum(36)}"`,
    `hook = "https://discord.com/api/webhooks/123456789012345678/${r.alnum(68)}"`,
  ];
}

/** A Python text of about `size` characters: bot code, fixtures, secrets, PEM blocks, docstrings, multi-line strings. */
function generated(r: Rng, size: number): string {
  const fixtures = fixtureTexts('.py');
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const pick = r.int(0, 9);
    const part = pick < 3 ? r.pick(fixtures)
      : pick < 5 ? `def f_${n}(prices, window=${r.int(1, 99)}):\n    """Average of the last window prices.\n\n    api_key = "${r.alnum(64)}"\n    """\n    return sum(prices[-window:]) / window\n`
        : pick < 6 ? `-----BEGIN EC PRIVATE KEY-----\n${r.alnum(64)}\n${r.alnum(40)}\n-----END EC PRIVATE KEY-----\n`
          : Array.from({ length: r.int(5, 40) }, () => r.pick(snippets(r))).join('\n') + '\n';
    parts.push(part);
    n += part.length;
  }
  return parts.join('\n');
}

/** One random edit of `text`: a character typed or deleted, a line inserted or removed, a span replaced. */
function randomEdit(r: Rng, text: string): TextChange {
  const at = r.int(0, text.length);
  switch (r.int(0, 5)) {
    case 0: return { start: at, end: at, text: r.pick(['a', '"', "'", '=', ' ', '\n', 'x', '#', '-']) };
    case 1: return { start: at, end: Math.min(text.length, at + r.int(1, 3)), text: '' };
    case 2: {
      const ls = text.lastIndexOf('\n', at - 1) + 1;
      return { start: ls, end: ls, text: r.pick(snippets(r)) + '\n' };
    }
    case 3: {
      const ls = text.lastIndexOf('\n', at - 1) + 1;
      const le = text.indexOf('\n', at);
      return { start: ls, end: le === -1 ? text.length : le + 1, text: '' };
    }
    case 4: return { start: at, end: Math.min(text.length, at + r.int(0, 40)), text: r.alnum(r.int(0, 30)) };
    default: return { start: at, end: at, text: r.alnum(1) };
  }
}

/** Applies random edits and compares the incremental findings with a full scan's after each one. */
function checkSequence(seed: number, text: string, file: string, edits: number): IncrementalScan {
  const r = rng(seed);
  const options = { path: file };
  const inc = new IncrementalScan(DETECTORS, text, options, 0);
  let current = text;
  for (let i = 0; i < edits; i++) {
    const change = randomEdit(r, current);
    current = current.slice(0, change.start) + change.text + current.slice(change.end);
    const got = inc.update(current, [change]);
    assert.deepStrictEqual(got, scanWith(DETECTORS, current, options), `seed ${seed}, edit ${i}: ${JSON.stringify({ ...change, text: change.text.slice(0, 20) })}`);
  }
  return inc;
}

describe('incremental rescan (property: equal to a full scan after every edit)', function () {
  this.timeout(600_000);

  it('generated Python texts with secrets, PEM blocks, docstrings and multi-line strings', () => {
    let partial = 0;
    for (const seed of [1, 2, 3]) {
      const inc = checkSequence(seed, generated(rng(seed * 7), 140_000), 'bot.py', 25);
      partial += inc.partialScans;
    }
    // The region rescan did run: the property covers it, not only the full-scan fallback.
    assert.ok(partial > 10, `partial rescans: ${partial}`);
  });

  it('every fixture file, repeated to editor size, in its own language', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(FIXTURES);
    files.sort().forEach((file, i) => {
      const body = fs.readFileSync(file, 'utf8');
      const text = Array.from({ length: Math.ceil(120_000 / Math.max(1, body.length)) }, () => body).join('\n');
      checkSequence(100 + i, text, path.relative(FIXTURES, file), 6);
    });
  });

  it('several changes in one event, or changes that do not fit the text, rescan the whole text', () => {
    const text = generated(rng(9), 100_000);
    const inc = new IncrementalScan(DETECTORS, text, { path: 'bot.py' }, 0);
    const next = 'x' + text.slice(0, 100) + 'y' + text.slice(100);
    const got = inc.update(next, [{ start: 100, end: 100, text: 'y' }, { start: 0, end: 0, text: 'x' }]);
    assert.deepStrictEqual(got, scanWith(DETECTORS, next, { path: 'bot.py' }));
    assert.strictEqual(inc.fullScans, 2);
    const wrong = inc.update(next + 'z', [{ start: 5, end: 5, text: 'q' }]);
    assert.deepStrictEqual(wrong, scanWith(DETECTORS, next + 'z', { path: 'bot.py' }));
    assert.strictEqual(inc.fullScans, 3);
  });

  it('a keyword the file did not hold is a region rescan; one that switches a file-wide rule is a full scan', () => {
    // Bot code without Hugging Face tokens or ccxt: typing a token line makes the token rule run on that line only.
    const body = Array.from({ length: 3000 }, (_, i) => `def f_${i}(prices, window=${i % 97}):\n    return sum(prices[-window:]) / window`).join('\n');
    const inc = new IncrementalScan(DETECTORS, body, { path: 'bot.py' });
    const at = body.indexOf('\n', body.length / 2) + 1;
    const line = `HUB = "hf_${rng(5).alnum(36)}"\n`;
    let text = body.slice(0, at) + line + body.slice(at);
    const got = inc.update(text, [{ start: at, end: at, text: line }]);
    assert.deepStrictEqual(got, scanWith(DETECTORS, text, { path: 'bot.py' }));
    assert.strictEqual(got.findings.length, 1, 'the new token is found');
    assert.deepStrictEqual([inc.partialScans, inc.fullScans], [1, 1]);
    // Deleting it again: the rule stops running, its finding goes.
    text = body;
    assert.deepStrictEqual(inc.update(text, [{ start: at, end: at + line.length, text: '' }]), scanWith(DETECTORS, text, { path: 'bot.py' }));
    assert.deepStrictEqual([inc.partialScans, inc.fullScans], [2, 1]);
    // `ccxt` switches rules on for the whole file (`requires.fileContains`): only a full scan is certain.
    const imp = 'import ccxt\n';
    text = body.slice(0, at) + imp + body.slice(at);
    assert.deepStrictEqual(inc.update(text, [{ start: at, end: at, text: imp }]), scanWith(DETECTORS, text, { path: 'bot.py' }));
    assert.deepStrictEqual([inc.partialScans, inc.fullScans], [2, 2]);
  });

  it('a one-character edit in the middle of a long file is a region rescan', () => {
    const text = generated(rng(11), 200_000);
    const inc = new IncrementalScan(DETECTORS, text, { path: 'bot.py' });
    const mid = text.indexOf('\n', text.length / 2) + 1;
    const next = text.slice(0, mid) + 'z' + text.slice(mid);
    assert.deepStrictEqual(inc.update(next, [{ start: mid, end: mid, text: 'z' }]), scanWith(DETECTORS, next, { path: 'bot.py' }));
    assert.strictEqual(inc.partialScans, 1);
  });
});
