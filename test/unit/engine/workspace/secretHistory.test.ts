import * as assert from 'assert';
import { describeSecretHistory, findSecretInHistory, noGit, SecretHistory, type Git } from '../../../../src/engine';
import { leakState, remoteBranchesHoldingAny } from '../../../../src/engine/workspace/leakCheck';
import { randomSecret, Sandbox } from './sandbox';

/** Wraps a git runner and records every argument list and stdin it was given. */
function recording(git: Git): { git: Git; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    git: {
      run: (args, cwd, stdin) => {
        calls.push([...args, stdin ?? ''].join(' '));
        return git.run(args, cwd, stdin);
      },
      lines: (args, cwd, onLine) => {
        calls.push(args.join(' '));
        return git.lines(args, cwd, onLine);
      },
      stream: (args, cwd, onChunk, stdin) => {
        calls.push(args.join(' '));
        return git.stream(args, cwd, onChunk, stdin);
      },
    },
  };
}

describe('SecretHistory', () => {
  let sb: Sandbox;
  beforeEach(() => (sb = new Sandbox()));
  afterEach(() => sb.remove());

  it('finds the oldest commit that added a value, without putting the value on a command line', async () => {
    const secret = randomSecret(64);
    sb.init('r');
    sb.write({ 'r/a.txt': 'nothing\n' });
    sb.commitAll('r', 'first');
    sb.write({ 'r/bot.py': `SECRET = "${secret}"\n` });
    const added = sb.commitAll('r', 'add key');
    sb.write({ 'r/bot.py': `SECRET = "${secret}"\nprint(1)\n`, 'r/copy.py': `X = "${secret}"\n` });
    sb.commitAll('r', 'more');
    const { git, calls } = recording(sb.git);
    const history = new SecretHistory(git);
    const hit = await history.find(sb.path('r'), secret);
    assert.deepStrictEqual({ ...hit, date: undefined }, { commit: added.slice(0, 7), sha: added, date: undefined });
    assert.match(hit!.date, /^\d{4}-\d{2}-\d{2}T/);
    assert.ok(calls.length > 0 && calls.every((c) => !c.includes(secret) && !c.includes(secret.slice(8, 40))), 'value passed to git');
  });

  it('answers undefined for a value never committed, and for values too short to mean anything', async () => {
    sb.init('r');
    sb.write({ 'r/a.txt': 'hello world\n' });
    sb.commitAll('r');
    const history = new SecretHistory(sb.git);
    assert.strictEqual(await history.find(sb.path('r'), randomSecret(40)), undefined);
    assert.strictEqual(await history.find(sb.path('r'), 'hello'), undefined);
  });

  it('names the remote branch that holds the commit', async () => {
    const secret = randomSecret(48);
    sb.init('r');
    sb.gitSync('', 'init', '-q', '--bare', '-b', 'main', 'remote.git');
    sb.gitSync('r', 'remote', 'add', 'origin', sb.path('remote.git'));
    sb.write({ 'r/config.json': `{"secret": "${secret}"}\n` });
    const sha = sb.commitAll('r');
    const history = new SecretHistory(sb.git, { refsTtlMs: 0 });
    assert.strictEqual((await history.find(sb.path('r'), secret))?.pushedTo, undefined);
    sb.gitSync('r', 'push', '-q', 'origin', 'main');
    const hit = await history.find(sb.path('r'), secret);
    assert.deepStrictEqual([hit?.sha, hit?.pushedTo], [sha, 'origin/main']);
    assert.match(describeSecretHistory(hit!), new RegExp(`^LEAKED: committed in ${sha.slice(0, 7)} \\(\\d{4}-\\d{2}-\\d{2}\\) and reachable from origin/main\\. Removing it from the file or rewriting history does not un-leak it — delete the key on the exchange \\(disabling is not enough\\)`));
    assert.strictEqual(leakState(hit), 'leaked');
  });

  it('a value is leaked when ANY commit that added it is on a remote-tracking branch (not only the first or last)', async () => {
    const v = randomSecret(40);
    sb.init('r');
    sb.write({ 'r/base.txt': 'x\n' });
    sb.commitAll('r');
    sb.gitSync('r', 'checkout', '-q', '-b', 'x');
    sb.write({ 'r/a.py': `A = "${v}"\n` });
    const c1 = sb.commitAll('r');
    sb.gitSync('r', 'checkout', '-q', 'main');
    sb.write({ 'r/b.py': `B = "${v}"\n` });
    const c2 = sb.commitAll('r');
    sb.gitSync('r', 'update-ref', 'refs/remotes/origin/main', c2);
    sb.gitSync('r', 'checkout', '-q', '-b', 'z');
    sb.write({ 'r/c.py': `C = "${v}"\n` });
    const c3 = sb.commitAll('r');
    assert.deepStrictEqual(await remoteBranchesHoldingAny(sb.git, sb.path('r'), [c3, c1]), { ok: true, value: [] });
    assert.deepStrictEqual(await remoteBranchesHoldingAny(sb.git, sb.path('r'), [c3, c2, c1]), { ok: true, value: ['origin/main'] });
    assert.strictEqual((await new SecretHistory(sb.git).find(sb.path('r'), v))?.pushedTo, 'origin/main');
    assert.deepStrictEqual([leakState(undefined), leakState({})], ['not-committed', 'committed']);
    assert.deepStrictEqual(await remoteBranchesHoldingAny(sb.git, sb.path('r'), ['--all']), { ok: false, reason: 'not a commit id: --all' });
  });

  it('shares one history pass among values asked for together, and caches the answers', async () => {
    const [a, b, c] = [randomSecret(40), randomSecret(40), randomSecret(40)];
    sb.init('r');
    sb.write({ 'r/x.py': `A = "${a}"\nB = "${b}"\n` });
    sb.commitAll('r');
    const { git, calls } = recording(sb.git);
    const history = new SecretHistory(git);
    const hits = await Promise.all([a, b, c].map((v) => history.find(sb.path('r'), v)));
    assert.deepStrictEqual(hits.map(Boolean), [true, true, false]);
    const passes = () => calls.filter((x) => x.includes(' log ')).length;
    assert.strictEqual(passes(), 1);
    await history.find(sb.path('r'), a);
    await history.find(sb.path('r'), c);
    assert.strictEqual(passes(), 1, 'cached answers need no new pass');
  });

  it('finds a multi-line value (PEM) by its longest line', async () => {
    const body = randomSecret(64);
    const pem = `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`;
    sb.init('r');
    sb.write({ 'r/key.pem': `${pem}\n` });
    const sha = sb.commitAll('r');
    assert.strictEqual((await new SecretHistory(sb.git).find(sb.path('r'), pem))?.sha, sha);
  });

  it('answers undefined in an empty repository and outside a repository; without git the answer is unknown, not "never"', async () => {
    sb.init('r');
    sb.write({ 'plain/a.txt': 'x' });
    const v = randomSecret(32);
    assert.strictEqual(await findSecretInHistory(sb.git, sb.path('r'), v), undefined);
    assert.strictEqual(await findSecretInHistory(sb.git, sb.path('plain'), v), undefined);
    await assert.rejects(findSecretInHistory(noGit('untrusted workspace'), sb.path('r'), v), /untrusted workspace/);
  });

  it('rejects when git log fails, and caches nothing: the next look with a working git finds the commit', async () => {
    const secret = randomSecret(40);
    sb.init('r');
    sb.write({ 'r/k.py': `K = "${secret}"\n` });
    const sha = sb.commitAll('r');
    let broken = true;
    const flaky: Git = {
      ...sb.git,
      lines: (args, cwd, onLine) => (broken && args.includes('log') ? Promise.resolve({ code: 128, stdout: '', stderr: 'fatal: bad object deadbeef\n' }) : sb.git.lines(args, cwd, onLine)),
    };
    const history = new SecretHistory(flaky);
    await assert.rejects(history.find(sb.path('r'), secret), /git log failed: bad object deadbeef/);
    broken = false;
    assert.strictEqual((await history.find(sb.path('r'), secret))?.sha, sha);
  });

  it('says the push state is unknown when git cannot list the branches that hold the commit', async () => {
    const secret = randomSecret(40);
    sb.init('r');
    sb.write({ 'r/k.py': `K = "${secret}"\n` });
    sb.commitAll('r');
    const noBranches: Git = {
      ...sb.git,
      run: (args, cwd, stdin) => (args.includes('branch') ? Promise.resolve({ code: 129, stdout: '', stderr: '' }) : sb.git.run(args, cwd, stdin)),
    };
    const hit = await new SecretHistory(noBranches).find(sb.path('r'), secret);
    assert.strictEqual(hit?.pushedTo, undefined);
    assert.match(hit?.pushedUnknown ?? '', /git branch --contains failed: exit code 129/);
    assert.match(describeSecretHistory(hit!), /could not tell whether it was pushed .*If it was, it is leaked: delete the key/);
    assert.doesNotMatch(describeSecretHistory(hit!), /no remote branch/);
  });

  it('stops at the size limit and says the answer is incomplete', async () => {
    const secret = randomSecret(40);
    sb.init('r');
    sb.write({ 'r/big.txt': 'x'.repeat(5000) + '\n', 'r/k.py': `K = "${secret}"\n` });
    sb.commitAll('r');
    const history = new SecretHistory(sb.git, { maxChars: 1000 });
    await history.find(sb.path('r'), secret);
    assert.ok(history.incomplete.has(sb.path('r')));
  });
});
