import * as vscode from 'vscode';
import { log } from '../log';
import { mask } from '../../engine';
import { checkKey, type KeyCheckResult } from '../../exchanges/checkKey';
import { CHECKABLE, exchangeById, needsPassphrase, type CheckableExchange } from '../../exchanges/registry';
import { KeyCheckError } from '../../exchanges/credentials';
import { ExchangeRequestError } from '../../exchanges/http';
import { verification, type KeyVerification } from '../../exchanges/liveness';
import { reportHtml } from './reportHtml';
import { testHooksEnabled } from '../testHooks';
import { isConnectionFailure, offerExchangeUrlSettings } from './exchangeUrlSettings';
import { recordKeyCheck } from './keyCheckMemory';

/** Arguments that skip the prompts (the credential vault; scripted ones only in integration tests). */
export interface CheckApiKeyArgs {
  exchange: CheckableExchange;
  apiKey: string;
  secret: string;
  passphrase?: string;
  /** A preset (mainnet, testnet, demo) or a URL; overrides `keyguard.exchangeBaseUrls`. */
  baseUrl?: string;
}

/** What the command returns: the verdict and facts, never the credentials. */
export interface CheckApiKeyOutcome {
  result?: KeyCheckResult;
  error?: string;
  /** Live, dead or unknown, and why: set whenever the exchange was asked (answered or not). */
  verification?: KeyVerification;
  /** Follow-up actions the failure notification offered. */
  offered?: Array<'configureExchangeUrl'>;
}

/** Asks for what is missing: exchange, key, secret (hidden), passphrase (hidden) where the exchange has one. */
async function prompt(): Promise<CheckApiKeyArgs | undefined> {
  const exchange = (await vscode.window.showQuickPick(CHECKABLE.map((e) => ({ label: exchangeById(e).name, id: e })), { title: 'KeyGuard: which exchange issued the key?' }))?.id;
  if (!exchange) return undefined;
  const apiKey = await vscode.window.showInputBox({ title: 'API key', prompt: exchangeById(exchange).sendsSecret ? `${exchangeById(exchange).name} has no request signatures: the key and the secret itself are sent to it in headers.` : 'The key is sent to the exchange in a header; the secret stays on this computer.', ignoreFocusOut: true });
  if (!apiKey) return undefined;
  const secret = await vscode.window.showInputBox({ title: 'API secret (or the PEM private key of an Ed25519/RSA key)', password: true, ignoreFocusOut: true });
  if (!secret) return undefined;
  const passphrase = needsPassphrase(exchange) ? await vscode.window.showInputBox({ title: 'API passphrase', password: true, ignoreFocusOut: true }) : undefined;
  if (needsPassphrase(exchange) && !passphrase) return undefined;
  return { exchange, apiKey: apiKey.trim(), secret: secret.trim(), passphrase };
}

/** "KeyGuard: Check API Key…": asks the exchange what a key may do and shows the verdict. */
export async function checkApiKeyCommand(extensionUri: vscode.Uri, given?: CheckApiKeyArgs): Promise<CheckApiKeyOutcome> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('KeyGuard contacts exchanges only from a trusted workspace: trust this folder first.');
    return { error: 'untrusted workspace' };
  }
  const args = given ?? (await prompt());
  if (!args) return { error: 'cancelled' };
  // Machine-scoped: a workspace can never redirect a key to another host.
  const configured = vscode.workspace.getConfiguration('keyguard').get<Record<string, string>>('exchangeBaseUrls', {});
  const baseUrl = args.baseUrl ?? configured[args.exchange];
  const masked = mask(args.apiKey);
  log().info(`key check: ${args.exchange} key ${masked}${baseUrl ? ` at ${baseUrl}` : ''}`);
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `KeyGuard: asking ${args.exchange} about key ${masked}…` },
      () => checkKey(args.exchange, { apiKey: args.apiKey, secret: args.secret, passphrase: args.passphrase }, {
        baseUrl, rotationDays: vscode.workspace.getConfiguration('keyguard').get<number>('rotationDays', 180),
        // Loopback (the mock exchange) only for the integration tests; a user's key never goes there.
        allowLoopback: KEYGUARD_TEST_BUILD && testHooksEnabled(),
      }),
    );
    log().info(`key check: ${result.facts.exchange} key ${masked} → ${result.verdict.level} (${result.baseUrl}${result.facts.source})`);
    recordKeyCheck(exchangeById(args.exchange).name, masked, { level: result.verdict.level, headline: headline(result) });
    showReport(extensionUri, result, masked, args.exchange);
    notify(result, masked, args.exchange);
    return { result, verification: verification(args.exchange, { result }) };
  } catch (e) {
    if (e instanceof KeyCheckError || e instanceof ExchangeRequestError) {
      log().warn(`key check: ${args.exchange} key ${masked} failed: ${e.message}`);
      recordKeyCheck(exchangeById(args.exchange).name, masked, { level: 'failed', headline: e.message });
      const message = `KeyGuard could not check key ${masked}: ${e.message}`;
      const answer = verification(args.exchange, { error: e });
      // A proxy, a testnet or a regional host is set in keyguard.exchangeBaseUrls, which is hard to find.
      if (isConnectionFailure(e)) {
        void offerExchangeUrlSettings(`${message}. Check your network, or set another base URL for ${exchangeById(args.exchange).name}.`);
        return { error: e.message, verification: answer, offered: ['configureExchangeUrl'] };
      }
      void vscode.window.showErrorMessage(message);
      return { error: e.message, verification: answer };
    }
    throw e;
  }
}

/** Opens (or refreshes) the report panel. */
function showReport(extensionUri: vscode.Uri, result: KeyCheckResult, masked: string, exchange: CheckableExchange): void {
  const panel = vscode.window.createWebviewPanel('keyguard.keyReport', `Key check: ${result.facts.exchange} ${masked}`, vscode.ViewColumn.Beside, { enableScripts: false, localResourceRoots: [] });
  panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
  // Links in a webview open in the browser; the page is the exchange's own, where keys are deleted.
  panel.webview.html = reportHtml(result, masked, new Date(), { locale: vscode.env.language, apiManagementUrl: exchangeById(exchange).apiManagementUrl });
}

/** The verdict's most important line. */
export function headline(result: KeyCheckResult): string {
  const worst = result.verdict.items.find((i) => i.level === result.verdict.level) ?? result.verdict.items[0];
  return worst?.text ?? result.verdict.level;
}

/** One notification with the verdict's headline, at the verdict's severity; a key to fix offers its exchange's page. */
function notify(result: KeyCheckResult, masked: string, exchange: CheckableExchange): void {
  const text = `KeyGuard: ${result.facts.exchange} key ${masked} — ${headline(result)}`;
  const level = result.verdict.level;
  const items = level === 'critical' || level === 'warning' ? ['Open API Management'] : [];
  const shown = level === 'critical' ? vscode.window.showErrorMessage(text, ...items)
    : level === 'warning' ? vscode.window.showWarningMessage(text, ...items)
      : vscode.window.showInformationMessage(text);
  void shown.then((choice) => { if (choice) void vscode.env.openExternal(vscode.Uri.parse(exchangeById(exchange).apiManagementUrl)); });
}
