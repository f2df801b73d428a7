// Looks at the .env a move would write to (lstat-like stat, git's index) and refuses the unsafe ones.
import * as path from 'path';
import * as vscode from 'vscode';
import { type EnvFix, EnvGuard, envTargetRefusal, type Git } from '../../engine';
import { CommandIds } from '../commandIds';
import { readConfig } from '../config';
import { editorFs } from '../envGuard/editorFs';

/** What git's index says about one env file, and the fix that stops tracking it. */
async function trackedState(root: vscode.Uri, file: string, git: Git): Promise<{ tracked?: boolean; fix?: EnvFix }> {
  const report = await new EnvGuard(root.fsPath, editorFs, git, { envFiles: [file], maxEnvFileBytes: readConfig(root).maxFileSizeKB * 1024 }).check();
  const status = report.files.find((f) => path.resolve(f.file) === path.resolve(file));
  return { tracked: status?.tracked, fix: report.findings.find((f) => f.id === 'gitignore/env-tracked' && path.resolve(f.file) === path.resolve(file))?.fix };
}

/**
 * True (after telling the user why, with "Stop Tracking…" when that resolves it) when the move must not
 * write to `envUri`: a link, not a plain file, or a file git tracks.
 */
export async function refuseEnvTarget(root: vscode.Uri, envUri: vscode.Uri, git: Git | undefined): Promise<boolean> {
  let type: vscode.FileType | undefined;
  try {
    type = (await vscode.workspace.fs.stat(envUri)).type;
  } catch {
    type = undefined; // nothing there: the move creates it
  }
  const exists = type !== undefined;
  const symlink = exists && (type! & vscode.FileType.SymbolicLink) !== 0;
  const regularFile = exists && (type! & vscode.FileType.File) !== 0;
  const { tracked, fix } = exists && !symlink && regularFile && git ? await trackedState(root, envUri.fsPath, git) : {};
  const name = vscode.workspace.asRelativePath(envUri, false);
  const refusal = envTargetRefusal(name, { exists, symlink, regularFile, tracked });
  if (!refusal) return false;
  // Not awaited: the command returns now, the notification stays until the user answers.
  if (refusal.offerStopTracking && fix) {
    void vscode.window.showWarningMessage(`KeyGuard: ${refusal.message}`, 'Stop Tracking…').then((choice) => {
      if (choice) void vscode.commands.executeCommand(CommandIds.stopTrackingEnvFile, fix);
    });
  } else {
    void vscode.window.showWarningMessage(`KeyGuard: ${refusal.message}`);
  }
  return true;
}
