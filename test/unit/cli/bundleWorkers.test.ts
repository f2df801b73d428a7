// The shipped CLI is one file (npm packs only dist/cli.js): its scan workers are that same file, started
// with `new Worker(__filename)`. Built here as `npm run package` builds it, then run with two workers.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { randomSecret, tempDir } from '../hardening/hostile';
import { buildRepo } from './historyRepo';

const ROOT = path.resolve(__dirname, '../../../..');

describe('the bundled CLI on worker threads', function () {
  this.timeout(120_000);

  let dir: string;
  beforeEach(() => (dir = tempDir('keyguard-bundle-')));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('scans the working tree and the history with --jobs 2 from the single production bundle, as with --jobs 1', async () => {
    const esbuild = require('esbuild') as typeof import('esbuild'); // eslint-disable-line @typescript-eslint/no-require-imports
    const { targetsFor } = require(path.join(ROOT, 'esbuild.js')) as { targetsFor(o: { production: boolean }): import('esbuild').BuildOptions[] }; // eslint-disable-line @typescript-eslint/no-require-imports
    const cli = targetsFor({ production: true })[1];
    const outfile = path.join(dir, 'cli.js');
    await esbuild.build({ ...cli, absWorkingDir: ROOT, outfile });
    const repo = path.join(dir, 'r');
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`m${i}.py`] = i % 4 ? `n = ${i}\n` : `import ccxt\nBINANCE_API_SECRET = "${randomSecret()}"\n`;
    buildRepo(repo, [{ name: 'one', files }, { name: 'two', files: { 'm0.py': 'import os\n' } }]);
    for (const mode of [[], ['--history']]) {
      const scan = (jobs: string) => spawnSync(process.execPath, [outfile, 'scan', ...mode, '--format', 'json', '--jobs', jobs], { cwd: repo, encoding: 'utf8' });
      const two = scan('2');
      assert.strictEqual(two.status, 1, two.stderr);
      assert.strictEqual(JSON.parse(two.stdout).findings.length, mode.length ? 3 : 2);
      assert.strictEqual(two.stdout, scan('1').stdout);
    }
  });
});
