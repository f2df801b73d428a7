// "Configure exchange URL…" after a key check that could not connect. keyguard.exchangeBaseUrls is
// machine-scoped: in a remote or browser window the Settings editor lists it only on the Remote tab, so
// the action opens that tab there, and the User settings elsewhere, filtered to the one setting.
import * as vscode from 'vscode';
import { ExchangeRequestError } from '../../exchanges/http';

/** The action's label, as the notification shows it. */
export const CONFIGURE_EXCHANGE_URL = 'Configure exchange URL…';

/** The setting the action opens. */
export const EXCHANGE_URLS_SETTING = 'keyguard.exchangeBaseUrls';

/** The command (and its argument) that shows the setting where it can be edited, for a window's `remoteName`. */
export function exchangeUrlSettingsCommand(remoteName: string | undefined): { command: string; arg: { query: string } } {
  return { command: remoteName ? 'workbench.action.openRemoteSettings' : 'workbench.action.openSettings', arg: { query: EXCHANGE_URLS_SETTING } };
}

/** True for failures where another base URL may help: no connection, refused, no answer in time. */
export function isConnectionFailure(e: unknown): boolean {
  return e instanceof ExchangeRequestError && (e.kind === 'network' || e.kind === 'timeout');
}

/**
 * How the failure is shown; the integration tests replace `show` to pick an action without a click, and
 * await `last` (the latest offer: true once the settings are open) before they look at the editor.
 */
export const connectFailurePrompt = {
  show: (message: string, ...actions: string[]): Thenable<string | undefined> => vscode.window.showErrorMessage(message, ...actions),
  last: undefined as Promise<boolean> | undefined,
};

/** Shows a failed connection with "Configure exchange URL…", and opens the setting when it is chosen. */
export function offerExchangeUrlSettings(message: string): Promise<boolean> {
  return (connectFailurePrompt.last = offer(message));
}

/** The offer itself. */
async function offer(message: string): Promise<boolean> {
  const choice = await connectFailurePrompt.show(message, CONFIGURE_EXCHANGE_URL);
  if (choice !== CONFIGURE_EXCHANGE_URL) return false;
  const { command, arg } = exchangeUrlSettingsCommand(vscode.env.remoteName);
  await vscode.commands.executeCommand(command, arg);
  return true;
}
