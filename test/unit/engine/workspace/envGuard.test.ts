import * as assert from 'assert';
import * as fs from 'fs';
import { checkEnvFiles, EnvGuard, nodeFs, nodeGit, UnreadableFileError, type EnvCheckReport, type Fs } from '../../../../src/engine';
import { randomSecret, Sandbox } from './sandbox';

/** `path id severity` per finding, sorted, for compact assertions. */
function summary(report: EnvCheckReport): string[] {
  return report.findings.map((f) => `${f.path} ${f.id} ${f.severity}`).sort();
}

describe('checkEnvFiles', () => {
  let sb: Sandbox;
  const check = (rel: string, git = sb.git) => checkEnvFiles(sb.path(rel), nodeFs, git, { env: sb.hostEnv });
  beforeEach(() => (sb = new Sandbox()));
  afterEach(() => sb.remove());

  it('reads env files up to maxEnvFileBytes (the editor passes keyguard.maxFileSizeKB): a larger one is judged by its name', async () => {
    sb.init('r');
    const text = `BINANCE_API_KEY=${randomSecret(64)}\n${'# note\n'.repeat(300)}`;
    sb.write({ 'r/.env': text });
    const under = await checkEnvFiles(sb.path('r'), nodeFs, sb.git, { env: sb.hostEnv, maxEnvFileBytes: text.length + 1 });
    assert.deepStrictEqual(summary(under), ['.env gitignore/env-not-ignored error']);
    const over = await checkEnvFiles(sb.path('r'), nodeFs, sb.git, { env: sb.hostEnv, maxEnvFileBytes: 1024 });
    assert.deepStrictEqual(summary(over), ['.env gitignore/env-not-ignored warning']);
    assert.ok(over.notes.some((n) => /larger than the size limit\): judged by its name only$/.test(n)), JSON.stringify(over.notes));
  });

  it('warns about an env file git does not ignore, on line 1, and an error when it holds keys', async () => {
    sb.init('r');
    sb.write({
      'r/.env': `# exchange\nBINANCE_API_KEY=${randomSecret(64)}\nBINANCE_API_SECRET=${randomSecret(64)}\n`,
      'r/bot/.env.local': 'LOG_LEVEL=debug\n',
      'r/.env.example': 'BINANCE_API_KEY=\n',
      'r/config/prod.env': 'PORT=8080\n',
    });
    const report = await check('r');
    assert.deepStrictEqual(summary(report), [
      '.env gitignore/env-not-ignored error',
      'bot/.env.local gitignore/env-not-ignored warning',
      'config/prod.env gitignore/env-not-ignored warning',
    ]);
    const env = report.findings.find((f) => f.path === '.env')!;
    assert.deepStrictEqual(env.range, { start: 0, end: 10, startLine: 0, startColumn: 0, endLine: 0, endColumn: 10 });
    assert.match(env.message, /git does not ignore \.env: the next `git add \.` commits it and its keys\./);
    assert.strictEqual(env.fix.gitignore, sb.path('r/.gitignore'));
    assert.strictEqual(env.fix.entry, '.env');
    assert.deepStrictEqual(env.fix.examples, ['.env.example']);
    assert.strictEqual(env.fix.exampleExists, true);
    assert.strictEqual(report.findings.find((f) => f.path === 'bot/.env.local')!.fix.entry, '.env.*');
    assert.ok(!JSON.stringify(report).includes(fs.readFileSync(sb.path('r/.env'), 'utf8').split('=')[1].slice(0, 20)), 'no secret in the report');
  });

  it('reports nothing for ignored env files and templates', async () => {
    sb.init('r');
    sb.write({ 'r/.gitignore': '.env\n.env.*\n!.env.example\n', 'r/.env': 'A=1\n', 'r/.env.local': 'B=2\n', 'r/.env.example': 'A=\n', 'r/.env.sample': 'A=\n' });
    const report = await check('r');
    assert.deepStrictEqual(summary(report), []);
    assert.deepStrictEqual(report.files.map((f) => [f.path, f.ignored, f.tracked]), [['.env', true, false], ['.env.local', true, false]]);
  });

  it('says an env file is tracked even when .gitignore lists it, with the commit it arrived in', async () => {
    sb.init('r');
    sb.write({ 'r/.env': `OKX_API_SECRET=${randomSecret(32)}\n` });
    const sha = sb.commitAll('r');
    sb.write({ 'r/.gitignore': '.env\n' });
    const report = await check('r');
    assert.deepStrictEqual(summary(report), ['.env gitignore/env-tracked error']);
    const f = report.findings[0];
    assert.match(f.message, new RegExp(`git tracks \\.env: its values are in the repository\\. Committed in ${sha.slice(0, 7)} on \\d{4}-\\d{2}-\\d{2}, and no remote branch has that commit yet\\.`));
    assert.match(f.advice!, /delete them on the exchange/);
    assert.strictEqual(f.fix.tracked, true);
  });

  it('calls a staged-but-never-committed env file tracked, without a commit', async () => {
    sb.init('r');
    sb.write({ 'r/.env': 'PORT=1\n' });
    sb.gitSync('r', 'add', '.env');
    const report = await check('r');
    // No key-looking value in it, but it is the file the app's keys go in: a warning.
    assert.deepStrictEqual(summary(report), ['.env gitignore/env-tracked warning']);
    assert.match(report.findings[0].message, /git has staged \.env: a key put in it gets committed/);
  });

  it('a committed env file with no key-looking value is a note; with one, an error (issue 17)', async () => {
    sb.init('r');
    sb.write({ 'r/.env.test': 'NODE_API_URL=http://localhost:8000\nLOG_LEVEL=debug\n', 'r/api/.env': `OKX_API_SECRET=${randomSecret(32)}\n` });
    sb.commitAll('r');
    const report = await check('r');
    assert.deepStrictEqual(summary(report), ['.env.test gitignore/env-tracked info', 'api/.env gitignore/env-tracked error']);
    assert.match(report.findings.find((f) => f.path === '.env.test')!.message, /git tracks \.env\.test, which holds no key-looking values/);
  });

  it('a public value\'s name holds no key, whatever credential word it contains (held-out false alarm)', async () => {
    sb.init('r');
    sb.write({ 'r/.env': 'PRIVATE_KEY=input_your_PRIVATE_KEY\nFUNGIBLE_TOKEN_MODULE_OWNER_ADDRESS=input_your_FUNGIBLE_TOKEN_MODULE_OWNER_ADDRESS\n' });
    sb.commitAll('r');
    assert.deepStrictEqual(summary(await check('r')), ['.env gitignore/env-tracked warning']);
    // The same file with a real-looking value under a credential name is an error.
    sb.write({ 'r/.env': `API_SECRET=${randomSecret(32)}\nFUNGIBLE_TOKEN_MODULE_OWNER_ADDRESS=input_your_FUNGIBLE_TOKEN_MODULE_OWNER_ADDRESS\n` });
    sb.commitAll('r');
    assert.deepStrictEqual(summary(await check('r')), ['.env gitignore/env-tracked error']);
  });

  it('a tracked .env or .env.local with empty or placeholder slots is a warning; other variants stay notes', async () => {
    sb.init('r');
    sb.write({
      'r/.env': 'apiKey=""\napiSecret=""\nTIMEOUT_SEC=15\n',
      'r/bot/.env.local.save': 'API_KEY="SOME_API_KEY"\n',
      'r/web/.env.production': 'VITE_API_URL=https://api.example.org\n',
      'r/.env.development': 'API_KEY=\n',
    });
    sb.commitAll('r');
    const report = await check('r');
    assert.deepStrictEqual(summary(report), [
      '.env gitignore/env-tracked warning', '.env.development gitignore/env-tracked info',
      'bot/.env.local.save gitignore/env-tracked warning', 'web/.env.production gitignore/env-tracked info',
    ]);
    const env = report.findings.find((f) => f.path === '.env')!;
    assert.match(env.message, /^git tracks \.env: a key put in it gets committed\.$/);
    assert.match(env.advice!, /git rm --cached.*\.env\.example with empty values/);
  });

  it('reads AUTH as a credential word only on its own: an OAuth base URL is no key (held-out false alarm)', async () => {
    sb.init('r');
    sb.write({ 'r/web/.env.production': 'VITE_OAUTH_BASE_URL=https://login.example.org/oauth\n', 'r/api/.env': 'BASIC_AUTH=ops:Tq8vLm2Rx\n' });
    sb.commitAll('r');
    const report = await check('r');
    assert.deepStrictEqual(summary(report), ['api/.env gitignore/env-tracked error', 'web/.env.production gitignore/env-tracked info']);
  });

  it('finds an env file in history after it was untracked and ignored, and says where it was pushed', async () => {
    sb.init('r');
    sb.gitSync('', 'init', '-q', '--bare', '-b', 'main', 'remote.git');
    sb.gitSync('r', 'remote', 'add', 'origin', sb.path('remote.git'));
    sb.write({ 'r/.env': `BYBIT_API_KEY=${randomSecret(18)}\n`, 'r/main.py': 'print(1)\n' });
    const sha = sb.commitAll('r');
    sb.gitSync('r', 'push', '-q', 'origin', 'main');
    sb.gitSync('r', 'rm', '-q', '--cached', '.env');
    sb.write({ 'r/.gitignore': '.env\n' });
    sb.commitAll('r', 'stop tracking');
    const report = await check('r');
    assert.deepStrictEqual(summary(report), ['.env gitignore/env-in-history error']);
    assert.match(report.findings[0].message, new RegExp(`Committed in ${sha.slice(0, 7)} on \\d{4}-\\d{2}-\\d{2} and pushed to origin/main`));
    assert.match(report.findings[0].advice!, /Treat every key in it as leaked: delete them on the exchange/);
    assert.strictEqual(report.files[0].pushedTo, 'origin/main');
  });

  it('reports an env file that exists only in history (deleted since)', async () => {
    sb.init('r');
    sb.write({ 'r/.env.production': 'API_SECRET=zzz\n' });
    sb.commitAll('r');
    sb.gitSync('r', 'rm', '-q', '.env.production');
    sb.commitAll('r', 'remove');
    const report = await check('r');
    assert.deepStrictEqual(summary(report), ['.env.production gitignore/env-in-history error']);
    assert.strictEqual(report.findings[0].fix.onDisk, false);
    assert.match(report.findings[0].message, /was committed once: .*; it is deleted now\./);
  });

  it('ignores commits that only the stash holds', async () => {
    sb.init('r');
    sb.write({ 'r/a.txt': '1\n' });
    sb.commitAll('r');
    sb.write({ 'r/.gitignore': '.env\n', 'r/.env': 'K=1\n' });
    sb.gitSync('r', 'stash', 'push', '-q', '--all');
    sb.write({ 'r/.gitignore': '.env\n', 'r/.env': 'K=1\n' });
    assert.deepStrictEqual(summary(await check('r')), []);
  });

  it('gives an informational finding outside any git repository', async () => {
    sb.write({ 'plain/.env': 'KRAKEN_KEY=1\n', 'other/.gitignore': '.env\n', 'other/.env': 'X=1\n' });
    assert.deepStrictEqual(summary(await check('plain')), ['.env gitignore/no-git-repo info']);
    assert.match((await check('plain')).findings[0].message, /not in a git repository, so nothing ignores it/);
    assert.deepStrictEqual(summary(await check('other')), []);
  });

  it('judges a nested repository by its own rules, not its parent\'s', async () => {
    sb.init('outer');
    sb.write({ 'outer/.gitignore': '.env\n', 'outer/.env': 'A=1\n', 'outer/svc/.env': 'A=1\n' });
    sb.init('outer/bots/inner');
    sb.write({ 'outer/bots/inner/.env': 'A=1\n', 'outer/bots/inner/.gitignore': 'node_modules/\n' });
    const report = await check('outer');
    assert.deepStrictEqual(summary(report), ['bots/inner/.env gitignore/env-not-ignored warning']);
    const inner = report.findings[0];
    assert.strictEqual(inner.fix.repoRoot, sb.path('outer/bots/inner'));
    assert.strictEqual(inner.fix.gitignore, sb.path('outer/bots/inner/.gitignore'));
  });

  it('applies the .gitignore above a workspace folder that sits inside a repository', async () => {
    sb.init('mono');
    sb.write({ 'mono/.gitignore': 'bots/*/.env\n', 'mono/bots/grid/.env': 'A=1\n', 'mono/bots/grid/sub/.env': 'A=1\n' });
    const report = await check('mono/bots/grid');
    assert.deepStrictEqual(summary(report), ['sub/.env gitignore/env-not-ignored warning']);
    assert.strictEqual(report.findings[0].fix.gitignore, sb.path('mono/.gitignore'));
  });

  it('checks each root of a multi-root workspace on its own', async () => {
    sb.init('a');
    sb.init('b');
    sb.write({ 'a/.gitignore': '.env\n', 'a/.env': 'A=1\n', 'b/.env': 'B=1\n' });
    const [ra, rb] = await Promise.all([check('a'), check('b')]);
    assert.deepStrictEqual([summary(ra), summary(rb)], [[], ['.env gitignore/env-not-ignored warning']]);
  });

  it('still decides from .gitignore files when git is missing, and says what it could not check', async () => {
    sb.init('r');
    sb.write({ 'r/.env': 'A=1\n', 'r/.gitignore': '.env.local\n', 'r/.env.local': 'B=2\n' });
    sb.commitAll('r');
    const report = await check('r', nodeGit({ binary: sb.path('missing/git') }));
    assert.deepStrictEqual(summary(report), ['.env gitignore/env-not-ignored warning']);
    assert.strictEqual(report.files[0].tracked, undefined);
    assert.match(report.notes.join('\n'), /git is not installed or not on PATH.*could not check whether env files .* are tracked/);
  });

  it('works in a repository in the middle of a rebase, with a note', async () => {
    sb.init('r');
    sb.write({ 'r/f.txt': 'base\n' });
    sb.commitAll('r');
    sb.gitSync('r', 'checkout', '-q', '-b', 'other');
    sb.write({ 'r/f.txt': 'other\n' });
    sb.commitAll('r');
    sb.gitSync('r', 'checkout', '-q', 'main');
    sb.write({ 'r/f.txt': 'main\n' });
    sb.commitAll('r');
    assert.throws(() => sb.gitSync('r', 'rebase', '-q', 'other'));
    assert.ok(fs.existsSync(sb.path('r/.git/rebase-merge')) || fs.existsSync(sb.path('r/.git/rebase-apply')));
    sb.write({ 'r/.env': 'A=1\n' });
    const report = await check('r');
    assert.deepStrictEqual(summary(report), ['.env gitignore/env-not-ignored warning']);
    assert.match(report.notes.join('\n'), /in the middle of a rebase/);
  });

  it('skips dotenvx-encrypted env files and .envrc files without values', async () => {
    sb.init('r');
    sb.write({
      'r/.env': '#/ public key\nDOTENV_PUBLIC_KEY="03f8a1c2"\nBINANCE_API_KEY="encrypted:BDqDJ0xk1mWv3sWm7Tn9"\n',
      'r/.envrc': 'use nix\nlayout python3\nexport PATH=$PWD/bin:$PATH\n',
      'r/.env.keys': 'DOTENV_PRIVATE_KEY="a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2"\n',
    });
    sb.commitAll('r');
    assert.deepStrictEqual(summary(await check('r')), ['.env.keys gitignore/env-tracked error']);
  });

  it('does not descend into ignored folders, yet still sees tracked env files there', async () => {
    sb.init('r');
    sb.write({ 'r/.gitignore': 'data/\n', 'r/data/.env': 'A=1\n', 'r/data/deep/.env': 'A=1\n' });
    sb.gitSync('r', 'add', '-f', 'data/deep/.env');
    const report = await check('r');
    assert.deepStrictEqual(summary(report), ['data/deep/.env gitignore/env-tracked warning']);
  });

  it('sees commits made between two checks (the history cache follows the refs)', async () => {
    sb.init('r');
    sb.write({ 'r/a.txt': '1\n', 'r/.gitignore': '.env\n', 'r/.env': 'A=1\n' });
    sb.commitAll('r');
    assert.deepStrictEqual(summary(await check('r')), []);
    sb.gitSync('r', 'add', '-f', '.env');
    sb.gitSync('r', 'commit', '-qm', 'oops');
    sb.gitSync('r', 'rm', '-q', '--cached', '.env');
    sb.gitSync('r', 'commit', '-qm', 'fix');
    assert.deepStrictEqual(summary(await check('r')), ['.env gitignore/env-in-history error']);
  });

  it('goes on past an unreadable .gitignore or env file, with notes', async () => {
    sb.init('r');
    sb.write({ 'r/.gitignore': 'node_modules/\n', 'r/a/.gitignore': '.env\n', 'r/a/.env': 'A=1\n', 'r/.env': 'B=2\n' });
    const blocked = new Set([sb.path('r/a/.gitignore'), sb.path('r/.env')]);
    const fsWithErrors: Fs = {
      ...nodeFs,
      readFile: async (p) => {
        if (blocked.has(p)) throw new UnreadableFileError(p, 'EACCES');
        return nodeFs.readFile(p);
      },
    };
    const report = await checkEnvFiles(sb.path('r'), fsWithErrors, sb.git, { env: sb.hostEnv });
    assert.deepStrictEqual(summary(report), ['.env gitignore/env-not-ignored warning', 'a/.env gitignore/env-not-ignored warning']);
    const notes = report.notes.join('\n');
    assert.match(notes, /cannot read .*a[\\/]\.gitignore \(EACCES\): git skips it too/);
    assert.match(notes, /cannot read .*r[\\/]\.env \(EACCES\): judged by its name only/);
  });

  it('reports env files in test folders at lower severity', async () => {
    sb.init('r');
    sb.write({ 'r/tests/fixtures/.env': `BINANCE_API_SECRET=${randomSecret(64)}\n` });
    sb.commitAll('r');
    const report = await check('r');
    assert.deepStrictEqual(summary(report), ['tests/fixtures/.env gitignore/env-tracked info']);
    assert.match(report.findings[0].message, /In a test, example or docs folder/);
  });

  it('handles spaces and non-ASCII characters in paths', async () => {
    sb.init('r');
    sb.write({ 'r/mon bot/.env': 'A=1\n', 'r/ünï/.env.local': 'B=2\n', 'r/.gitignore': 'ünï/\n' });
    sb.gitSync('r', 'add', '-f', 'ünï/.env.local');
    sb.commitAll('r');
    assert.deepStrictEqual(summary(await check('r')), ['mon bot/.env gitignore/env-tracked warning', 'ünï/.env.local gitignore/env-tracked warning']);
  });

  it('takes a known list of env files instead of searching', async () => {
    sb.init('r');
    sb.write({ 'r/.env': 'A=1\n', 'r/x/.env': 'A=1\n' });
    const report = await checkEnvFiles(sb.path('r'), nodeFs, sb.git, { env: sb.hostEnv, envFiles: [sb.path('r/x/.env')] });
    assert.deepStrictEqual(summary(report), ['x/.env gitignore/env-not-ignored warning']);
  });

  it('knows which env files are safe places for secrets', async () => {
    sb.init('r');
    sb.write({ 'r/.gitignore': '.env\n', 'r/.env': 'A=1\n', 'r/.env.local': 'B=1\n' });
    const guard = new EnvGuard(sb.path('r'), nodeFs, sb.git, { env: sb.hostEnv });
    await guard.check();
    assert.strictEqual(guard.isSafeEnvFile('.env'), true);
    assert.strictEqual(guard.isSafeEnvFile(sb.path('r/.env')), true);
    assert.strictEqual(guard.isSafeEnvFile('.env.local'), false);
  });
});
