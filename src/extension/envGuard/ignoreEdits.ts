import * as path from 'path';
import * as vscode from 'vscode';
import { addIgnoreEntry, envExampleFrom, type EnvFix } from '../../engine';
import { editorFs } from './editorFs';

/** An edit, or why there is none to make. */
export type EditOutcome = { edit: vscode.WorkspaceEdit } | { reason: string };

/** End position of a text, counting lines as VS Code does. */
function endOf(text: string): vscode.Position {
  const lines = text.split(/\r\n|\r|\n/);
  return new vscode.Position(lines.length - 1, lines[lines.length - 1].length);
}

/**
 * The edit that appends the fix's ignore entry to its .gitignore (creating the file when missing): one
 * insertion at the end, so existing text and line endings stay and one undo reverts it.
 */
export async function addToGitignoreEdit(fix: EnvFix): Promise<EditOutcome> {
  let current: string | undefined;
  try {
    current = await editorFs.readFile(fix.gitignore);
  } catch (e) {
    return { reason: `${(e as Error).message}: fix its permissions first` };
  }
  const rel = path.relative(path.dirname(fix.gitignore), fix.envFile).split(path.sep).join('/');
  const next = addIgnoreEntry(current, fix.entry, { examples: fix.examples, paths: [rel] });
  if (current !== undefined && next === current) return { reason: `${path.basename(fix.gitignore)} already ignores ${rel}` };
  const edit = new vscode.WorkspaceEdit();
  const uri = vscode.Uri.file(fix.gitignore);
  const meta = { label: `Add ${fix.entry} to .gitignore`, needsConfirmation: false };
  if (current === undefined) {
    // Create, then insert: a plain text edit survives every route an edit takes (file contents do not).
    edit.createFile(uri, { ignoreIfExists: false }, meta);
    edit.insert(uri, new vscode.Position(0, 0), next, meta);
  } else {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === fix.gitignore);
    edit.insert(uri, doc ? doc.positionAt(doc.getText().length) : endOf(current), next.slice(current.length), meta);
  }
  return { edit };
}

/** The edit that creates `.env.example` next to the env file: same names, empty values. */
export async function createExampleEdit(fix: EnvFix): Promise<EditOutcome> {
  if (fix.exampleExists || (await editorFs.exists(fix.exampleFile))) return { reason: '.env.example exists already' };
  let text: string | undefined;
  try {
    text = await editorFs.readFile(fix.envFile);
  } catch (e) {
    return { reason: (e as Error).message };
  }
  if (text === undefined) return { reason: `${path.basename(fix.envFile)} is not on disk` };
  const edit = new vscode.WorkspaceEdit();
  const uri = vscode.Uri.file(fix.exampleFile);
  const meta = { label: 'Create .env.example', needsConfirmation: false };
  edit.createFile(uri, { ignoreIfExists: true }, meta);
  edit.insert(uri, new vscode.Position(0, 0), envExampleFrom(text), meta);
  return { edit };
}
