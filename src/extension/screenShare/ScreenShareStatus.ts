import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import type { ScreenShareMode } from './ScreenShareMode';

/** A status bar item shown while screen-share mode is on; a click turns the mode off. */
export class ScreenShareStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('keyguard.screenShare', vscode.StatusBarAlignment.Left, 49);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly mode: ScreenShareMode) {
    this.item.name = 'KeyGuard Screen-Share Mode';
    this.item.command = CommandIds.toggleScreenShare;
    this.item.text = '$(eye-closed) Screen-share';
    this.item.tooltip = 'KeyGuard screen-share mode is on: secret values are masked in editors. Click to turn it off.';
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    this.subscription = mode.onDidChange(() => this.update());
    this.update();
  }

  /** Shows the item while the mode is on. */
  update(): void {
    if (this.mode.enabled) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
