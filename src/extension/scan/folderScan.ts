// The workspace scan's machinery, shared by "Scan Workspace" (a notification), the scan on open (the status
// bar) and the re-scan of files changed on disk: list a folder as the user sees it, read files with bounded
// concurrency, lint each one through the one diagnostics pipeline, and yield to the editor between slices.
import * as path from 'path';
import * as vscode from 'vscode';
import { inSkippedDir, keyguardIgnore, listFiles, readTextFileAsync, scannableTextAsync, type Severity } from '../../engine';
import { readConfig, type KeyGuardConfig } from '../config';
import type { DiagnosticsController } from '../diagnostics/DiagnosticsController';

/** What a workspace scan did; also the Scan Workspace command's return value (tests read it). */
export interface WorkspaceScanSummary {
  files: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  skipped: number;
  cancelled: boolean;
}

/** Files done out of the files listed, for a progress display. */
export interface ScanProgress {
  folder: string;
  done: number;
  total: number;
}

/** How a caller follows and stops a scan. */
export interface ScanHooks {
  token: vscode.CancellationToken;
  onProgress?(progress: ScanProgress): void;
  /** After a file's diagnostics were published (the scan on open notes when the first one appeared). */
  onPublished?(uri: vscode.Uri, diagnostics: number): void;
}

// Reads in flight at once: enough to hide disk latency, few enough not to flood the extension host.
const READ_CONCURRENCY = 8;
// Longest stretch of work between two yields to the event loop, so keystrokes and progress get through.
const SLICE_MS = 10;
// Progress reports at most every this many files (a 50,000-file scan would otherwise repaint 50,000 times).
const REPORT_EVERY = 100;

/** A summary with nothing counted yet. */
export function emptySummary(): WorkspaceScanSummary {
  return { files: 0, findings: 0, bySeverity: { error: 0, warning: 0, info: 0, hint: 0 }, skipped: 0, cancelled: false };
}

/** The scan's exclusions beyond git's: `files.exclude`, `keyguard.exclude` (`.keyguardignore` is read by the lister). */
function extraIgnores(folder: vscode.WorkspaceFolder, config: KeyGuardConfig): string[] {
  const filesExclude = Object.entries(vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, boolean>>('exclude', {}))
    .filter(([, on]) => on)
    .map(([glob]) => glob);
  return [...filesExclude, ...config.exclude];
}

/** A test of relative paths against what the workspace scan never lists (vendored folders, excludes, .keyguardignore). */
export function excludedBy(folder: vscode.WorkspaceFolder): (rel: string) => boolean {
  const ig = keyguardIgnore(folder.uri.fsPath, extraIgnores(folder, readConfig(folder.uri)));
  return (rel) => rel === '' || inSkippedDir(rel) || ig.ignores(rel);
}

/** Scans every listed file of one workspace folder. */
export async function scanFolder(folder: vscode.WorkspaceFolder, controller: DiagnosticsController, summary: WorkspaceScanSummary, hooks: ScanHooks): Promise<void> {
  const config = readConfig(folder.uri);
  // git can run repository hooks and config (fsmonitor): only in trusted workspaces.
  const listed = await listFiles(folder.uri.fsPath, { useGit: vscode.workspace.isTrusted, extraIgnores: extraIgnores(folder, config) });
  await scanPaths(folder, listed.files, controller, summary, hooks);
}

/**
 * Scans files of a folder given relative paths: open documents from their text, other files read from disk
 * (generated, oversized, binary and minified files skipped as settings say), each published on its own.
 */
export async function scanPaths(folder: vscode.WorkspaceFolder, rels: readonly string[], controller: DiagnosticsController, summary: WorkspaceScanSummary, hooks: ScanHooks): Promise<void> {
  const config = readConfig(folder.uri);
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const slicer = new Slicer();
  let next = 0;
  let done = 0;
  const report = () => hooks.onProgress?.({ folder: folder.name, done, total: rels.length });
  report();
  const worker = async () => {
    while (next < rels.length && !hooks.token.isCancellationRequested) {
      const rel = rels[next++];
      await scanOne(folder, rel, open, config, controller, summary, hooks);
      if (++done % REPORT_EVERY === 0) report();
      await slicer.yieldIfDue();
    }
  };
  // The fund-mover index settles once, after the files (its second look reads them again only if they define movers).
  const release = controller.movers.hold();
  try {
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, rels.length) }, worker));
  } finally {
    release();
  }
  report();
}

/** Scans one file; counts it as scanned or skipped. */
async function scanOne(
  folder: vscode.WorkspaceFolder, rel: string, open: ReadonlyMap<string, vscode.TextDocument>, config: KeyGuardConfig,
  controller: DiagnosticsController, summary: WorkspaceScanSummary, hooks: ScanHooks,
): Promise<void> {
  const uri = vscode.Uri.file(path.join(folder.uri.fsPath, rel));
  const doc = open.get(uri.toString());
  if (doc && !doc.isClosed) {
    await controller.lint(doc);
    controller.movers.covers(uri);
    summary.files++;
    count(summary, controller.diagnostics(uri));
    return;
  }
  // Other files take the engine's one read order: generated paths unread, a bounded read, minified text
  // skipped (bundles repeat the code they were built from); an open document was scanned above whatever it
  // is (the user chose to look at it).
  const read = await scannableTextAsync(rel, () => readTextFileAsync(uri.fsPath, config.maxFileSizeKB * 1024), config.scanGeneratedFiles);
  if ('skipped' in read) return skip(summary, controller, uri);
  const outcome = await controller.lintFile(uri, read.text);
  if (!('diagnostics' in outcome)) { summary.skipped++; return; }
  summary.files++;
  count(summary, outcome.diagnostics);
  if (outcome.diagnostics.length) hooks.onPublished?.(uri, outcome.diagnostics.length);
}

/** Counts a skipped file and drops findings it had before (a file that grew past the limit, or went binary). */
function skip(summary: WorkspaceScanSummary, controller: DiagnosticsController, uri: vscode.Uri): void {
  summary.skipped++;
  controller.forget(uri);
}

/** Adds diagnostics to the summary's counts. */
function count(summary: WorkspaceScanSummary, diagnostics: readonly vscode.Diagnostic[]): void {
  const names: Severity[] = ['error', 'warning', 'info', 'hint'];
  for (const d of diagnostics) {
    summary.findings++;
    summary.bySeverity[names[d.severity]]++;
  }
}

/** Shared by a scan's workers: yields to the event loop once SLICE_MS of work ran since the last yield. */
class Slicer {
  private last = performance.now();

  /** Resolves at once, or after one turn of the event loop when the slice is used up. */
  async yieldIfDue(): Promise<void> {
    if (performance.now() - this.last < SLICE_MS) return;
    await new Promise((r) => setImmediate(r));
    this.last = performance.now();
  }
}
