// The one git runner: every git process KeyGuard starts goes through here, hardened against repositories
// that try to run programs through their config (see gitSafety.ts), with a timeout and no shell.
import { spawn } from 'child_process';
import { filterDriverNames, filterOverrides, hardenedArgs, hardenedEnv, mayRunFilters } from './gitSafety';
import type { Writable } from 'stream';
import type { Git, GitResult, GitStdin } from '../ports';

/** Options of the real git runner. */
export interface NodeGitOptions {
  /** The git executable (default `git` on PATH). */
  binary?: string;
  /** Extra environment set by our own code (tests isolate HOME and the global config this way); inherited GIT_* variables are always dropped. */
  env?: NodeJS.ProcessEnv;
  /** Kill git after this many milliseconds (default 60 s). */
  timeoutMs?: number;
}

/** Git on this machine, run with spawn (no shell); a missing binary becomes `unavailable`, not an exception. */
export function nodeGit(options: NodeGitOptions = {}): Git {
  const binary = options.binary ?? 'git';
  const env = hardenedEnv(process.env, options.env);
  const timeoutMs = options.timeoutMs ?? 60_000;

  /** Spawns git with final arguments and feeds stdout chunks to `onData` (false stops git). */
  function spawnGit(args: readonly string[], cwd: string, stdin: GitStdin | undefined, onData: (chunk: Buffer) => boolean | Promise<boolean>): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      let stderr = '';
      let settled = false;
      let timedOut = false;
      // An exception from our own consumer is ours, not git's: it stops git and is rethrown to the caller
      // instead of turning into an anonymous failed exit.
      let consumerError: { error: unknown } | undefined;
      const finish = (r: GitResult) => {
        if (!settled) {
          settled = true;
          clearTimeout(timer);
          if (consumerError) reject(consumerError.error);
          else resolve(r);
        }
      };
      const feed = (chunk: Buffer): boolean | Promise<boolean> => {
        try {
          return onData(chunk);
        } catch (error) {
          consumerError ??= { error };
          return false;
        }
      };
      const child = spawn(binary, [...args], { cwd, env, shell: false, windowsHide: true, stdio: ['pipe', 'pipe', 'pipe'] });
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutMs);
      child.on('error', (e: NodeJS.ErrnoException) => {
        const why = e.code === 'ENOENT' ? `git is not installed or not on PATH (${binary})` : `git could not start: ${e.code ?? e.message}`;
        finish({ code: -1, stdout: '', stderr: '', unavailable: why });
      });
      child.stderr.setEncoding('utf8');
      // A consumer still busy with a chunk (a promise) pauses git's output, so memory stays bounded by the
      // pipe; chunks that arrive anyway (Node resumes the output of a child that has exited) wait their turn.
      let halted = false;
      let pending = 0;
      let tail: Promise<void> = Promise.resolve();
      const settle = (go: boolean) => {
        pending--;
        if (!go && !halted) {
          halted = true;
          child.kill();
        } else if (pending === 0) child.stdout.resume();
      };
      const failed = (error: unknown) => {
        consumerError ??= { error };
        settle(false);
      };
      child.stdout.on('data', (chunk: Buffer) => {
        if (halted) return;
        if (pending === 0) {
          const more = feed(chunk);
          if (more === true) return;
          pending++;
          if (more === false) return settle(false);
          child.stdout.pause();
          tail = more.then(settle, failed);
          return;
        }
        pending++;
        tail = tail.then(() => (halted ? false : feed(chunk))).then(settle, failed);
      });
      child.stderr.on('data', (chunk: string) => {
        if (stderr.length < 64 * 1024) stderr += chunk;
      });
      child.stdin.on('error', () => undefined); // git may exit before reading stdin
      if (stdin === undefined || typeof stdin === 'string' || stdin instanceof Uint8Array) child.stdin.end(stdin ?? '');
      else void pipeIn(stdin, child.stdin);
      child.on('close', (code) => {
        if (timedOut) stderr += `\ngit did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`;
        void tail.then(() => finish({ code: code ?? -1, stdout: '', stderr }));
      });
    });
  }

  /** Final arguments for a call: hardened, and with every configured filter driver off when the call could run one. */
  async function prepare(args: readonly string[], cwd: string): Promise<string[] | GitResult> {
    if (!mayRunFilters(args)) return hardenedArgs(args);
    // Listing config runs nothing; its output names the drivers .gitattributes could pick.
    let listed = '';
    const r = await spawnGit(hardenedArgs(['config', '-z', '--name-only', '--get-regexp', '^filter\\.']), cwd, undefined, (c) => {
      listed += c.toString('utf8');
      return true;
    });
    if (r.unavailable) return r;
    const overrides = filterOverrides(filterDriverNames(listed));
    if (!overrides) return { code: -1, stdout: '', stderr: 'refused: the repository configures a filter driver whose name cannot be switched off' };
    return hardenedArgs(args, overrides);
  }

  /** Runs a call with its raw stdout going to `onData`. */
  async function call(args: readonly string[], cwd: string, stdin: GitStdin | undefined, onData: (chunk: Buffer) => boolean | Promise<boolean>): Promise<GitResult> {
    const final = await prepare(args, cwd);
    return Array.isArray(final) ? spawnGit(final, cwd, stdin, onData) : final;
  }

  return {
    async run(args, cwd, stdin) {
      const chunks: Buffer[] = [];
      const r = await call(args, cwd, stdin, (chunk) => {
        chunks.push(chunk);
        return true;
      });
      return { ...r, stdout: Buffer.concat(chunks).toString('utf8') };
    },

    async lines(args, cwd, onLine) {
      let rest = '';
      let stopped = false;
      const decoder = new TextDecoder('utf-8');
      const r = await call(args, cwd, undefined, (chunk) => {
        if (stopped) return false;
        const parts = (rest + decoder.decode(chunk, { stream: true })).split('\n');
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

    stream(args, cwd, onChunk, stdin) {
      let stopped = false;
      return call(args, cwd, stdin, (chunk) => {
        if (stopped) return false;
        const r = onChunk(chunk);
        if (r instanceof Promise) return r.then((v) => !(stopped ||= v === false));
        if (r === false) stopped = true;
        return !stopped;
      });
    },
  };
}

/**
 * Writes what `source` yields to git's stdin as it comes, waiting for the pipe to drain (git reads as fast
 * as it answers), and closes stdin when the source ends or git goes away.
 */
async function pipeIn(source: AsyncIterable<string>, stdin: Writable): Promise<void> {
  const gone = () => stdin.destroyed || stdin.writableEnded;
  try {
    for await (const piece of source) {
      if (gone()) break;
      if (!stdin.write(piece)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stdin.off('drain', done);
            stdin.off('close', done);
            resolve();
          };
          stdin.on('drain', done);
          stdin.on('close', done);
        });
      }
    }
  } catch {
    // The source's own failure is its caller's to report; git just gets no more input.
  } finally {
    if (!gone()) stdin.end();
  }
}

/** A git that never runs: for untrusted workspaces or when the user turned git off. */
export function noGit(reason: string): Git {
  const r: GitResult = { code: -1, stdout: '', stderr: '', unavailable: reason };
  return { run: async () => r, lines: async () => r, stream: async () => r };
}
