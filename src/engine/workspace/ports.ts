// The two doors the env guard has to the outside world, passed in so tests can fake them and the
// extension can hand in a git that refuses to run in untrusted workspaces.

/** One entry of a directory listing. */
export interface DirEntry {
  name: string;
  kind: 'file' | 'dir' | 'other';
}

/** An error reading a file that exists (permissions, a directory where a file was expected, I/O). */
export class UnreadableFileError extends Error {
  constructor(readonly path: string, readonly code: string) {
    super(`cannot read ${path} (${code})`);
  }
}

/** Read-only file access with absolute, platform paths. */
export interface Fs {
  /** The file's text; undefined when it does not exist; throws UnreadableFileError when it exists but cannot be read. */
  readFile(path: string): Promise<string | undefined>;
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

/** Runs git without a shell. Arguments go to git as they are: never put a secret in them. */
export interface Git {
  run(args: readonly string[], cwd: string, stdin?: string): Promise<GitResult>;
  /**
   * Streams stdout line by line (without the newline) for outputs too large to buffer; `onLine` returning
   * false stops git early. The result's `stdout` is empty.
   */
  lines(args: readonly string[], cwd: string, onLine: (line: string) => boolean | void): Promise<GitResult>;
}

/** True when the result says git itself is missing or not allowed, as opposed to a failing command. */
export function gitUnavailable(r: GitResult): boolean {
  return r.unavailable !== undefined;
}
