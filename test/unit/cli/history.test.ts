// `keyguard scan --history` on real repositories built with git fast-import.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../../src/cli/run';
import { cliEnv, payload, plainGit, ran, randomSecret, tempDir, withEnv } from '../hardening/hostile';
import { buildRepo } from './historyRepo';

/** A Python file that holds a Binance secret on its second line. */
const bot = (secret: string, extra = '') => `import ccxt\nBINANCE_API_SECRET = "${secret}"\n${extra}`;
const masked = (s: string) => `${s.slice(0, 4)}…${s.slice(-4)}`;

interface JsonFinding { path: string; line: number; id: string; masked: string; commit: string; date: string; author: string; inHead: boolean; pushed: boolean }

/** Runs the CLI with JSON output and returns its findings. */
async function history(repo: string, ...extra: string[]): Promise<{ exitCode: number; findings: JsonFinding[]; json: any; stdout: string; stderr: string }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const r = await run(['scan', '--history', '--format', 'json', ...extra], cliEnv(repo));
  const json = r.stdout ? JSON.parse(r.stdout) : undefined;
  return { exitCode: r.exitCode, findings: json?.findings ?? [], json, stdout: r.stdout, stderr: r.stderr };
}

describe('keyguard scan --history', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = tempDir('keyguard-history-')));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('attributes added, edited, moved, deleted and re-added values to the commit that introduced them at each path', async () => {
    const [k1, k2] = [randomSecret(), randomSecret()];
    const repo = path.join(dir, 'r');
    const ids = buildRepo(repo, [
      { name: 'add', author: 'Ann', files: { 'a.py': bot(k1) } },
      { name: 'edit', author: 'Bob', files: { 'a.py': bot(k1, 'x = 1\n') } },
      { name: 'move', author: 'Cy', files: { 'a.py': null, 'src/b.py': bot(k1, 'x = 1\n') } },
      { name: 'second', author: 'Dee', files: { 'c.py': bot(k2) } },
      { name: 'delete', author: 'Eve', files: { 'src/b.py': null, 'c.py': 'import os\n' } },
      { name: 'readd', author: 'Fay', files: { 'a.py': bot(k1, 'y = 2\n') } },
    ]);
    const r = await history(repo);
    assert.strictEqual(r.exitCode, 1, r.stderr);
    const seen = r.findings.map((f) => [f.path, f.masked, f.commit, f.author, f.inHead, f.line]);
    assert.deepStrictEqual(seen, [
      ['a.py', masked(k1), ids.get('add'), 'Ann', true, 2], // re-added later: the oldest commit still counts
      ['c.py', masked(k2), ids.get('second'), 'Dee', false, 2],
      ['src/b.py', masked(k1), ids.get('move'), 'Cy', false, 2], // a move introduces the value at the new path
    ]);
    assert.match(r.findings[0].date, /^2023-11-14T22:\d\d:\d\d\+00:00$/);
    assert.strictEqual(r.json.history.commits, 6);
    for (const s of [k1, k2]) assert.ok(!r.stdout.includes(s), 'a full secret was printed');
  });

  it('scans the same blob at src/ and at dist/ apart: the skipped generated copy does not hide the source file\'s key', async () => {
    const k = randomSecret();
    const repo = path.join(dir, 'r');
    const js = `const ccxt = require('ccxt');\nconst BINANCE_API_SECRET = '${k}';\n`;
    // dist/ sorts first, so before the fix its (skipped) scan stood for the src/ copy too.
    const ids = buildRepo(repo, [{ name: 'both', files: { 'dist/app.min.js': js, 'src/app.js': js } }]);
    const r = await history(repo);
    assert.deepStrictEqual(r.findings.map((f) => [f.path, f.commit]), [['src/app.js', ids.get('both')]]);
    const all = await history(repo, '--include-generated');
    assert.deepStrictEqual(all.findings.map((f) => f.path), ['dist/app.min.js', 'src/app.js']);
  });

  it('judges a script in a build folder by its content apart from the same blob in src/: a bundle there hides nothing', async () => {
    const k = randomSecret();
    const repo = path.join(dir, 'r');
    const js = `/******/ (() => {\nconst ccxt = require('ccxt');\nconst BINANCE_API_SECRET = '${k}';\n/******/ })();\n`;
    const ids = buildRepo(repo, [{ name: 'both', files: { 'dist/app.js': js, 'src/app.js': js } }]);
    const r = await history(repo);
    assert.deepStrictEqual(r.findings.map((f) => [f.path, f.commit]), [['src/app.js', ids.get('both')]]);
  });

  it('groups text output into "still in your files" and "only in history", with the full commit id', async () => {
    const [k1, k2] = [randomSecret(), randomSecret()];
    const repo = path.join(dir, 'r');
    const ids = buildRepo(repo, [
      { name: 'one', files: { 'a.py': bot(k1), 'b.py': bot(k2) } },
      { name: 'two', files: { 'b.py': 'import os\n' } },
    ]);
    const r = await run(['scan', '--history'], cliEnv(repo));
    assert.strictEqual(r.exitCode, 1);
    const still = r.stdout.indexOf('Still in your files');
    const only = r.stdout.indexOf('Only in history: rotate the key; rewriting history does not un-leak a pushed key');
    assert.ok(still !== -1 && only > still, r.stdout);
    assert.ok(r.stdout.indexOf('a.py:2') < only && r.stdout.indexOf('b.py:2') > only);
    assert.ok(r.stdout.includes(`commit ${ids.get('one')}`));
    assert.match(r.stdout, /2 findings \(2 errors\) in 2 commits, 3 blobs/);
  });

  it('follows merges: side-branch values keep their commit, a value new in the merge belongs to the merge', async () => {
    const [k1, k2] = [randomSecret(), randomSecret()];
    const repo = path.join(dir, 'r');
    const ids = buildRepo(repo, [
      { name: 'base', files: { 'README.md': 'hi\n' } },
      { name: 'side', branch: 'side', from: 'base', files: { 's.py': bot(k1) } },
      { name: 'main2', files: { 'm.py': 'x = 1\n' } },
      { name: 'merge', merge: ['side'], files: { 's.py': bot(k1), 'm.py': bot(k2) } },
    ]);
    const r = await history(repo);
    assert.deepStrictEqual(r.findings.map((f) => [f.path, f.commit]), [['m.py', ids.get('merge')], ['s.py', ids.get('side')]]);
  });

  it('skips binary and oversized blobs, like the working-tree scan', async () => {
    const repo = path.join(dir, 'r');
    buildRepo(repo, [
      { name: 'one', files: { 'blob.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(bot(randomSecret()))]), 'big.py': bot(randomSecret(), '#'.repeat(3000)) } },
    ]);
    const r = await history(repo, '--max-file-size', '2');
    assert.strictEqual(r.exitCode, 0, r.stdout);
    assert.deepStrictEqual(r.json.skipped.map((s: { reason: string }) => s.reason).sort(), ['binary', 'too-large']);
  });

  it('scans a shallow clone (its oldest commit holds everything it has)', async () => {
    const [k1, k2] = [randomSecret(), randomSecret()];
    const repo = path.join(dir, 'r');
    buildRepo(repo, [
      { name: 'one', files: { 'a.py': bot(k1) } },
      { name: 'two', files: { 'b.py': bot(k2) } },
    ]);
    const shallow = path.join(dir, 'shallow');
    plainGit(dir, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    const tip = plainGit(shallow, 'rev-parse', 'HEAD').trim();
    const r = await history(shallow);
    assert.deepStrictEqual(r.findings.map((f) => [f.path, f.commit, f.pushed]), [['a.py', tip, true], ['b.py', tip, true]]);
  });

  it('reports nothing, exit 0, for a repository without commits and one whose commits hold no files', async () => {
    const none = path.join(dir, 'none');
    fs.mkdirSync(none);
    plainGit(none, 'init', '-q');
    const r = await history(none);
    assert.strictEqual(r.exitCode, 0, r.stderr);
    assert.deepStrictEqual(r.findings, []);
    assert.deepStrictEqual(r.json.notes, ['no commits to scan']);
    const empty = path.join(dir, 'empty');
    buildRepo(empty, [{ name: 'empty', files: {} }]);
    const e = await history(empty);
    assert.strictEqual(e.exitCode, 0, e.stderr);
    assert.strictEqual(e.json.history.commits, 1);
  });

  it('exits 2 with a clear message when git is missing, or outside a repository', async () => {
    const noGitPath = path.join(dir, 'bin');
    fs.mkdirSync(noGitPath);
    const r = await withEnv({ PATH: noGitPath }, () => run(['scan', '--history'], cliEnv(dir)));
    assert.strictEqual(r.exitCode, 2);
    assert.match(r.stderr, /^keyguard: --history reads the repository with git, and git is not installed or not on PATH/);
    const outside = await run(['scan', '--history'], cliEnv(dir));
    assert.strictEqual(outside.exitCode, 2);
    assert.match(outside.stderr, /needs a git repository/);
  });

  it('tells pushed commits from local ones (a bare remote), and --range scans only the commits of a push', async () => {
    const [k1, k2, k3] = [randomSecret(), randomSecret(), randomSecret()];
    const repo = path.join(dir, 'r');
    const ids = buildRepo(repo, [
      { name: 'one', files: { 'a.py': bot(k1) } },
      { name: 'two', files: { 'a.py': bot(k1, 'x = 2\n'), 'b.py': bot(k2) } },
      { name: 'three', files: { 'c.py': bot(k3) } },
    ]);
    const remote = path.join(dir, 'remote.git');
    plainGit(dir, 'init', '-q', '--bare', remote);
    plainGit(repo, 'remote', 'add', 'origin', remote);
    plainGit(repo, 'push', '-q', 'origin', `${ids.get('two')}:refs/heads/main`);
    plainGit(repo, 'fetch', '-q', 'origin');
    const all = await history(repo);
    assert.deepStrictEqual(all.findings.map((f) => [f.path, f.pushed]), [['a.py', true], ['b.py', true], ['c.py', false]]);

    // A CI job on the push of `two` and `three`: the key that was already in a.py is not this push's.
    const push = await history(repo, '--range', `${ids.get('one')}..${ids.get('three')}`);
    assert.deepStrictEqual(push.findings.map((f) => [f.path, f.commit]), [['b.py', ids.get('two')], ['c.py', ids.get('three')]]);
    const since = await history(repo, '--since', 'origin/main');
    assert.deepStrictEqual(since.findings.map((f) => f.path), ['c.py']);
  });

  it('--branch scans only that branch\'s commits', async () => {
    const [k1, k2] = [randomSecret(), randomSecret()];
    const repo = path.join(dir, 'r');
    buildRepo(repo, [
      { name: 'base', files: { 'a.py': bot(k1) } },
      { name: 'side', branch: 'side', from: 'base', files: { 's.py': bot(k2) } },
    ]);
    assert.deepStrictEqual((await history(repo)).findings.map((f) => f.path), ['a.py', 's.py']);
    assert.deepStrictEqual((await history(repo, '--branch', 'main')).findings.map((f) => f.path), ['a.py']);
  });

  it('carries the origin in SARIF result properties and versionControlProvenance', async () => {
    const repo = path.join(dir, 'r');
    const ids = buildRepo(repo, [{ name: 'one', files: { 'a.py': bot(randomSecret()) } }]);
    const r = await run(['scan', '--history', '--format', 'sarif'], cliEnv(repo));
    const run0 = JSON.parse(r.stdout).runs[0];
    assert.deepStrictEqual(run0.versionControlProvenance.map((v: { revisionId: string }) => v.revisionId), [ids.get('one')]);
    const props = run0.results[0].properties;
    assert.deepStrictEqual([props.commit, props.author, props.inHead, props.pushed], [ids.get('one'), 'Ann', true, false]);
    assert.match(props.date, /^2023-11-14T/);
  });

  it('gives the same report with --jobs 1 and --jobs 4, for history and for the working tree', async () => {
    const repo = path.join(dir, 'r');
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`src/m${String(i).padStart(2, '0')}.py`] = i % 3 === 0 ? bot(randomSecret(), `n = ${i}\n`) : `n = ${i}\n`;
    buildRepo(repo, [
      { name: 'one', files },
      { name: 'two', files: Object.fromEntries(Object.keys(files).filter((_, i) => i % 2).map((p) => [p, `${files[p]}z = 0\n`])) },
    ]);
    for (const mode of [['--history'], []]) {
      const one = await run(['scan', ...mode, '--format', 'json', '--jobs', '1'], cliEnv(repo));
      const four = await run(['scan', ...mode, '--format', 'json', '--jobs', '4'], cliEnv(repo));
      assert.strictEqual(four.stdout, one.stdout, `${mode.join(' ')}: exit ${four.exitCode} ${four.stderr}`);
      assert.strictEqual(JSON.parse(one.stdout).findings.length, 14);
    }
  });

  it('never runs the repository\'s programs (fsmonitor, textconv, filters, hooks)', async () => {
    const repo = path.join(dir, 'r');
    buildRepo(repo, [{ name: 'one', files: { '.gitattributes': '*.py diff=evil filter=evil\n', 'a.py': bot(randomSecret()) } }]);
    const { script, marker } = payload(dir, 'evil', true);
    for (const key of ['core.fsmonitor', 'diff.evil.textconv', 'filter.evil.clean', 'filter.evil.smudge', 'core.pager']) plainGit(repo, 'config', key, script);
    const r = await history(repo);
    assert.strictEqual(r.findings.length, 1, r.stderr);
    assert.ok(!ran(marker), 'a repository-configured program ran');
  });

  it('refuses selection options without --history and revisions that look like options', async () => {
    for (const argv of [['scan', '--since', 'main'], ['scan', '--history', '--range', '--output=x'], ['scan', '--history', '--branch', '-x'], ['scan', '--history', 'src'], ['scan', '--jobs', '0'], ['scan', '--history', '--range', 'a..b', '--since', 'c']]) {
      const r = await run(argv, cliEnv(dir));
      assert.strictEqual(r.exitCode, 2, argv.join(' '));
      assert.match(r.stderr, /^keyguard: /);
    }
  });
});
