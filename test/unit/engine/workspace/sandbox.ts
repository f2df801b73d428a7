// Temporary folders with real git repositories, isolated from the user's own git config.
import { execFileSync } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { nodeGit, type Git, type HostEnv } from '../../../../src/engine';

/** A temp folder with its own HOME, so neither ~/.gitconfig nor ~/.config/git/ignore leak into tests. */
export class Sandbox {
  readonly dir: string;
  readonly home: string;
  readonly env: NodeJS.ProcessEnv;
  readonly hostEnv: HostEnv;
  readonly git: Git;

  constructor() {
    this.dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-env-')));
    this.home = path.join(this.dir, 'home');
    fs.mkdirSync(this.home);
    this.env = {
      HOME: this.home,
      XDG_CONFIG_HOME: path.join(this.home, '.config'),
      GIT_CONFIG_GLOBAL: path.join(this.home, '.gitconfig'),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid',
    };
    this.hostEnv = { home: this.home, xdgConfigHome: path.join(this.home, '.config'), defaultIgnoreCase: false };
    this.git = nodeGit({ env: this.env });
  }

  /** Absolute path of a `/`-separated path inside the sandbox. */
  path(rel: string): string {
    return path.join(this.dir, ...rel.split('/'));
  }

  /** Writes files (creating folders); keys are `/`-separated paths. */
  write(files: Record<string, string>): void {
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(this.path(rel)), { recursive: true });
      fs.writeFileSync(this.path(rel), text);
    }
  }

  /** Runs git synchronously in a sandbox folder and returns stdout. */
  gitSync(cwd: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd: this.path(cwd), env: { ...process.env, ...this.env }, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  }

  /** `git init` on a new folder. */
  init(rel: string): string {
    fs.mkdirSync(this.path(rel), { recursive: true });
    this.gitSync(rel, 'init', '-q', '-b', 'main');
    return this.path(rel);
  }

  /** Stages everything and commits; returns the commit's full id. */
  commitAll(repo: string, message = 'commit'): string {
    this.gitSync(repo, 'add', '-A');
    this.gitSync(repo, 'commit', '-q', '--allow-empty', '-m', message);
    return this.gitSync(repo, 'rev-parse', 'HEAD').trim();
  }

  /** Paths git would ignore among `paths` (relative to `repo`), per `git check-ignore --no-index`. */
  checkIgnore(repo: string, paths: readonly string[]): Set<string> {
    try {
      const out = execFileSync('git', ['check-ignore', '--no-index', '-z', '--stdin'], {
        cwd: this.path(repo), env: { ...process.env, ...this.env }, input: paths.join('\0'), encoding: 'utf8',
      });
      return new Set(out.split('\0').filter(Boolean));
    } catch (e) {
      if ((e as { status?: number }).status === 1) return new Set();
      throw e;
    }
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A secret-looking random value that no placeholder filter drops. */
export function randomSecret(length = 64): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';
  let out = '';
  for (const b of randomBytes(length)) out += alphabet[b % alphabet.length];
  return out;
}
