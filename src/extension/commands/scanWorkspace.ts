import * as vscode from 'vscode';
import { log } from '../log';
import type { DiagnosticsController } from '../diagnostics/DiagnosticsController';
import { emptySummary, scanFolder, type WorkspaceScanSummary } from '../scan/folderScan';

export type { WorkspaceScanSummary } from '../scan/folderScan';

/** Scans every file of every workspace folder with a cancellable progress notification. */
export async function scanWorkspace(controller: DiagnosticsController): Promise<WorkspaceScanSummary> {
  const started = Date.now();
  const summary = emptySummary();
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('KeyGuard: open a folder to scan a workspace; open files are scanned as you edit them.');
    return summary;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'KeyGuard: scanning workspace', cancellable: true },
    async (progress, token) => {
      const share = 100 / folders.length;
      for (const folder of folders) {
        if (token.isCancellationRequested) break;
        let reported = 0;
        await scanFolder(folder, controller, summary, {
          token,
          onProgress: ({ done, total }) => {
            const now = total ? (done / total) * share : 0;
            progress.report({ message: `${folder.name}: ${done}/${total} files`, increment: now - reported });
            reported = now;
          },
        });
      }
      summary.cancelled = token.isCancellationRequested;
    },
  );
  log().info(`${describeScan(summary)} (${Date.now() - started} ms)`);
  void vscode.window.showInformationMessage(describeScan(summary));
  return summary;
}

/** "KeyGuard scanned 120 files: 3 findings (2 errors, 1 warning)." */
export function describeScan(s: WorkspaceScanSummary): string {
  const parts = (['error', 'warning', 'info'] as const).filter((k) => s.bySeverity[k]).map((k) => `${s.bySeverity[k]} ${k === 'info' ? 'info' : k + (s.bySeverity[k] > 1 ? 's' : '')}`);
  const found = s.findings ? `${s.findings} finding${s.findings > 1 ? 's' : ''} (${parts.join(', ')})` : 'no findings';
  const skipped = s.skipped ? `; skipped ${s.skipped} binary, oversized or generated file${s.skipped > 1 ? 's' : ''}` : '';
  return `KeyGuard ${s.cancelled ? 'stopped after scanning' : 'scanned'} ${s.files} file${s.files === 1 ? '' : 's'}: ${found}${skipped}.`;
}
