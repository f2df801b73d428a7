// "KeyGuard: Delete Stored Key…": modal confirmation, then the reminder that matters most —
// delete the key on the exchange too (a disabled key can be re-enabled; a leaked key must be deleted).
import * as vscode from 'vscode';
import { profileOf } from '../../vault/profiles';
import type { StoredKeyMeta, VaultStore } from '../../vault/vaultStore';
import { resolveKey, type KeyRef } from './keyArgs';
import { offerApiManagement } from './vaultMessages';
import { log } from '../log';
import { trusted } from '../commandArgs';

/** Scripted arguments; `confirmed` skips the modal dialog (integration tests only, see commandArgs.ts). */
export type DeleteKeyArgs = KeyRef & { confirmed?: boolean };

/** Deletes a stored key after confirmation; returns what was deleted. */
export async function deleteKeyCommand(store: VaultStore, args?: DeleteKeyArgs): Promise<StoredKeyMeta | undefined> {
  if (!trusted('deletes keys')) return undefined;
  const meta = await resolveKey(store, args, 'Which stored key do you want to delete?', 'KeyGuard: Delete Stored Key');
  if (!meta) return undefined;
  const p = profileOf(meta.exchange);
  if (!args?.confirmed) {
    const answer = await vscode.window.showWarningMessage(
      `Delete "${meta.label}" from KeyGuard?`,
      { modal: true, detail: `The ${p.name} key is removed from the OS keychain. The key itself stays valid until you delete it on ${p.name}.` },
      'Delete',
    );
    if (answer !== 'Delete') return undefined;
  }
  const removed = await store.remove(meta.id);
  log().info(`vault: deleted "${meta.label}" (${p.name})`);
  offerApiManagement('warning', `KeyGuard deleted "${meta.label}". Now delete the key on ${p.name} as well — not just disable it: a disabled key can be re-enabled, and a key that may have leaked must be deleted.`, p);
  return removed;
}
