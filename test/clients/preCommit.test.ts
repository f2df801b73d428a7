// The real pre-commit framework installs KeyGuard from a git repository (language: node) and runs its
// hooks from `git commit` and `git push` in a throwaway repository.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { git, gitOk, hasCommand, randomSecret, seconds, snapshotRepo, tempDir, writeFiles } from './helpers';

/** pre-commit before 3.2 names stages `commit`/`push`; later versions want the hook names. */
function pushStage(): string {
  const m = /(\d+)\.(\d+)/.exec(spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).stdout);
  return m && (Number(m[1]) > 3 || (Number(m[1]) === 3 && Number(m[2]) >= 2)) ? 'pre-push' : 'push';
}

describe('pre-commit framework (language: node, from a git repository)', function () {
  this.timeout(600_000);
  let repo: string;
  let env: NodeJS.ProcessEnv;

  before(function () {
    if (!hasCommand('pre-commit')) {
      console.log('      skipped: `pre-commit` is not installed (Debian package pre-commit; .ci/run installs it)');
      this.skip();
    }
    const keyguard = snapshotRepo();
    repo = tempDir('consumer');
    // The npm cache is warm after `npm ci`: prefer it to the registry.
    env = { PRE_COMMIT_HOME: tempDir('pre-commit-home'), npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
    gitOk(repo, ['init', '-q', '-b', 'main']);
    writeFiles(repo, {
      '.pre-commit-config.yaml': [
        'repos:',
        `  - repo: ${keyguard.dir}`,
        `    rev: ${keyguard.rev}`,
        '    hooks:',
        '      - id: keyguard',
        '      - id: keyguard-pre-push',
        `        stages: [${pushStage()}]`,
        '',
      ].join('\n'),
      'README.md': '# a bot\n',
    });
    const install = spawnSync('pre-commit', ['install', '--hook-type', 'pre-commit', '--hook-type', 'pre-push'], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...env } });
    assert.strictEqual(install.status, 0, install.stderr);
  });

  it('installs the hook environment and lets a clean commit through', () => {
    writeFiles(repo, { 'bot.py': 'import os\nsecret = os.environ["BINANCE_API_SECRET"]\n' });
    gitOk(repo, ['add', '-A']);
    const start = Date.now();
    const r = git(repo, ['commit', '-m', 'clean bot'], env);
    console.log(`      first commit (clone + npm install of KeyGuard + hook): ${seconds(start)}`);
    assert.strictEqual(r.status, 0, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout + r.stderr, /KeyGuard \(exchange API keys[^\n]*Passed/);
  });

  it('blocks a commit that adds a key, printing the masked value only', () => {
    const secret = randomSecret();
    writeFiles(repo, { 'keys.py': `BINANCE_API_SECRET = "${secret}"\n` });
    gitOk(repo, ['add', 'keys.py']);
    const before = gitOk(repo, ['rev-parse', 'HEAD']);
    const start = Date.now();
    const r = git(repo, ['commit', '-m', 'add keys'], env);
    console.log(`      blocked commit: ${seconds(start)}`);
    const out = r.stdout + r.stderr;
    assert.notStrictEqual(r.status, 0, out);
    assert.match(out, /KeyGuard \(exchange API keys[^\n]*Failed/);
    assert.ok(out.includes(`keys.py:1:23  error  Binance API secret  ${secret.slice(0, 4)}…${secret.slice(-4)}`), out);
    assert.ok(!out.includes(secret), 'the full secret is never printed');
    assert.strictEqual(gitOk(repo, ['rev-parse', 'HEAD']), before, 'no commit was made');
    gitOk(repo, ['reset', '-q', 'keys.py']);
  });

  it('pre-push: passes a clean push, blocks a push whose commits add a key (committed with --no-verify)', () => {
    const remote = path.join(tempDir('remote'), 'bot.git');
    gitOk(path.dirname(remote), ['init', '-q', '--bare', remote]);
    gitOk(repo, ['remote', 'add', 'origin', remote]);
    let start = Date.now();
    const clean = git(repo, ['push', '-q', 'origin', 'main'], env);
    console.log(`      clean push: ${seconds(start)}`);
    assert.strictEqual(clean.status, 0, `${clean.stdout}\n${clean.stderr}`);

    gitOk(repo, ['add', 'keys.py']);
    gitOk(repo, ['commit', '-q', '--no-verify', '-m', 'keys, past the pre-commit hook']);
    start = Date.now();
    const r = git(repo, ['push', 'origin', 'main'], env);
    console.log(`      blocked push: ${seconds(start)}`);
    const out = r.stdout + r.stderr;
    assert.notStrictEqual(r.status, 0, out);
    assert.match(out, /KeyGuard \(files changed in the pushed commits\)[^\n]*Failed/);
    assert.match(out, /keys\.py:1:23 {2}error {2}Binance API secret/);
    assert.strictEqual(git(remote, ['cat-file', '-e', `${gitOk(repo, ['rev-parse', 'HEAD']).trim()}^{commit}`]).status !== 0, true, 'the commit did not reach the remote');
  });
});
