// How vault commands find the key they act on: a tree node, `{ id }` / `{ label }` from a script, or a pick.
import * as vscode from 'vscode';
import { profileOf } from '../../vault/profiles';
import type { StoredKeyMeta, VaultStore } from '../../vault/vaultStore';

/** A command argument naming a stored key. */
export type KeyRef = { id?: string; label?: string } | undefined;

/** The stored key a command argument names, or one the user picks; undefined when cancelled or gone. */
export async function resolveKey(store: VaultStore, ref: KeyRef, placeHolder: string, title: string): Promise<StoredKeyMeta | undefined> {
  const wanted = ref?.id ?? ref?.label;
  if (wanted !== undefined) {
    const found = store.find(wanted);
    if (!found) void vscode.window.showErrorMessage(`KeyGuard: no stored key named "${ref?.label ?? 'with that id'}".`);
    return found;
  }
  const keys = store.list();
  if (keys.length === 0) {
    void vscode.window.showInformationMessage('KeyGuard: no keys are stored yet. Use "KeyGuard: Store API Key…" first.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    keys.map((m) => ({ label: m.label, description: profileOf(m.exchange).name, meta: m })),
    { title, placeHolder },
  );
  return picked?.meta;
}
