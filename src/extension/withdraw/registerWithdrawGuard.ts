import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import { WithdrawCodeActions } from './WithdrawCodeActions';
import { WithdrawHoverProvider } from './WithdrawHoverProvider';
import { showWithdrawalCalls, type ShowWithdrawalOptions } from './showWithdrawalCalls';

/** Registers the withdrawal guard's editor features: hover, quick fixes and the list command. */
export function registerWithdrawGuard(context: vscode.ExtensionContext, scanWorkspace: () => Promise<unknown>): void {
  const selector: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-notebook-cell' }];
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(selector, new WithdrawHoverProvider()),
    vscode.languages.registerCodeActionsProvider(selector, new WithdrawCodeActions(), { providedCodeActionKinds: WithdrawCodeActions.providedCodeActionKinds }),
    vscode.commands.registerCommand(CommandIds.showWithdrawalCalls, (options?: ShowWithdrawalOptions) => showWithdrawalCalls(scanWorkspace, options)),
  );
}
