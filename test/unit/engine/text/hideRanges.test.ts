import * as assert from 'assert';
import { hideRanges, LineHider, type FileKind } from '../../../../src/engine';

// Random values generated for these tests; none is a real credential.
const A = 'NVaZ3tF9zF18dqoLtKxeKSCyN_azF438';
const B = '3h-333m24LEwYqAcs-6kSueUkUnOR2tt';
const C = 'INoyaGZh8p77oGgAuRK0tvM-W7qF8miO';

/** The hidden text of each span, so a test reads as "these strings are hidden". */
function hidden(text: string, kind: FileKind, extra: Parameters<typeof hideRanges>[1] = { kind }): string[] {
  const lines = text.split('\n');
  return hideRanges(text, { ...extra, kind }).map((s) => lines[s.line].slice(s.start, s.end));
}

describe('hideRanges (screen-share mode)', () => {
  it('hides every value of an env file, named like a credential or not, quoted or bare', () => {
    const text = [
      '# exchange keys', `BINANCE_API_KEY=${A}`, `export DB_HOST="db.internal"`, `WEIRD_NAME='${B}'  # note`,
      'EMPTY=', `PLAIN=${C} # trailing comment`, 'NOT AN ASSIGNMENT',
    ].join('\n');
    assert.deepStrictEqual(hidden(text, 'env'), [A, 'db.internal', B, C]);
  });

  it('keeps CRLF line ends out of the spans', () => {
    assert.deepStrictEqual(hidden(`KEY=${A}\r\nOTHER=${B}\r\n`, 'env'), [A, B]);
  });

  it('hides quoted values under credential-named keys in code, and only quoted ones', () => {
    const text = [
      `api_key = "${A}"`, `client = Client(api_secret='${B}', timeout=30)`, 'token = get_token()',
      `symbol = "BTC/USDT"`, `self.passphrase = f"${C}"`, 'if token == "abcdefgh": pass',
    ].join('\n');
    assert.deepStrictEqual(hidden(text, 'python'), [A, B, C]);
  });

  it('hides JSON, YAML and TOML values under credential-named keys', () => {
    assert.deepStrictEqual(hidden(`{\n  "exchange": "binance",\n  "apiKey": "${A}", "secret": "${B}"\n}`, 'json'), [A, B]);
    assert.deepStrictEqual(hidden(`exchange: kraken\nprivate_key: ${A}\nuse_auth: true\ndb_password: two words # c`, 'yaml'), [A, 'two words']);
    assert.deepStrictEqual(hidden(`[bot]\nname = "grid"\nsecret_key = "${C}"`, 'toml'), [C]);
  });

  it('hides the given findings and every occurrence of a known value, even in unnamed places', () => {
    const text = `print("${A}")\nlog(${JSON.stringify(A)})\nx = 1`;
    assert.deepStrictEqual(hidden(text, 'python', { kind: 'python', values: [A] }), [A, A]);
    const at = text.indexOf('x = 1');
    assert.deepStrictEqual(hidden(text, 'python', { kind: 'python', findings: [{ start: at, end: at + 5 }] }), ['x = 1']);
  });

  it('ignores known values too short to search for', () => {
    assert.deepStrictEqual(hidden('print("abc")', 'python', { kind: 'python', values: ['abc'] }), []);
  });

  it('cuts a multi-line value into one span per line and merges overlaps', () => {
    const text = `key = """\n${A}\n${B}\n"""`;
    const start = text.indexOf(A);
    const end = text.indexOf(B) + B.length;
    const spans = hideRanges(text, { kind: 'python', findings: [{ start, end }, { start: start + 2, end: start + 8 }], values: [B] });
    assert.deepStrictEqual(spans, [{ line: 1, start: 0, end: A.length }, { line: 2, start: 0, end: B.length }]);
  });

  it('returns nothing for text without secrets', () => {
    assert.deepStrictEqual(hideRanges('def f(x):\n    return x + 1\n', { kind: 'python' }), []);
  });
});

describe('LineHider (screen-share mode, per keystroke)', () => {
  it('recomputes only spliced lines and agrees with a whole-text pass after edits', () => {
    const lines = ['x = 1', `api_key = "${A}"`, 'y = 2'];
    const hider = new LineHider('python', [B], lines);
    // Typing a new credential line between the two, and a known value on the last line.
    hider.splice(2, 0, [`secret = '${C}'`]);
    hider.splice(3, 1, [`log("${B}")`]);
    const text = ['x = 1', `api_key = "${A}"`, `secret = '${C}'`, `log("${B}")`].join('\n');
    assert.strictEqual(hider.lineCount, 4);
    assert.deepStrictEqual(hider.spans(), hideRanges(text, { kind: 'python', values: [B] }));
    assert.deepStrictEqual(hider.spans().map((s) => s.line), [1, 2, 3]);
  });

  it('searches each line of a multi-line known value (a PEM key) on its own', () => {
    const hider = new LineHider('text', [`-----BEGIN KEY-----\n${A}\n${B}\n-----END KEY-----`], ['k = """', A, B, '"""']);
    assert.deepStrictEqual(hider.spans().map((s) => s.line), [1, 2]);
  });
});
