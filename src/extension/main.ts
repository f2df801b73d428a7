// Extension entry point: wires the pure engine to VS Code. Work happens lazily after activation.
import * as vscode from 'vscode';
import { CommandIds } from './commandIds';
import { disposeLog, log } from './log';
import { scanWorkspace } from './commands/scanWorkspace';
import { DiagnosticsController } from './diagnostics/DiagnosticsController';
import { registerEnvGuard } from './envGuard/registerEnvGuard';
import type { EnvGuardService } from './envGuard/EnvGuardService';
import { StatusBar } from './StatusBar';
import { registerWithdrawGuard } from './withdraw/registerWithdrawGuard';
import { MoveToEnvCodeActions, type MovePayload } from './codeActions/MoveToEnvCodeActions';
import { moveSecretsToVault } from './codeActions/moveSecretsToVault';
import { renameEnvVariableCommand } from './codeActions/renameEnvVariableCommand';
import { moveSecretsToEnv } from './codeActions/moveSecretsToEnv';
import type { CheckApiKeyArgs } from './keyCheck/checkApiKeyCommand';
import { checkApiKeyEntry } from './credentials/checkStoredKeyCommand';
import { registerVault, type VaultApi } from './credentials/registerVault';

/** Called by VS Code once startup finished; registers listeners, commands and the status bar. */
export function activate(context: vscode.ExtensionContext): { controller: DiagnosticsController; envGuard: EnvGuardService; vault: VaultApi; activationMs: number; logUri: vscode.Uri } {
  const started = performance.now();
  const controller = new DiagnosticsController();
  context.subscriptions.push(
    controller,
    new StatusBar(),
    vscode.commands.registerCommand(CommandIds.scanWorkspace, () => scanWorkspace(controller)),
    vscode.commands.registerCommand(CommandIds.showProblems, () => vscode.commands.executeCommand('workbench.actions.view.problems')),
  );
  const envGuard = registerEnvGuard(context, controller);
  registerWithdrawGuard(context, () => scanWorkspace(controller));
  const vault = registerVault(context);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }], new MoveToEnvCodeActions(), { providedCodeActionKinds: MoveToEnvCodeActions.providedCodeActionKinds }),
    vscode.commands.registerCommand(CommandIds.moveSecretsToEnv, moveSecretsToEnv),
    vscode.commands.registerCommand(CommandIds.renameEnvVariable, renameEnvVariableCommand),
    vscode.commands.registerCommand(CommandIds.moveSecretsToVault, async (uri: vscode.Uri, payloads: MovePayload[]) => {
      try {
        return await moveSecretsToVault(vault.store, vault.environment, uri, payloads);
      } finally {
        vault.tree.refresh();
      }
    }),
    vscode.commands.registerCommand(CommandIds.checkApiKey, async (args?: CheckApiKeyArgs) => {
      try {
        return await checkApiKeyEntry(context.extensionUri, vault.store, args);
      } finally {
        vault.tree.refresh();
      }
    }),
  );
  context.subscriptions.push(
    { dispose: disposeLog },
    vscode.commands.registerCommand(CommandIds.showLog, () => log().show()),
  );
  // Measured for the benchmark notes: registration only, every scan runs later and lazily.
  const activationMs = performance.now() - started;
  // logUri lets the leak tests read every log file KeyGuard's host wrote.
  return { controller, envGuard, vault, activationMs, logUri: context.logUri };
}

/** Nothing to flush: every resource is in `context.subscriptions`. */
export function deactivate(): void {}
