// The questions the found-key check and the guided rotation ask, in one replaceable object: the
// integration tests (test builds only, through the test API) answer them instead of a person.
import * as vscode from 'vscode';
import { exchangeById, type ExchangeId } from '../../exchanges/registry';

/** A choice of a quick pick, with the id the caller acts on. */
export interface PromptItem<T extends string> extends vscode.QuickPickItem {
  id: T;
}

export const keyPrompts = {
  /** A modal question; resolves with the button chosen, or undefined when dismissed. */
  modal: (message: string, detail: string, ...buttons: string[]): Thenable<string | undefined> =>
    vscode.window.showWarningMessage(message, { modal: true, detail }, ...buttons),
  /** One input box. */
  input: (options: vscode.InputBoxOptions): Thenable<string | undefined> => vscode.window.showInputBox(options),
  /** One pick among ids. */
  pick: <T extends string>(items: Array<PromptItem<T>>, options: vscode.QuickPickOptions): Thenable<PromptItem<T> | undefined> =>
    vscode.window.showQuickPick(items, options),
  /** Opens a page in the browser. */
  openExternal: (uri: vscode.Uri): Thenable<boolean> => vscode.env.openExternal(uri),
};

/** The exchange's API management page (where keys are created and deleted), opened in the browser. */
export function openApiManagement(exchange: ExchangeId): Thenable<boolean> {
  return keyPrompts.openExternal(vscode.Uri.parse(exchangeById(exchange).apiManagementUrl));
}
