import * as path from 'path';
import { scanText } from '../index';
import type { Finding, ScanOptions } from '../types';
import { readTextFile, type SkipReason } from './readTextFile';

/** A finding with the file it was found in (relative to the scan root, `/`-separated). */
export interface FileFinding extends Finding {
  path: string;
}

/** What a scan of many files found and what it had to skip. */
export interface FilesScanResult {
  findings: FileFinding[];
  scannedFiles: number;
  scannedBytes: number;
  skipped: Array<{ path: string; reason: SkipReason | 'lockfile'; detail?: string }>;
}

/** Options for scanning files from disk. */
export interface FilesScanOptions extends Omit<ScanOptions, 'path'> {
  maxBytes: number;
  /** Called between files; returning true stops the scan (cancellation). */
  cancelled?: () => boolean;
}

/** Reads and scans files under `root`; never throws on a bad file, it records a skip instead. */
export function scanFiles(root: string, relPaths: readonly string[], options: FilesScanOptions): FilesScanResult {
  const result: FilesScanResult = { findings: [], scannedFiles: 0, scannedBytes: 0, skipped: [] };
  for (const rel of relPaths) {
    if (options.cancelled?.()) break;
    const read = readTextFile(path.join(root, rel), options.maxBytes);
    if ('skipped' in read) {
      result.skipped.push({ path: rel, reason: read.skipped, detail: read.detail });
      continue;
    }
    const scanned = scanText(read.text, { ...options, path: rel });
    if (scanned.skipped) {
      result.skipped.push({ path: rel, reason: scanned.skipped === 'lockfile' ? 'lockfile' : 'binary' });
      continue;
    }
    result.scannedFiles++;
    result.scannedBytes += read.text.length;
    for (const f of scanned.findings) result.findings.push({ ...f, path: rel });
  }
  return result;
}
