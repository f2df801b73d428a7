// "KeyGuard: Store API Key…": exchange, label (one key per tool), key, secret, passphrase, env names.
import * as vscode from 'vscode';
import { mask } from '../../engine';
import { isEnvName, PROFILES, profileOf, shapeProblem, type VaultExchange } from '../../vault/profiles';
import type { EnvNames, NewKey, StoredKeyMeta, VaultStore } from '../../vault/vaultStore';
import { showVaultError } from './vaultMessages';
import { sharingWarning } from '../../vault/keyHealth';
import { log } from '../log';
import { ownArg, trusted } from '../commandArgs';

/** Asks for a key step by step; every step validates as the user types. */
async function prompt(store: VaultStore): Promise<NewKey | undefined> {
  const picked = await vscode.window.showQuickPick(
    PROFILES.map((p) => ({ label: p.name, description: p.passphrase ? 'key, secret, passphrase' : p.secret ? 'key and secret' : 'token', id: p.id })),
    { title: 'KeyGuard: Store API Key (1/5) — which exchange issued it?', ignoreFocusOut: true },
  );
  if (!picked) return undefined;
  const p = profileOf(picked.id);
  const label = await vscode.window.showInputBox({
    title: 'Label (2/5): the tool that will use this key',
    prompt: 'One key per tool: name it after the bot or service, e.g. "3Commas-Spot" or "TaxReport-ReadOnly".',
    ignoreFocusOut: true,
    validateInput: (v) => (!v.trim() ? 'Enter a label.' : store.find(v.trim()) ? `"${v.trim()}" is already stored: rotate it instead, or pick another label.` : undefined),
  });
  if (label === undefined) return undefined;
  const apiKey = await vscode.window.showInputBox({
    title: `${p.apiKey.title} (3/5)`, password: true, ignoreFocusOut: true,
    prompt: 'Stored in the OS keychain through VS Code SecretStorage, never in a file.',
    validateInput: (v) => shapeProblem(p.apiKey, v),
  });
  if (apiKey === undefined) return undefined;
  let secret: string | undefined;
  if (p.secret) {
    secret = await vscode.window.showInputBox({
      title: `${p.secret.title} (4/5)`, password: true, ignoreFocusOut: true,
      validateInput: (v) => (p.id === 'other' ? undefined : shapeProblem(p.secret!, v)),
    });
    if (secret === undefined) return undefined;
  }
  let passphrase: string | undefined;
  if (p.passphrase) {
    passphrase = await vscode.window.showInputBox({ title: `${p.passphrase.title} (4/5)`, password: true, ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'Enter the passphrase.') });
    if (passphrase === undefined) return undefined;
  }
  const proposed = [p.apiKey.env, secret ? p.secret?.env : undefined, passphrase ? p.passphrase?.env : undefined].filter((n): n is string => !!n);
  const names = await vscode.window.showInputBox({
    title: 'Environment variables (5/5)',
    prompt: `The names your bot reads (${proposed.length === 1 ? 'one name' : `${proposed.length} names: key, secret${passphrase ? ', passphrase' : ''}`}), separated by spaces.`,
    value: proposed.join(' '), ignoreFocusOut: true,
    validateInput: (v) => {
      const list = v.split(/[\s,]+/).filter(Boolean);
      if (list.length !== proposed.length) return `Enter ${proposed.length} name${proposed.length === 1 ? '' : 's'}.`;
      const bad = list.find((n) => !isEnvName(n));
      return bad ? `"${bad}" is not a valid variable name.` : undefined;
    },
  });
  if (names === undefined) return undefined;
  const [k, s, ph] = names.split(/[\s,]+/).filter(Boolean);
  const env: Partial<EnvNames> = { apiKey: k };
  if (secret) env.secret = s;
  if (passphrase) env.passphrase = secret ? ph : s;
  return { exchange: picked.id, label: label.trim(), apiKey, secret, passphrase, env };
}

/** Scripted arguments (integration tests only, see commandArgs.ts): skip the prompts. */
export interface StoreKeyArgs extends Omit<NewKey, 'exchange'> {
  exchange: VaultExchange;
}

/** Stores a key in SecretStorage; returns its metadata (never the secret), or undefined. */
export async function storeKeyCommand(store: VaultStore, args?: StoreKeyArgs): Promise<StoredKeyMeta | undefined> {
  if (!trusted('stores keys')) return undefined;
  const input = args ?? (await prompt(store));
  if (!input) return undefined;
  try {
    const meta = await store.add(input);
    const p = profileOf(meta.exchange);
    log().info(`vault: stored "${meta.label}" (${p.name} key ${mask(input.apiKey)})`);
    const shared = sharingWarning((await store.sharedKeys()).filter((labels) => labels.includes(meta.label)));
    if (shared) void vscode.window.showWarningMessage(`KeyGuard: ${shared}`);
    void vscode.window.showInformationMessage(
      `KeyGuard stored "${meta.label}" (${p.name} key ${mask(input.apiKey)}) in the OS keychain. Keep withdrawals disabled on this key and bind it to your bot's IP addresses.`,
      ...(p.checkable ? ['Check Permissions'] : []), 'Use in Terminals',
    ).then((choice) => {
      if (choice === 'Check Permissions') void vscode.commands.executeCommand('keyguard.checkStoredKey', ownArg({ id: meta.id }));
      if (choice === 'Use in Terminals') void vscode.commands.executeCommand('keyguard.useKeysInTerminals');
    });
    return meta;
  } catch (e) {
    if (showVaultError(e)) return undefined;
    throw e;
  }
}
