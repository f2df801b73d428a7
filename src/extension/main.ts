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
import { keyPrompts } from './keyCheck/keyPrompts';
import { KeyVerdicts } from './keyCheck/KeyVerdicts';
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
import { ScanOnOpen, scanScope } from './scan/ScanOnOpen';
import { DiskChanges } from './scan/DiskChanges';
import { connectFailurePrompt } from './keyCheck/exchangeUrlSettings';
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
  /** The found-key check's and the rotation's questions (modal, inputs, pick, browser), for the tests to answer. */
  keyPrompts: typeof keyPrompts;
  /** The background scan on open and the re-scan of files changed on disk. */
  scan: { onOpen: ScanOnOpen; disk: DiskChanges; activatedAt: number };
  /** The key check's failure notification, to replace with a scripted choice. */
  keyCheck: { connectFailurePrompt: typeof connectFailurePrompt };
  /** The sidebar views: findings (and the status item that summarises them) and git history. */
  views: { findings: FindingsTree; status: vscode.StatusBarItem; history: HistoryApi };
  /** The one diagnostics pipeline (its lint entry points). */
  diagnostics: DiagnosticsController;
}

/** Called by VS Code once startup finished; registers listeners, commands and the status bar. */
export function activate(context: vscode.ExtensionContext): KeyGuardTestApi | undefined {
  const started = performance.now();
  const { service: envGuard, history } = registerEnvGuard(context);
  // The one diagnostics pipeline: it asks the env guard and the history notes, which only signal changes.
  // What exchanges answered about found keys (by a hash of the value): the pipeline writes it into the messages.
  const verdicts = new KeyVerdicts(context.workspaceState);
  const controller = new DiagnosticsController({
    envFacts: (uri) => envGuard.envFacts(uri),
    annotate: (uri, text, findings, lookUp) => history.annotate(uri, text, findings, lookUp),
    verdict: (fingerprint) => verdicts.get(fingerprint),
  }, envGuard);
  const findings = new FindingsTree(controller);
  const status = new StatusBar(findings);
  const onOpen = new ScanOnOpen(controller, status);
  const inScope = (folder: vscode.WorkspaceFolder) => scanScope().folders.some((f) => f.uri.toString() === folder.uri.toString());
  const disk = new DiskChanges(controller, inScope, () => envGuard.gitRunner);
  // The command scans everything with its own progress: a background scan under way would only repeat it.
  const scanAll = () => { onOpen.stop(); return scanWorkspace(controller); };
  context.subscriptions.push(
    controller,
    envGuard.onDidRefresh(() => controller.refresh()),
    history.onDidChange((uri) => controller.refresh(uri)),
    verdicts,
    verdicts.onDidChange(() => controller.refresh()),
    findings,
    vscode.window.createTreeView('keyguard.findings', { treeDataProvider: findings, showCollapseAll: true }),
    status,
    onOpen,
    disk,
    vscode.commands.registerCommand(CommandIds.scanWorkspace, ticking(WalkthroughKeys.scanned, (s) => !s.cancelled && s.files > 0, scanAll)),
    vscode.commands.registerCommand(CommandIds.stopScan, () => onOpen.stop()),
    // "Show Findings" reveals the Findings view (the Problems view mixes in every other linter).
    vscode.commands.registerCommand(CommandIds.showProblems, () => vscode.commands.executeCommand(FOCUS_FINDINGS)),
  );
  registerWithdrawGuard(context, scanAll);
  const vault = registerVault(context);
  registerFoundKeyCheck(context, { verdicts, store: vault.store, environment: vault.environment, git: envGuard.gitRunner });
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
  // Measured for the benchmark notes: registration only; the scan on open runs after activate() returns.
  const activationMs = performance.now() - started;
  setImmediate(() => void onOpen.start());
  if (KEYGUARD_TEST_BUILD && testHooksEnabled()) {
    return {
      vault, activationMs, logUri: context.logUri, switches: testSwitches,
      screenShare: { ...screenShare, decorationOptions: MASK_DECORATION_OPTIONS, confirmation: revealConfirmation },
      scan: { onOpen, disk, activatedAt: started },
      keyCheck: { connectFailurePrompt },
      keyPrompts,
      views: { findings, status: status.item, history: gitHistory },
      diagnostics: controller,
    };
  }
  return undefined;
}

/** Nothing to flush: every resource is in `context.subscriptions`. */
export function deactivate(): void {}
