// "KeyGuard: Use Keys in Terminals…": pick the stored keys this workspace's terminals and debug sessions get.
import * as vscode from 'vscode';
import { profileOf } from '../../vault/profiles';
import type { VaultStore } from '../../vault/vaultStore';
import type { KeyEnvironment } from './KeyEnvironment';

/** Scripted arguments: labels (or ids) of the keys to hand out (an empty list turns it off); or keys to tick in the picker (KeyGuard's own follow-up after storing a key). */
export interface UseKeysArgs {
  labels?: string[];
  preselect?: string[];
}

/** Updates the selection; returns the variable names terminals now get, or undefined when cancelled. */
export async function useKeysInTerminalsCommand(store: VaultStore, env: KeyEnvironment, args?: UseKeysArgs): Promise<string[] | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('KeyGuard hands keys to terminals only in a trusted workspace: trust this folder first.');
    return undefined;
  }
  let ids: string[];
  if (args?.labels) {
    ids = args.labels.map((l) => store.find(l)?.id).filter((id): id is string => id !== undefined);
    if (ids.length !== args.labels.length) void vscode.window.showErrorMessage('KeyGuard: some of those keys are not stored.');
  } else {
    const keys = store.list();
    if (keys.length === 0) {
      void vscode.window.showInformationMessage('KeyGuard: no keys are stored yet. Use "KeyGuard: Store API Key…" first.');
      return undefined;
    }
    const current = new Set([...env.selected().map((m) => m.id), ...(args?.preselect ?? [])]);
    const picked = await vscode.window.showQuickPick(
      keys.map((m) => ({ label: m.label, description: `${profileOf(m.exchange).name} → ${[m.env.apiKey, m.env.secret, m.env.passphrase].filter(Boolean).join(', ')}`, picked: current.has(m.id), id: m.id })),
      { canPickMany: true, title: 'KeyGuard: Use Keys in Terminals', placeHolder: 'Keys for new terminals and opted-in debug sessions of this workspace' },
    );
    if (!picked) return undefined;
    ids = picked.map((p) => p.id);
  }
  await env.select(ids);
  const { vars, clashes } = await env.variables();
  const names = Object.keys(vars);
  if (clashes.length) void vscode.window.showWarningMessage(`KeyGuard: two chosen keys use ${clashes.join(', ')}; the last one wins. Give them different variable names.`);
  void vscode.window.showInformationMessage(names.length
    ? `KeyGuard: new terminals get ${names.join(', ')} (kept in memory only). Existing terminals show a relaunch hint.`
    : 'KeyGuard no longer adds keys to terminals in this workspace.');
  await env.warnConflicts('New terminals');
  return names;
}
