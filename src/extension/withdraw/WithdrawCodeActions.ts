import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import { KeyGuardDiagnostic } from '../diagnostics/toDiagnostic';
import { lineCommentToken } from './commentSyntax';

/** Quick fixes for withdrawal findings: allow the call with a reason, or list every withdrawal call. */
export class WithdrawCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(context.only)) return [];
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      if (!(d instanceof KeyGuardDiagnostic) || d.finding.category !== 'withdraw') continue;
      actions.push(this.allowAction(document, d));
      const list = new vscode.CodeAction('Show all withdrawal calls in the workspace', vscode.CodeActionKind.QuickFix);
      list.command = { command: CommandIds.showWithdrawalCalls, title: 'Show all withdrawal calls in the workspace' };
      list.diagnostics = [d];
      actions.push(list);
    }
    return actions;
  }

  /** Appends `keyguard:allow withdraw — reason` to the call's line, with the reason selected. */
  private allowAction(document: vscode.TextDocument, d: KeyGuardDiagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction('Allow this withdrawal (keyguard:allow withdraw — reason)', vscode.CodeActionKind.QuickFix);
    const line = document.lineAt(d.range.start.line);
    const token = lineCommentToken(document.languageId);
    const edit = new vscode.WorkspaceEdit();
    const snippet = new vscode.SnippetString(`  ${token} keyguard:allow withdraw — `).appendPlaceholder('reason');
    edit.set(document.uri, [new vscode.SnippetTextEdit(new vscode.Range(line.range.end, line.range.end), snippet)]);
    action.edit = edit;
    action.diagnostics = [d];
    return action;
  }
}
