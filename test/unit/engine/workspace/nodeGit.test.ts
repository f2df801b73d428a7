import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../../../src/cli/run';
import { nodeGit } from '../../../../src/engine';
import { filterDriverNames, filterOverrides, hardenedArgs, hardenedEnv, mayRunFilters } from '../../../../src/engine/workspace/node/gitSafety';
import { cliEnv, payload, plainGit, randomSecret, ran, repoWith, tempDir, withEnv, writeFiles } from '../../hardening/hostile';

describe('the hardened git runner', function () {
  this.timeout(30_000);
  let dir: string;
  beforeEach(() => (dir = tempDir('keyguard-git-')));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('puts the safety settings first and turns diff programs off where a subcommand shows diffs', () => {
    const args = hardenedArgs(['-c', 'core.quotePath=false', 'log', '-p']);
    const at = args.indexOf('log');
    assert.deepStrictEqual(args.slice(at - 2), ['-c', 'core.quotePath=false', 'log', '--no-ext-diff', '--no-textconv', '-p']);
    for (const c of ['core.fsmonitor=false', 'core.hooksPath=/dev/null', 'core.pager=cat', 'diff.external=', 'safe.bareRepository=explicit']) {
      assert.ok(args.includes(c) && args[args.indexOf(c) - 1] === '-c', c);
    }
    assert.deepStrictEqual(hardenedArgs(['ls-files']).slice(-1), ['ls-files']);
  });

  it('drops every inherited GIT_* and program-naming variable, keeps the rest and our own settings', () => {
    const env = hardenedEnv(
      { PATH: '/bin', HOME: '/h', GIT_DIR: '/x', git_work_tree: '/y', GIT_INDEX_FILE: 'i', GIT_CONFIG_PARAMETERS: "'core.fsmonitor=x'", GIT_SSH_COMMAND: 'x', GIT_ASKPASS: 'x', GIT_EXEC_PATH: '/e', PAGER: 'less' },
      { GIT_CONFIG_GLOBAL: '/isolated' },
    );
    assert.deepStrictEqual(Object.keys(env).sort(), ['GIT_CONFIG_GLOBAL', 'GIT_OPTIONAL_LOCKS', 'GIT_TERMINAL_PROMPT', 'HOME', 'LC_ALL', 'PATH']);
    assert.strictEqual(env.GIT_TERMINAL_PROMPT, '0');
  });

  it('knows which calls could run a filter driver', () => {
    for (const safe of [['ls-files', '-z', '--cached', '--others'], ['cat-file', 'blob', ':a'], ['cat-file', '--batch'], ['diff', '--cached', '--name-only'], ['-c', 'a=b', 'log', '-p'], ['config', '--get', 'x'], ['rev-parse', 'HEAD']]) {
      assert.strictEqual(mayRunFilters(safe), false, safe.join(' '));
    }
    for (const risky of [['rm', '--cached', '--', 'a'], ['diff'], ['ls-files', '-m'], ['cat-file', '--filters', 'HEAD:a'], ['status'], ['add', '.']]) {
      assert.strictEqual(mayRunFilters(risky), true, risky.join(' '));
    }
    assert.deepStrictEqual([...filterDriverNames('filter.lfs.process\0filter.a.b.clean\0filter.lfs.required\0')], ['lfs', 'a.b']);
    assert.strictEqual(filterOverrides(['x=y']), undefined);
  });

  it('never runs a textconv program from .gitattributes on `log -p` (the history scan\'s call)', async () => {
    const { script, marker } = payload(dir, 'textconv', true);
    const repo = repoWith(path.join(dir, 'r'), { '.gitattributes': '*.py diff=evil\n', 'bot.py': 'a = 1\n' });
    plainGit(repo, 'config', 'diff.evil.textconv', script);
    writeFiles(repo, { 'bot.py': 'a = 2\n' });
    plainGit(repo, 'commit', '-qam', 'two');
    plainGit(repo, 'log', '-p');
    assert.ok(ran(marker), 'control: plain git log -p runs the textconv program');
    const lines: string[] = [];
    const r = await nodeGit().lines(['log', '-p', '--format=%H'], repo, (l) => void lines.push(l));
    assert.strictEqual(r.code, 0, r.stderr);
    assert.ok(lines.includes('+a = 2'));
    assert.ok(!ran(marker));
  });

  it('streams raw bytes with stdin (cat-file --batch), for the history scan', async () => {
    const repo = repoWith(path.join(dir, 'r'), { 'a.txt': 'hello\n' });
    const id = plainGit(repo, 'rev-parse', 'HEAD:a.txt').trim();
    const chunks: Buffer[] = [];
    const r = await nodeGit().stream(['cat-file', '--batch'], repo, (c) => void chunks.push(c), `${id}\n`);
    assert.strictEqual(r.code, 0);
    assert.strictEqual(Buffer.concat(chunks).toString('utf8'), `${id} blob 6\nhello\n\n`);
  });

  it('rethrows an exception of its own consumer instead of reporting an anonymous failed git', async () => {
    const repo = repoWith(path.join(dir, 'r'), { 'a.txt': 'hello\n' });
    const id = plainGit(repo, 'rev-parse', 'HEAD:a.txt').trim();
    await assert.rejects(nodeGit().lines(['log', '--format=%H'], repo, () => {
      throw new Error('parser broke');
    }), /parser broke/);
    await assert.rejects(nodeGit().stream(['cat-file', '--batch'], repo, async () => {
      throw new Error('consumer rejected');
    }, `${id}\n`), /consumer rejected/);
  });

  it('stops a git that does not finish in time, with a reason', async () => {
    const fake = path.join(dir, 'slow-git');
    fs.writeFileSync(fake, '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 });
    const r = await nodeGit({ binary: fake, timeoutMs: 200 }).run(['status'], dir);
    assert.notStrictEqual(r.code, 0);
    assert.match(r.stderr, /did not finish/);
  });

  it('--staged in a pre-commit hook scans the index git names in GIT_INDEX_FILE, only when it is this repository\'s', async () => {
    const repo = repoWith(path.join(dir, 'r'), { 'bot.py': 'x = 1\n' });
    writeFiles(repo, { 'bot.py': `BINANCE_API_SECRET = "${randomSecret()}"\n` });
    // What `git commit -a` does: stage into a temporary index inside .git, leaving the main index alone.
    const alt = path.join(repo, '.git', 'next-index.lock');
    const hookEnv = { ...process.env, GIT_INDEX_FILE: alt };
    execFileSync('git', ['read-tree', 'HEAD'], { cwd: repo, env: hookEnv });
    execFileSync('git', ['add', 'bot.py'], { cwd: repo, env: hookEnv });
    const inHook = await withEnv({ GIT_INDEX_FILE: alt }, () => run(['scan', '--staged'], cliEnv(repo)));
    assert.strictEqual(inHook.exitCode, 1, inHook.stdout + inHook.stderr);
    assert.match(inHook.stdout, /bot\.py/);

    const outside = path.join(dir, 'elsewhere-index');
    fs.copyFileSync(alt, outside);
    const foreign = await withEnv({ GIT_INDEX_FILE: outside }, () => run(['scan', '--staged'], cliEnv(repo)));
    assert.strictEqual(foreign.exitCode, 0, 'an index outside the repository\'s git folder was used');
  });
});
