// "KeyGuard: Rename Environment Variable…": after a move, the user picks a better name; the code's env
// lookups and the folder's .env / .env.example change together in one undoable edit.
import * as path from 'path';
import * as vscode from 'vscode';
import { CannotRename, envAssignments, isEnvVarName, renameInCode, renameInEnvFile } from '../../engine';
import type { TextEdit } from '../../engine';
import { readText } from './moveSecretsToEnv';

/** Arguments: the code file, the current name, and (for scripts) the new name. */
export interface RenameEnvArgs {
  uri: vscode.Uri;
  from?: string;
  to?: string;
}

/** Renames a variable in a code file and its folder's env files; returns the files changed, or undefined. */
export async function renameEnvVariableCommand(args?: RenameEnvArgs): Promise<string[] | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('KeyGuard edits .env only in a trusted workspace: trust this folder first.');
    return undefined;
  }
  const uri = args?.uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage('KeyGuard: open the file that reads the variable first.');
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const root = folder ? folder.uri : vscode.Uri.file(path.dirname(uri.fsPath));
  const envUris = ['.env', '.env.example'].map((n) => vscode.Uri.joinPath(root, n));
  const envTexts = await Promise.all(envUris.map(readText));
  let from = args?.from;
  if (!from) {
    // Offer the .env names this file actually reads.
    const names = envAssignments(envTexts[0] ?? '').map((a) => a.name).filter((n) => renameInCode(doc.getText(), n, n).length > 0);
    if (names.length === 0) {
      void vscode.window.showInformationMessage('KeyGuard: this file reads no variable of the folder\'s .env.');
      return undefined;
    }
    from = names.length === 1 ? names[0] : await vscode.window.showQuickPick(names, { title: 'KeyGuard: which variable do you want to rename?' });
    if (!from) return undefined;
  }
  const current = from;
  const to = args?.to ?? (await vscode.window.showInputBox({
    title: `Rename ${current}`, value: current, valueSelection: [0, current.length],
    prompt: 'The code and .env change together.',
    validateInput: (v) => (isEnvVarName(v.trim()) ? undefined : 'Letters, digits and _, not starting with a digit.'),
  }))?.trim();
  if (!to || to === current) return undefined;
  if (!isEnvVarName(to)) {
    void vscode.window.showErrorMessage(`KeyGuard: "${to}" is not a valid variable name.`);
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  const meta = { label: `Rename ${current} to ${to}`, needsConfirmation: false };
  const changed: string[] = [];
  /** Adds one file's edits to the workspace edit. */
  const add = async (target: vscode.Uri, edits: TextEdit[]) => {
    if (edits.length === 0) return;
    const d = await vscode.workspace.openTextDocument(target);
    for (const e of edits) edit.replace(target, new vscode.Range(d.positionAt(e.start), d.positionAt(e.end)), e.newText, meta);
    changed.push(vscode.workspace.asRelativePath(target, false));
  };
  try {
    await add(uri, renameInCode(doc.getText(), current, to));
    for (let i = 0; i < envUris.length; i++) if (envTexts[i] !== undefined) await add(envUris[i], renameInEnvFile(envTexts[i]!, current, to));
  } catch (e) {
    if (e instanceof CannotRename) {
      void vscode.window.showErrorMessage(`KeyGuard: ${e.message}`);
      return undefined;
    }
    throw e;
  }
  if (changed.length === 0) {
    void vscode.window.showInformationMessage(`KeyGuard found no use of ${current} to rename.`);
    return undefined;
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('KeyGuard could not apply the rename; nothing was changed.');
    return undefined;
  }
  // The env files are KeyGuard's to keep consistent: save them so the program reads the new name.
  for (let i = 0; i < envUris.length; i++) if (envTexts[i] !== undefined) await (await vscode.workspace.openTextDocument(envUris[i])).save();
  return changed;
}
