// The working-tree scan on the pool: files are read and scanned in parallel, and the results are merged
// in the order of the file list, so the report is the same for every `--jobs`.
import * as path from 'path';
import { applyEnvFacts, readTextFile, type EnvFacts, type FileFinding, type FilesScanResult } from '../engine';
import { handled, type ScanPool } from './scanPool';
import { crossFilePass } from './crossFilePass';
import type { FileTask, TaskResult } from './scanTask';

/** What the file scan needs besides the files (scanFiles' options, as plain data plus main-thread hooks). */
export interface PooledScanOptions {
  maxBytes: number;
  includeGenerated: boolean;
  disabledCategories: string[];
  /** What the .env guard found, applied in the main thread as documentFindings applies it. */
  env?: EnvFacts;
}

/** Scans `relPaths` under `root` on the pool; never throws on a bad file, it records a skip. */
export async function scanFilesPooled(root: string, relPaths: readonly string[], options: PooledScanOptions, pool: ScanPool): Promise<FilesScanResult> {
  const pending: Array<Promise<TaskResult>> = [];
  const tasks: FileTask[] = relPaths.map((rel) => ({
    kind: 'file', root, rel, maxBytes: options.maxBytes, includeGenerated: options.includeGenerated,
    disabledCategories: options.disabledCategories, dotenv: options.env !== undefined,
  }));
  for (const task of tasks) {
    await pool.ready();
    pending.push(handled(pool.run(task)));
  }
  const results = await Promise.all(pending);
  await crossFilePass(tasks, results, pool);
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
    // Files that call a dotenv loader are read again here: such files are few.
    const reread = () => { const read = readTextFile(path.join(root, rel), options.maxBytes, root); return 'text' in read ? read.text : undefined; };
    const findings = await applyEnvFacts(r.findings, reread, { path: rel, disabledCategories: options.disabledCategories }, options.env, r.dotenvCall);
    for (const f of findings) out.findings.push({ ...f, path: rel });
  }
  return out;
}
