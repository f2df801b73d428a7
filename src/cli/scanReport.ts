// What a scan reports, shared by the working-tree scan, the history scan and the formatters (its own file so
// that the two scans do not import each other).
import type { FileFinding, FilesScanResult } from '../engine';
import type { ScanPool } from './scanPool';

/** Everything a formatter needs: findings with paths relative to the scan root. */
export interface ScanReport extends FilesScanResult {
  root: string;
  rootUri: string;
  notes: string[];
  /** Set by `--history`: what the history scan covered (its findings are HistoryFindings). */
  history?: HistorySummary;
}

/** A runtime failure with a message meant for the user (exit code 2). */
export class ScanError extends Error {}

/** Makes the pool for a scan of about `tasks` files or blobs (a history scan shares the cores with git). */
export type PoolFor = (tasks: number, kind?: 'files' | 'history') => ScanPool;

/** A finding of the history scan: the finding as in the file that introduced it, and where it came from. */
export interface HistoryFinding extends FileFinding {
  /** Full id of the oldest commit whose tree has the value at this path. */
  commit: string;
  /** That commit's author date (ISO 8601). */
  date: string;
  author: string;
  /** The value is still in the checked-out file at this path. */
  inHead: boolean;
  /** The commit is reachable from a remote-tracking branch: the value has left this machine. Null when git could not tell. */
  pushed: boolean | null;
}

/** What the history scan covered. */
export interface HistorySummary {
  commits: number;
  /** Unique blobs read from git. */
  blobs: number;
  /** The revision selection, as given. */
  selection: { since?: string; range?: string; branch?: string };
}
