// The history scan as one pipeline: `git log --raw` names the changes, and each blob a change needs is
// requested from `git cat-file --batch` at once, so scanning starts with the first commit instead of
// after the whole history was listed. Memory stays bounded: the request queue is capped (the log waits
// while it is full) and at most one blob is held at a time. Attribution needs every change, so it runs
// at the end, on the same data the two-step path had: findings and their order do not change.
import type { Git } from '../ports';
import { scanUnit } from './attribution';
import type { BatchObject } from './catFileBatch';
import { HistoryError, readLog, streamBlobs, type HistorySelection } from './gitHistory';
import type { HistoryCommit, RawChange } from './rawLog';
import { RequestFeed } from './requestFeed';

/** A scan unit a blob is needed as: the blob read as the file at `path` (see scanUnit). */
export interface WantedUnit {
  unit: string;
  path: string;
}

/** Options of `streamHistory`. */
export interface HistoryStreamOptions {
  selection?: HistorySelection;
  /** Blobs larger than this are not read (they arrive as `tooLarge`). */
  maxBytes: number;
  /** Paths to leave out (skipped folders, .keyguardignore, the user's excludes). */
  skipPath?: (path: string) => boolean;
  /**
   * Called for each object git sends with the scan units it is still needed as (each unit is handed on
   * once) and how many units the log has named so far; awaited before git may send more.
   */
  onBlob: (o: BatchObject, units: WantedUnit[], found: number) => void | Promise<void>;
  /** Polled between chunks and blobs; true stops both git processes. */
  cancelled?: () => boolean;
  /**
   * Called as commits are finished (every blob they need handed on): `done` of the commits listed so far,
   * which is all of them once the log has ended. `done` never goes back.
   */
  onProgress?: (done: number, listed: number) => void;
}

/** What the pipeline enumerated: everything attribution needs, plus counts. */
export interface HistoryStreamResult {
  commits: HistoryCommit[];
  /** The changes of paths not skipped, in log order. */
  changes: RawChange[];
  /** Distinct blobs needed. */
  blobs: number;
  /** Distinct blobs not in the object store (shallow or partial clones). */
  missing: number;
  cancelled: boolean;
}

/** Enumerates the selection and streams every blob it needs, each scan unit once. Throws HistoryError. */
export async function streamHistory(git: Git, cwd: string, options: HistoryStreamOptions): Promise<HistoryStreamResult> {
  const changes: RawChange[] = [];
  const feed = new RequestFeed();
  // Per blob, the units not yet handed on; a blob already read that turns out to be needed as another
  // unit (the same content at another file name, found in an older commit) is requested again.
  const pending = new Map<string, WantedUnit[]>();
  const inFlight = new Map<string, number>();
  const seenUnits = new Set<string>();
  const missing = new Set<string>();
  let aborted = false;
  const stop = () => aborted || (options.cancelled?.() ?? false);
  let blobs: Promise<void> | undefined;
  let blobError: { error: unknown } | undefined;
  const progress = new CommitProgress(options.onProgress);

  const need = (blob: string, path: string) => {
    const unit = scanUnit(blob, path);
    if (seenUnits.has(unit)) return;
    seenUnits.add(unit);
    const list = pending.get(blob);
    if (list) list.push({ unit, path });
    else pending.set(blob, [{ unit, path }]);
    if (inFlight.get(blob)) return;
    inFlight.set(blob, 1);
    feed.push(blob);
    // The batch process starts with the first request: an empty history starts none.
    blobs ??= streamBlobs(git, cwd, feed, options.maxBytes, async (o) => {
      inFlight.set(o.id, (inFlight.get(o.id) ?? 1) - 1);
      const units = pending.get(o.id) ?? [];
      pending.delete(o.id);
      if ('missing' in o) missing.add(o.id);
      await options.onBlob(o, units, seenUnits.size);
      progress.answered();
    }, stop).catch((error: unknown) => void (blobError = { error })).finally(() => feed.close());
  };

  let log: { commits: HistoryCommit[]; stopped: boolean };
  try {
    log = await readLog(git, cwd, options.selection ?? {}, (c) => {
      if (options.skipPath?.(c.path)) return;
      changes.push(c);
      // A deletion needs no blob: there is nothing new in it to attribute.
      if (!c.blob) return;
      need(c.blob, c.path);
      for (const s of c.sources) need(s, c.path);
      progress.listed(c.commit, feed.requested);
    }, () => (stop() ? false : feed.room()));
  } catch (e) {
    aborted = true;
    feed.close();
    await blobs;
    throw e;
  }
  feed.end();
  progress.ended(log.commits.length, feed.requested);
  await blobs;
  if (blobError) throw blobError.error;
  const cancelled = options.cancelled?.() ?? false;
  if (log.stopped && !cancelled) throw new HistoryError('git log stopped early');
  return { commits: log.commits, changes, blobs: inFlight.size, missing: missing.size, cancelled };
}

/**
 * Counts finished commits: cat-file answers requests in order, so a commit is finished once as many answers
 * came as requests had been made when its last change was listed, and the log has moved past it.
 */
class CommitProgress {
  /** Per commit (index in log order): requests made up to its last change. */
  private readonly needs: number[] = [];
  private answers = 0;
  private done = 0;
  private total: number | undefined;

  constructor(private readonly onProgress?: (done: number, listed: number) => void) {}

  /** A change of commit `commit` was listed after `requested` requests in all. */
  listed(commit: number, requested: number): void {
    if (!this.onProgress) return;
    const before = this.needs.length ? this.needs[this.needs.length - 1] : 0;
    // Commits without changes of their own (skipped paths, empty merges) need what came before them.
    while (this.needs.length < commit) this.needs.push(before);
    this.needs[commit] = requested;
  }

  /** One more object answered (and handed on). */
  answered(): void {
    this.answers++;
    this.report();
  }

  /** The log ended with `commits` commits. */
  ended(commits: number, requested: number): void {
    if (!this.onProgress) return;
    const before = this.needs.length ? this.needs[this.needs.length - 1] : requested;
    while (this.needs.length < commits) this.needs.push(before);
    this.total = commits;
    this.report();
  }

  private report(): void {
    if (!this.onProgress) return;
    // Before the log ends, the last commit listed may still get changes.
    const complete = this.total ?? Math.max(0, this.needs.length - 1);
    while (this.done < complete && this.needs[this.done] <= this.answers) this.done++;
    this.onProgress(this.done, this.total ?? this.needs.length);
  }
}
