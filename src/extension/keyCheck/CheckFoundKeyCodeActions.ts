// "Check what this key can do…" on an exchange-credential diagnostic: gathers the key, its secret and its
// passphrase from the same file (the nearest of the same exchange), asks for consent in a modal naming the
// host, then runs the ordinary key check. No request without that click.
import * as vscode from 'vscode';
import { resolveBaseUrl } from '../../exchanges/baseUrls';
import { checkableExchangeOf, credentialSets } from '../../exchanges/credentialSets';
import { exchangeById } from '../../exchanges/registry';
import { KeyGuardDiagnostic } from '../diagnostics/toDiagnostic';
import { testHooksEnabled } from '../testHooks';
import { checkApiKeyCommand, type CheckApiKeyOutcome } from './checkApiKeyCommand';
import { consentText } from './foundKeyConsent';

/** The command the code action runs (registered in registerFoundKeyCheck). */
export const CHECK_FOUND_KEY = 'keyguard.checkFoundKey';
const ROLES = new Set(['api-key', 'key-name', 'api-secret', 'private-key', 'passphrase']);

/** True for a KeyGuard diagnostic on a part of a key KeyGuard can check. */
function isCheckableCredential(d: vscode.Diagnostic): d is KeyGuardDiagnostic {
  return d instanceof KeyGuardDiagnostic && d.finding.category === 'secret' && !!d.finding.role && ROLES.has(d.finding.role) && !!checkableExchangeOf(d.finding);
}

/** Offers the check on every credential diagnostic of a checkable exchange (never preferred: it sends a request). */
export class CheckFoundKeyCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const d = context.diagnostics.find(isCheckableCredential);
    if (!d) return [];
    const action = new vscode.CodeAction('Check what this key can do…', vscode.CodeActionKind.QuickFix);
    action.command = { command: CHECK_FOUND_KEY, title: action.title, arguments: [document.uri, d.range.start] };
    action.diagnostics = [d];
    return [action];
  }
}

/** Gathers the key around `at`, asks for consent naming the host, and runs the key check. */
export async function checkFoundKey(extensionUri: vscode.Uri, uri: vscode.Uri, at: vscode.Position): Promise<CheckApiKeyOutcome> {
  if (!vscode.workspace.isTrusted) return say('KeyGuard contacts exchanges only from a trusted workspace: trust this folder first.');
  const document = await vscode.workspace.openTextDocument(uri);
  // Only diagnostics of the text as it is now: after an edit their ranges may hold other characters.
  const diagnostics = vscode.languages.getDiagnostics(uri).filter(isCheckableCredential).filter((d) => d.documentVersion === document.version);
  const findings = diagnostics.map((d) => ({ ...d.finding, path: uri.toString(), diagnostic: d }));
  const sets = credentialSets(findings, (f) => document.getText(f.diagnostic.range));
  const set = sets.find((s) => s.findings.some((f) => f.diagnostic.range.contains(at)));
  if (!set) return say('KeyGuard found no API key of this exchange in this file to go with this value.');
  const { name, fields } = exchangeById(set.exchange);
  if (!set.secret) return say(`The ${name} key's secret is not in this file: use "KeyGuard: Check API Key…" to enter it.`);
  if (fields.passphrase && !set.passphrase) return say(`${name} keys need their passphrase, and none is in this file: use "KeyGuard: Check API Key…".`);
  // Machine-scoped override, as the Check API Key command reads it; the host shown is the host used.
  const baseUrl = vscode.workspace.getConfiguration('keyguard').get<Record<string, string>>('exchangeBaseUrls', {})[set.exchange];
  let origin: string;
  try {
    origin = resolveBaseUrl(set.exchange, baseUrl, { allowLoopback: KEYGUARD_TEST_BUILD && testHooksEnabled() }).origin;
  } catch (e) {
    return say((e as Error).message);
  }
  const { message, detail } = consentText(set.exchange, set.apiKey, origin);
  const choice = await vscode.window.showWarningMessage(message, { modal: true, detail }, 'Check');
  if (choice !== 'Check') return { error: 'cancelled' };
  return checkApiKeyCommand(extensionUri, { exchange: set.exchange, apiKey: set.apiKey, secret: set.secret, passphrase: set.passphrase, baseUrl });
}

/** Tells the user why nothing was sent. */
function say(text: string): CheckApiKeyOutcome {
  void vscode.window.showInformationMessage(text);
  return { error: text };
}

/** Registers the code action and its command. */
export function registerFoundKeyCheck(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }], new CheckFoundKeyCodeActions(), { providedCodeActionKinds: CheckFoundKeyCodeActions.providedCodeActionKinds }),
    vscode.commands.registerCommand(CHECK_FOUND_KEY, (uri: vscode.Uri, at: vscode.Position) => checkFoundKey(context.extensionUri, uri, at)),
  );
}
