// "KeyGuard: Rotate Key…": new key and secret under the same label; the old key must go on the exchange.
import * as vscode from 'vscode';
import { mask } from '../../engine';
import { profileOf, shapeProblem } from '../../vault/profiles';
import type { StoredKeyMeta, StoredSecret, VaultStore } from '../../vault/vaultStore';
import { resolveKey, type KeyRef } from './keyArgs';
import { offerApiManagement, showVaultError } from './vaultMessages';
import { log } from '../log';
import { trusted } from '../commandArgs';

/** Scripted arguments: which key, and its new values. */
export type RotateKeyArgs = KeyRef & Partial<StoredSecret>;

/** Asks for the new values of a key. */
async function promptValues(meta: StoredKeyMeta): Promise<StoredSecret | undefined> {
  const p = profileOf(meta.exchange);
  const apiKey = await vscode.window.showInputBox({
    title: `Rotate "${meta.label}": new ${p.apiKey.title}`, password: true, ignoreFocusOut: true,
    prompt: `Create a new key on ${p.name} first (withdrawals off, IP whitelist on), then paste it here.`,
    validateInput: (v) => shapeProblem(p.apiKey, v),
  });
  if (apiKey === undefined) return undefined;
  const out: StoredSecret = { apiKey };
  if (p.secret) {
    const secret = await vscode.window.showInputBox({ title: `Rotate "${meta.label}": new ${p.secret.title}`, password: true, ignoreFocusOut: true, validateInput: (v) => (p.id === 'other' ? undefined : shapeProblem(p.secret!, v)) });
    if (secret === undefined) return undefined;
    out.secret = secret;
  }
  if (p.passphrase) {
    const passphrase = await vscode.window.showInputBox({ title: `Rotate "${meta.label}": ${p.passphrase.title}`, password: true, ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'Enter the passphrase.') });
    if (passphrase === undefined) return undefined;
    out.passphrase = passphrase;
  }
  return out;
}

/** Replaces a stored key and reminds the user to delete the old one on the exchange. */
export async function rotateKeyCommand(store: VaultStore, args?: RotateKeyArgs): Promise<StoredKeyMeta | undefined> {
  if (!trusted('rotates keys')) return undefined;
  const meta = await resolveKey(store, args, 'Which key do you want to rotate?', 'KeyGuard: Rotate Key');
  if (!meta) return undefined;
  const values = args?.apiKey ? { apiKey: args.apiKey, secret: args.secret, passphrase: args.passphrase } : await promptValues(meta);
  if (!values) return undefined;
  const old = await store.read(meta.id);
  try {
    const updated = await store.rotate(meta.id, values);
    const p = profileOf(meta.exchange);
    const oldKey = old ? ` (${mask(old.apiKey)})` : '';
    log().info(`vault: rotated "${meta.label}" (${p.name} key${oldKey} → ${mask(values.apiKey)})`);
    offerApiManagement('info', `KeyGuard rotated "${meta.label}". Now DELETE the old key${oldKey} on ${p.name} — do not just disable it: a disabled key can be re-enabled.`, p);
    return updated;
  } catch (e) {
    if (showVaultError(e)) return undefined;
    throw e;
  }
}
