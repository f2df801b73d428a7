// "KeyGuard: Store API Key…": exchange, label (one key per tool), key, secret, passphrase, env names.
import * as vscode from 'vscode';
import { mask } from '../../engine';
import { isEnvName, PROFILES, profileOf, shapeProblem, type FieldProfile, type VaultExchange } from '../../vault/profiles';
import { MultiStepInput, type Step } from './multiStepInput';
import type { EnvNames, NewKey, StoredKeyMeta, VaultStore } from '../../vault/vaultStore';
import { showVaultError } from './vaultMessages';
import { sharingWarning } from '../../vault/keyHealth';
import { log } from '../log';
import { ownArg, trusted } from '../commandArgs';

/** What the wizard collected so far (Back keeps it). */
interface Draft {
  exchange?: VaultExchange;
  label?: string;
  apiKey?: string;
  secret?: string;
  passphrase?: string;
  names?: string;
  /** Fields stored although their shape is unusual (the user pressed Enter on the warning). */
  unusual: string[];
}

/** A shape problem as a warning the user may accept ("store anyway"); empty or spaced values stay errors. */
export function shapeCheck(field: FieldProfile, value: string): vscode.InputBoxValidationMessage | undefined {
  const problem = shapeProblem(field, value);
  if (!problem) return undefined;
  if (shapeProblem(field, value, { allowUnusual: true })) return { message: problem, severity: vscode.InputBoxValidationSeverity.Error };
  return { message: `${problem} Press Enter again to store it anyway.`, severity: vscode.InputBoxValidationSeverity.Warning };
}

/** Asks for a key in one multi-step input: exchange, label, key, secret, passphrase, variable names. */
async function prompt(store: VaultStore): Promise<(NewKey & { unusual: string[] }) | undefined> {
  const d: Draft = { unusual: [] };
  const total = (): number => {
    const p = d.exchange ? profileOf(d.exchange) : undefined;
    return 4 + (p?.secret ? 1 : 0) + (p?.passphrase ? 1 : 0);
  };
  const fieldStep = (n: number, field: FieldProfile, key: 'apiKey' | 'secret' | 'passphrase', next: Step | undefined, prompt?: string): Step => async (input) => {
    const p = profileOf(d.exchange!);
    const value = await input.text({
      step: n, totalSteps: total(), value: d[key], password: true, prompt: prompt ?? field.title,
      validate: (v) => (key === 'passphrase' ? (v.trim() ? undefined : 'Enter the passphrase.') : key === 'secret' && p.id === 'other' ? undefined : shapeCheck(field, v)),
    });
    d[key] = value;
    d.unusual = d.unusual.filter((f) => f !== field.title);
    if (key !== 'passphrase' && shapeProblem(field, value) && p.id !== 'other') d.unusual.push(field.title);
    return next;
  };
  const namesStep: Step = async (input) => {
    const p = profileOf(d.exchange!);
    const proposed = [p.apiKey.env, p.secret?.env, p.passphrase?.env].filter((n): n is string => !!n);
    d.names = await input.text({
      step: total(), totalSteps: total(), value: d.names ?? proposed.join(' '),
      prompt: `Environment variables: the names your bot reads (${proposed.length === 1 ? 'one name' : `${proposed.length} names: key, secret${p.passphrase ? ', passphrase' : ''}`}), separated by spaces.`,
      validate: (v) => {
        const list = v.split(/[\s,]+/).filter(Boolean);
        if (list.length !== proposed.length) return `Enter ${proposed.length} name${proposed.length === 1 ? '' : 's'}.`;
        const bad = list.find((n) => !isEnvName(n));
        return bad ? `"${bad}" is not a valid variable name.` : undefined;
      },
    });
    return undefined;
  };
  const labelStep: Step = async (input) => {
    d.label = (await input.text({
      step: 2, totalSteps: total(), value: d.label,
      prompt: 'Label: the tool that will use this key. One key per tool: name it after the bot or service, e.g. "3Commas-Spot" or "TaxReport-ReadOnly".',
      validate: (v) => (!v.trim() ? 'Enter a label.' : store.find(v.trim()) ? `"${v.trim()}" is already stored: rotate it instead, or pick another label.` : undefined),
    })).trim();
    const p = profileOf(d.exchange!);
    let next: Step = namesStep;
    if (p.passphrase) next = fieldStep(3 + (p.secret ? 2 : 1), p.passphrase, 'passphrase', next);
    if (p.secret) next = fieldStep(4, p.secret, 'secret', next);
    return fieldStep(3, p.apiKey, 'apiKey', next, `${p.apiKey.title}: stored in the OS keychain through VS Code SecretStorage, never in a file.`);
  };
  const exchangeStep: Step = async (input) => {
    const items = PROFILES.map((p) => ({ label: p.name, description: p.passphrase ? 'key, secret, passphrase' : p.secret ? 'key and secret' : 'token', id: p.id }));
    const picked = await input.pick({ step: 1, totalSteps: total(), items, active: items.find((i) => i.id === d.exchange), placeholder: 'Which exchange or service issued the key?' });
    if (picked.id !== d.exchange) Object.assign(d, { secret: undefined, passphrase: undefined, names: undefined, unusual: [] });
    d.exchange = picked.id;
    return labelStep;
  };
  if (!(await MultiStepInput.run('KeyGuard: Store API Key', exchangeStep))) return undefined;
  const p = profileOf(d.exchange!);
  const [k, s, ph] = d.names!.split(/[\s,]+/).filter(Boolean);
  const env: Partial<EnvNames> = { apiKey: k };
  if (p.secret && d.secret) env.secret = s;
  if (p.passphrase) env.passphrase = p.secret ? ph : s;
  return { exchange: d.exchange!, label: d.label!, apiKey: d.apiKey!, secret: p.secret ? d.secret : undefined, passphrase: d.passphrase, env, unusual: d.unusual };
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
  const unusual: string[] = 'unusual' in input ? (input as { unusual: string[] }).unusual : [];
  try {
    const meta = await store.add(input, { acceptUnusualShape: unusual.length > 0 });
    const p = profileOf(meta.exchange);
    log().info(`vault: stored "${meta.label}" (${p.name} key ${mask(input.apiKey)})`);
    const shared = sharingWarning((await store.sharedKeys()).filter((labels) => labels.includes(meta.label)));
    if (shared) void vscode.window.showWarningMessage(`KeyGuard: ${shared}`);
    if (unusual.length) void vscode.window.showWarningMessage(`KeyGuard stored "${meta.label}" although its ${unusual.join(' and ').toLowerCase()} ${unusual.length === 1 ? 'does' : 'do'} not look like ${p.name}'s: check that you copied ${unusual.length === 1 ? 'it' : 'them'} whole, then run Check Permissions.`);
    void vscode.window.showInformationMessage(
      `KeyGuard stored "${meta.label}" (${p.name} key ${mask(input.apiKey)}) in the OS keychain. Keep withdrawals disabled on this key and bind it to your bot's IP addresses.`,
      ...(p.checkable ? ['Check Permissions'] : []), 'Use in Terminals',
    ).then((choice) => {
      if (choice === 'Check Permissions') void vscode.commands.executeCommand('keyguard.checkStoredKey', ownArg({ id: meta.id }));
      // The key just stored is ticked in the picker, next to the keys already chosen.
      if (choice === 'Use in Terminals') void vscode.commands.executeCommand('keyguard.useKeysInTerminals', ownArg({ preselect: [meta.id] }));
    });
    return meta;
  } catch (e) {
    if (showVaultError(e)) return undefined;
    throw e;
  }
}
