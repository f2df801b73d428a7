import * as path from 'path';
import { DETECTORS } from '../detectors';
import { isGeneratedPath, looksMinified } from '../find/generatedFiles';
import { scanWith } from '../find/scan';
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
  skipped: Array<{ path: string; reason: SkipReason | 'lockfile' | 'generated'; detail?: string }>;
}

/** Options for scanning files from disk. */
export interface FilesScanOptions extends Omit<ScanOptions, 'path'> {
  maxBytes: number;
  /** Also scan minified and generated files (bundles, source maps, `_nuxt/`); skipped by default. */
  includeGenerated?: boolean;
  /** Called between files; returning true stops the scan (cancellation). */
  cancelled?: () => boolean;
  /** Drops a finding (e.g. secrets inside an ignored, untracked .env, where they belong). */
  keep?: (path: string, finding: Finding) => boolean;
  /** Findings that need more than the text (e.g. a dotenv call in a repository whose .env is not ignored). */
  extra?: (path: string, text: string) => Promise<Finding[]>;
}

/** Reads and scans files under `root` (never through a link out of it); never throws on a bad file, it records a skip instead. */
export async function scanFiles(root: string, relPaths: readonly string[], options: FilesScanOptions): Promise<FilesScanResult> {
  const result: FilesScanResult = { findings: [], scannedFiles: 0, scannedBytes: 0, skipped: [] };
  for (const rel of relPaths) {
    if (options.cancelled?.()) break;
    if (!options.includeGenerated && isGeneratedPath(rel)) {
      result.skipped.push({ path: rel, reason: 'generated' });
      continue;
    }
    const read = readTextFile(path.join(root, rel), options.maxBytes, root);
    if ('skipped' in read) {
      result.skipped.push({ path: rel, reason: read.skipped, detail: read.detail });
      continue;
    }
    if (!options.includeGenerated && looksMinified(rel, read.text)) {
      result.skipped.push({ path: rel, reason: 'generated', detail: 'minified' });
      continue;
    }
    const scanned = scanWith(DETECTORS, read.text, { ...options, path: rel });
    if (scanned.skipped) {
      result.skipped.push({ path: rel, reason: scanned.skipped === 'lockfile' ? 'lockfile' : 'binary' });
      continue;
    }
    result.scannedFiles++;
    result.scannedBytes += read.text.length;
    const extra = options.extra ? await options.extra(rel, read.text) : [];
    for (const f of [...scanned.findings, ...extra]) {
      if (!options.keep || options.keep(rel, f)) result.findings.push({ ...f, path: rel });
    }
  }
  return result;
}
