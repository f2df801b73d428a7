import * as vscode from 'vscode';
import { docsUrl } from '../../engine';
import { KeyGuardDiagnostic } from '../diagnostics/toDiagnostic';
import { commentSyntax } from '../withdraw/commentSyntax';

// Findings about a file and git, not a line: a comment cannot silence them (the keyguard.rules setting can).
const FILE_RULES = new Set(['gitignore/env-not-ignored', 'gitignore/env-tracked', 'gitignore/env-in-history', 'gitignore/no-git-repo']);

/** Title of the suppress action, as users know it from ESLint's "Disable … for this line". */
export const SUPPRESS_TITLE = 'Suppress for this line (keyguard:allow — reason)';

/**
 * On every KeyGuard diagnostic: "Suppress for this line", which writes `keyguard:allow <category> — reason` as a
 * comment line above, in the file's comment syntax (one edit, one undo), and "Show rule documentation".
 * One of each per rule on a line, however many diagnostics the range touches.
 */
export class RuleCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !vscode.CodeActionKind.QuickFix.contains(context.only) && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const actions: vscode.CodeAction[] = [];
    const suppressed = new Set<number>();
    const documented = new Set<string>();
    for (const d of context.diagnostics) {
      if (!(d instanceof KeyGuardDiagnostic)) continue;
      const line = d.range.start.line;
      if (!FILE_RULES.has(d.finding.id) && !suppressed.has(line)) {
        const action = this.suppressAction(document, d, context.diagnostics.filter((o) => o instanceof KeyGuardDiagnostic && o.range.start.line === line && !FILE_RULES.has(o.finding.id)));
        if (action) actions.push(action);
        suppressed.add(line);
      }
      if (!documented.has(d.finding.id)) {
        documented.add(d.finding.id);
        const docs = new vscode.CodeAction(`Show rule documentation for ${d.finding.id}`, vscode.CodeActionKind.QuickFix);
        docs.command = { command: 'vscode.open', title: docs.title, arguments: [vscode.Uri.parse(docsUrl(d.finding.id))] };
        docs.diagnostics = [d];
        actions.push(docs);
      }
    }
    return actions;
  }

  /** Inserts the marker as a comment line above the finding's line, indented like it, with "reason" selected. */
  private suppressAction(document: vscode.TextDocument, d: KeyGuardDiagnostic, onLine: vscode.Diagnostic[]): vscode.CodeAction | undefined {
    const syntax = commentSyntax(document.languageId);
    if (!syntax) return undefined;
    const categories = [...new Set(onLine.map((o) => (o as KeyGuardDiagnostic).finding.category))];
    // One category is named (the marker then covers only it); a line with several gets the bare marker.
    const marker = categories.length === 1 ? `keyguard:allow ${categories[0]}` : 'keyguard:allow';
    const line = document.lineAt(d.range.start.line);
    const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
    const snippet = new vscode.SnippetString(`${indent}${syntax.start} ${marker} — `).appendPlaceholder('reason').appendText(`${syntax.end}\n`);
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, [new vscode.SnippetTextEdit(new vscode.Range(line.range.start, line.range.start), snippet)]);
    const action = new vscode.CodeAction(SUPPRESS_TITLE, vscode.CodeActionKind.QuickFix);
    action.edit = edit;
    action.diagnostics = onLine;
    return action;
  }
}
