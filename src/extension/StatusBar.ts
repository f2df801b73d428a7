import * as vscode from 'vscode';
import { readConfig } from './config';
import { statusState } from './views/findingGroups';
import type { FindingsTree } from './views/FindingsTree';

/** The command that reveals the findings view (VS Code registers `<view id>.focus` for every view). */
export const FOCUS_FINDINGS = 'keyguard.findings.focus';

/**
 * KeyGuard's state in the status bar — "KeyGuard: on", "KeyGuard: 3 secrets", "KeyGuard: off" — not a second
 * problem counter (the Problems view counts). A click opens the findings view. It repaints when the view does.
 */
export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('keyguard.findings', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly findings: FindingsTree) {
    this.item.name = 'KeyGuard';
    this.item.command = FOCUS_FINDINGS;
    this.subscriptions = [
      findings.onDidChangeTreeData(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('keyguard.enable')) this.update(); }),
    ];
    this.update();
    this.item.show();
  }

  /** Repaints the item from the findings view's data. */
  update(): void {
    const state = statusState(readConfig().enable, this.findings.items());
    this.item.text = state.text;
    this.item.tooltip = state.tooltip;
    this.item.backgroundColor = state.alert ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
