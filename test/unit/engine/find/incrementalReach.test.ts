// The incremental rescan's region is bounded per rule (find/reach.ts): edits whose effect lies far from them must
// still give the full scan's findings. Each case would fail with a region that stops short of what the rule reads.
import * as assert from 'assert';
import { DETECTORS, IncrementalScan, scanWith, type TextChange } from '../../../../src/engine';
import { Rng } from '../../../../bench/random';

/** Plain Python functions without keywords: padding that makes the region a small part of the text. */
function pythonFiller(from: number, count: number): string {
  return Array.from({ length: count }, (_, i) => `def f_${from + i}(prices, window=${(from + i) % 97}):\n    return sum(prices[-window:]) / window\n`).join('');
}

/** Plain PHP functions without keywords. */
function phpFiller(from: number, count: number): string {
  return Array.from({ length: count }, (_, i) => `public function f${from + i}($x)\n{\n    return $x + ${i};\n}\n`).join('');
}

/** The change that replaces the first `find` after `after` by `replace`. */
function replacing(text: string, find: string, replace: string, after = 0): TextChange {
  const start = text.indexOf(find, after);
  assert.ok(start !== -1, `"${find}" is in the text`);
  return { start, end: start + find.length, text: replace };
}

/** Applies the changes one by one and compares each result with a full scan's; returns the scanner. */
function check(text: string, path: string, changes: Array<(current: string) => TextChange>): { inc: IncrementalScan; counts: number[]; ids: string[][] } {
  const inc = new IncrementalScan(DETECTORS, text, { path }, 0);
  const counts = [inc.current.findings.length];
  const ids = [inc.current.findings.map((f) => f.id)];
  let current = text;
  changes.forEach((make, i) => {
    const change = make(current);
    current = current.slice(0, change.start) + change.text + current.slice(change.end);
    const got = inc.update(current, [change]);
    assert.deepStrictEqual(got, scanWith(DETECTORS, current, { path }), `change ${i}`);
    counts.push(got.findings.length);
    ids.push(got.findings.map((f) => f.id));
  });
  return { inc, counts, ids };
}

describe('incremental rescan: edits far from the findings they change', function () {
  this.timeout(120_000);
  const r = new Rng(2207);

  it('an edit in a PEM body, 3,600 characters after its BEGIN line, drops the key; typing its last dash completes it', () => {
    // (A PEM key's window reaches 4,096 characters past its BEGIN line: a longer block is no key.)
    const body = Array.from({ length: 60 }, () => r.base64(64)).join('\n');
    const pem = `KEY = """\n-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n"""\n`;
    const text = pythonFiller(0, 4000) + pem + pythonFiller(4000, 4000);
    const far = body.split('\n')[55];
    const { inc, counts } = check(text, 'keys.py', [
      (t) => replacing(t, far, 'example' + far.slice(7)),
      (t) => replacing(t, 'example', far.slice(0, 7)),
      (t) => replacing(t, 'END RSA PRIVATE KEY-----', 'END RSA PRIVATE KEY----'),
      (t) => replacing(t, 'END RSA PRIVATE KEY----', 'END RSA PRIVATE KEY-----'),
    ]);
    assert.deepStrictEqual(counts, [1, 0, 1, 0, 1]);
    assert.strictEqual(inc.partialScans, 2, 'the body lines hold no armour: region rescans');
  });

  it('a triple-quoted string opened or closed far before a finding changes its context', () => {
    const secret = `api_key = "${r.alnum(40)}"\n`;
    const text = pythonFiller(0, 300) + 'NOTES = 1\n' + pythonFiller(300, 60) + secret + pythonFiller(400, 300);
    check(text, 'bot.py', [
      (t) => replacing(t, 'NOTES = 1', '"""NOTES'),
      (t) => replacing(t, '"""NOTES', 'NOTES = 1'),
    ]);
  });

  it('a request verb 75 lines below an ambiguous withdrawal path decides it', () => {
    const method = `public function payoutRequest($req)\n{\n    $resourcePath = '/withdrawals';\n${'    $headers[] = $this->header($req);\n'.repeat(75)}    return new Request('POST', $this->host . $resourcePath, $headers, $body);\n}\n`;
    const text = phpFiller(0, 600) + method + phpFiller(600, 600);
    const { inc, counts } = check(text, 'src/Api/PayoutApi.php', [
      (t) => replacing(t, "'POST'", "'GET'"),
      (t) => replacing(t, "'GET'", "'POST'"),
    ]);
    assert.deepStrictEqual(counts, [1, 0, 1]);
    assert.strictEqual(inc.partialScans, 2);
  });

  it('a Firebase config word anywhere in the file makes an API key a public web key', () => {
    const key = `GEMINI_KEY = "AIza${r.alnum(35)}"\n`;
    const text = key + pythonFiller(0, 800) + 'CONFIG = 1\n' + pythonFiller(800, 200);
    const { ids } = check(text, 'ai.py', [
      (t) => replacing(t, 'CONFIG = 1', 'CONFIG = {"authDomain": "x"}'),
      (t) => replacing(t, 'CONFIG = {"authDomain": "x"}', 'CONFIG = 1'),
    ]);
    assert.deepStrictEqual(ids, [['secret/google-api-key'], ['secret/firebase-web-key'], ['secret/google-api-key']]);
  });

  it('an exchange named closer to a value claimed by two exchanges wins it, 2,000 characters away', () => {
    const secret = Array.from({ length: 32 }, () => '0123456789ABCDEF'[r.int(0, 15)]).join('');
    const text = pythonFiller(0, 300) + 'import okx.Account as Account\n' + pythonFiller(300, 12) + 'NOTE = 1\n'
      + pythonFiller(312, 25) + `CFG = {"secret": "${secret}"}\n` + 'BYBIT_NOTE = "see bybit_bot.py"\n' + pythonFiller(400, 300);
    const { inc } = check(text, 'bots.py', [
      (t) => replacing(t, 'NOTE = 1', 'NOTE = "bybit"'),
      (t) => replacing(t, 'NOTE = "bybit"', 'NOTE = 1'),
    ]);
    const ids = (t: string): string[] => scanWith(DETECTORS, t, { path: 'bots.py' }).findings.map((f) => f.id);
    assert.deepStrictEqual(ids(text), ['secret/okx-api-secret']);
    assert.deepStrictEqual(ids(text.replace('NOTE = 1', 'NOTE = "bybit"')), ['secret/bybit-api-secret']);
    assert.strictEqual(inc.partialScans, 2);
  });

  it('a suppression comment above a long line drops a finding far along it', () => {
    const long = `${'x = 1; '.repeat(3000)}api_key = "${r.alnum(40)}"\n`;
    const text = pythonFiller(0, 400) + 'y = 2\n' + long + pythonFiller(400, 400);
    const { counts } = check(text, 'bot.py', [
      (t) => replacing(t, 'y = 2', '# keyguard:allow'),
      (t) => replacing(t, '# keyguard:allow', 'y = 2'),
    ]);
    assert.deepStrictEqual(counts, [1, 0, 1]);
  });

  it('a keystroke in bot code rescans a few thousand characters, not the 22,000 of one global reach', () => {
    // The bench's incremental text (bench/run.ts): functions reading a key from the environment, orders.
    const lines: string[] = [];
    for (let i = 0; lines.length < 5000; i++) {
      lines.push(`def f_${i}(prices, window=${r.int(1, 99)}):`, `    api_key = os.environ["BINANCE_API_KEY"]  # key ${r.hex(8)}`,
        '    return sum(prices[-window:]) / window', `order = exchange.create_order("BTC/USDT", "limit", "buy", 0.01, ${r.int(20000, 70000)})`);
    }
    const text = lines.join('\n');
    const at = text.indexOf('\n', text.length / 2) + 5;
    const { inc } = check(text, 'bot.py', [() => ({ start: at, end: at, text: 'a' })]);
    assert.strictEqual(inc.partialScans, 1);
    assert.ok(inc.lastRegion < 10_000, `region ${inc.lastRegion}`);
  });
});
