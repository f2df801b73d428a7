// The two doors the env guard has to the outside world, passed in so tests can fake them and the
// extension can hand in a git that refuses to run in untrusted workspaces.

/** One entry of a directory listing. */
export interface DirEntry {
  name: string;
  kind: 'file' | 'dir' | 'other';
}

/** Refusals of a bounded read, in words. */
const REFUSALS: Record<string, string> = {
  ENOTREG: 'not a regular file',
  ETOOBIG: 'larger than the size limit',
  EOUTSIDE: 'a link that leads outside the folder',
};

/** An error reading a file that exists (permissions, not a regular file, too large, I/O). */
export class UnreadableFileError extends Error {
  constructor(readonly path: string, readonly code: string) {
    super(`cannot read ${path} (${REFUSALS[code] ?? code})`);
  }
}

/** The cap of a read that names none: the CLI's default `--max-file-size`, so nothing is read unbounded. */
export const DEFAULT_MAX_READ_BYTES = 2048 * 1024;

/** Limits of one read; without them a read still refuses non-regular files and files over 2 MB. */
export interface FileLimits {
  /** Refuse (UnreadableFileError `ETOOBIG`) a file larger than this many bytes. */
  maxBytes?: number;
  /** Refuse (UnreadableFileError `EOUTSIDE`) a path whose real location, symlinks resolved, is outside this folder. */
  within?: string;
}

/** Read-only file access with absolute, platform paths. */
export interface Fs {
  /**
   * The text of a regular file; undefined when it does not exist; throws UnreadableFileError when it exists
   * but cannot or must not be read (a FIFO, a device, a directory, over the limit). Never blocks on a FIFO.
   */
  readFile(path: string, limits?: FileLimits): Promise<string | undefined>;
  /** True when a file or folder exists at the path. */
  exists(path: string): Promise<boolean>;
  /** Entries of a folder (symlinks reported as `other`, never followed); undefined when it cannot be listed. */
  list(dir: string): Promise<DirEntry[] | undefined>;
}

/** What a git run produced. `code` is the exit code, or -1 when git could not run at all. */
export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Set when git did not run: not installed, or not allowed (untrusted workspace). */
  unavailable?: string;
}

/**
 * Runs git without a shell, hardened against repository-controlled programs (see node/nodeGit.ts). Arguments go
 * to git as they are: never put a secret in them (use stdin).
 */
export interface Git {
  run(args: readonly string[], cwd: string, stdin?: string): Promise<GitResult>;
  /**
   * Streams stdout line by line (without the newline) for outputs too large to buffer; `onLine` returning
   * false stops git early. The result's `stdout` is empty.
   */
  lines(args: readonly string[], cwd: string, onLine: (line: string) => boolean | void): Promise<GitResult>;
  /**
   * Streams raw stdout bytes (blobs, `cat-file --batch`) with optional stdin; `onChunk` returning false
   * stops git early; returning a promise pauses git's output until it settles (backpressure). Stdin given
   * as an async iterable is written as it yields (git reads requests while they are still being found)
   * and closed when it ends. The result's `stdout` is empty.
   */
  stream(args: readonly string[], cwd: string, onChunk: (chunk: Buffer) => boolean | void | Promise<boolean | void>, stdin?: GitStdin): Promise<GitResult>;
}

/** What a streaming call writes to git's stdin: all at once, or piece by piece as an async iterable yields. */
export type GitStdin = string | Uint8Array | AsyncIterable<string>;

/** True when the result says git itself is missing or not allowed, as opposed to a failing command. */
export function gitUnavailable(r: GitResult): boolean {
  return r.unavailable !== undefined;
}
