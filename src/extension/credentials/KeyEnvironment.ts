// Hands the keys chosen for this workspace to terminals (environmentVariableCollection, never persisted)
// and to debug sessions that opt in. Only in trusted workspaces: an untrusted folder's tasks must not
// receive the user's keys.
import * as vscode from 'vscode';
import { environmentFor, variableOwners } from '../../vault/environment';
import type { EnvConflict } from '../../vault/envConflicts';
import type { EnvConflictWarnings } from './EnvConflictWarnings';
import type { StoredKeyMeta, VaultStore } from '../../vault/vaultStore';

const SELECTION = 'keyguard.vault.workspaceKeys';

/** The keys chosen for this workspace and the variables they become. */
export class KeyEnvironment {
  constructor(
    private readonly store: VaultStore,
    private readonly workspaceState: vscode.Memento,
    readonly collection: vscode.GlobalEnvironmentVariableCollection,
    readonly conflicts?: EnvConflictWarnings,
  ) {}

  /** Keys chosen for this workspace that still exist. */
  selected(): StoredKeyMeta[] {
    const ids = this.workspaceState.get<string[]>(SELECTION, []);
    return this.store.list().filter((m) => ids.includes(m.id));
  }

  /** Chooses the keys for this workspace (empty = none) and updates terminals. */
  async select(ids: string[]): Promise<void> {
    await this.workspaceState.update(SELECTION, ids);
    await this.apply();
  }

  /** The variables of the chosen keys (or of `metas`), read from the keychain, and any names two keys both claim. */
  async variables(metas: StoredKeyMeta[] = this.selected()): Promise<{ vars: Record<string, string>; clashes: string[] }> {
    const keys = [];
    for (const meta of metas) {
      const secret = await this.store.read(meta.id);
      if (secret) keys.push({ meta, secret });
    }
    return environmentFor(keys);
  }

  /** Warns when workspace env files give the variables of the chosen keys (or of `metas`) other values. */
  async warnConflicts(handedTo: string, options: { metas?: StoredKeyMeta[]; once?: boolean } = {}): Promise<EnvConflict[]> {
    if (!this.conflicts) return [];
    const metas = options.metas ?? this.selected();
    return this.conflicts.check((await this.variables(metas)).vars, variableOwners(metas), handedTo, options.once);
  }

  /** Rebuilds the terminal environment: the chosen keys when trusted, nothing otherwise. */
  async apply(): Promise<void> {
    // persistent=false: VS Code keeps the values in memory only, so they never reach disk.
    this.collection.persistent = false;
    const vars: Record<string, string> = vscode.workspace.isTrusted ? (await this.variables()).vars : {};
    this.collection.clear();
    const names = Object.keys(vars);
    this.collection.description = names.length ? `KeyGuard adds ${names.join(', ')} from the OS keychain` : undefined;
    for (const [name, value] of Object.entries(vars)) this.collection.replace(name, value);
  }
}
