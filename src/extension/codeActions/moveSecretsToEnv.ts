import * as path from 'path';
import * as vscode from 'vscode';
import { addIgnoreEntry, CannotMove, ecosystemOf, fileKindOf, type Git, hasLoaderDependency, INSTALL_HINT, mask, type MoveOptions, type MovePlan, planMoveToEnv, scanWith, WORKSPACE_DETECTORS } from '../../engine';
import { CommandIds } from '../commandIds';
import type { MovePayload } from './movePayload';
import { manifestsFor } from './projectManifests';
import { refuseEnvTarget } from './envTarget';

/** A guided rotation: the code's values are replaced by env lookups, and the env gets these new values (in payload order). */
export interface Rotation {
  values: readonly string[];
}

/** The current text of a file: the open document when there is one (it may be unsaved), else the disk. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Like readText, for the lightbulb (asked on every cursor move): an unopened file only when it is a regular file of at most 1 MB. */
export async function readSmallText(uri: vscode.Uri): Promise<string | undefined> {
  if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) {
    const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
    if (!stat || stat.type !== vscode.FileType.File || stat.size > 1024 * 1024) return undefined;
  }
  return readText(uri);
}

/** Adds to `edit` the change from `before` (undefined: no file) to `after`, which only appends. */
async function appendEdit(edit: vscode.WorkspaceEdit, uri: vscode.Uri, before: string | undefined, after: string, label: string): Promise<boolean> {
  if (before === after) return false;
  const meta = { label, needsConfirmation: false };
  if (before === undefined) {
    edit.createFile(uri, { ignoreIfExists: true }, meta);
    edit.insert(uri, new vscode.Position(0, 0), after, meta);
    return true;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  edit.insert(uri, doc.positionAt(doc.getText().length), after.slice(before.length), meta);
  return true;
}

/** The document of a move, after the trust and staleness checks; undefined (with a message) when it must not run. */
export async function documentForMove(uri: vscode.Uri, payloads: readonly MovePayload[], writes: string): Promise<vscode.TextDocument | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(`KeyGuard ${writes} only in a trusted workspace: trust this folder first.`);
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  // A finding from an older version of the text would replace the wrong characters: refuse instead.
  const stale = payloads.some((p) => (p.version !== undefined && p.version !== doc.version) || mask(doc.getText(rangeOf(doc, p))) !== p.finding.masked);
  if (stale) {
    void vscode.window.showWarningMessage('KeyGuard: the file changed since this secret was found. Wait for the diagnostics to refresh, then run the fix again.');
    return undefined;
  }
  return doc;
}

/**
 * Moves hard-coded secrets of one document to environment variables: replaces each literal by the language's
 * env lookup, appends NAME=value to the folder's .env, makes sure git ignores .env, adds NAME= to
 * .env.example when there is one, and with `loadDotenv` adds the ecosystem's .env loader. One WorkspaceEdit:
 * a single undo restores every file. Refuses a .env that git tracks or that is a link (`git` answers the first).
 */
export async function moveSecretsToEnv(uri: vscode.Uri, payloads: readonly MovePayload[], options: MoveOptions = {}, git?: Git, rotation?: Rotation): Promise<MovePlan | undefined> {
  const doc = await documentForMove(uri, payloads, 'writes .env');
  if (!doc) return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const root = folder ? folder.uri : vscode.Uri.file(path.dirname(uri.fsPath));
  const envUri = vscode.Uri.joinPath(root, '.env');
  const exampleUri = vscode.Uri.joinPath(root, '.env.example');
  const gitignoreUri = vscode.Uri.joinPath(root, '.gitignore');
  if (await refuseEnvTarget(root, envUri, git)) return undefined;
  const [envText, exampleText, gitignoreText] = await Promise.all([readText(envUri), readText(exampleUri), readText(gitignoreUri)]);
  const text = doc.getText();
  let plan: MovePlan;
  try {
    plan = planMoveToEnv(text, vscode.workspace.asRelativePath(uri, false), payloads.map((p, i) => ({ finding: p.finding, value: text.slice(p.finding.range.start, p.finding.range.end), newValue: rotation?.values[i] })), envText, exampleText, options);
  } catch (e) {
    if (e instanceof CannotMove) {
      void vscode.window.showWarningMessage(`KeyGuard: ${e.message}`);
      return undefined;
    }
    throw e;
  }
  const edit = new vscode.WorkspaceEdit();
  const label = 'Move secrets to .env';
  for (const e of plan.codeEdits) edit.replace(uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText, { label, needsConfirmation: false });
  const touched: vscode.Uri[] = [];
  if (await appendEdit(edit, envUri, envText, plan.envText, label)) touched.push(envUri);
  if (exampleText !== undefined && plan.exampleText !== undefined && (await appendEdit(edit, exampleUri, exampleText, plan.exampleText, label))) touched.push(exampleUri);
  const ignored = addIgnoreEntry(gitignoreText, '.env', { exampleExists: exampleText !== undefined });
  if (await appendEdit(edit, gitignoreUri, gitignoreText, ignored, label)) touched.push(gitignoreUri);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('KeyGuard could not apply the edit; nothing was changed.');
    return undefined;
  }
  // .env, .env.example and .gitignore are KeyGuard's own additions: save them so the bot finds its values.
  const unsaved: string[] = [];
  for (const t of touched) if (!(await (await vscode.workspace.openTextDocument(t)).save())) unsaved.push(vscode.workspace.asRelativePath(t, false));
  if (unsaved.length) {
    // An unsaved .env (or .gitignore) means the bot misses its values, or git does not ignore .env yet.
    void vscode.window.showErrorMessage(`KeyGuard moved the secrets but could not save ${unsaved.join(', ')}: save ${unsaved.length > 1 ? 'them' : 'it'} yourself, or undo the move.`);
    return undefined;
  }
  // A rotation says what happened itself (and what to do with the old key).
  if (rotation) return plan;
  const changed = { envCreated: envText === undefined, gitignoreEdited: touched.includes(gitignoreUri), exampleEdited: touched.includes(exampleUri) };
  void vscode.window.showInformationMessage(await summary(plan, doc, options, changed, payloads), 'Rename Variable…').then((choice) => {
    if (choice) void vscode.commands.executeCommand(CommandIds.renameEnvVariable, { uri, from: plan.names.length === 1 ? plan.names[0] : undefined });
  });
  return plan;
}

/** The document range of a finding. */
function rangeOf(doc: vscode.TextDocument, p: MovePayload): vscode.Range {
  return new vscode.Range(doc.positionAt(p.finding.range.start), doc.positionAt(p.finding.range.end));
}

/** True when the file already loads .env (python-dotenv, dotenv, godotenv…). */
export function loadsDotenv(doc: vscode.TextDocument): boolean {
  return scanWith(WORKSPACE_DETECTORS, doc.getText(), { path: doc.fileName }).findings.length > 0;
}

/** What happened, what to check, and the reminder that a committed key stays leaked. */
async function summary(
  plan: MovePlan, doc: vscode.TextDocument, options: MoveOptions,
  changed: { envCreated: boolean; gitignoreEdited: boolean; exampleEdited: boolean }, payloads: readonly MovePayload[],
): Promise<string> {
  // Says which files it changed: the toast is the only place the user learns that .gitignore was edited.
  const parts = [`KeyGuard moved ${plan.names.join(', ')} to .env${changed.envCreated ? ' (created)' : ''}${options.loadDotenv ? ' and loads .env at start-up' : ''}.`];
  if (changed.gitignoreEdited) parts.push('Added .env to .gitignore.');
  if (changed.exampleEdited) parts.push('Added the names to .env.example.');
  parts.push(...plan.notes);
  const eco = ecosystemOf(fileKindOf(doc.fileName));
  if (eco && !options.loadDotenv && !loadsDotenv(doc)) {
    parts.push(hasLoaderDependency(eco, await manifestsFor(doc.uri, eco))
      ? 'This file does not load .env yet: use the "…and load .env" fix, or export the variables before starting the bot.'
      : `This file does not load .env yet: ${INSTALL_HINT[eco]} — or export the variables before starting the bot.`);
  }
  // The revoke step in each service's own terms (@BotFather, the exchange's API management…), from the rule data.
  const revoke = [...new Set(payloads.map((p) => /If (?:this file|the file|it) was (?:ever )?shared.*$/.exec(p.finding.advice ?? '')?.[0]).filter((s): s is string => Boolean(s)))];
  parts.push(revoke.length ? revoke.join(' ') : 'If this file was ever committed or shared, the old key is still exposed: delete it on the service and create a new one.');
  return parts.join(' ');
}
