// Adds the workspace's chosen keys to launch configurations that opt in with `"keyguard": true`
// (or every launch, with `keyguard.debug.injectKeys`). Explicit `env` entries in launch.json win.
import * as vscode from 'vscode';
import type { KeyEnvironment } from './KeyEnvironment';

/** A launch configuration as KeyGuard reads it. */
type LaunchConfig = vscode.DebugConfiguration & { keyguard?: boolean; env?: Record<string, string | null> };

/** Debug configuration provider for every debug type (`*`). */
export class KeyDebugConfigurationProvider implements vscode.DebugConfigurationProvider {
  constructor(private readonly env: KeyEnvironment) {}

  /** Fills `env` from the keychain for opted-in configurations in trusted workspaces. */
  async resolveDebugConfiguration(folder: vscode.WorkspaceFolder | undefined, config: LaunchConfig): Promise<vscode.DebugConfiguration> {
    const optedIn = config.keyguard === true || (config.keyguard !== false && vscode.workspace.getConfiguration('keyguard', folder).get<boolean>('debug.injectKeys', false));
    if (!optedIn) return config;
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('KeyGuard adds keys to debug sessions only in a trusted workspace.');
      return config;
    }
    const { vars } = await this.env.variables();
    if (Object.keys(vars).length === 0) {
      void vscode.window.showInformationMessage('KeyGuard: this launch configuration asks for keys, but none are chosen for this workspace. Run "KeyGuard: Use Keys in Terminals…".');
      return config;
    }
    // Once per session: every launch would otherwise repeat the same warning (which does not hold up the launch).
    await this.env.warnConflicts('Debug sessions', { once: true });
    return { ...config, env: { ...vars, ...(config.env ?? {}) } };
  }
}
