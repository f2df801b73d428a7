import * as vscode from 'vscode';
import { CommandIds } from './commandIds';
import { readConfig } from './config';
import { statusState } from './views/findingGroups';
import type { FindingsTree } from './views/FindingsTree';

/** The command that reveals the findings view (VS Code registers `<view id>.focus` for every view). */
export const FOCUS_FINDINGS = 'keyguard.findings.focus';

/**
 * KeyGuard's state in the status bar — "KeyGuard: on", "KeyGuard: 3 secrets", "KeyGuard: off" — not a second
 * problem counter (the Problems view counts). A click opens the findings view. While the background scan
 * runs it shows its progress, and a click stops the scan.
 */
export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('keyguard.findings', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];
  private pending: ReturnType<typeof setTimeout> | undefined;
  private scan: { done: number; total: number } | undefined;

  constructor(private readonly findings: FindingsTree) {
    this.item.name = 'KeyGuard';
    this.item.command = FOCUS_FINDINGS;
    this.subscriptions = [
      findings.onDidChangeTreeData(() => this.schedule()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('keyguard.enable')) this.update(); }),
    ];
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

  /** Repaints the item from the findings view's data and the scan's progress. */
  update(): void {
    const state = statusState(readConfig().enable, this.findings.items());
    if (this.scan) {
      this.item.text = `$(sync~spin) ${state.text.replace(/^\$\([a-z-]+\) /, '')} · scanning ${this.scan.done}/${this.scan.total}`;
      this.item.tooltip = `KeyGuard is scanning the workspace: ${this.scan.done} of ${this.scan.total} files — click to stop the scan`;
      this.item.command = CommandIds.stopScan;
    } else {
      this.item.text = state.text;
      this.item.tooltip = state.tooltip;
      this.item.command = FOCUS_FINDINGS;
    }
    this.item.backgroundColor = state.alert ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  dispose(): void {
    clearTimeout(this.pending);
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
