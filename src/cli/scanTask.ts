// One unit of scanning work — a file of the working tree or a blob out of git's history — as a plain
// function of plain data, so it runs the same in a worker thread and in the main thread (`--jobs 1`).
import * as path from 'path';
import {
  decodeText, DETECTORS, fileKindOf, fileMovers, filePathConstants, nameUses, postedConstantsOf, readTextFile, scannableText, scanWith, usedPathNames, valueKey, WORKSPACE_DETECTORS,
  type FileSummary, type Finding, type Mover, type PathConstant, type SkipReason,
} from '../engine';

/** Options every task of one scan shares. */
export interface TaskOptions {
  includeGenerated: boolean;
  disabledCategories: string[];
  /** Also return a key per finding that identifies its value (a hash; the value never leaves the task). */
  wantKeys?: boolean;
}

/** A file to read under `root` and scan; `maxBytes` caps the read. */
export interface FileTask extends TaskOptions {
  kind: 'file';
  root: string;
  rel: string;
  maxBytes: number;
  /** Also say whether the file loads a .env (the env guard then looks at it in the main thread). */
  dotenv?: boolean;
  /** Other files' fund movers this file calls: scan with them (the cross-file pass, crossFilePass.ts). */
  movers?: Mover[];
  /** Only say where the file uses these mover names; no scan (the cross-file pass's second look). */
  names?: string[];
  /** Other files' path constants this file uses: scan with them, and say which it posts (pathConstantPass.ts). */
  pathConstants?: PathConstant[];
  /** The file's own path constants that other files post: report their definitions. */
  postedConstants?: PathConstant[];
  /** Only say which of these linked path-constant names the file uses; no scan (pathConstantPass.ts's look). */
  linked?: string[];
}

/** Bytes of a blob to scan as if they were the file at `path`. */
export interface BlobTask extends TaskOptions {
  kind: 'blob';
  path: string;
  bytes: Uint8Array;
}

/** Work for the pool. */
export type ScanTask = FileTask | BlobTask;

/** What a task found, or why it skipped its input. */
export interface TaskResult {
  findings: Finding[];
  keys?: string[];
  skipped?: { reason: SkipReason | 'lockfile' | 'generated'; detail?: string };
  /** Characters scanned. */
  scannedBytes: number;
  /** The file calls a dotenv loader. */
  dotenvCall?: boolean;
  /** The file's functions that move funds (a file task that found withdrawals). */
  movers?: Mover[];
  /** Where the file uses the task's `names` (a task with names). */
  uses?: Omit<FileSummary, 'movers'>;
  /** The names the file gives request paths to (a file task's scan; crossfile/pathConstants.ts). */
  pathConstants?: PathConstant[];
  /** Which of the task's `linked` names the file uses (a task with linked). */
  usedNames?: string[];
  /** Which of the task's `pathConstants` the file posts. */
  posted?: PathConstant[];
}

/** Runs one task. Never throws on bad input: unreadable, binary or generated inputs come back as skips. */
export function runTask(task: ScanTask): TaskResult {
  const where = task.kind === 'file' ? task.rel : task.path;
  const read = scannableText(where, () => task.kind === 'file'
    ? readTextFile(path.join(task.root, task.rel), task.maxBytes, task.root)
    : decodeText(Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength)), task.includeGenerated);
  if ('skipped' in read) return skip(read.skipped, read.detail);
  if (task.kind === 'file' && task.names) return { findings: [], scannedBytes: 0, uses: nameUses(read.text, task.names) };
  if (task.kind === 'file' && task.linked) {
    return { findings: [], scannedBytes: 0, usedNames: usedPathNames(read.text, where, fileKindOf(where), task.linked) };
  }
  const file = task.kind === 'file' ? task : undefined;
  const scanned = scanWith(DETECTORS, read.text, {
    path: where, disabledCategories: task.disabledCategories, movers: file?.movers, pathConstants: file?.pathConstants, postedConstants: file?.postedConstants,
  });
  if (scanned.skipped) return skip(scanned.skipped === 'lockfile' ? 'lockfile' : 'binary');
  const result: TaskResult = { findings: scanned.findings, scannedBytes: read.text.length };
  if (task.kind === 'file') {
    // Its own movers, and with `movers` the functions that call another file's (the next layer of helpers).
    const own = fileMovers(read.text, where, fileKindOf(where), scanned.findings);
    if (own.length) result.movers = own;
    const constants = filePathConstants(read.text, where, fileKindOf(where));
    if (constants.length) result.pathConstants = constants;
    if (task.pathConstants?.length) result.posted = postedConstantsOf(read.text, fileKindOf(where), task.pathConstants, scanned.findings);
  }
  if (task.wantKeys) result.keys = scanned.findings.map((f) => valueKey(read.text.slice(f.range.start, f.range.end)));
  if (task.kind === 'file' && task.dotenv) result.dotenvCall = scanWith(WORKSPACE_DETECTORS, read.text, { path: where }).findings.length > 0;
  return result;
}

/** A skip result. */
function skip(reason: NonNullable<TaskResult['skipped']>['reason'], detail?: string): TaskResult {
  return { findings: [], scannedBytes: 0, skipped: detail === undefined ? { reason } : { reason, detail } };
}
