import { spawn } from 'child_process';
import type { Git, GitResult } from './ports';

/** Options of the real git runner. */
export interface NodeGitOptions {
  /** The git executable (default `git` on PATH). */
  binary?: string;
  /** Extra environment (tests isolate HOME and the global config this way). */
  env?: NodeJS.ProcessEnv;
  /** Kill git after this many milliseconds (default 60 s). */
  timeoutMs?: number;
}

// Never prompt for credentials, never take locks a concurrent `git commit` would trip over.
const QUIET_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };

/** Git on this machine, run with spawn (no shell); a missing binary becomes `unavailable`, not an exception. */
export function nodeGit(options: NodeGitOptions = {}): Git {
  const binary = options.binary ?? 'git';
  const env = { ...process.env, ...QUIET_ENV, ...options.env };
  const timeoutMs = options.timeoutMs ?? 60_000;

  /** Spawns git and feeds stdout chunks to `onData`; resolves with the exit status and stderr. */
  function spawnGit(args: readonly string[], cwd: string, stdin: string | undefined, onData: (chunk: string) => boolean): Promise<GitResult> {
    return new Promise((resolve) => {
      let stderr = '';
      let settled = false;
      const finish = (r: GitResult) => {
        if (!settled) {
          settled = true;
          clearTimeout(timer);
          resolve(r);
        }
      };
      const child = spawn(binary, [...args], { cwd, env, windowsHide: true, stdio: ['pipe', 'pipe', 'pipe'] });
      const timer = setTimeout(() => child.kill(), timeoutMs);
      child.on('error', (e: NodeJS.ErrnoException) => {
        const why = e.code === 'ENOENT' ? `git is not installed or not on PATH (${binary})` : `git could not start: ${e.code ?? e.message}`;
        finish({ code: -1, stdout: '', stderr: '', unavailable: why });
      });
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        if (!onData(chunk)) child.kill();
      });
      child.stderr.on('data', (chunk: string) => {
        if (stderr.length < 64 * 1024) stderr += chunk;
      });
      child.stdin.on('error', () => undefined); // git may exit before reading stdin
      child.stdin.end(stdin ?? '');
      child.on('close', (code) => finish({ code: code ?? -1, stdout: '', stderr }));
    });
  }

  return {
    async run(args, cwd, stdin) {
      let out = '';
      const r = await spawnGit(args, cwd, stdin, (chunk) => {
        out += chunk;
        return true;
      });
      return { ...r, stdout: out };
    },

    async lines(args, cwd, onLine) {
      let rest = '';
      let stopped = false;
      const r = await spawnGit(args, cwd, undefined, (chunk) => {
        if (stopped) return false;
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const line of parts) {
          if (onLine(line) === false) {
            stopped = true;
            return false;
          }
        }
        return true;
      });
      if (!stopped && rest) onLine(rest);
      return r;
    },
  };
}

/** A git that never runs: for untrusted workspaces or when the user turned git off. */
export function noGit(reason: string): Git {
  const r: GitResult = { code: -1, stdout: '', stderr: '', unavailable: reason };
  return { run: async () => r, lines: async () => r };
}
