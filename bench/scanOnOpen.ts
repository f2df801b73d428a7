// Scan-on-open benchmark (a one-off, not part of `npm run bench`): generates a 50,000-file workspace and
// opens it in the real extension host (code-server harness), where test/integration/benchScanOnOpen.test.ts
// prints time to first diagnostic, total scan time, extension-host CPU and event-loop lag.
//   npm run build && npm run compile-tests && node out/bench/scanOnOpen.js [--git] [--files 50000] [--dir /tmp/kg-50k]
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { generateCorpus } from './corpus';

const ROOT = path.resolve(__dirname, '../..');
const arg = (name: string, fallback: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
const files = Number(arg('--files', '50000'));
const dir = path.resolve(arg('--dir', `/tmp/keyguard-scan-on-open-${files}`));
const git = process.argv.includes('--git');

const started = Date.now();
// ~3 KB a file, a planted secret in about one file of 40: a large trading monorepo, not a secret dump.
const corpus = generateCorpus(dir, { seed: 20, files, targetBytes: files * 3000, plantRate: 0.0015 });
console.log(`workspace: ${dir}: ${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(1)} MB, ${corpus.planted.length} planted secrets (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (git && !fs.existsSync(path.join(dir, '.git'))) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.invalid', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.invalid' };
  execFileSync('git', ['init', '-q'], { cwd: dir, env });
  execFileSync('git', ['add', '-A'], { cwd: dir, env });
  execFileSync('git', ['commit', '-qm', 'corpus'], { cwd: dir, env });
  console.log('workspace is a git repository (listing through git ls-files)');
}
const r = spawnSync(process.execPath, [path.join(ROOT, 'out/test/integration/runInCodeServer.js')], {
  stdio: 'inherit',
  env: { ...process.env, KEYGUARD_IT_WORKSPACE: dir, KEYGUARD_IT_ONLY: 'benchScanOnOpen', KEYGUARD_BENCH_SCAN: '1', KEYGUARD_INTEGRATION_TIMEOUT_MS: String(30 * 60_000) },
});
process.exit(r.status ?? 1);
