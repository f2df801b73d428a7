// npm pack + a global install from the tarball, as on a clean machine: the bin runs, finds keys, masks them.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { installGlobal, npm, packOnce, randomSecret, ROOT, seconds, tempDir, writeFiles } from './helpers';

describe('npm pack and a global install of the tarball', function () {
  this.timeout(300_000);

  it('ships only the CLI and the documents, no sources, tests, out/ or node_modules', () => {
    const r = npm(['pack', '--dry-run', '--json'], ROOT);
    assert.strictEqual(r.status, 0, r.stderr);
    const [info] = JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }>; size: number; unpackedSize: number }>;
    assert.deepStrictEqual(info.files.map((f) => f.path).sort(), ['CHANGELOG.md', 'LICENSE', 'README.md', 'SECURITY.md', 'dist/cli.js', 'package.json']);
    console.log(`      packed ${(info.size / 1024).toFixed(1)} kB, unpacked ${(info.unpackedSize / 1024).toFixed(1)} kB`);
  });

  it('installs offline with no dependencies, and `keyguard` prints its version and blocks a planted key', () => {
    const start = Date.now();
    const tarball = packOnce();
    const prefix = installGlobal(tarball);
    console.log(`      pack + install: ${seconds(start)}`);
    const bin = path.join(prefix, 'bin', 'keyguard');
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const v = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    assert.strictEqual(v.status, 0, v.stderr);
    assert.strictEqual(v.stdout.trim(), version);

    const secret = randomSecret();
    const dir = tempDir('planted');
    writeFiles(dir, { 'bot.py': `import ccxt\nBINANCE_API_SECRET = "${secret}"\n`, 'clean.py': 'import os\nsecret = os.environ["BINANCE_API_SECRET"]\n' });
    const scan = spawnSync(bin, ['scan', '.', '--no-color'], { cwd: dir, encoding: 'utf8' });
    assert.strictEqual(scan.status, 1, scan.stderr);
    assert.match(scan.stdout, new RegExp(`bot\\.py:2:\\d+ +error +Binance API secret +${secret.slice(0, 4)}…${secret.slice(-4)}`));
    assert.ok(!scan.stdout.includes(secret) && !scan.stderr.includes(secret), 'the full secret is never printed');
    assert.strictEqual(spawnSync(bin, ['scan', 'clean.py'], { cwd: dir, encoding: 'utf8' }).status, 0);
  });

  it('runs with npx from the package spec alone (the single bin is found although its name differs)', () => {
    const dir = tempDir('npx');
    writeFiles(dir, { 'bot.py': `BINANCE_API_SECRET = "${randomSecret()}"\n` });
    const r = npm(['exec', '--yes', '--offline', `file:${packOnce()}`, '--', 'scan', '.'], dir);
    assert.strictEqual(r.status, 1, r.stderr);
    assert.match(r.stdout, /1 finding \(1 error\)/);
  });
});
