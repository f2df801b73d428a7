import * as assert from 'assert';
import * as fs from 'fs';
import { nodeFs, nodeGit, stopTracking } from '../../../../src/engine';
import { Sandbox } from './sandbox';

describe('stopTracking', () => {
  let sb: Sandbox;
  beforeEach(() => {
    sb = new Sandbox();
    sb.init('r');
    sb.write({ 'r/.env': 'A=1\n', 'r/sub/we*ird.env': 'B=2\n', 'r/sub/weXird.env': 'C=3\n' });
    sb.commitAll('r');
  });
  afterEach(() => sb.remove());

  it('removes the file from the index and leaves it on disk', async () => {
    const r = await stopTracking(sb.git, nodeFs, sb.path('r/.env'));
    assert.deepStrictEqual(r, { ok: true, repoRoot: sb.path('r') });
    assert.strictEqual(sb.gitSync('r', 'ls-files', '.env'), '');
    assert.strictEqual(fs.readFileSync(sb.path('r/.env'), 'utf8'), 'A=1\n');
  });

  it('takes a file name literally, never as a glob', async () => {
    assert.ok((await stopTracking(sb.git, nodeFs, sb.path('r/sub/we*ird.env'))).ok);
    assert.strictEqual(sb.gitSync('r', 'ls-files', 'sub').trim(), 'sub/weXird.env');
  });

  it('refuses during a rebase or while the index is locked, changing nothing', async () => {
    fs.mkdirSync(sb.path('r/.git/rebase-merge'));
    const r = await stopTracking(sb.git, nodeFs, sb.path('r/.env'));
    assert.strictEqual(r.ok, false);
    assert.match((r as { reason: string }).reason, /middle of a rebase: finish it or abort it/);
    fs.rmdirSync(sb.path('r/.git/rebase-merge'));
    fs.writeFileSync(sb.path('r/.git/index.lock'), '');
    assert.match((await stopTracking(sb.git, nodeFs, sb.path('r/.env')) as { reason: string }).reason, /index\.lock/);
    fs.unlinkSync(sb.path('r/.git/index.lock'));
    assert.strictEqual(sb.gitSync('r', 'ls-files', '.env').trim(), '.env');
  });

  it('gives a clear reason without git or outside a repository', async () => {
    const missing = await stopTracking(nodeGit({ binary: sb.path('no/git') }), nodeFs, sb.path('r/.env'));
    assert.match((missing as { reason: string }).reason, /git is not installed/);
    sb.write({ 'plain/.env': 'x' });
    assert.match((await stopTracking(sb.git, nodeFs, sb.path('plain/.env')) as { reason: string }).reason, /not in a git repository/);
  });
});
