// Messages the vault commands share: a refused or failed store, and pointing the user at the exchange's
// API management page (where keys are really deleted).
import * as vscode from 'vscode';
import type { ExchangeProfile } from '../../vault/profiles';
import { VaultInputError, VaultUnavailableError } from '../../vault/vaultStore';

/** Shows a vault refusal (bad input, no keychain) and returns true; false for anything else. */
export function showVaultError(e: unknown): boolean {
  if (!(e instanceof VaultInputError || e instanceof VaultUnavailableError)) return false;
  void vscode.window.showErrorMessage(`KeyGuard: ${e.message}`);
  return true;
}

/** A message with an "Open API Management" button when the exchange has such a page. */
export function offerApiManagement(kind: 'info' | 'warning', message: string, profile: ExchangeProfile): void {
  const url = profile.apiManagementUrl;
  const items = url ? ['Open API Management'] : [];
  const shown = kind === 'warning' ? vscode.window.showWarningMessage(message, ...items) : vscode.window.showInformationMessage(message, ...items);
  void shown.then((choice) => {
    if (choice && url) void vscode.env.openExternal(vscode.Uri.parse(url));
  });
}
