// "Check what this key can do…" and "Rotate this key…" on an exchange-credential diagnostic. The check
// gathers the key, its secret and its passphrase from the same file, asks for consent in a modal naming the
// host, runs the ordinary key check and keeps the answer (by the value's hash) for the key's diagnostics.
import * as vscode from 'vscode';
import { fileKindOf } from '../../engine';
import { CommandIds } from '../commandIds';
import { foundKeyVerdict } from '../diagnostics/applyVerdicts';
import { checkApiKeyCommand, type CheckApiKeyOutcome } from './checkApiKeyCommand';
import { confirmOldKeyDead, type ConfirmOutcome } from './confirmOldKeyDead';
import { consentText } from './foundKeyConsent';
import { foundKeyAt, isCheckableCredential } from './foundKeySet';
import { keyPrompts } from './keyPrompts';
import type { FoundKeyDeps } from './foundKeyDeps';
import type { KeyVerdicts } from './KeyVerdicts';
import { rotateFoundKey, type RotateOutcome } from './rotateFoundKey';

// The commands the code actions run (registered in registerFoundKeyCheck), from the one registry of ids.
const CHECK_FOUND_KEY = CommandIds.checkFoundKey;
const ROTATE_FOUND_KEY = CommandIds.rotateFoundKey;
const CONFIRM_OLD_KEY_DEAD = CommandIds.confirmOldKeyDead;

/** Offers the check and the rotation on every credential diagnostic of a checkable exchange (never preferred). */
export class CheckFoundKeyCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const d = context.diagnostics.find(isCheckableCredential);
    if (!d) return [];
    const action = (title: string, command: string) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.command = { command, title, arguments: [document.uri, d.range.start] };
      a.diagnostics = [d];
      return a;
    };
    // A key in an env file is already read from the environment: there is no code to rewrite.
    const rotatable = fileKindOf(document.fileName) !== 'env';
    return [action('Check what this key can do…', CHECK_FOUND_KEY), ...(rotatable ? [action('Rotate this key…', ROTATE_FOUND_KEY)] : [])];
  }
}

/** Gathers the key around `at`, asks for consent naming the host, runs the key check and keeps its answer. */
export async function checkFoundKey(extensionUri: vscode.Uri, verdicts: KeyVerdicts, uri: vscode.Uri, at: vscode.Position): Promise<CheckApiKeyOutcome> {
  if (!vscode.workspace.isTrusted) return say('KeyGuard contacts exchanges only from a trusted workspace: trust this folder first.');
  const found = await foundKeyAt(uri, at);
  if ('error' in found) return say(found.error);
  const { set, origin, baseUrl } = found;
  const { message, detail } = consentText(set.exchange, set.apiKey, origin);
  const choice = await keyPrompts.modal(message, detail, 'Check');
  if (choice !== 'Check') return { error: 'cancelled' };
  const outcome = await checkApiKeyCommand(extensionUri, { exchange: set.exchange, apiKey: set.apiKey, secret: set.secret, passphrase: set.passphrase, baseUrl });
  // The passphrase is no key of its own (and often a word): only the key and its secret carry the answer.
  if (outcome.verification) await verdicts.record([set.apiKey, set.secret], foundKeyVerdict(set.exchange, outcome.verification, outcome.result?.facts));
  return outcome;
}

/** Tells the user why nothing was sent. */
function say(text: string): CheckApiKeyOutcome {
  void vscode.window.showInformationMessage(text);
  return { error: text };
}

/** Registers the code actions and their commands. */
export function registerFoundKeyCheck(context: vscode.ExtensionContext, deps: FoundKeyDeps): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }], new CheckFoundKeyCodeActions(), { providedCodeActionKinds: CheckFoundKeyCodeActions.providedCodeActionKinds }),
    vscode.commands.registerCommand(CHECK_FOUND_KEY, (uri: vscode.Uri, at: vscode.Position) => checkFoundKey(context.extensionUri, deps.verdicts, uri, at)),
    vscode.commands.registerCommand(ROTATE_FOUND_KEY, (uri: vscode.Uri, at: vscode.Position): Promise<RotateOutcome> => rotateFoundKey(deps, uri, at)),
    vscode.commands.registerCommand(CONFIRM_OLD_KEY_DEAD, (rotation: string): Promise<ConfirmOutcome> => confirmOldKeyDead(deps.verdicts, rotation)),
  );
}
