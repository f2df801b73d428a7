// Extension entry point: wires the pure engine to VS Code. Work happens lazily after activation.
import * as vscode from 'vscode';
import { CommandIds } from './commandIds';
import { disposeLog, log } from './log';
import { scanWorkspace } from './commands/scanWorkspace';
import { DiagnosticsController } from './diagnostics/DiagnosticsController';
import { registerEnvGuard } from './envGuard/registerEnvGuard';
import { FOCUS_FINDINGS, StatusBar } from './StatusBar';
import { registerWithdrawGuard } from './withdraw/registerWithdrawGuard';
import { MoveToEnvCodeActions } from './codeActions/MoveToEnvCodeActions';
import { registerFoundKeyCheck } from './keyCheck/CheckFoundKeyCodeActions';
import { renameEnvVariableCommand } from './codeActions/renameEnvVariableCommand';
import { moveSecretsToEnv } from './codeActions/moveSecretsToEnv';
import type { MovePayload } from './codeActions/movePayload';
import type { MoveOptions } from '../engine';
import { registerVault, type VaultApi } from './credentials/registerVault';
import { registerScreenShare } from './screenShare/registerScreenShare';
import type { ScreenShareMode } from './screenShare/ScreenShareMode';
import { revealConfirmation } from './screenShare/RevealCodeActions';
import { MASK_DECORATION_OPTIONS } from './screenShare/maskDecoration';
import { testHooksEnabled, testSwitches } from './testHooks';
import { FindingsTree } from './views/FindingsTree';
import { registerHistory, type HistoryApi } from './history/registerHistory';
import { ticking, WalkthroughKeys } from './walkthrough';

/**
 * What activate() returns to the integration tests, and only to them (see testHooks.ts): the live vault
 * would let any other extension read every stored key, so production builds return nothing.
 */
export interface KeyGuardTestApi {
  vault: VaultApi;
  /** How long activate() took. */
  activationMs: number;
  /** The folder of KeyGuard's log file (the leak tests read it). */
  logUri: vscode.Uri;
  /** Switches that make a test build behave as production does. */
  switches: typeof testSwitches;
  /** Screen-share mode: its masks per editor, its status item, the decoration's options, the reveal confirmation to replace. */
  screenShare: { mode: ScreenShareMode; status: vscode.StatusBarItem; decorationOptions: typeof MASK_DECORATION_OPTIONS; confirmation: typeof revealConfirmation };
  /** The sidebar views: findings (and the status item that summarises them) and git history. */
  views: { findings: FindingsTree; status: vscode.StatusBarItem; history: HistoryApi };
}

/** Called by VS Code once startup finished; registers listeners, commands and the status bar. */
export function activate(context: vscode.ExtensionContext): KeyGuardTestApi | undefined {
  const started = performance.now();
  const { service: envGuard, history } = registerEnvGuard(context);
  // The one diagnostics pipeline: it asks the env guard and the history notes, which only signal changes.
  const controller = new DiagnosticsController({
    envFacts: (uri) => envGuard.envFacts(uri),
    annotate: (uri, text, findings, lookUp) => history.annotate(uri, text, findings, lookUp),
  }, envGuard);
  const findings = new FindingsTree(controller);
  const statusBar = new StatusBar(findings);
  context.subscriptions.push(
    controller,
    envGuard.onDidRefresh(() => controller.refresh()),
    history.onDidChange((uri) => controller.refresh(uri)),
    findings,
    vscode.window.createTreeView('keyguard.findings', { treeDataProvider: findings, showCollapseAll: true }),
    statusBar,
    vscode.commands.registerCommand(CommandIds.scanWorkspace, ticking(WalkthroughKeys.scanned, (s) => !s.cancelled && s.files > 0, () => scanWorkspace(controller))),
    // "Show Findings" reveals the Findings view (the Problems view mixes in every other linter).
    vscode.commands.registerCommand(CommandIds.showProblems, () => vscode.commands.executeCommand(FOCUS_FINDINGS)),
  );
  registerWithdrawGuard(context, () => scanWorkspace(controller));
  const vault = registerVault(context);
  registerFoundKeyCheck(context);
  const screenShare = registerScreenShare(context, controller, vault.store);
  const gitHistory = registerHistory(context, () => envGuard.gitRunner);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }], new MoveToEnvCodeActions(), { providedCodeActionKinds: MoveToEnvCodeActions.providedCodeActionKinds }),
    // The env guard's git (inert in untrusted workspaces) tells whether .env is tracked.
    vscode.commands.registerCommand(CommandIds.moveSecretsToEnv, ticking(WalkthroughKeys.moved, (plan) => plan !== undefined, (uri: vscode.Uri, payloads: MovePayload[], options?: MoveOptions) => moveSecretsToEnv(uri, payloads, options, envGuard.gitRunner))),
    vscode.commands.registerCommand(CommandIds.renameEnvVariable, renameEnvVariableCommand),
  );
  context.subscriptions.push(
    { dispose: disposeLog },
    vscode.commands.registerCommand(CommandIds.showLog, () => log().show()),
  );
  // Measured for the benchmark notes: registration only, every scan runs later and lazily.
  const activationMs = performance.now() - started;
  if (KEYGUARD_TEST_BUILD && testHooksEnabled()) {
    return { vault, activationMs, logUri: context.logUri, switches: testSwitches, screenShare: { ...screenShare, decorationOptions: MASK_DECORATION_OPTIONS, confirmation: revealConfirmation }, views: { findings, status: statusBar.item, history: gitHistory } };
  }
  return undefined;
}

/** Nothing to flush: every resource is in `context.subscriptions`. */
export function deactivate(): void {}
