// The credential vault's VS Code glue: SecretStorage-backed store, tree view, commands, terminal and
// debug environment, and the start-up rotation / sharing warnings.
import * as vscode from 'vscode';
import { rotationWarnings } from '../../vault/keyHealth';
import { VaultStore } from '../../vault/vaultStore';
import { CommandIds } from '../commandIds';
import { argAllowed } from '../commandArgs';
import type { MovePayload } from '../codeActions/movePayload';
import { moveSecretsToVault } from '../codeActions/moveSecretsToVault';
import type { CheckApiKeyArgs } from '../keyCheck/checkApiKeyCommand';
import { checkApiKeyEntry, checkStoredKeyCommand, type CheckStoredKeyArgs } from './checkStoredKeyCommand';
import { deleteKeyCommand, type DeleteKeyArgs } from './deleteKeyCommand';
import { KeyDebugConfigurationProvider } from './KeyDebugConfigurationProvider';
import { KeyEnvironment } from './KeyEnvironment';
import { EnvConflictWarnings, envConflictPrompt } from './EnvConflictWarnings';
import { rotateKeyCommand, type RotateKeyArgs } from './rotateKeyCommand';
import { storeKeyCommand, type StoreKeyArgs } from './storeKeyCommand';
import { StoredKeysTree } from './StoredKeysTree';
import { useKeysInTerminalsCommand, type UseKeysArgs } from './useKeysInTerminalsCommand';
import { stepDone, ticking, WalkthroughKeys } from '../walkthrough';
import type { CheckApiKeyOutcome } from '../keyCheck/checkApiKeyCommand';

/** A key check that got a verdict from the exchange. */
const checked = (o: CheckApiKeyOutcome | undefined): boolean => o?.result !== undefined;

/** What the vault exposes to tests through the extension's exports. */
export interface VaultApi {
  store: VaultStore;
  tree: StoredKeysTree;
  environment: KeyEnvironment;
  debugProvider: KeyDebugConfigurationProvider;
  /** The vault/.env conflict warning and its prompt (tests replace `show`). */
  envConflicts: { warnings: EnvConflictWarnings; prompt: typeof envConflictPrompt };
  /** Everything KeyGuard keeps in globalState and workspaceState, as JSON (tests grep it for secrets). */
  stateSnapshot(): string;
}

const rotationDays = (): number => vscode.workspace.getConfiguration('keyguard').get<number>('rotationDays', 180);

/** Starts the vault; everything it creates is disposed with the extension. */
export function registerVault(context: vscode.ExtensionContext): VaultApi {
  const store = new VaultStore(context.secrets, context.globalState);
  const tree = new StoredKeysTree(store, rotationDays);
  const envConflicts = new EnvConflictWarnings();
  const environment = new KeyEnvironment(store, context.workspaceState, context.environmentVariableCollection, envConflicts);
  const debugProvider = new KeyDebugConfigurationProvider(environment);
  /** Runs a vault command, then repaints the tree and refreshes the terminal environment. */
  const changing = <A, R>(run: (args?: A) => Promise<R>) => async (args?: A): Promise<R> => {
    try {
      return await run(args);
    } finally {
      tree.refresh();
      await environment.apply();
    }
  };
  /** Drops (with a warning) arguments that did not come from KeyGuard: tasks and other extensions pass them unprompted. */
  const ownArgs = <A, R>(title: string, run: (args?: A) => Promise<R>) => (args?: A): Promise<R | undefined> =>
    argAllowed(args, title) ? run(args) : Promise.resolve(undefined);
  context.subscriptions.push(
    tree,
    vscode.window.createTreeView('keyguard.storedKeys', { treeDataProvider: tree }),
    vscode.commands.registerCommand(CommandIds.storeKey, ownArgs('Store API Key', changing(ticking(WalkthroughKeys.stored, (m) => m !== undefined, (a?: StoreKeyArgs) => storeKeyCommand(store, a).then(async (meta) => {
      // A key stored while .env still holds another value under its names: say so now, not at run time.
      if (meta) await environment.warnConflicts('Terminals that use this key', { metas: [meta] });
      return meta;
    }))))),
    vscode.commands.registerCommand(CommandIds.rotateKey, ownArgs('Rotate Key', changing((a?: RotateKeyArgs) => rotateKeyCommand(store, a)))),
    vscode.commands.registerCommand(CommandIds.deleteKey, ownArgs('Delete Stored Key', changing((a?: DeleteKeyArgs) => deleteKeyCommand(store, a)))),
    vscode.commands.registerCommand(CommandIds.checkStoredKey, ownArgs('Check Permissions', changing(ticking(WalkthroughKeys.checked, checked, (a?: CheckStoredKeyArgs) => checkStoredKeyCommand(context.extensionUri, store, a))))),
    // Commands of other features that read or fill the vault: the key check and the move-to-vault fix.
    vscode.commands.registerCommand(CommandIds.checkApiKey, ownArgs('Check API Key', changing(ticking(WalkthroughKeys.checked, checked, (a?: CheckApiKeyArgs) => checkApiKeyEntry(context.extensionUri, store, a))))),
    vscode.commands.registerCommand(CommandIds.moveSecretsToVault, changing(ticking(WalkthroughKeys.moved, (r) => r !== undefined, async (a?: { uri: vscode.Uri; payloads: MovePayload[] }) => (a ? moveSecretsToVault(store, environment, a.uri, a.payloads) : undefined)))),
    vscode.commands.registerCommand(CommandIds.useKeysInTerminals, ownArgs('Use Keys in Terminals', (a?: UseKeysArgs) => useKeysInTerminalsCommand(store, environment, a))),
    vscode.commands.registerCommand(CommandIds.showStoredKeys, () => vscode.commands.executeCommand('keyguard.storedKeys.focus')),
    vscode.commands.registerCommand(CommandIds.refreshStoredKeys, () => tree.refresh()),
    vscode.debug.registerDebugConfigurationProvider('*', debugProvider),
    vscode.workspace.onDidGrantWorkspaceTrust(() => environment.apply()),
    // Another window may store or delete keys: SecretStorage tells every window.
    context.secrets.onDidChange(() => { tree.refresh(); void environment.apply(); }),
  );
  void environment.apply();
  void warnAtStartup(store);
  // Work already done ticks its walkthrough step: keys stored, and checked, in an earlier session.
  if (store.list().length) stepDone(WalkthroughKeys.stored);
  if (store.list().some((m) => m.lastCheck && m.lastCheck.level !== 'failed')) stepDone(WalkthroughKeys.checked);
  const stateSnapshot = (): string => JSON.stringify([context.globalState, context.workspaceState].map((m) => m.keys().map((k) => [k, m.get(k)])));
  return { store, tree, environment, debugProvider, stateSnapshot, envConflicts: { warnings: envConflicts, prompt: envConflictPrompt } };
}

/**
 * One warning for keys due for rotation, from metadata only: reading the keychain at every start-up could
 * make the OS ask to unlock it. Keys shared between tools are found when a key is stored and in the view.
 */
async function warnAtStartup(store: VaultStore): Promise<void> {
  const due = rotationWarnings(store.list(), rotationDays(), Date.now());
  if (due.length) {
    const more = due.length > 1 ? ` (and ${due.length - 1} more)` : '';
    void vscode.window.showWarningMessage(`KeyGuard: ${due[0]}${more}`, 'Rotate Key…', 'Show Stored Keys').then((c) => {
      if (c === 'Rotate Key…') void vscode.commands.executeCommand(CommandIds.rotateKey);
      if (c === 'Show Stored Keys') void vscode.commands.executeCommand(CommandIds.showStoredKeys);
    });
  }
}
