import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import { RuleCodeActions } from '../codeActions/RuleCodeActions';
import { WithdrawCodeActions } from './WithdrawCodeActions';
import { WithdrawHoverProvider } from './WithdrawHoverProvider';
import { showWithdrawalCalls, type ShowWithdrawalOptions } from './showWithdrawalCalls';

/** Registers the withdrawal guard's editor features (hover, quick fixes, the list command) and every rule's suppress and docs actions. */
export function registerWithdrawGuard(context: vscode.ExtensionContext, scanWorkspace: () => Promise<unknown>): void {
  const selector: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-notebook-cell' }];
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(selector, new WithdrawHoverProvider()),
    vscode.languages.registerCodeActionsProvider(selector, new WithdrawCodeActions(), { providedCodeActionKinds: WithdrawCodeActions.providedCodeActionKinds }),
    // Suppress and rule documentation, for every rule (registered here for the same documents).
    vscode.languages.registerCodeActionsProvider(selector, new RuleCodeActions(), { providedCodeActionKinds: RuleCodeActions.providedCodeActionKinds }),
    vscode.commands.registerCommand(CommandIds.showWithdrawalCalls, (options?: ShowWithdrawalOptions) => showWithdrawalCalls(scanWorkspace, options)),
  );
}
