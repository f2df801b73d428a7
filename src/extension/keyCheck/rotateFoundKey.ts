// "Rotate this key…": opens the exchange's API management page, asks for the new key (hidden input boxes),
// stores it in the vault (or .env if the user picks it), rewrites the code to read the environment in one
// undoable edit (the move-to-env machinery), then offers "Confirm the old key is dead".
import * as vscode from 'vscode';
import { mask, type Finding } from '../../engine';
import type { FieldProfile } from '../../exchanges/exchange';
import { exchangeById } from '../../exchanges/registry';
import { shapeProblem } from '../../vault/profiles';
import { moveSecretsToEnv } from '../codeActions/moveSecretsToEnv';
import { moveSecretsToVault } from '../codeActions/moveSecretsToVault';
import type { MovePayload } from '../codeActions/movePayload';
import { trusted } from '../commandArgs';
import { log } from '../log';
import type { FoundKeyDeps } from './foundKeyDeps';
import { confirmOldKeyDead, rememberOldKey } from './confirmOldKeyDead';
import { foundKeyAt, type DiagnosticFinding } from './foundKeySet';
import { keyPrompts, openApiManagement } from './keyPrompts';

/** What a rotation did: the variables the code now reads, and the handle the confirmation takes. */
export interface RotateOutcome {
  names?: string[];
  target?: 'vault' | 'env';
  /** Pass to `keyguard.confirmOldKeyDead`. */
  rotation?: string;
  error?: string;
}

/** Asks for one new value in a hidden input box, checked against the field's shapes. */
function askNew(exchangeName: string, field: FieldProfile, step: string, old: string | undefined): Thenable<string | undefined> {
  return keyPrompts.input({
    title: `Rotate ${exchangeName} key ${step}: new ${field.title}`,
    prompt: `Paste the NEW ${field.title.toLowerCase()} you just created on ${exchangeName}. It goes into the OS keychain (or .env if you choose), never into the code.`,
    password: true, ignoreFocusOut: true,
    validateInput: (v) => (old !== undefined && v.trim() === old ? 'This is the old value: create a new key on the exchange.' : shapeProblem(field, v)),
  });
}

/** The finding a move command takes (without the editor's additions). */
function payloadOf(f: DiagnosticFinding): MovePayload {
  const { path: _path, diagnostic, ...finding } = f;
  return { finding: finding as Finding, version: diagnostic.documentVersion };
}

/** Runs the guided rotation of the key at `at`. */
export async function rotateFoundKey(deps: FoundKeyDeps, uri: vscode.Uri, at: vscode.Position): Promise<RotateOutcome> {
  if (!trusted('rotates keys')) return { error: 'untrusted workspace' };
  const found = await foundKeyAt(uri, at);
  if ('error' in found) {
    void vscode.window.showInformationMessage(found.error);
    return { error: found.error };
  }
  const { set, origin, baseUrl } = found;
  const record = exchangeById(set.exchange);
  const { name, fields } = record;
  const oldMasked = mask(set.apiKey);
  const go = await keyPrompts.modal(`Rotate ${name} key ${oldMasked}?`, [
    `1. KeyGuard opens ${name}'s API management page: create a NEW key there — withdrawals off, an IP whitelist, one key per tool.`,
    '2. Paste it here (hidden input; stored in the OS keychain, or .env if you choose).',
    '3. The code is changed to read the key from the environment (one undo restores it).',
    `4. Delete the old key on ${name} (disabling is not enough); KeyGuard then confirms it is dead.`,
  ].join('\n'), 'Open API Management');
  if (go !== 'Open API Management') return { error: 'cancelled' };
  await openApiManagement(set.exchange);
  const steps = fields.passphrase ? 3 : 2;
  const apiKey = await askNew(name, fields.apiKey, `(1/${steps})`, set.apiKey);
  if (!apiKey) return { error: 'cancelled' };
  const secret = await askNew(name, fields.secret, `(2/${steps})`, set.secret);
  if (!secret) return { error: 'cancelled' };
  // A passphrase may stay the same across keys: no "this is the old value" refusal for it.
  const passphrase = fields.passphrase ? await askNew(name, fields.passphrase, `(3/${steps})`, undefined) : undefined;
  if (fields.passphrase && !passphrase) return { error: 'cancelled' };
  const target = (await keyPrompts.pick([
    { id: 'vault' as const, label: 'KeyGuard secret storage (OS keychain)', description: 'recommended: no file holds the key', detail: 'Terminals of this workspace get the variables; launch configurations with "keyguard": true too.' },
    { id: 'env' as const, label: '.env file of this folder', description: 'ignored by git', detail: 'The bot reads it with a dotenv loader; the key sits in a file on disk.' },
  ], { title: `Rotate ${name} key: where should the new key live?`, ignoreFocusOut: true }))?.id;
  if (!target) return { error: 'cancelled' };
  // New values in the order of the findings they replace: key, secret, passphrase.
  const newBySlot: Record<string, string | undefined> = { 'api-key': apiKey.trim(), 'key-name': apiKey.trim(), 'api-secret': secret.trim(), 'private-key': secret.trim(), passphrase: passphrase?.trim() };
  const values = set.findings.map((f) => newBySlot[f.role ?? ''] ?? '');
  const payloads = set.findings.map(payloadOf);
  const names = target === 'vault'
    ? (await moveSecretsToVault(deps.store, deps.environment, uri, payloads, { values }))?.names
    : (await moveSecretsToEnv(uri, payloads, {}, deps.git, { values }))?.names;
  if (!names) return { error: 'the code was not changed' };
  const rotation = rememberOldKey({ exchange: set.exchange, creds: { apiKey: set.apiKey, secret: set.secret, passphrase: set.passphrase }, baseUrl, origin });
  log().info(`rotation: ${name} key ${oldMasked} → ${mask(apiKey.trim())} (${target === 'vault' ? 'keychain' : '.env'}; the code reads ${names.join(', ')})`);
  const where = target === 'vault' ? 'the OS keychain (terminals of this workspace get it)' : '.env (ignored by git)';
  void vscode.window.showInformationMessage(
    `KeyGuard stored the new ${name} key ${mask(apiKey.trim())} in ${where}; the code reads ${names.join(', ')}. Now DELETE the old key ${oldMasked} on ${name} — disabling is not enough — then confirm: KeyGuard asks ${origin} with the old key.`,
    'Confirm the old key is dead', 'Open API Management',
  ).then((choice) => {
    if (choice === 'Confirm the old key is dead') void confirmOldKeyDead(deps.verdicts, rotation);
    if (choice === 'Open API Management') void openApiManagement(set.exchange);
  });
  return { names, target, rotation };
}
