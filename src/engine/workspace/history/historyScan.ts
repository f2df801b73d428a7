// The whole history scan in one call, for a caller without a worker pool (the editor): enumerate, stream
// each needed blob once, scan it here, attribute findings to the commits that introduced them, and say
// which were pushed. Progress counts commits whose blobs are all scanned.
import type { Git } from '../ports';
import { attribute, scanUnits, type BlobFindings, type IntroducedFinding } from './attribution';
import { scanBlob, type BlobScanOptions } from './blobScan';
import { enumerateHistory, pushedCommits, streamBlobs, type HistorySelection } from './gitHistory';
import type { RawChange } from './rawLog';

/** Options of `scanHistory`. */
export interface HistoryScanOptions extends BlobScanOptions {
  selection?: HistorySelection;
  /** Blobs larger than this are not read. */
  maxBytes: number;
  /** Paths to leave out (skipped folders, .keyguardignore, the user's excludes). */
  skipPath?: (path: string) => boolean;
  /** Called as commits are finished: `done` of `total`. */
  onProgress?: (done: number, total: number) => void;
  /** Polled between blobs; true stops git and returns what was attributed so far. */
  cancelled?: () => boolean;
}

/** A finding of the history and whether its commit is on a remote-tracking branch. */
export interface HistoryScanFinding extends IntroducedFinding {
  pushed: boolean;
}

/** What `scanHistory` found and covered. */
export interface HistoryScanResult {
  findings: HistoryScanFinding[];
  commits: number;
  blobs: number;
  /** Blobs not in the object store (shallow or partial clones). */
  missing: number;
  cancelled: boolean;
}

// Blobs between two yields to the event loop, so the caller's UI stays responsive.
const YIELD_EVERY = 20;

/** Scans every commit of the selection in the repository at `top` (its top folder). Throws HistoryError. */
export async function scanHistory(git: Git, top: string, options: HistoryScanOptions): Promise<HistoryScanResult> {
  const { commits, changes: all } = await enumerateHistory(git, top, options.selection ?? {});
  const changes = options.skipPath ? all.filter((c) => !options.skipPath!(c.path)) : all;
  const units = scanUnits(changes);
  const byBlob = new Map<string, Array<{ unit: string; path: string }>>();
  for (const [unit, { blob, path }] of units) byBlob.set(blob, [...(byBlob.get(blob) ?? []), { unit, path }]);
  const { order, finishedAfter } = blobOrder(changes, commits.length, byBlob);
  const results = new Map<string, BlobFindings>();
  let missing = 0, seen = 0, done = 0;
  const report = (): void => {
    while (done < finishedAfter.length && finishedAfter[done] < seen) done++;
    options.onProgress?.(done, commits.length);
  };
  report();
  await streamBlobs(git, top, order, options.maxBytes, async (o) => {
    if ('missing' in o) missing++;
    else if ('bytes' in o) {
      for (const { unit, path } of byBlob.get(o.id) ?? []) {
        const found = scanBlob(path, o.bytes, options);
        if (found?.findings.length) results.set(unit, found);
      }
    }
    seen++;
    report();
    if (seen % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
  }, options.cancelled);
  const cancelled = options.cancelled?.() ?? false;
  const introduced = attribute(commits, changes, (unit) => results.get(unit));
  const pushed = cancelled ? new Set<string>() : await pushedCommits(git, top, new Set(introduced.map((i) => i.commit.id)));
  return { findings: introduced.map((i) => ({ ...i, pushed: pushed.has(i.commit.id) })), commits: commits.length, blobs: byBlob.size, missing, cancelled };
}

/**
 * Blob ids in the order of the first commit that needs them (newest first), and for each commit, sorted,
 * how many blobs must be read before all of its blobs are: progress then counts whole commits.
 */
export function blobOrder(changes: readonly RawChange[], commitCount: number, byBlob: ReadonlyMap<string, unknown>): { order: string[]; finishedAfter: number[] } {
  const index = new Map<string, number>();
  const last = new Array<number>(commitCount).fill(-1);
  const sorted = [...changes].sort((a, b) => a.commit - b.commit);
  for (const c of sorted) {
    for (const blob of [c.blob, ...c.sources]) {
      if (!blob || !byBlob.has(blob)) continue;
      if (!index.has(blob)) index.set(blob, index.size);
      last[c.commit] = Math.max(last[c.commit], index.get(blob)!);
    }
  }
  return { order: [...index.keys()], finishedAfter: last.sort((a, b) => a - b) };
}
