// KeyGuard's output channel ("KeyGuard" in the Output view): what ran, how long it took, what failed.
// Values are never written here, only masked ones (`abcd…wxyz`), like everywhere else.
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The log channel, created on first use. */
export function log(): vscode.LogOutputChannel {
  return (channel ??= vscode.window.createOutputChannel('KeyGuard', { log: true }));
}

/** Disposes the channel with the extension. */
export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}
