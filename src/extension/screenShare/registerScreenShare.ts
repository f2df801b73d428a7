import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import type { DiagnosticsController } from '../diagnostics/DiagnosticsController';
import { KeyGuardDiagnostic } from '../diagnostics/toDiagnostic';
import type { VaultStore } from '../../vault/vaultStore';
import { MinimapBlocks } from './MinimapBlocks';
import { RevealCodeActions, revealValueCommand, type RevealArgs } from './RevealCodeActions';
import { SCREEN_SHARE_SETTING, ScreenShareMode, screenShareEnabled } from './ScreenShareMode';
import { ScreenShareStatus } from './ScreenShareStatus';

/** Every value of every stored key (the mode masks them wherever they appear). */
async function storedValues(store: VaultStore): Promise<string[]> {
  const out: string[] = [];
  for (const meta of store.list()) {
    const s = await store.read(meta.id);
    if (s) for (const v of [s.apiKey, s.secret, s.passphrase]) if (v) out.push(v);
  }
  return out;
}

/** Starts screen-share mode's masks, toggle, status item and reveal action. */
export function registerScreenShare(context: vscode.ExtensionContext, controller: DiagnosticsController, store: VaultStore): { mode: ScreenShareMode; status: vscode.StatusBarItem } {
  // Documents scanned before the mode started: their published diagnostics carry the findings.
  const published = (doc: vscode.TextDocument) => {
    const diagnostics = controller.collection.get(doc.uri)?.filter((d): d is KeyGuardDiagnostic => d instanceof KeyGuardDiagnostic && d.documentVersion === doc.version);
    return diagnostics?.length ? diagnostics.map((d) => d.finding) : undefined;
  };
  const mode = new ScreenShareMode(controller.onDidScan, published, () => storedValues(store), new MinimapBlocks(context.globalState));
  const status = new ScreenShareStatus(mode);
  context.subscriptions.push(
    mode,
    status,
    context.secrets.onDidChange(() => void mode.reloadStoredValues()),
    vscode.commands.registerCommand(CommandIds.toggleScreenShare, async () => {
      // Applied at once (not only through the settings event), so masks are up when the command returns.
      const on = !screenShareEnabled();
      await vscode.workspace.getConfiguration().update(SCREEN_SHARE_SETTING, on, vscode.ConfigurationTarget.Global);
      await mode.setOn(on);
      return on;
    }),
    vscode.commands.registerCommand(CommandIds.revealValue, (args?: RevealArgs) => revealValueCommand(mode, args)),
    vscode.languages.registerCodeActionsProvider(
      [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-notebook-cell' }, { scheme: 'git' }],
      new RevealCodeActions(mode), { providedCodeActionKinds: RevealCodeActions.providedCodeActionKinds },
    ),
  );
  return { mode, status: status.item };
}
