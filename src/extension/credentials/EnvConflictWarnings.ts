// Warns when a stored key's variable has a different value in a workspace env file (.env, .env.local…
// at a folder's root, where dotenv loaders look): when keys are handed to terminals or a debug session,
// and when a key is stored. Values are shown masked only; the actions open the line or comment it out.
import * as vscode from 'vscode';
import { isEnvFile } from '../../engine';
import { conflictKey, conflictMessage, envConflicts, linesToComment, type EnvConflict, type EnvFileText } from '../../vault/envConflicts';

export const OPEN_ENV_LINE = 'Open .env at Line';
export const KEEP_VAULT_VALUE = 'Keep Vault Value';
/** What "Keep Vault Value" puts before a line of the env file. */
export const COMMENT_PREFIX = '# in the KeyGuard vault: ';

/** Env files larger than this are not read (an env file is a few lines; a huge one is not a dotenv file). */
const MAX_ENV_BYTES = 256 * 1024;

/** How the warning is shown; the integration tests replace `show` to answer without a click. */
export const envConflictPrompt = {
  show: (message: string, ...actions: string[]): Thenable<string | undefined> => vscode.window.showWarningMessage(message, ...actions),
};

/** The env files at the roots of the workspace folders (unsaved edits count). */
async function rootEnvFiles(): Promise<Array<EnvFileText & { uri: vscode.Uri }>> {
  const out: Array<EnvFileText & { uri: vscode.Uri }> = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    let entries: Array<[string, vscode.FileType]> = [];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder.uri);
    } catch {
      continue;
    }
    for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      if (type !== vscode.FileType.File || !isEnvFile(name)) continue;
      const uri = vscode.Uri.joinPath(folder.uri, name);
      const text = await readSmall(uri);
      if (text !== undefined) out.push({ uri, path: vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1), text });
    }
  }
  return out;
}

/** An env file's text (its unsaved edits when it has some), or undefined when unreadable or too large. */
async function readSmall(uri: vscode.Uri): Promise<string | undefined> {
  // A saved open document is read from disk: the editor reloads it from a change on disk only a moment later.
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) return open.getText();
  try {
    if ((await vscode.workspace.fs.stat(uri)).size > MAX_ENV_BYTES) return undefined;
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Finds and reports vault/.env conflicts; remembers what it showed so a debug launch does not nag. */
export class EnvConflictWarnings {
  private readonly shown = new Set<string>();
  /** The latest offer, settled once its action ran (tests await it). */
  last: Promise<string | undefined> | undefined;

  /**
   * Compares `vars` (owned by the vault labels in `owners`) with the workspace's env files and warns.
   * `once`: skip conflicts already reported in this session (debug launches). Returns the conflicts.
   */
  async check(vars: Record<string, string>, owners: Record<string, string>, handedTo: string, once = false): Promise<EnvConflict[]> {
    if (!Object.keys(vars).length) return [];
    const files = await rootEnvFiles();
    const all = envConflicts(vars, owners, files);
    const fresh = once ? all.filter((c) => !this.shown.has(conflictKey(c))) : all;
    for (const c of all) this.shown.add(conflictKey(c));
    if (fresh.length) this.last = this.offer(fresh, files, handedTo);
    return all;
  }

  /** Shows the warning and runs the chosen action. */
  private async offer(conflicts: EnvConflict[], files: Array<EnvFileText & { uri: vscode.Uri }>, handedTo: string): Promise<string | undefined> {
    const first = conflicts[0];
    const keepable = conflicts.some((c) => !c.multiline);
    const choice = await envConflictPrompt.show(conflictMessage(conflicts, handedTo), OPEN_ENV_LINE, ...(keepable ? [KEEP_VAULT_VALUE] : []));
    const fileOf = (path: string) => files.find((f) => f.path === path)!.uri;
    if (choice === OPEN_ENV_LINE) {
      const pos = new vscode.Position(first.line, 0);
      await vscode.window.showTextDocument(fileOf(first.file), { selection: new vscode.Range(pos, pos) });
    } else if (choice === KEEP_VAULT_VALUE) {
      await this.commentOut(conflicts, fileOf);
    }
    return choice;
  }

  /** Comments out the conflicting lines (one undoable edit per file, saved so the next run sees it). */
  private async commentOut(conflicts: EnvConflict[], fileOf: (path: string) => vscode.Uri): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    const files = [...new Set(conflicts.map((c) => c.file))];
    let count = 0;
    for (const file of files) {
      for (const line of linesToComment(conflicts, file)) {
        edit.insert(fileOf(file), new vscode.Position(line, 0), COMMENT_PREFIX);
        count++;
      }
    }
    if (!count || !(await vscode.workspace.applyEdit(edit))) return;
    for (const file of files) await (await vscode.workspace.openTextDocument(fileOf(file))).save();
    const names = [...new Set(conflicts.filter((c) => !c.multiline).map((c) => c.name))];
    void vscode.window.showInformationMessage(`KeyGuard commented out ${names.join(', ')} in ${files.join(', ')}: your bot now gets the vault's value. Undo in the editor restores ${count === 1 ? 'it' : 'them'}.`);
  }
}
