import * as assert from 'assert';
import { familyOf, loadManifest, MANIFEST_SETS, type ManifestRepo } from '../../../bench/realcode/manifest';
import { emptyScore, ratios, scoreRepo, type ScoredFinding } from '../../../bench/realcode/scoring';

const repo: ManifestRepo = {
  repo: 'someone/bot',
  commit: '0'.repeat(40),
  files: [
    { path: 'bot.py', expect: [
      { family: 'withdraw', rule: 'library-call', line: 10, level: 'warning', note: 'withdraw call' },
      { family: 'withdraw', rule: 'rest-endpoint', line: 20, level: 'warning', note: 'endpoint path' },
      { family: 'withdraw', rule: 'transfer-or-setting', line: 30, level: 'any', note: 'internal transfer' },
      { family: 'exchange-credential', rule: 'test-fixture', line: 40, level: 'info', note: 'test key' },
    ] },
    { path: 'tests/test_bot.py', unscored: ['withdraw'] },
    { path: 'config.example.json', clean: true },
    { path: 'not/materialised.py', expect: [{ family: 'withdraw', rule: 'library-call', line: 1, level: 'warning', note: 'x' }] },
  ],
};

const f = (path: string, line: number, id: string, severity = 'warning'): ScoredFinding => ({ path, line, id, severity, masked: 'abcd…wxyz' });

describe('real-code corpus scorer', () => {
  it('matches the same family within one line, and counts the rest as misses and false alarms', () => {
    const score = emptyScore();
    scoreRepo(score, repo, [
      f('bot.py', 11, 'withdraw/library-call'), // line 10 ±1: found
      f('bot.py', 22, 'withdraw/rest-endpoint'), // two lines off: false alarm, and line 20 is missed
      f('bot.py', 30, 'withdraw/internal-transfer'), // ambiguous: neither
      f('bot.py', 40, 'secret/binance-api-key', 'error'), // expected info at most: false alarm
      f('bot.py', 41, 'secret/binance-api-key', 'info'), // info is never an alarm
      f('tests/test_bot.py', 5, 'withdraw/library-call'), // unscored family in this file
      f('tests/test_bot.py', 6, 'secret/generic-secret'), // other families still count
      f('config.example.json', 3, 'secret/telegram-bot-token'),
    ], (p) => p !== 'not/materialised.py');
    const w = score.byFamily.withdraw;
    assert.deepStrictEqual([w.expected, w.found, w.trueAlarms, w.neutral, w.falseAlarms], [2, 1, 1, 2, 1]);
    assert.deepStrictEqual(score.misses.map((m) => `${m.path}:${m.fact.line}`), ['bot.py:20']);
    assert.deepStrictEqual(score.falseAlarms.map((a) => `${a.path}:${a.line}:${a.reason}`), [
      'bot.py:22:no-fact', 'bot.py:40:expected-lower', 'tests/test_bot.py:6:no-fact', 'config.example.json:3:clean-file',
    ]);
    assert.strictEqual(score.files, 3);
    assert.deepStrictEqual(ratios(w), { recall: '50.0%', precision: '50.0%' });
  });

  it('lets a token finding answer a generic fact and back, but no other family', () => {
    const score = emptyScore();
    const r: ManifestRepo = { repo: 'someone/bot', commit: '0'.repeat(40), files: [{ path: '.env', expect: [
      { family: 'generic', rule: 'api-key', line: 2, level: 'warning', note: 'block explorer key' },
      { family: 'token', rule: 'oauth-secret', line: 5, level: 'warning', note: 'OAuth client secret' },
      { family: 'exchange-credential', rule: 'env-key', line: 8, level: 'warning', note: 'exchange key' },
    ] }] };
    scoreRepo(score, r, [f('.env', 2, 'secret/chain-data-key'), f('.env', 5, 'secret/password'), f('.env', 8, 'secret/chain-data-key')], () => true);
    assert.deepStrictEqual([score.byFamily.generic.found, score.byFamily.token.found, score.byFamily['exchange-credential'].found], [1, 1, 0]);
    assert.deepStrictEqual(score.falseAlarms.map((a) => `${a.line}:${a.id}`), ['8:secret/chain-data-key']);
  });

  it('maps KeyGuard ids onto the manifest families', () => {
    assert.strictEqual(familyOf('withdraw/rest-endpoint'), 'withdraw');
    assert.strictEqual(familyOf('gitignore/dotenv-unignored'), 'env');
    assert.strictEqual(familyOf('secret/evm-private-key'), 'wallet');
    assert.strictEqual(familyOf('secret/telegram-bot-token'), 'token');
    assert.strictEqual(familyOf('secret/pem-private-key'), 'generic');
    assert.strictEqual(familyOf('secret/kucoin-api-secret'), 'exchange-credential');
    // Other services' secrets are not exchange credentials.
    assert.strictEqual(familyOf('secret/google-oauth-client-secret'), 'token');
    assert.strictEqual(familyOf('secret/chain-data-key'), 'token');
    assert.strictEqual(familyOf('secret/database-url'), 'generic');
  });

  for (const [set, { file }] of Object.entries(MANIFEST_SETS)) {
    it(`ships a ${set} manifest of facts: pinned commits, 1-based lines, short notes, clean files without expected alarms`, () => {
      const m = loadManifest(file);
      // A set is at least 15 repositories and 75 files (one labeller's session; the thirty-fourth, cut short by the
      // fetch quota, has 16 and 150; the fifty-fifth, whose labeller found most candidates already used, 26 and 78).
      assert.ok(m.repositories.length >= 15 && m.repositories.reduce((n, r) => n + r.files.length, 0) >= 75);
      for (const r of m.repositories) {
        assert.match(r.commit, /^[0-9a-f]{40}$/, r.repo);
        for (const file of r.files) {
          for (const e of file.expect ?? []) {
            assert.ok(Number.isInteger(e.line) && e.line >= 1, `${r.repo} ${file.path}`);
            assert.ok(e.note.split(/\s+/).length <= 20, `${r.repo} ${file.path}:${e.line}`);
            if (file.clean) assert.ok(e.level !== 'warning' && e.level !== 'error', `${r.repo} ${file.path}:${e.line}`);
          }
        }
      }
    });
  }

  it('keeps the fact sets apart: no repository in two sets, none listed twice within a set', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [set, { file }] of Object.entries(MANIFEST_SETS)) {
      const repos = loadManifest(file).repositories.map((r) => r.repo.toLowerCase());
      assert.strictEqual(new Set(repos).size, repos.length, `${set} lists a repository twice`);
      for (const r of repos) {
        const other = seen.get(r);
        if (other) clashes.push(`${r} in ${other} and ${set}`);
        seen.set(r, set);
      }
    }
    assert.deepStrictEqual(clashes, []);
    assert.deepStrictEqual(Object.keys(MANIFEST_SETS), ['tuned', 'held-out', 'held-out-2', 'held-out-3', 'held-out-4', 'held-out-5', 'held-out-6', 'held-out-7', 'held-out-8', 'held-out-9', 'held-out-10', 'held-out-11', 'held-out-12', 'held-out-13', 'held-out-14', 'held-out-15', 'held-out-16', 'held-out-17', 'held-out-18', 'held-out-19', 'held-out-20', 'held-out-21', 'held-out-22', 'held-out-23', 'held-out-24', 'held-out-25', 'held-out-26', 'held-out-27', 'held-out-28', 'held-out-29', 'held-out-30', 'held-out-31', 'held-out-32', 'held-out-33', 'held-out-34', 'held-out-35', 'held-out-36', 'held-out-37', 'held-out-38', 'held-out-39', 'held-out-40', 'held-out-41', 'held-out-42', 'held-out-43', 'held-out-44', 'held-out-45', 'held-out-46', 'held-out-47', 'held-out-48', 'held-out-49', 'held-out-50', 'held-out-51', 'held-out-52', 'held-out-53', 'held-out-54', 'held-out-55', 'held-out-56', 'held-out-57', 'held-out-58']);
  });
});
