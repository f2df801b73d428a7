// The engine's one-call history scan (the editor's), on repositories built with git fast-import.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { nodeGit, readFileAtCommit, scanHistory, HistoryError } from '../../../../src/engine';
import { randomSecret, tempDir } from '../../hardening/hostile';
import { buildRepo } from '../../cli/historyRepo';

const bot = (secret: string) => `import ccxt\nBINANCE_API_SECRET = "${secret}"\n`;

describe('engine scanHistory (in the calling thread)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = tempDir('keyguard-hscan-')));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds a committed-then-deleted key at the commit that introduced it, masked, with progress up to every commit', async () => {
    const secret = randomSecret();
    const repo = path.join(dir, 'r');
    const ids = buildRepo(repo, [
      { name: 'readme', files: { 'README.md': '# bot\n' } },
      { name: 'add', files: { 'bot.py': bot(secret) } },
      { name: 'delete', files: { 'bot.py': 'import os\n' } },
    ]);
    const progress: Array<[number, number]> = [];
    const r = await scanHistory(nodeGit(), repo, { maxBytes: 1 << 20, onProgress: (d, t) => progress.push([d, t]) });
    assert.strictEqual(r.commits, 3);
    assert.strictEqual(r.cancelled, false);
    assert.deepStrictEqual(r.findings.map((f) => [f.commit.id, f.path, f.finding.id, f.finding.range.startLine, f.pushed]), [[ids.get('add'), 'bot.py', 'secret/binance-api-secret', 1, false]]);
    assert.strictEqual(r.findings[0].finding.masked, `${secret.slice(0, 4)}…${secret.slice(-4)}`);
    assert.ok(!JSON.stringify(r).includes(secret), 'the result holds no value');
    assert.deepStrictEqual(progress[progress.length - 1], [3, 3]);
    assert.ok(progress.every(([d], i) => i === 0 || d >= progress[i - 1][0]), 'progress never goes back');
  });

  it('stops when cancelled and says so', async () => {
    const repo = path.join(dir, 'r');
    buildRepo(repo, Array.from({ length: 30 }, (_, i) => ({ name: `c${i}`, files: { [`f${i}.py`]: bot(randomSecret()) } })));
    let blobs = 0;
    const r = await scanHistory(nodeGit(), repo, { maxBytes: 1 << 20, onProgress: () => void blobs++, cancelled: () => blobs > 3 });
    assert.strictEqual(r.cancelled, true);
    assert.ok(r.findings.length < 30, `found ${r.findings.length} after cancelling`);
  });

  it('skips paths the caller excludes', async () => {
    const repo = path.join(dir, 'r');
    buildRepo(repo, [{ name: 'add', files: { 'vendor/bot.py': bot(randomSecret()), 'bot.py': bot(randomSecret()) } }]);
    const r = await scanHistory(nodeGit(), repo, { maxBytes: 1 << 20, skipPath: (p) => p.startsWith('vendor/') });
    assert.deepStrictEqual(r.findings.map((f) => f.path), ['bot.py']);
  });

  it('reads a file as of a commit through the port, and refuses what is not a commit id', async () => {
    const secret = randomSecret();
    const repo = path.join(dir, 'r');
    const ids = buildRepo(repo, [{ name: 'add', files: { 'src/bot.py': bot(secret) } }, { name: 'delete', files: { 'src/bot.py': null } }]);
    assert.strictEqual(await readFileAtCommit(nodeGit(), repo, ids.get('add')!, 'src/bot.py', 1 << 20), bot(secret));
    assert.strictEqual(await readFileAtCommit(nodeGit(), repo, ids.get('delete')!, 'src/bot.py', 1 << 20), undefined);
    await assert.rejects(readFileAtCommit(nodeGit(), repo, 'HEAD', 'src/bot.py', 1 << 20), HistoryError);
    await assert.rejects(readFileAtCommit(nodeGit(), repo, ids.get('add')!, 'a\nb', 1 << 20), HistoryError);
  });
});
