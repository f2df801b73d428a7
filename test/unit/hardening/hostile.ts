// Building blocks for hostile-repository tests: temp folders, setup git that does not read the user's
// config, and "payload" scripts that leave a marker file when something runs them.
import { execFileSync } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { RunEnv } from '../../../src/cli/run';

/** A fresh real (symlink-free) temp folder. */
export function tempDir(prefix = 'keyguard-hostile-'): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** Writes files under a folder (creating parents); keys are `/`-separated. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
}

// Setup commands run with plain git, isolated from the machine's global and system config.
const SETUP_ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))),
  GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull,
  GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.invalid',
};

/** Runs plain (unhardened) git for setting up a scene, or as the control that shows an attack is real. */
export function plainGit(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: SETUP_ENV, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Like plainGit, but never throws (a control run may fail after the payload ran). */
export function plainGitQuiet(cwd: string, ...args: string[]): void {
  try {
    plainGit(cwd, ...args);
  } catch {
    // The exit status does not matter to a control run; the marker does.
  }
}

/** A repository with one commit holding `files`. */
export function repoWith(dir: string, files: Record<string, string>): string {
  fs.mkdirSync(dir, { recursive: true });
  plainGit(dir, 'init', '-q', '-b', 'main');
  writeFiles(dir, files);
  plainGit(dir, 'add', '-A');
  plainGit(dir, 'commit', '-q', '-m', 'init');
  return dir;
}

/** An executable script that creates `marker` when run (a filter also passes stdin through). */
export function payload(dir: string, name: string, filter = false): { script: string; marker: string } {
  const marker = path.join(dir, `${name}.ran`);
  const script = path.join(dir, `${name}.sh`);
  fs.writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\n${filter ? 'cat\n' : ''}`, { mode: 0o755 });
  return { script, marker };
}

/** True when the marker exists; removes it so the next step starts clean. */
export function ran(marker: string): boolean {
  const there = fs.existsSync(marker);
  fs.rmSync(marker, { force: true });
  return there;
}

/**
 * A random-looking 64-character secret for a Binance-style assignment. It always holds a digit and letters of both
 * cases: about one draw in ten thousand was letters only, which no secret rule takes for a key (a test then flaked).
 */
export function randomSecret(): string {
  return `${randomBytes(48).toString('base64').replace(/[^A-Za-z0-9]/g, '').padEnd(61, 'q').slice(0, 61)}7kQ`;
}

/** CLI environment for a folder. */
export const cliEnv = (cwd: string): RunEnv => ({ cwd, isTTY: false, noColor: true, version: '0.0.0-test' });

/** Runs `fn` with process environment variables set, restoring them afterwards. */
export async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
