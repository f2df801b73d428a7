// The whole history scan in one call, for a caller without a worker pool (the editor): stream each needed
// blob once while the log runs, scan it here, attribute findings to the commits that introduced them, and
// say which were pushed. Progress counts commits whose blobs are all scanned.
import type { Git } from '../ports';
import { attribute, type BlobFindings, type IntroducedFinding } from './attribution';
import { scanBlob, type BlobScanOptions } from './blobScan';
import { pushedCommits, type HistorySelection } from './gitHistory';
import { streamHistory } from './historyStream';

/** Options of `scanHistory`. */
export interface HistoryScanOptions extends BlobScanOptions {
  selection?: HistorySelection;
  /** Blobs larger than this are not read. */
  maxBytes: number;
  /** Paths to leave out (skipped folders, .keyguardignore, the user's excludes). */
  skipPath?: (path: string) => boolean;
  /** Called as commits are finished: `done` of `total` (the commits listed so far, all of them once git log has ended). */
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
  const results = new Map<string, BlobFindings>();
  let seen = 0;
  options.onProgress?.(0, 0);
  // The same pipeline as the CLI's (historyStream.ts), with each blob scanned here instead of on a pool.
  const stream = await streamHistory(git, top, {
    selection: options.selection, maxBytes: options.maxBytes, skipPath: options.skipPath, cancelled: options.cancelled, onProgress: options.onProgress,
    onBlob: async (o, units) => {
      if ('bytes' in o) {
        for (const { unit, path } of units) {
          const found = scanBlob(path, o.bytes, options);
          if (found?.findings.length) results.set(unit, found);
        }
      }
      if (++seen % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
    },
  });
  const { commits, changes, cancelled } = stream;
  const introduced = attribute(commits, changes, (unit) => results.get(unit));
  const pushed = cancelled ? new Set<string>() : await pushedCommits(git, top, new Set(introduced.map((i) => i.commit.id)));
  return { findings: introduced.map((i) => ({ ...i, pushed: pushed.has(i.commit.id) })), commits: commits.length, blobs: stream.blobs, missing: stream.missing, cancelled };
}
