import * as path from 'path';
import * as vscode from 'vscode';
import { stopTracking, type EnvFix, type Git } from '../../engine';
import { editorFs } from './editorFs';
import { addToGitignoreEdit } from './ignoreEdits';

/** Options of the command; the integration tests (only they, see registerEnvGuard) skip the modal dialog, which they cannot click. */
export interface StopTrackingOptions {
  confirmed?: boolean;
}

/**
 * "Stop tracking this file": after a modal confirmation, `git rm --cached` (the file stays on disk), then the
 * ignore entry. Says plainly that the history still holds the values. Returns true when the file was untracked.
 */
export async function stopTrackingCommand(git: Git, fix: EnvFix, options: StopTrackingOptions = {}): Promise<boolean> {
  const name = fix.repoRoot ? path.relative(fix.repoRoot, fix.envFile).split(path.sep).join('/') : path.basename(fix.envFile);
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('KeyGuard runs git only in a trusted workspace: trust this folder to stop tracking the file.');
    return false;
  }
  if (!options.confirmed) {
    const action = 'Stop Tracking';
    const choice = await vscode.window.showWarningMessage(
      `Stop tracking ${name}?`,
      {
        modal: true,
        detail: `KeyGuard will run "git rm --cached -- ${name}" and add ${fix.entry} to .gitignore. The file stays on disk.\n\nThe git history still holds its values: if they were ever pushed, delete those keys on the exchange and create new ones.`,
      },
      action,
    );
    if (choice !== action) return false;
  }
  const result = await stopTracking(git, editorFs, fix.envFile);
  if (!result.ok) {
    void vscode.window.showErrorMessage(`KeyGuard could not stop tracking ${name}: ${result.reason}. Nothing was changed.`);
    return false;
  }
  // applyEdit refuses an edit made against a document that changed meanwhile (a reload from disk): read again once.
  let added = false;
  let needed = false;
  for (let attempt = 0; attempt < 2 && !added; attempt++) {
    const ignore = await addToGitignoreEdit(fix);
    if (!('edit' in ignore)) break;
    needed = true;
    added = await vscode.workspace.applyEdit(ignore.edit);
  }
  if (needed && !added) {
    void vscode.window.showWarningMessage(`${name} is no longer tracked, but KeyGuard could not add ${fix.entry} to .gitignore: add it by hand, then commit.`);
    return true;
  }
  void vscode.window.showInformationMessage(
    `${name} is no longer tracked${added ? ` and ${fix.entry} is in .gitignore` : ''}. Commit this change. The history still holds its values: delete those keys on the exchange and create new ones.`,
  );
  return true;
}
