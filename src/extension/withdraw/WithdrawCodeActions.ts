import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import { KeyGuardDiagnostic } from '../diagnostics/toDiagnostic';

/**
 * Lists every withdrawal call from a withdrawal finding. Suppressing one (`keyguard:allow withdraw — reason`)
 * is RuleCodeActions' "Suppress for this line", shared by every rule.
 */
export class WithdrawCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(_document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(context.only)) return [];
    const mine = context.diagnostics.filter((d): d is KeyGuardDiagnostic => d instanceof KeyGuardDiagnostic && d.finding.category === 'withdraw');
    if (!mine.length) return [];
    // One entry however many withdrawal findings the range touches.
    const list = new vscode.CodeAction('Show all withdrawal calls in the workspace', vscode.CodeActionKind.QuickFix);
    list.command = { command: CommandIds.showWithdrawalCalls, title: 'Show all withdrawal calls in the workspace' };
    list.diagnostics = mine;
    return [list];
  }
}
