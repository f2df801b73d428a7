// The history scan's git calls, through the Git port: one `git log --raw` pass to enumerate, one
// `git cat-file --batch` process to stream the blobs (fed while the log still runs: historyStream.ts),
// one `git rev-list --remotes` to tell what was pushed.
import { failure } from '../gitFacts';
import { gitUnavailable, type Git } from '../ports';
import { CatFileBatchParser, type BatchObject } from './catFileBatch';
import { RAW_LOG_ARGS, RawLogParser, type HistoryCommit, type RawChange } from './rawLog';

/** Which commits to scan; revisions are refs or ids the user named (never starting with `-`). */
export interface HistorySelection {
  /** Only commits not reachable from this revision. */
  since?: string;
  /** `A..B`: the commits of a push. */
  range?: string;
  /** Only commits reachable from this branch (default: every ref). */
  branch?: string;
}

/** A history git could not give, with the reason in words. */
export class HistoryError extends Error {}

/** The revision arguments of a selection; throws on a name git would read as an option. */
export function revisionArgs(sel: HistorySelection): string[] {
  for (const v of [sel.since, sel.range, sel.branch]) {
    if (v !== undefined && (v === '' || v.startsWith('-') || /[\0\n]/.test(v))) throw new HistoryError(`not a revision: "${v}"`);
  }
  if (sel.range) return sel.range.includes('..') ? [sel.range] : [`${sel.range}..HEAD`];
  const tips = sel.branch ? [sel.branch] : ['--all'];
  return sel.since ? [...tips, '--not', sel.since] : tips;
}

/**
 * Runs the one `git log --raw` pass, handing on each change as it is parsed. After each chunk `pace` may
 * return a promise (git's output waits for it: backpressure) or false (git is stopped: `stopped` is true).
 */
export async function readLog(
  git: Git, cwd: string, sel: HistorySelection, onChange: (c: RawChange) => void, pace?: () => Promise<void> | false | undefined,
): Promise<{ commits: HistoryCommit[]; stopped: boolean }> {
  const parser = new RawLogParser(onChange);
  const decoder = new TextDecoder('utf-8');
  let stopped = false;
  const r = await git.stream([...RAW_LOG_ARGS, ...revisionArgs(sel), '--'], cwd, (chunk) => {
    parser.push(decoder.decode(chunk, { stream: true }));
    const wait = pace?.();
    if (wait === false) stopped = true;
    return wait;
  });
  if (gitUnavailable(r)) throw new HistoryError(r.unavailable!);
  if (stopped) return { commits: parser.commits, stopped };
  if (r.code !== 0) {
    // A repository without commits has no history to scan (git says "does not have any commits yet").
    if (/does not have any commits|bad default revision 'HEAD'/.test(r.stderr)) return { commits: [], stopped };
    throw new HistoryError(failure(r, 'git log').reason);
  }
  parser.push(decoder.decode());
  parser.end();
  return { commits: parser.commits, stopped };
}

/**
 * Streams the blobs through one `git cat-file --batch`; `onObject` is awaited before git may send more,
 * so at most one blob (up to `maxBytes`) is held here at a time. `ids` may be an async iterable that
 * yields newline-terminated requests while they are found (see RequestFeed). Stops early once
 * `cancelled()` is true.
 */
export async function streamBlobs(git: Git, cwd: string, ids: readonly string[] | AsyncIterable<string>, maxBytes: number, onObject: (o: BatchObject) => void | Promise<void>, cancelled?: () => boolean): Promise<void> {
  const stdin = Array.isArray(ids) ? `${ids.join('\n')}\n` : (ids as AsyncIterable<string>);
  if (Array.isArray(ids) && ids.length === 0) return;
  // One chunk can hold many small blobs: after a cancel none of them is handed on.
  const parser = new CatFileBatchParser(maxBytes, (o) => (cancelled?.() ? undefined : onObject(o)));
  // Returning false stops git: a cancelled scan reads no further blobs.
  const r = await git.stream(['cat-file', '--batch'], cwd, (chunk) => parser.push(chunk).then(() => (cancelled?.() ? false : undefined)), stdin);
  if (gitUnavailable(r)) throw new HistoryError(r.unavailable!);
  if (cancelled?.()) return;
  if (r.code !== 0) throw new HistoryError(failure(r, 'git cat-file').reason);
}

/**
 * Which of `wanted` are reachable from a remote-tracking branch (that is, were pushed). Throws a
 * HistoryError when git cannot tell: "not pushed" must never stand in for "unknown".
 */
export async function pushedCommits(git: Git, cwd: string, wanted: ReadonlySet<string>): Promise<Set<string>> {
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  let stopped = false;
  const r = await git.lines(['rev-list', '--remotes'], cwd, (line) => {
    if (wanted.has(line)) found.add(line);
    stopped = found.size === wanted.size;
    return !stopped;
  });
  // Stopping git early kills it; only an exit we did not cause is a failure.
  if (!stopped && (gitUnavailable(r) || r.code !== 0)) throw new HistoryError(failure(r, 'git rev-list --remotes').reason);
  return found;
}

/** The text of `path` as of `commit` (a full id), read with `git cat-file` (no filters, no textconv); undefined when absent, binary or over `maxBytes`. */
export async function readFileAtCommit(git: Git, cwd: string, commit: string, path: string, maxBytes: number): Promise<string | undefined> {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit) || path === '' || /[\0\n]/.test(path)) throw new HistoryError(`not a commit and path: ${commit}:${path}`);
  let text: string | undefined;
  const parser = new CatFileBatchParser(maxBytes, (o) => {
    if ('bytes' in o && !o.bytes.subarray(0, 8192).includes(0)) text = o.bytes.toString('utf8');
  });
  // The spec goes through stdin: a path is never read as an option.
  const r = await git.stream(['cat-file', '--batch'], cwd, (chunk) => parser.push(chunk), `${commit}:${path}\n`);
  if (gitUnavailable(r)) throw new HistoryError(r.unavailable!);
  return text;
}
