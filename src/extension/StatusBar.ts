import * as vscode from 'vscode';
import { CommandIds } from './commandIds';
import { DIAGNOSTIC_SOURCE } from './diagnostics/toDiagnostic';

/**
 * A status bar item with the KeyGuard finding count of the files scanned so far (open files, workspace
 * scans, env files); a click opens the Problems view. It counts diagnostics whose source is KeyGuard.
 * While the background scan runs it shows its progress, and a click stops the scan.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('keyguard.findings', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private scan: { done: number; total: number } | undefined;

  constructor() {
    this.item.name = 'KeyGuard';
    this.item.command = CommandIds.showProblems;
    this.subscription = vscode.languages.onDidChangeDiagnostics(() => this.schedule());
    this.update();
    this.item.show();
  }

  /** Coalesces bursts of updates (a workspace scan publishes thousands) into one repaint. */
  private schedule(): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.update();
    }, 100);
  }

  /** Shows the background scan's progress (files done of files listed), or, given undefined, that it ended. */
  showScan(progress: { done: number; total: number } | undefined): void {
    this.scan = progress;
    this.schedule();
  }

  /** Recounts diagnostics and repaints the item. */
  update(): void {
    let errors = 0, warnings = 0, others = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const d of diagnostics) {
        if (d.source !== DIAGNOSTIC_SOURCE) continue;
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
        else others++;
      }
    }
    const total = errors + warnings + others;
    const counts = `${errors} error(s), ${warnings} warning(s), ${others} note(s)`;
    if (this.scan) {
      this.item.text = `$(sync~spin) KeyGuard ${total ? `${total} · ` : ''}scanning ${this.scan.done}/${this.scan.total}`;
      this.item.tooltip = `KeyGuard is scanning the workspace: ${this.scan.done} of ${this.scan.total} files, ${counts} so far — click to stop the scan`;
      this.item.command = CommandIds.stopScan;
    } else {
      this.item.text = total ? `$(shield) KeyGuard ${total}` : '$(shield) KeyGuard';
      this.item.tooltip = total ? `KeyGuard: ${counts} — click to open the Problems view` : 'KeyGuard: no exposed keys found in scanned files';
      this.item.command = CommandIds.showProblems;
    }
    this.item.backgroundColor = errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : warnings ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.subscription.dispose();
    this.item.dispose();
  }
}
