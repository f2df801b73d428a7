// Attacks through a scanned repository's git config, attributes, hooks and the environment, performed for
// real: each test first shows that plain git runs the payload (the control), then that KeyGuard does not.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../../src/cli/run';
import { nodeFs, nodeGit, stopTracking } from '../../../src/engine';
import { cliEnv, payload, plainGit, plainGitQuiet, randomSecret, ran, repoWith, tempDir, withEnv } from './hostile';

const LIST = ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name', '--', '.'];

describe('hostile repositories: git never runs the repository\'s programs', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('(a) core.fsmonitor in .git/config does not run on `keyguard scan`', async () => {
    const { script, marker } = payload(dir, 'fsmonitor');
    const repo = repoWith(path.join(dir, 'r'), { 'bot.py': 'print(1)\n', '.env': 'API_KEY=x\n' });
    plainGit(repo, 'config', 'core.fsmonitor', script);
    plainGitQuiet(repo, ...LIST);
    assert.ok(ran(marker), 'control: plain git ls-files runs the fsmonitor program');

    const r = await run(['scan'], cliEnv(repo));
    assert.notStrictEqual(r.exitCode, 2, r.stderr);
    assert.ok(!ran(marker), 'keyguard scan ran the repository\'s fsmonitor program');
  });

  it('(b) core.fsmonitor arriving through includeIf is overridden too (command-line -c wins)', async () => {
    const { script, marker } = payload(dir, 'include');
    const repo = repoWith(path.join(dir, 'r'), { 'bot.py': 'print(1)\n' });
    fs.writeFileSync(path.join(repo, 'evil.cfg'), `[core]\n\tfsmonitor = ${script}\n`);
    fs.appendFileSync(path.join(repo, '.git', 'config'), `[includeIf "gitdir:${repo}/"]\n\tpath = ${path.join(repo, 'evil.cfg')}\n`);
    plainGitQuiet(repo, ...LIST);
    assert.ok(ran(marker), 'control: the included fsmonitor runs under plain git');

    await run(['scan'], cliEnv(repo));
    assert.ok(!ran(marker));
    // The runner's own calls, including a config read, never pick it up either.
    const cfg = await nodeGit().run(['config', '--get', 'core.fsmonitor'], repo);
    assert.strictEqual(cfg.stdout.trim(), 'false', 'the command-line setting wins over the included file');
  });

  it('(c) a committed embedded bare repository is never used as the repository', async () => {
    const { script, marker } = payload(dir, 'bare');
    const secret = randomSecret();
    const src = repoWith(path.join(dir, 'src'), {
      'evil/HEAD': 'ref: refs/heads/main\n',
      'evil/config': `[core]\n\tbare = false\n\tworktree = .\n\tfsmonitor = ${script}\n`,
      'evil/objects/.keep': '', 'evil/refs/.keep': '',
      'evil/bot.py': `BINANCE_API_SECRET = "${secret}"\n`,
    });
    const clone = path.join(dir, 'clone');
    plainGit(dir, 'clone', '-q', src, clone);
    const evil = path.join(clone, 'evil');
    assert.strictEqual(plainGit(evil, 'rev-parse', '--git-dir').trim(), '.', 'control: plain git adopts the embedded folder as its repository');

    const refused = await nodeGit().run(['rev-parse', '--git-dir'], evil);
    assert.notStrictEqual(refused.code, 0);
    assert.match(refused.stderr, /bare repository/);
    for (const [argv, cwd] of [[['scan', 'evil'], clone], [['scan'], evil]] as const) {
      const r = await run([...argv, '--format', 'json'], cliEnv(cwd));
      assert.ok(!ran(marker), `keyguard ${argv.join(' ')} ran the embedded repository's program`);
      assert.ok(JSON.parse(r.stdout).findings.some((f: { id: string }) => f.id.includes('binance')), 'the folder is still scanned (walked)');
    }
  });

  it('(d) .gitattributes clean filters and the post-index-change hook never run (scan and "Stop tracking")', async () => {
    const scene = (name: string) => {
      const filter = payload(dir, `${name}-filter`, true);
      const hook = payload(dir, `${name}-hook`);
      const repo = repoWith(path.join(dir, name), { '.gitattributes': '* filter=evil\n', '.env': 'API_KEY=one\n', 'bot.py': 'x = 1\n' });
      plainGit(repo, 'config', 'filter.evil.clean', filter.script);
      plainGit(repo, 'config', 'filter.evil.smudge', filter.script);
      fs.copyFileSync(hook.script, path.join(repo, '.git', 'hooks', 'post-index-change'));
      fs.chmodSync(path.join(repo, '.git', 'hooks', 'post-index-change'), 0o755);
      // A changed file makes git compare contents, which is what runs the clean filter.
      fs.writeFileSync(path.join(repo, '.env'), 'API_KEY=two-changed\n');
      fs.utimesSync(path.join(repo, '.env'), new Date(Date.now() + 5000), new Date(Date.now() + 5000));
      return { repo, filter: filter.marker, hook: hook.marker };
    };
    const control = scene('control');
    // `git add` always hashes through the clean filter and rewrites the index; whether `rm --cached` compares
    // contents depends on stat and racy-timestamp details (it did not, once, on a loaded machine).
    plainGitQuiet(control.repo, 'add', '--', '.env');
    assert.ok(ran(control.filter) && ran(control.hook), 'control: plain git add runs the filter and the hook');

    const s = scene('attacked');
    await run(['scan'], cliEnv(s.repo));
    assert.ok(!ran(s.filter) && !ran(s.hook), 'keyguard scan ran a filter or hook');
    const untracked = await stopTracking(nodeGit(), nodeFs, path.join(s.repo, '.env'));
    assert.ok(untracked.ok, JSON.stringify(untracked));
    assert.ok(!ran(s.filter), '"Stop tracking" ran the clean filter');
    assert.ok(!ran(s.hook), '"Stop tracking" ran the post-index-change hook');
  });

  it('(e) GIT_DIR, GIT_WORK_TREE and GIT_CONFIG_* in the environment are ignored', async () => {
    const { script, marker } = payload(dir, 'envcfg');
    const secret = randomSecret();
    const other = repoWith(path.join(dir, 'other'), { 'elsewhere.py': 'y = 2\n' });
    const repo = repoWith(path.join(dir, 'r'), { 'bot.py': `BINANCE_API_SECRET = "${secret}"\n` });
    const vars = {
      GIT_DIR: path.join(other, '.git'), GIT_WORK_TREE: other,
      GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.fsmonitor', GIT_CONFIG_VALUE_0: script,
    };
    // Control: with these variables plain git lists the other repository and runs the program.
    await withEnv(vars, async () => {
      const out = execFileSync('git', LIST, { cwd: repo, encoding: 'utf8' });
      assert.ok(out.includes('elsewhere.py') && !out.includes('bot.py'));
    });
    assert.ok(ran(marker), 'control: GIT_CONFIG_* runs the program under plain git');

    const r = await withEnv(vars, () => run(['scan', '--format', 'json'], cliEnv(repo)));
    assert.ok(!ran(marker));
    const report = JSON.parse(r.stdout);
    assert.ok(report.findings.some((f: { path: string }) => f.path === 'bot.py'), 'scanned this repository, not the one GIT_DIR names');
    assert.ok(!report.notes.some((n: string) => n.includes('walked')), 'git was used (not the fallback walk)');
  });

  it('--no-git starts no git process at all', async () => {
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    const { script, marker } = payload(dir, 'fake-git');
    fs.copyFileSync(script, path.join(bin, 'git'));
    fs.chmodSync(path.join(bin, 'git'), 0o755);
    const repo = repoWith(path.join(dir, 'r'), {
      'bot.py': `BINANCE_API_SECRET = "${randomSecret()}"\n`, '.gitignore': 'ignored.py\n', '.keyguardignore': 'skipped.py\n',
      'ignored.py': `BINANCE_API_SECRET = "${randomSecret()}"\n`, 'skipped.py': `BINANCE_API_SECRET = "${randomSecret()}"\n`,
    });
    const PATH = `${bin}${path.delimiter}${process.env.PATH}`;
    await withEnv({ PATH }, () => run(['scan'], cliEnv(repo)));
    assert.ok(ran(marker), 'control: without --no-git the fake git on PATH is started');

    const r = await withEnv({ PATH }, () => run(['scan', '--no-git', '--format', 'json'], cliEnv(repo)));
    assert.ok(!ran(marker), '--no-git started git');
    const paths = JSON.parse(r.stdout).findings.map((f: { path: string }) => f.path);
    assert.ok(paths.includes('bot.py'));
    assert.ok(!paths.includes('ignored.py') && !paths.includes('skipped.py'), '.gitignore and .keyguardignore still apply');
    const staged = await run(['scan', '--staged', '--no-git'], cliEnv(repo));
    assert.strictEqual(staged.exitCode, 2);
  });
});
