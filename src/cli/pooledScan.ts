// The working-tree scan on the pool: files are read and scanned in parallel, and the results are merged
// in the order of the file list, so the report is the same for every `--jobs`.
import * as path from 'path';
import type { Finding } from '../engine';
import { readTextFile } from '../engine/workspace/readTextFile';
import type { FileFinding, FilesScanResult } from '../engine/workspace/scanFiles';
import type { ScanPool } from './scanPool';
import type { TaskResult } from './scanTask';

/** What the file scan needs besides the files (scanFiles' options, as plain data plus main-thread hooks). */
export interface PooledScanOptions {
  maxBytes: number;
  includeGenerated: boolean;
  disabledCategories: string[];
  /** Drops a finding (e.g. secrets inside an ignored, untracked .env). */
  keep?: (path: string, finding: Finding) => boolean;
  /** Findings that need more than the text; asked only of files that call a dotenv loader. */
  extra?: (path: string, text: string) => Promise<Finding[]>;
}

/** Scans `relPaths` under `root` on the pool; never throws on a bad file, it records a skip. */
export async function scanFilesPooled(root: string, relPaths: readonly string[], options: PooledScanOptions, pool: ScanPool): Promise<FilesScanResult> {
  const pending: Array<Promise<TaskResult>> = [];
  for (const rel of relPaths) {
    await pool.ready();
    pending.push(pool.run({
      kind: 'file', root, rel, maxBytes: options.maxBytes, includeGenerated: options.includeGenerated,
      disabledCategories: options.disabledCategories, dotenv: options.extra !== undefined,
    }));
  }
  const results = await Promise.all(pending);
  const out: FilesScanResult = { findings: [], scannedFiles: 0, scannedBytes: 0, skipped: [] };
  for (let i = 0; i < relPaths.length; i++) {
    const rel = relPaths[i];
    const r = results[i];
    if (r.skipped) {
      out.skipped.push({ path: rel, ...r.skipped });
      continue;
    }
    out.scannedFiles++;
    out.scannedBytes += r.scannedBytes;
    const extra = r.dotenvCall && options.extra ? await extraFindings(root, rel, options) : [];
    for (const f of [...r.findings, ...extra]) {
      if (!options.keep || options.keep(rel, f)) out.findings.push({ ...f, path: rel } as FileFinding);
    }
  }
  return out;
}

/** The env guard's findings for a file that loads a .env (read again here: such files are few). */
async function extraFindings(root: string, rel: string, options: PooledScanOptions): Promise<Finding[]> {
  const read = readTextFile(path.join(root, rel), options.maxBytes, root);
  return 'text' in read ? options.extra!(rel, read.text) : [];
}
