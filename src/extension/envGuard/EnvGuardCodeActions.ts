import * as path from 'path';
import * as vscode from 'vscode';
import type { EnvFinding } from '../../engine';
import { CommandIds } from '../commandIds';
import { KeyGuardDiagnostic } from '../diagnostics/toDiagnostic';
import { addToGitignoreEdit, createExampleEdit, type EditOutcome } from './ignoreEdits';

// Rules whose fix is an ignore entry, and those where a .env.example helps collaborators.
const IGNORE_FIX = new Set(['gitignore/env-not-ignored', 'gitignore/no-git-repo', 'gitignore/dotenv-unignored']);
const EXAMPLE_FIX = new Set(['gitignore/env-not-ignored', 'gitignore/no-git-repo', 'gitignore/env-tracked']);

/** The env finding behind a KeyGuard diagnostic, if it is one. */
function envFindingOf(d: vscode.Diagnostic): EnvFinding | undefined {
  if (!(d instanceof KeyGuardDiagnostic) || d.finding.category !== 'gitignore') return undefined;
  const f = d.finding as EnvFinding;
  return f.fix ? f : undefined;
}

/** Quick fixes for env guard diagnostics: add to .gitignore, stop tracking, create .env.example. */
export class EnvGuardCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  async provideCodeActions(_doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const actions: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const f = envFindingOf(diagnostic);
      if (!f) continue;
      const fix = f.fix;
      const once = (key: string) => !seen.has(key) && Boolean(seen.add(key));
      if (f.id === 'gitignore/env-tracked' && once(`untrack:${fix.envFile}`)) {
        const a = new vscode.CodeAction(`Stop tracking ${path.basename(fix.envFile)} (git rm --cached, keeps the file)…`, vscode.CodeActionKind.QuickFix);
        a.command = { command: CommandIds.stopTrackingEnvFile, title: a.title, arguments: [fix] };
        a.diagnostics = [diagnostic];
        a.isPreferred = true;
        actions.push(a);
      }
      if (IGNORE_FIX.has(f.id) && once(`ignore:${fix.gitignore}:${fix.entry}`)) {
        actions.push(this.editAction(`Add ${fix.entry} to .gitignore`, await addToGitignoreEdit(fix), diagnostic, f.id !== 'gitignore/no-git-repo'));
      }
      if (EXAMPLE_FIX.has(f.id) && fix.onDisk && !fix.exampleExists && once(`example:${fix.exampleFile}`)) {
        const outcome = await createExampleEdit(fix);
        if ('edit' in outcome) actions.push(this.editAction('Create .env.example (same names, empty values)', outcome, diagnostic, false));
      }
    }
    return actions;
  }

  /** A quick fix applying an edit, or a disabled one saying why it cannot. */
  private editAction(title: string, outcome: EditOutcome, diagnostic: vscode.Diagnostic, preferred: boolean): vscode.CodeAction {
    const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    a.diagnostics = [diagnostic];
    if ('edit' in outcome) {
      a.edit = outcome.edit;
      a.isPreferred = preferred;
    } else {
      a.disabled = { reason: outcome.reason };
    }
    return a;
  }
}
