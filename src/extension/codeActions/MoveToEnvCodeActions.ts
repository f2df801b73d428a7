import * as vscode from 'vscode';
import { ecosystemOf, fileKindOf, hasLoaderDependency, moveToEnvTitle, moveToVaultTitle, plannedEnvNames } from '../../engine';
import { CommandIds } from '../commandIds';
import { plural } from '../plural';
import { KeyGuardDiagnostic } from '../diagnostics/toDiagnostic';
import { loadsDotenv, readSmallText } from './moveSecretsToEnv';
import type { MovePayload } from './movePayload';
import { manifestsFor } from './projectManifests';

/** Secrets a few lines apart with the same exchange move together (a key and its secret in one call). */
const TOGETHER_LINES = 4;

/**
 * Offers "Move to environment variable" on every secret: the preferred quick fix, its "…and load .env"
 * variant when the project has a loader the file does not call yet, "Move to KeyGuard secret storage",
 * and a source action for the whole file. Never `source.fixAll`: a move changes how the program runs and
 * edits other files, so it must not join a generic fix-all on save. Titles come from the move's plan (the
 * variables it will write); the edit itself is built when the command runs, with .env as it is then.
 */
export class MoveToEnvCodeActions implements vscode.CodeActionProvider {
  static readonly moveAllKind = vscode.CodeActionKind.Source.append('keyguard.moveSecretsToEnv');
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, MoveToEnvCodeActions.moveAllKind];

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const all = vscode.languages.getDiagnostics(document.uri).filter(isSecret);
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);
    const actions: vscode.CodeAction[] = [];
    const mine = context.diagnostics.filter(isSecret);
    const text = document.getText();
    const rel = vscode.workspace.asRelativePath(document.uri, false);
    const envText = all.length ? await readSmallText(envUriFor(document.uri)) : undefined;
    const namesOf = (group: readonly KeyGuardDiagnostic[], env: string | undefined) => plannedEnvNames(text, rel, group.map((g) => g.finding), env);
    if (wants(vscode.CodeActionKind.QuickFix) && mine.length) {
      const canLoad = await this.offersLoader(document);
      // A key and its secret under the cursor form one group: its actions are offered once, not once per diagnostic.
      const offered = new Set<string>();
      for (const d of mine) {
        const group = all.filter((o) => o === d || (o.finding.exchange === d.finding.exchange && Math.abs(o.range.start.line - d.range.start.line) <= TOGETHER_LINES));
        const key = group.map((g) => g.finding.range.start).join(',');
        if (offered.has(key)) continue;
        offered.add(key);
        const title = moveToEnvTitle(namesOf(group, envText));
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { command: CommandIds.moveSecretsToEnv, title, arguments: [document.uri, group.map(payload)] };
        action.diagnostics = group;
        action.isPreferred = true;
        actions.push(action);
        if (canLoad) {
          const loadTitle = `${title} and load .env`;
          const load = new vscode.CodeAction(loadTitle, vscode.CodeActionKind.QuickFix);
          load.command = { command: CommandIds.moveSecretsToEnv, title: loadTitle, arguments: [document.uri, group.map(payload), { loadDotenv: true }] };
          load.diagnostics = group;
          actions.push(load);
        }
        // The vault move plans against the stored keys, not .env: without .env the names are the plan's own.
        const vaultTitle = moveToVaultTitle(namesOf(group, undefined));
        const vault = new vscode.CodeAction(vaultTitle, vscode.CodeActionKind.QuickFix);
        vault.command = { command: CommandIds.moveSecretsToVault, title: vaultTitle, arguments: [{ uri: document.uri, payloads: group.map(payload) }] };
        vault.diagnostics = group;
        actions.push(vault);
      }
    }
    if (all.length && wants(MoveToEnvCodeActions.moveAllKind)) {
      const names = namesOf(all, envText);
      const title = `Move all ${plural(all.length, 'secret')} in this file to .env (${names.join(', ')})`;
      const action = new vscode.CodeAction(title, MoveToEnvCodeActions.moveAllKind);
      action.command = { command: CommandIds.moveSecretsToEnv, title, arguments: [document.uri, all.map(payload)] };
      action.diagnostics = all;
      actions.push(action);
    }
    return actions;
  }

  /** True when the file could load .env but does not, and the project depends on the loader. */
  private async offersLoader(document: vscode.TextDocument): Promise<boolean> {
    const eco = ecosystemOf(fileKindOf(document.fileName));
    if (!eco || document.uri.scheme !== 'file' || loadsDotenv(document)) return false;
    return hasLoaderDependency(eco, await manifestsFor(document.uri, eco));
  }
}

/** The .env a move from this file writes to (the workspace folder's, as moveSecretsToEnv does). */
function envUriFor(uri: vscode.Uri): vscode.Uri {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return vscode.Uri.joinPath(folder ? folder.uri : vscode.Uri.joinPath(uri, '..'), '.env');
}

/** The command argument for one diagnostic. */
function payload(d: KeyGuardDiagnostic): MovePayload {
  return { finding: d.finding, version: d.documentVersion };
}

/** True for KeyGuard's own secret diagnostics. */
function isSecret(d: vscode.Diagnostic): d is KeyGuardDiagnostic {
  return d instanceof KeyGuardDiagnostic && d.finding.category === 'secret';
}
