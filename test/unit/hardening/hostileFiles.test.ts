// Files a hostile checkout plants where KeyGuard expects small text files: a FIFO or /dev/zero as
// core.excludesFile or .env, a huge .env, symlinks that lead out of the scanned folder. Every test here
// hung, blew up memory or read outside the root before the fix (a hang shows up as a mocha timeout).
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../../src/cli/run';
import { EnvGuard, findRepo, GitIgnoreRules, nodeFs, nodeGit, noGit, type HostEnv } from '../../../src/engine';
import { cliEnv, plainGit, randomSecret, repoWith, tempDir } from './hostile';

interface JsonReport {
  findings: Array<{ id: string; path: string; severity: string }>;
  notes: string[];
  skipped: Array<{ path: string; reason: string }>;
}

/** Runs `keyguard scan --format json` in a folder. */
async function scanJson(cwd: string, ...extra: string[]): Promise<JsonReport> {
  const r = await run(['scan', '--format', 'json', ...extra], cliEnv(cwd));
  assert.notStrictEqual(r.exitCode, 2, r.stderr);
  return JSON.parse(r.stdout) as JsonReport;
}

describe('hostile files: FIFOs, devices, huge files and symlinks out of the root', function () {
  this.timeout(60_000);
  let dir: string;
  let host: HostEnv;
  beforeEach(() => {
    dir = tempDir();
    fs.mkdirSync(path.join(dir, 'home'));
    host = { home: path.join(dir, 'home'), xdgConfigHome: path.join(dir, 'home', '.config'), defaultIgnoreCase: false };
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('core.excludesFile', () => {
    for (const kind of ['fifo', '/dev/zero'] as const) {
      it(`set to a ${kind} is refused unread, by the ignore rules and by the CLI's git listing`, async () => {
        const target = kind === 'fifo' ? path.join(dir, 'excludes.fifo') : '/dev/zero';
        if (kind === 'fifo') execFileSync('mkfifo', [target]);
        const repo = repoWith(path.join(dir, 'r'), { 'bot.py': 'x = 1\n' });
        plainGit(repo, 'config', 'core.excludesFile', target);
        fs.writeFileSync(path.join(repo, '.env'), 'API_KEY=abc\n');

        for (const git of [nodeGit({ env: { HOME: host.home } }), noGit('Restricted Mode')]) {
          const rules = await GitIgnoreRules.load(nodeFs, git, repo, await findRepo(nodeFs, repo), host);
          assert.ok(!(await rules.verdict(path.join(repo, '.env'))).ignored);
        }
        const withGit = await GitIgnoreRules.load(nodeFs, nodeGit({ env: { HOME: host.home } }), repo, await findRepo(nodeFs, repo), host);
        assert.ok(withGit.notes.some((n) => n.includes('not a regular file')), withGit.notes.join('\n'));

        const report = await scanJson(repo);
        assert.ok(report.notes.some((n) => n.includes('core.excludesFile')), report.notes.join('\n'));
        assert.ok(report.findings.some((f) => f.id === 'gitignore/env-not-ignored' && f.path === '.env'));
      });
    }

    it('from the repository\'s own config is never followed out of it when git is not run (Restricted Mode)', async () => {
      const outside = path.join(dir, 'outside-excludes');
      fs.writeFileSync(outside, '.env\n');
      const repo = repoWith(path.join(dir, 'r'), { 'bot.py': 'x = 1\n', 'inside-excludes': '*.log\n' });
      fs.symlinkSync(outside, path.join(repo, 'linked-excludes'));
      const load = async () => GitIgnoreRules.load(nodeFs, noGit('Restricted Mode'), repo, await findRepo(nodeFs, repo), host);

      plainGit(repo, 'config', 'core.excludesFile', outside);
      let rules = await load();
      assert.ok(!(await rules.verdict(path.join(repo, '.env'))).ignored, 'a path outside the repository was read');
      assert.ok(rules.notes.some((n) => n.includes('outside')));

      plainGit(repo, 'config', 'core.excludesFile', 'linked-excludes');
      rules = await load();
      assert.ok(!(await rules.verdict(path.join(repo, '.env'))).ignored, 'a link out of the repository was followed');

      plainGit(repo, 'config', 'core.excludesFile', 'inside-excludes');
      rules = await load();
      assert.ok((await rules.verdict(path.join(repo, 'debug.log'))).ignored, 'a file inside the repository is still honoured');

      // The user's own config may point anywhere: that is the user's choice, not the repository's.
      plainGit(repo, 'config', '--unset', 'core.excludesFile');
      fs.writeFileSync(path.join(dir, 'home', '.gitconfig'), `[core]\n\texcludesFile = ${outside}\n`);
      rules = await load();
      assert.ok((await rules.verdict(path.join(repo, '.env'))).ignored);
    });
  });

  describe('symlinks', () => {
    /** A repository with a committed link to a planted key outside it, and a link to a key inside it. */
    function scene(): { repo: string; outsideSecret: string } {
      const outsideSecret = randomSecret();
      fs.mkdirSync(path.join(dir, 'outside'));
      fs.writeFileSync(path.join(dir, 'outside', 'keys.py'), `BINANCE_API_SECRET = "${outsideSecret}"\n`);
      const repo = repoWith(path.join(dir, 'r'), { 'inner.py': `BINANCE_API_SECRET = "${randomSecret()}"\n` });
      fs.symlinkSync(path.join(dir, 'outside', 'keys.py'), path.join(repo, 'escape.py'));
      fs.symlinkSync('inner.py', path.join(repo, 'alias.py'));
      plainGit(repo, 'add', '-A');
      plainGit(repo, 'commit', '-q', '-m', 'links');
      return { repo, outsideSecret };
    }

    for (const mode of [[], ['--no-git']]) {
      it(`a link out of the root is not read; a link inside is scanned once${mode.length ? ' (--no-git)' : ''}`, async () => {
        const { repo } = scene();
        const report = await scanJson(repo, ...mode);
        const secrets = report.findings.filter((f) => f.id.startsWith('secret/'));
        assert.deepStrictEqual(secrets.map((f) => f.path), ['inner.py']);
      });
    }

    it('a link named on the command line is not followed out of the scan root either', async () => {
      const { repo, outsideSecret } = scene();
      const r = await run(['scan', 'escape.py', '--format', 'json'], cliEnv(repo));
      const report = JSON.parse(r.stdout) as JsonReport;
      assert.deepStrictEqual(report.findings, []);
      assert.ok(report.skipped.some((s) => s.path === 'escape.py'));
      assert.ok(!r.stdout.includes(outsideSecret.slice(0, 4) + '…'));
    });
  });

  describe('env files', () => {
    it('`.env -> /dev/zero` is judged by its name only', async () => {
      const repo = repoWith(path.join(dir, 'r'), { 'bot.py': 'x = 1\n' });
      fs.symlinkSync('/dev/zero', path.join(repo, '.env'));
      const report = await scanJson(repo);
      assert.ok(report.findings.some((f) => f.id === 'gitignore/env-not-ignored' && f.path === '.env'));
      // Refused before reading (before the fix it was read, 620 MB, and then failed).
      assert.ok(report.notes.some((n) => n.includes('.env') && /leads outside the folder|not a regular file/.test(n) && n.includes('judged by its name only')), report.notes.join('\n'));
    });

    it('a FIFO named .env is judged by its name only, with git and in Restricted Mode', async () => {
      const repo = repoWith(path.join(dir, 'r'), { 'bot.py': 'x = 1\n' });
      execFileSync('mkfifo', [path.join(repo, '.env')]);
      for (const git of [nodeGit({ env: { HOME: host.home } }), noGit('Restricted Mode')]) {
        const report = await new EnvGuard(repo, nodeFs, git, { env: host, envFiles: ['.env'] }).check();
        assert.ok(report.findings.some((f) => f.id === 'gitignore/env-not-ignored'));
        assert.ok(report.notes.some((n) => n.includes('not a regular file')));
      }
    });

    it('a 3 MB .env is not read above maxFileSizeKB, and tracked/ignored checks still work', async () => {
      const line = `API_SECRET=${randomSecret()}\n`;
      const big = line.repeat(Math.ceil((3 * 1024 * 1024) / line.length));
      const repo = repoWith(path.join(dir, 'r'), { '.env': big, 'bot.py': 'x = 1\n' });
      const report = await scanJson(repo);
      const tracked = report.findings.find((f) => f.path === '.env' && f.id === 'gitignore/env-tracked');
      assert.ok(tracked, JSON.stringify(report.findings));
      assert.ok(report.notes.some((n) => n.includes('larger than the size limit') && n.includes('judged by its name only')));
      assert.ok(report.skipped.some((s) => s.path === '.env' && s.reason === 'too-large'));

      // A limit above the size reads it again (so the cap, not something else, made the difference).
      const guard = new EnvGuard(repo, nodeFs, nodeGit({ env: { HOME: host.home } }), { env: host, envFiles: ['.env'], maxEnvFileBytes: 4 * 1024 * 1024 });
      const full = await guard.check();
      assert.ok(!full.notes.some((n) => n.includes('judged by its name only')));
      assert.ok(full.files[0].sensitive);
    });
  });
});
