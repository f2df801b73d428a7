// Shared set-up for the real-client tests: temp folders, git, a commit of this checkout, the packed CLI.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The repository root (tests run from out/test/clients). */
export const ROOT = path.resolve(__dirname, '../../..');

const made: string[] = [];

/** A fresh temp folder, removed after the run. */
export function tempDir(tag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `keyguard-${tag}-`));
  made.push(dir);
  return dir;
}

// A root-level hook (this module is loaded while mocha collects the suites): clean up every temp folder.
after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes files (relative path → text) under a folder. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
}

/** A random 64-character alphanumeric value: a fresh Binance-shaped secret for every run. */
export function randomSecret(length = 64): string {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(length)].map((b) => abc[b % abc.length]).join('');
}

/** Runs git with a fixed identity, so the tests need no global git configuration. */
export function git(cwd: string, args: readonly string[], env?: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync('git', ['-c', 'user.name=KeyGuard Test', '-c', 'user.email=test@keyguard.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, ...env },
  });
}

/** Runs git and returns its stdout; throws with its stderr on failure. */
export function gitOk(cwd: string, args: readonly string[]): string {
  const r = git(cwd, args);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Whether a command runs (`cmd --version` exits 0). */
export function hasCommand(cmd: string): boolean {
  return spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * This checkout's working tree (tracked and untracked-but-not-ignored files) committed into a new temp
 * repository: what a user gets from a clone of it, with uncommitted edits included while developing
 * (in CI the checkout is clean, so it equals HEAD).
 */
export function snapshotRepo(): { dir: string; rev: string } {
  const dir = tempDir('repo');
  const list = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  for (const rel of new Set(list.split('\0').filter(Boolean))) {
    const from = path.join(ROOT, rel);
    const st = fs.lstatSync(from, { throwIfNoEntry: false });
    if (!st?.isFile()) continue; // deleted, or an untracked symlink such as .vscode-test
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, rel));
    fs.chmodSync(path.join(dir, rel), st.mode);
  }
  gitOk(dir, ['init', '-q']);
  gitOk(dir, ['add', '-A']);
  gitOk(dir, ['commit', '-q', '-m', 'snapshot']);
  return { dir, rev: gitOk(dir, ['rev-parse', 'HEAD']).trim() };
}

/** npm with the tests' settings: offline (the cache is warm after `npm ci`), quiet. */
export function npm(args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync('npm', [...args], {
    cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...env },
  });
}

let packedTarball: string | undefined;

/** `npm pack` of this checkout (once per test run): the tarball's path. `prepare` builds dist/cli.js. */
export function packOnce(): string {
  if (packedTarball) return packedTarball;
  const dest = tempDir('pack');
  const r = npm(['pack', '--json', '--pack-destination', dest], ROOT);
  if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  const [info] = JSON.parse(r.stdout) as Array<{ filename: string }>;
  packedTarball = path.join(dest, info.filename);
  return packedTarball;
}

/** Installs a package spec globally into a temp prefix, offline; returns the prefix. */
export function installGlobal(spec: string): string {
  const prefix = tempDir('prefix');
  const r = npm(['install', '--global', '--offline', '--prefix', prefix, spec], ROOT);
  if (r.status !== 0) throw new Error(`npm install -g ${spec} failed: ${r.stderr}`);
  return prefix;
}

/** Milliseconds since `start`, rounded to a tenth of a second, for the timing lines the tests print. */
export function seconds(start: number): string {
  return `${((Date.now() - start) / 1000).toFixed(1)} s`;
}
