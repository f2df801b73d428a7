// Values KeyGuard writes to .env must read back byte for byte with both loaders bots use: Node's dotenv
// (the installed package) and python-dotenv (the real one, through python3, when it is installed).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { parse } from 'dotenv';
import * as fc from 'fast-check';
import { dotenvValue, upsertEnvVar } from '../../../../src/engine/fixes/dotenvFile';
import { CannotMove } from '../../../../src/engine/fixes/moveToEnv';

const PY_READ = [
  'import io, json, sys',
  'from dotenv import dotenv_values',
  'print(json.dumps(dotenv_values(stream=io.StringIO(sys.stdin.read()))))',
].join('\n');

/** python-dotenv's reading of a .env text (with its default `${…}` expansion), or undefined when it is not installed. */
function pythonDotenv(text: string): Record<string, string | null> | undefined {
  const r = spawnSync('python3', ['-c', PY_READ], { input: text, encoding: 'utf8', env: { PATH: process.env.PATH, PYTHONIOENCODING: 'utf-8', PYTHONUTF8: '1' } });
  if (r.status !== 0) {
    if (/No module named .?dotenv/.test(r.stderr) || r.error) return undefined;
    throw new Error(r.stderr);
  }
  return JSON.parse(r.stdout) as Record<string, string | null>;
}

/** Characters that trip .env parsers, mixed with ordinary ones. */
const tricky = fc.constantFrom("'", '"', '`', '\\', '$', '{', '}', '#', ' ', '\t', '\n', '\r', '=', 'n', 'r', 'a', 'x', '\u2028', '\u00a0', 'é', '0');
const values = fc.oneof(
  fc.string({ unit: tricky, maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 16 }).filter((s) => !/[\ud800-\udfff]/.test(s)), // well-formed (BMP) text only
);

/** Many generated values (fixed seed), plus the ones the review found broken. */
function samples(): string[] {
  const known = [`it's a \\ path`, `it's "quoted"`, `a\\"b`, `x'\\'y`, '${HOME}', 'p${PATH}q', 'pa$$word', 'C:\\Users\\bot', 'two words # not a comment', 'ends with \\', '-----BEGIN KEY-----\nMC4C\n-----END KEY-----', 'tab\there', ''];
  return [...known, ...fc.sample(values, { numRuns: 3000, seed: 1616 })];
}

describe('.env values read back unchanged by Node dotenv and python-dotenv', function () {
  this.timeout(60_000);
  const all = samples();
  const written = all.map((v) => ({ value: v, text: dotenvValue(v) }));
  const accepted = written.filter((w): w is { value: string; text: string } => w.text !== undefined);
  const envText = accepted.map((w, i) => `K${i}=${w.text}\n`).join('');

  it('writes most values (every one without ${…} or an unresolvable quote mix)', () => {
    assert.ok(accepted.length > all.length * 0.6, `${accepted.length} of ${all.length}`);
    for (const v of ['${HOME}', 'p${PATH}q', `a'b"c\nd`, `'quoted' "both"`]) assert.strictEqual(dotenvValue(v), undefined, v);
    for (const v of [`it's a \\ path`, `it's "quoted"`, `x'\\'y`, 'pa$$word', 'C:\\Users\\bot', 'ends with \\']) assert.notStrictEqual(dotenvValue(v), undefined, v);
  });

  it("Node's dotenv reads back the exact bytes", () => {
    const parsed = parse(envText);
    accepted.forEach((w, i) => assert.strictEqual(parsed[`K${i}`], w.value, `written as ${JSON.stringify(w.text)}`));
  });

  it('python-dotenv reads back the exact bytes (variable expansion on, its default)', function () {
    const parsed = pythonDotenv(envText);
    if (!parsed) this.skip(); // python-dotenv is not installed on this machine
    accepted.forEach((w, i) => assert.strictEqual(parsed![`K${i}`], w.value, `written as ${JSON.stringify(w.text)}`));
  });

  it('refuses a value no quoting keeps intact, with a message that does not hold it', () => {
    assert.throws(() => upsertEnvVar('', 'API_SECRET', 'Zq8${HOME}Lm3'), (e: Error) => e instanceof CannotMove && /python-dotenv expands/.test(e.message) && !e.message.includes('Zq8'));
  });
});
