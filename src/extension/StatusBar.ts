import * as vscode from 'vscode';
import { CommandIds } from './commandIds';
import { DIAGNOSTIC_SOURCE } from './diagnostics/toDiagnostic';

/**
 * A status bar item with the KeyGuard finding count of the files scanned so far (open files, workspace
 * scans, env files); a click opens the Problems view. It counts diagnostics whose source is KeyGuard.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('keyguard.findings', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;
  private pending: ReturnType<typeof setTimeout> | undefined;

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
    this.item.text = total ? `$(shield) KeyGuard ${total}` : '$(shield) KeyGuard';
    this.item.tooltip = total
      ? `KeyGuard: ${errors} error(s), ${warnings} warning(s), ${others} note(s) — click to open the Problems view`
      : 'KeyGuard: no exposed keys found in scanned files';
    this.item.backgroundColor = errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : warnings ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.subscription.dispose();
    this.item.dispose();
  }
}
