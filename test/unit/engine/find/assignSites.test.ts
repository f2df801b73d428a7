import * as assert from 'assert';
import fc from 'fast-check';
import { ALL_DETECTORS } from '../../../../src/engine';
import { ASSIGN_SITE, findAssignSites, matchAfterSites } from '../../../../src/engine/find/assignSites';
import { NameClassifier } from '../../../../src/engine/find/nameClassifier';
import type { PatternSpec } from '../../../../src/engine/defineDetector';
import { acceptsName } from '../../../../src/engine/judge/nameTest';

const ASSIGN_PATTERNS: PatternSpec[] = ALL_DETECTORS.flatMap((d) => d.patterns.filter((p) => p.afterAssign));
const classifier = new NameClassifier(ASSIGN_PATTERNS);

/** What one global run of the pattern's whole regex finds, name tests applied: the reference behaviour. */
function byWholeRegex(p: PatternSpec, text: string): string[] {
  const out: string[] = [];
  const re = new RegExp(p.re.source, p.re.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Each site form has its own name group (name0…): the one that matched holds the name.
    const name = Object.entries(m.groups ?? {}).find(([k, v]) => /^name\d$/.test(k) && v !== undefined)?.[1] ?? '';
    if (!p.name || !acceptsName(p, name)) continue;
    const span = m.indices?.groups?.v ?? m.indices?.[0];
    out.push(`${span?.[0]}-${span?.[1]} ${name}`);
  }
  return out;
}

/** What the scanner's one-pass assignment search finds for the same pattern. */
function bySites(p: PatternSpec, text: string): string[] {
  const sites = findAssignSites(text);
  const candidates = classifier.candidates(sites, ASSIGN_PATTERNS.map(() => true))[classifier.indexOf(p)];
  return matchAfterSites(text, sites, candidates, p.afterAssign!).map(({ m, site }) => {
    const span = m.indices?.groups?.v ?? m.indices?.[0];
    return `${span?.[0]}-${span?.[1]} ${sites.name[site]}`;
  });
}

const KEY64 = 'u6WRx81a6Zx92Z04OA2t7sFSWcjxWPxBXC55IyqREMOXCh3uYIm8RNVUIIXgm3nX';
/** Pieces of assignments: names each pattern accepts or rejects, operators, quotes, values of every shape. */
const piece = fc.constantFrom(
  'api_key', 'secret', 'BINANCE_API_KEY', 'apiKey', 'cfg.secret', 'password', 'passphrase', 'private_key', 'tx_hash', 'name', 'x',
  ' = ', '=', ': ', ':=', ' => ', ' <- ', '<', '-', '==', '::', ': str = ', ' ?= ', '::=', ':::=', ' .= ', '??=', '||=', ' += ', ' string = ', '!=', 'kucoinToken', '"', "'", '`', '\\"', ']', ' ', '\t', '\n', ',', '(', ')', '{', '}', 'r"', '@"', '$',
  KEY64, KEY64.slice(0, 40), KEY64.slice(0, 20), 'bg_0123456789abcdef0123456789abcdef', '0x' + 'ab12'.repeat(16), '5f1c7a2e-9b3d-4e8f-a1c6-2d7b9e0f3a45',
  'Tr4d1ngB0t!x', 'hunter2', 'https://x.io/a=b', 'a=b=c', 'PKA1B2C3D4E5F6G7H8J9',
);

describe('assignment sites', () => {
  it('name the assignments of every syntax: Makefile, PHP, Ruby, Go typed, logstash', () => {
    const names = (t: string) => [...new Set(findAssignSites(t).name)];
    assert.deepStrictEqual(names('API_SECRET ?= q7Lw2Xn9Kt4H'), ['API_SECRET']);
    assert.deepStrictEqual(names('API_SECRET ::= "q7Lw2Xn9Kt4H"'), ['API_SECRET']);
    assert.deepStrictEqual(names('API_SECRET :::= "q7Lw2Xn9Kt4H"'), ['API_SECRET']);
    assert.deepStrictEqual(names('$apiSecret .= "q7Lw2Xn9Kt4H";'), ['apiSecret']);
    assert.deepStrictEqual(names('$apiSecret ??= "q7Lw2Xn9Kt4H";'), ['apiSecret']);
    assert.deepStrictEqual(names('@api_secret ||= "q7Lw2Xn9Kt4H"'), ['api_secret']);
    assert.deepStrictEqual(names('var kucoinToken string = "q7Lw2Xn9Kt4H"'), ['kucoinToken']);
    assert.deepStrictEqual(names('  "apiSecret" => "q7Lw2Xn9Kt4H"'), ['apiSecret']);
    // Comparisons are not assignments.
    assert.deepStrictEqual(names('if apiSecret == "q7Lw2Xn9Kt4H" || apiSecret != "q7Lw2Xn9Kt4H" {'), []);
  });

  it('find exactly what a global run of each assignment pattern finds (fast-check, every assignment pattern)', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => {
      for (const p of ASSIGN_PATTERNS) assert.deepStrictEqual(bySites(p, text), byWholeRegex(p, text), `${p.re.source.slice(-60)} on ${JSON.stringify(text)}`);
    }), { numRuns: 300 });
  });

  it('let a match hide the assignments inside its value, as a global regex run does', () => {
    // A bare config value holding `password=…`: the outer match (name `x`, rejected) consumes it, so the
    // inner `password=` site, whose name the pattern accepts, must not count.
    const text = `x=password=Tr4d1ngB0t!x\npassword=Tr4d1ngB0t!y`;
    const bare = ASSIGN_PATTERNS.filter((p) => p.name?.test('password') && p.files?.includes('env'));
    assert.ok(bare.length > 0);
    for (const p of bare) {
      assert.deepStrictEqual(bySites(p, text), ['33-45 password']);
      assert.deepStrictEqual(bySites(p, text), byWholeRegex(p, text));
    }
  });

  it('record names, operators, value offsets and lines', () => {
    const text = `a = 1\napi_key = "${KEY64}"\n  "secret": 'abcdefgh'`;
    const sites = findAssignSites(text);
    assert.deepStrictEqual(sites.name, ['api_key', 'secret']);
    assert.deepStrictEqual(sites.line, [1, 2]);
    assert.strictEqual(text.slice(sites.op[0], sites.value[0]), '= ');
    assert.strictEqual(text[sites.value[1]], "'");
  });

  it('classify names once per pattern list, by each pattern\'s name and notName tests', () => {
    const evm = ASSIGN_PATTERNS.findIndex((p) => p.notName?.test('tx_hash') && p.name?.test('private_key'));
    assert.ok(evm >= 0);
    assert.ok(classifier.accepting('PRIVATE_KEY').includes(evm));
    assert.ok(!classifier.accepting('private_key_hash').includes(evm));
    assert.strictEqual(classifier.accepting('PRIVATE_KEY'), classifier.accepting('PRIVATE_KEY'), 'cached');
  });

  it('accept exactly the names each pattern accepts, also after the one-regex pre-test (fast-check)', () => {
    const brute = (name: string): number[] => ASSIGN_PATTERNS.flatMap((p, i) => (p.name && acceptsName(p, name) ? [i] : []));
    const words = ['api', 'key', 'secret', 'binance', 'Bybit', 'OKX', 'pass', 'phrase', 'token', 'private', 'tx', 'hash', 'self', 'config', 'a1', 'data', '_', '.', '-', '__'];
    const names = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
    fc.assert(fc.property(names, (name) => assert.deepStrictEqual(classifier.accepting(name), brute(name), name)), { numRuns: 3000, seed: 22 });
    // Minified code's names: no selective test takes them, the patterns that take any name still do.
    for (const name of ['a0', 'a17', 'e', 'b.c', 'x.apiKey']) assert.deepStrictEqual(classifier.accepting(name), brute(name), name);
    assert.ok(classifier.accepting('a0').length > 0, 'a pattern that takes any name (a value with its own prefix) accepts it');
  });
  it('find every site a global run of the whole site regex finds, at every offset, for every form (fast-check)', () => {
    // Starts of every form, so that the scan's look-ahead of start characters is checked against each of them.
    const value = `"${KEY64.slice(0, 12)}"`;
    const form = fc.constantFrom(
      'api_key', ' = ', ': ', ':=', ' => ', ' <- ', '"', "'", ' ', '\n', '(', ')', ',', 'x', value, '#', '%', '$', '.', '-', 'e', 'E', 'o', 's',
      ...['setenv', 'setdefault', 'putenv', 'Setenv', 'SetEnvironmentVariable', 'getenv', 'Getenv', 'get', 'fetch', 'env', 'put', 'set', 'setProperty', 'define'].map((f) => `${f}("API_KEY", ${value}`),
      `process.env.API_KEY || ${value}`, `os.environ.get("K") or ${value}`, `os.getenv('K') ?? ${value}`, `getenv("K") ?: ${value}`,
      `env::var("K").unwrap_or(${value}`, `$_ENV['K'] ?? ${value}`, `$_SERVER["K"] || ${value}`, `ENV["K"] || ${value}`, `os.environ["K"] or ${value}`,
      `.setApiKey(${value}`, `.with_secret(${value}`, `--api-key ${value}`, `--private-key=${value}`, `-Password ${value}`, `#define SECRET ${value}`, `%global TOKEN ${value}`,
    );
    fc.assert(
      fc.property(fc.array(form, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        const expected: string[] = [];
        const re = new RegExp(ASSIGN_SITE.source, 'g');
        for (let m = re.exec(text); m; m = re.exec(text)) {
          expected.push(`${m.index}-${m.index + m[0].length} ${m.slice(1).find((g) => g !== undefined)}`);
          re.lastIndex = m.index + 1;
        }
        const sites = findAssignSites(text);
        assert.deepStrictEqual(sites.op.map((op, i) => `${op}-${sites.value[i]} ${sites.name[i]}`), expected, JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });
});
