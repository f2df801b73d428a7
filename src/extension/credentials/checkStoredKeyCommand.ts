// "Check Permissions" on a stored key: runs the key check with the keychain's values and records the verdict.
import * as vscode from 'vscode';
import { profileOf } from '../../vault/profiles';
import type { VaultStore } from '../../vault/vaultStore';
import { CHECKABLE, exchangeById } from '../../exchanges/registry';
import { checkApiKeyCommand, headline, type CheckApiKeyArgs, type CheckApiKeyOutcome } from '../keyCheck/checkApiKeyCommand';
import { resolveKey, type KeyRef } from './keyArgs';
import { offerApiManagement } from './vaultMessages';

// Outcomes where no request was attempted: nothing to record.
const NOT_A_CHECK = new Set(['cancelled', 'untrusted workspace']);

/** Scripted arguments: which key, and optionally where to ask (preset or URL, as in Check API Key). */
export type CheckStoredKeyArgs = KeyRef & { baseUrl?: string };

/** Checks a stored key with its exchange and keeps the verdict (level and headline only) in the vault. */
export async function checkStoredKeyCommand(extensionUri: vscode.Uri, store: VaultStore, args?: CheckStoredKeyArgs): Promise<CheckApiKeyOutcome | undefined> {
  const meta = await resolveKey(store, args, 'Which stored key do you want to check?', 'KeyGuard: Check Permissions');
  if (!meta) return undefined;
  const p = profileOf(meta.exchange);
  if (!p.checkable) {
    offerApiManagement('info', `KeyGuard can ask ${CHECKABLE.map((e) => exchangeById(e).name).join(', ')} about a key; check "${meta.label}" on ${p.name}'s API management page: withdrawals off, IP whitelist on.`, p);
    return { error: 'not checkable' };
  }
  const secret = await store.read(meta.id);
  if (!secret?.secret) {
    void vscode.window.showErrorMessage(`KeyGuard: the keychain no longer holds "${meta.label}". Store it again.`);
    return { error: 'missing from the keychain' };
  }
  const outcome = await checkApiKeyCommand(extensionUri, { exchange: p.checkable, apiKey: secret.apiKey, secret: secret.secret, passphrase: secret.passphrase, baseUrl: args?.baseUrl });
  if (outcome.result) await store.recordCheck(meta.id, { level: outcome.result.verdict.level, headline: headline(outcome.result) });
  // A check that reached no verdict is still the last check: the view shows why it failed.
  else if (outcome.error && !NOT_A_CHECK.has(outcome.error)) await store.recordCheck(meta.id, { level: 'failed', headline: outcome.error });
  return outcome;
}

/** "KeyGuard: Check API Key…" without arguments: offers the stored keys first, then a key typed in. */
export async function checkApiKeyEntry(extensionUri: vscode.Uri, store: VaultStore, args?: CheckApiKeyArgs): Promise<CheckApiKeyOutcome | undefined> {
  const stored = store.list().filter((m) => profileOf(m.exchange).checkable);
  if (args || stored.length === 0) return checkApiKeyCommand(extensionUri, args);
  const typed = { label: '$(edit) Enter a key…', description: 'paste a key and secret (nothing is stored)', id: undefined as string | undefined };
  const picked = await vscode.window.showQuickPick(
    [...stored.map((m) => ({ label: m.label, description: profileOf(m.exchange).name, id: m.id as string | undefined })), typed],
    { title: 'KeyGuard: which key do you want to check?' },
  );
  if (!picked) return { error: 'cancelled' };
  return picked.id ? checkStoredKeyCommand(extensionUri, store, { id: picked.id }) : checkApiKeyCommand(extensionUri);
}
