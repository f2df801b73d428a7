import * as path from 'path';
import { documentFindings, type EnvFacts } from '../document/documentFindings';
import type { Finding, ScanOptions } from '../types';
import { readTextFile, type SkipReason } from './node/readTextFile';
import { scannableText } from './scannableText';

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
  /** What the .env guard found, applied to every file as the editor applies it (see documentFindings). */
  env?: EnvFacts;
}

/** Reads and scans files under `root` (never through a link out of it); never throws on a bad file, it records a skip instead. */
export async function scanFiles(root: string, relPaths: readonly string[], options: FilesScanOptions): Promise<FilesScanResult> {
  const result: FilesScanResult = { findings: [], scannedFiles: 0, scannedBytes: 0, skipped: [] };
  for (const rel of relPaths) {
    if (options.cancelled?.()) break;
    const read = scannableText(rel, () => readTextFile(path.join(root, rel), options.maxBytes, root), options.includeGenerated ?? false);
    if ('skipped' in read) {
      result.skipped.push({ path: rel, reason: read.skipped, ...(read.detail === undefined ? {} : { detail: read.detail }) });
      continue;
    }
    const scanned = await documentFindings(read.text, { ...options, path: rel }, options.env);
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
