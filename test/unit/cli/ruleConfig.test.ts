import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeRuleSettings, knownRuleIds, parseRuleSettings } from '../../../src/engine';
import { parseArgs, type ScanArgs } from '../../../src/cli/args';
import { loadRuleConfig } from '../../../src/cli/ruleConfig';
import { run, type RunEnv } from '../../../src/cli/run';

// Made-up values for these tests.
const TOKEN = '6142390575:AAF3kLq9ZrT0xWv7yBnM2cD5eG8hJ1pQsUo';
const CODE = `TELEGRAM_TOKEN = "${TOKEN}"\nimport ccxt\nex = ccxt.kraken(c)\nex.withdraw("BTC", 1, addr)\n`;

/** The temp folders made, removed after the suite. */
const made: string[] = [];

/** A temp folder with the given files. */
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-rules-'));
  made.push(dir);
  for (const [rel, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, rel), text);
  return dir;
}

const env = (cwd: string): RunEnv => ({ cwd, isTTY: false, noColor: true, version: '9.9.9' });

describe('per-rule settings from a config file and --rule (the CLI side of keyguard.rules)', () => {
  after(() => { for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true }); });
  const known = knownRuleIds();

  it('knows every detector id and the env guard rule ids', () => {
    for (const id of ['secret/binance-api-secret', 'withdraw/library-call', 'gitignore/env-tracked', 'gitignore/dotenv-unignored']) assert.ok(known.has(id), id);
  });

  it('keeps known ids with a valid setting and names everything else in a warning', () => {
    // As JSON.parse reads a hostile file: "__proto__" is an own key there, not the prototype.
    const parsed = parseRuleSettings(JSON.parse(JSON.stringify({
      'secret/generic-secret': 'off', 'withdraw/library-call': 'info', 'secret/made-up': 'off', 'secret/jwt': 'loud',
      'secret/password': { command: 'rm -rf /' }, ['x'.repeat(200)]: 'off',
    }).replace('{', '{"__proto__":"off",')), known, '.keyguard.json');
    assert.deepStrictEqual(parsed.rules, { 'secret/generic-secret': 'off', 'withdraw/library-call': 'info' });
    assert.strictEqual(Object.getPrototypeOf(parsed.rules), Object.prototype);
    assert.strictEqual(parsed.warnings.length, 5, parsed.warnings.join('\n'));
    assert.match(parsed.warnings[0], /^\.keyguard\.json: unknown rule id "__proto__" ignored/);
    assert.match(parsed.warnings[1], /^\.keyguard\.json: unknown rule id "secret\/made-up" ignored \(rule ids are listed in docs\/rules\/README\.md\)$/);
    assert.match(parsed.warnings[2], /"secret\/jwt" must be off, error, warning, info, not "loud"; ignored/);
    assert.ok(parsed.warnings.every((w) => w.length < 200), 'a long id is cut short');
    assert.deepStrictEqual(parseRuleSettings(['off'], known, 'x').warnings, ['x: "rules" must be an object of rule id → off|error|warning|info; ignored']);
    assert.strictEqual(describeRuleSettings(parsed.rules), '1 rule off (secret/generic-secret); 1 rule at info (withdraw/library-call)');
  });

  it('parses repeatable --rule ID=SETTING and --no-config; a bad setting is a usage error', () => {
    const a = parseArgs(['scan', '--rule', 'secret/jwt=off', '--rule=withdraw/library-call=error', '--no-config']) as ScanArgs;
    assert.deepStrictEqual(a.rules, { 'secret/jwt': 'off', 'withdraw/library-call': 'error' });
    assert.strictEqual(a.config, false);
    assert.strictEqual((parseArgs(['scan']) as ScanArgs).config, true);
    for (const bad of ['secret/jwt', 'secret/jwt=hint', '=off', 'secret/jwt=']) assert.throws(() => parseArgs(['scan', '--rule', bad]), /--rule takes ID=off\|error\|warning\|info/, bad);
  });

  it('reads only "rules" from .keyguard.json; flags win; links, bad JSON and other keys are refused with a warning', () => {
    const dir = folder({ '.keyguard.json': JSON.stringify({ rules: { 'secret/jwt': 'off', 'secret/password': 'info' }, exchangeBaseUrls: { binance: 'https://evil.example' }, run: 'curl x' }) });
    const c = loadRuleConfig({ config: true, rules: { 'secret/password': 'error', 'secret/nope': 'off' } }, dir);
    assert.deepStrictEqual(c.rules, { 'secret/jwt': 'off', 'secret/password': 'error' });
    assert.deepStrictEqual(c.warnings, [
      '.keyguard.json: only "rules" is read from a repository; ignored: "exchangeBaseUrls", "run"',
      '--rule: unknown rule id "secret/nope" ignored (rule ids are listed in docs/rules/README.md)',
    ]);
    assert.deepStrictEqual(c.notes, ['.keyguard.json: 1 rule off (secret/jwt); 1 rule at info (secret/password) (--no-config ignores the file)']);
    assert.deepStrictEqual(loadRuleConfig({ config: false, rules: {} }, dir), { rules: {}, warnings: [], notes: [] });
    assert.deepStrictEqual(loadRuleConfig({ config: true, rules: {} }, folder({ '.keyguard.json': '{ rules: ' })).warnings, ['.keyguard.json is not valid JSON; not read']);
    const linked = folder({ 'elsewhere.json': '{"rules":{"secret/jwt":"off"}}' });
    fs.symlinkSync(path.join(linked, 'elsewhere.json'), path.join(linked, '.keyguard.json'));
    assert.deepStrictEqual(loadRuleConfig({ config: true, rules: {} }, linked), { rules: {}, warnings: ['.keyguard.json is not a regular file (a link or a folder); not read'], notes: [] });
  });

  it('keyguard scan: the repo config turns a rule off and re-levels another, says so, and the exit code follows', async () => {
    const dir = folder({ 'bot.py': CODE });
    const plain = await run(['scan'], env(dir));
    assert.strictEqual(plain.exitCode, 1);
    assert.match(plain.stdout, /2 findings \(1 error, 1 warning\)/);
    fs.writeFileSync(path.join(dir, '.keyguard.json'), JSON.stringify({ rules: { 'secret/telegram-bot-token': 'off', 'withdraw/library-call': 'info', 'secret/typo': 'off' } }));
    const set = await run(['scan'], env(dir));
    assert.strictEqual(set.exitCode, 0, set.stdout);
    assert.match(set.stdout, /1 finding \(1 info\)/);
    assert.match(set.stdout, /note: \.keyguard\.json: 1 rule off \(secret\/telegram-bot-token\); 1 rule at info \(withdraw\/library-call\)/);
    assert.strictEqual(set.stderr, 'keyguard: warning: .keyguard.json: unknown rule id "secret/typo" ignored (rule ids are listed in docs/rules/README.md)\n');
    // A flag wins over the file; --no-config ignores it.
    const flag = await run(['scan', '--rule', 'withdraw/library-call=error', '--format', 'json'], env(dir));
    assert.strictEqual(flag.exitCode, 1);
    assert.deepStrictEqual(JSON.parse(flag.stdout).findings.map((f: { id: string; severity: string }) => `${f.id} ${f.severity}`), ['withdraw/library-call error']);
    const none = await run(['scan', '--no-config'], env(dir));
    assert.match(none.stdout, /2 findings \(1 error, 1 warning\)/);
    assert.strictEqual(none.stderr, '');
    for (const r of [plain, set, flag, none]) assert.ok(!r.stdout.includes(TOKEN) && !r.stderr.includes(TOKEN));
  });
});
