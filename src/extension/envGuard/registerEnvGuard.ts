// The env guard's VS Code glue in one call: env facts and watchers, history notes, quick fixes and commands
// (their diagnostics are built by the one pipeline in ../diagnostics/).
import * as vscode from 'vscode';
import type { EnvFix } from '../../engine';
import { CommandIds } from '../commandIds';
import { plural } from '../plural';
import { EnvGuardCodeActions } from './EnvGuardCodeActions';
import { EnvGuardService } from './EnvGuardService';
import { SecretHistoryNotes } from './SecretHistoryNotes';
import { stopTrackingCommand, type StopTrackingOptions } from './stopTrackingCommand';
import { testHooksEnabled } from '../testHooks';

/** Starts the env guard and the history notes; everything they create is disposed with the extension. */
export function registerEnvGuard(context: vscode.ExtensionContext): { service: EnvGuardService; history: SecretHistoryNotes } {
  const service = new EnvGuardService();
  const history = new SecretHistoryNotes(service.gitRunner);
  context.subscriptions.push(
    service,
    history,
    service.onDidRefresh(() => history.invalidate()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => history.setGit(service.gitRunner)),
    vscode.languages.registerCodeActionsProvider({ scheme: 'file' }, new EnvGuardCodeActions(), {
      providedCodeActionKinds: EnvGuardCodeActions.providedCodeActionKinds,
    }),
    vscode.commands.registerCommand(CommandIds.stopTrackingEnvFile, async (fix: EnvFix, options?: StopTrackingOptions) => {
      // Skipping the modal is for the integration tests only: a task or another extension could pass it too.
      const confirmed = KEYGUARD_TEST_BUILD && testHooksEnabled() && options?.confirmed === true;
      const done = await stopTrackingCommand(service.gitRunner, fix, { confirmed });
      if (done) await service.refreshAll();
      return done;
    }),
    vscode.commands.registerCommand(CommandIds.refreshEnvGuard, () => recheckEnvFiles(service)),
  );
  return { service, history };
}

/** "Recheck .env Files": reruns the checks and says what they found, so the command never passes in silence. */
export async function recheckEnvFiles(service: EnvGuardService): Promise<string> {
  await service.refreshAll();
  const findings = service.fileFindings().flatMap((e) => e.findings);
  const files = service.envFileCount();
  const problems = findings.length
    ? `${plural(findings.length, 'problem')} (see the Problems view)`
    : 'every one is ignored by git and untracked';
  const message = files ? `KeyGuard checked ${plural(files, 'env file')}: ${problems}.` : 'KeyGuard found no env files to check in this workspace.';
  if (findings.length) {
    void vscode.window.showWarningMessage(message, 'Show Problems').then((c) => { if (c) void vscode.commands.executeCommand('workbench.actions.view.problems'); });
  } else void vscode.window.showInformationMessage(message);
  return message;
}
