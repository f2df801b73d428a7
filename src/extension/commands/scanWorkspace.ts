import * as path from 'path';
import * as vscode from 'vscode';
import { log } from '../log';
import { isGeneratedPath, listFiles, looksMinified, readTextFile, type Severity } from '../../engine';
import { readConfig } from '../config';
import type { DiagnosticsController } from '../diagnostics/DiagnosticsController';

/** What a workspace scan did; also the command's return value (tests read it). */
export interface WorkspaceScanSummary {
  files: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  skipped: number;
  cancelled: boolean;
}

// Files between two yields to the event loop, so progress, cancellation and typing stay responsive.
const BATCH = 40;

/** Scans every file of every workspace folder with a cancellable progress notification. */
export async function scanWorkspace(controller: DiagnosticsController): Promise<WorkspaceScanSummary> {
  const started = Date.now();
  const summary: WorkspaceScanSummary = { files: 0, findings: 0, bySeverity: { error: 0, warning: 0, info: 0, hint: 0 }, skipped: 0, cancelled: false };
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('KeyGuard: open a folder to scan a workspace; open files are scanned as you edit them.');
    return summary;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'KeyGuard: scanning workspace', cancellable: true },
    async (progress, token) => {
      for (const folder of folders) {
        if (token.isCancellationRequested) break;
        await scanFolder(folder, controller, summary, progress, token);
      }
      summary.cancelled = token.isCancellationRequested;
    },
  );
  log().info(`${describe(summary)} (${Date.now() - started} ms)`);
  void vscode.window.showInformationMessage(describe(summary));
  return summary;
}

/** Scans one workspace folder, publishing diagnostics for files that are not open in an editor. */
async function scanFolder(
  folder: vscode.WorkspaceFolder,
  controller: DiagnosticsController,
  summary: WorkspaceScanSummary,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Promise<void> {
  const config = readConfig(folder.uri);
  const filesExclude = Object.entries(vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, boolean>>('exclude', {}))
    .filter(([, on]) => on)
    .map(([glob]) => glob);
  // git can run repository hooks and config (fsmonitor): only in trusted workspaces.
  const listed = await listFiles(folder.uri.fsPath, {
    useGit: vscode.workspace.isTrusted,
    extraIgnores: [...filesExclude, ...config.exclude],
  });
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  for (let i = 0; i < listed.files.length; i++) {
    if (token.isCancellationRequested) return;
    if (i % BATCH === 0) {
      progress.report({ message: `${folder.name}: ${i}/${listed.files.length} files`, increment: (BATCH / listed.files.length) * 100 / (vscode.workspace.workspaceFolders?.length ?? 1) });
      await new Promise((r) => setImmediate(r));
    }
    const rel = listed.files[i];
    const uri = vscode.Uri.file(path.join(folder.uri.fsPath, rel));
    const doc = open.get(uri.toString());
    if (doc) {
      await controller.lint(doc);
      summary.files++;
      count(summary, controller.diagnostics(uri));
      continue;
    }
    // Bundles and source maps repeat the code they were built from; an open document was scanned above
    // whatever it is (the user chose to look at it).
    if (!config.scanGeneratedFiles && isGeneratedPath(rel)) { summary.skipped++; continue; }
    const read = readTextFile(uri.fsPath, config.maxFileSizeKB * 1024);
    if ('skipped' in read) { summary.skipped++; continue; }
    if (!config.scanGeneratedFiles && looksMinified(rel, read.text)) { summary.skipped++; continue; }
    const outcome = await controller.lintFile(uri, read.text);
    if (!('diagnostics' in outcome)) { summary.skipped++; continue; }
    summary.files++;
    count(summary, outcome.diagnostics);
  }
}

/** Adds diagnostics to the summary's counts. */
function count(summary: WorkspaceScanSummary, diagnostics: readonly vscode.Diagnostic[]): void {
  const names: Severity[] = ['error', 'warning', 'info', 'hint'];
  for (const d of diagnostics) {
    summary.findings++;
    summary.bySeverity[names[d.severity]]++;
  }
}

/** "KeyGuard scanned 120 files: 3 findings (2 errors, 1 warning)." */
function describe(s: WorkspaceScanSummary): string {
  const parts = (['error', 'warning', 'info'] as const).filter((k) => s.bySeverity[k]).map((k) => `${s.bySeverity[k]} ${k === 'info' ? 'info' : k + (s.bySeverity[k] > 1 ? 's' : '')}`);
  const found = s.findings ? `${s.findings} finding${s.findings > 1 ? 's' : ''} (${parts.join(', ')})` : 'no findings';
  const skipped = s.skipped ? `; skipped ${s.skipped} binary, oversized or generated file${s.skipped > 1 ? 's' : ''}` : '';
  return `KeyGuard ${s.cancelled ? 'stopped after scanning' : 'scanned'} ${s.files} file${s.files === 1 ? '' : 's'}: ${found}${skipped}.`;
}
