// "Move to KeyGuard secret storage": the same env lookup in the code, but the value goes into the OS
// keychain (the credential vault) instead of .env, and this workspace's terminals and opted-in debug
// sessions receive it. Stores first, edits second: if either fails, nothing is left half done.
import * as path from 'path';
import * as vscode from 'vscode';
import { CannotMove, dotenvValue, planMoveToEnv, upsertEnvVar } from '../../engine';
import { vaultKeysFor, type MovedValue } from '../../vault/fromFindings';
import { VaultInputError, VaultUnavailableError, type StoredKeyMeta, type VaultStore } from '../../vault/vaultStore';
import type { KeyEnvironment } from '../credentials/KeyEnvironment';
import { documentForMove, type Rotation } from './moveSecretsToEnv';
import type { MovePayload } from './movePayload';

/** The result: the variables the code now reads and the vault entries that hold them. */
export interface VaultMoveResult {
  names: string[];
  stored: StoredKeyMeta[];
}

/** Moves the secrets of one document into the vault and replaces them by env lookups in one undoable edit. */
export async function moveSecretsToVault(store: VaultStore, environment: KeyEnvironment, uri: vscode.Uri, payloads: readonly MovePayload[], rotation?: Rotation): Promise<VaultMoveResult | undefined> {
  const doc = await documentForMove(uri, payloads, 'moves secrets into the keychain');
  if (!doc) return undefined;
  const text = doc.getText();
  // Names already handed to this workspace: an equal value is reused, a different one gets a suffix.
  let inUse = '';
  const { vars } = await environment.variables();
  // (A value .env could not hold still takes its name: recorded empty, so no new value reuses it.)
  for (const [name, value] of Object.entries(vars)) inUse = upsertEnvVar(inUse, name, dotenvValue(value) === undefined ? '' : value).text;
  const requests = payloads
    .map((p, i) => ({ finding: p.finding, value: text.slice(p.finding.range.start, p.finding.range.end), newValue: rotation?.values[i] }))
    .sort((a, b) => a.finding.range.start - b.finding.range.start);
  let plan;
  try {
    plan = planMoveToEnv(text, vscode.workspace.asRelativePath(uri, false), requests, inUse);
  } catch (e) {
    if (e instanceof CannotMove) {
      void vscode.window.showWarningMessage(`KeyGuard: ${e.message}`);
      return undefined;
    }
    throw e;
  }
  const moved: MovedValue[] = requests
    .map((r, i) => ({ name: plan.names[i], value: r.newValue ?? r.value, findingId: r.finding.id, exchange: r.finding.exchange, role: r.finding.role }))
    .filter((m) => vars[m.name] !== m.value);
  const stored: StoredKeyMeta[] = [];
  try {
    for (const key of vaultKeysFor(moved, path.basename(uri.fsPath), (l) => store.find(l) !== undefined)) stored.push(await store.add(key));
  } catch (e) {
    for (const m of stored) await store.remove(m.id);
    if (e instanceof VaultInputError || e instanceof VaultUnavailableError) {
      void vscode.window.showErrorMessage(`KeyGuard: ${e.message} The code was not changed.`);
      return undefined;
    }
    throw e;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of plan.codeEdits) edit.replace(uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText, { label: 'Move secrets to KeyGuard secret storage', needsConfirmation: false });
  if (!(await vscode.workspace.applyEdit(edit))) {
    for (const m of stored) await store.remove(m.id);
    void vscode.window.showErrorMessage('KeyGuard could not apply the edit; nothing was changed or stored.');
    return undefined;
  }
  await environment.select([...environment.selected().map((m) => m.id), ...stored.map((m) => m.id)]);
  if (rotation) return { names: plan.names, stored };
  const labels = stored.map((m) => `"${m.label}"`).join(', ');
  void vscode.window.showInformationMessage([
    `KeyGuard moved ${plan.names.join(', ')} to the OS keychain${labels ? ` (${labels})` : ''}.`,
    ...plan.notes,
    'New terminals of this workspace get the variables; launch configurations get them with "keyguard": true. Outside VS Code, set them yourself.',
    'If this file was ever committed or shared, the old key is still exposed: delete it on the exchange and create a new one.',
  ].join(' '));
  return { names: plan.names, stored };
}
