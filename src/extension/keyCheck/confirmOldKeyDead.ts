// "Confirm the old key is dead": after a rotation, asks the exchange with the old key. Dead only when the
// exchange rejects it as an invalid key (liveness.ts) — a network error, a rate limit, a clock error or an
// IP refusal is "could not confirm". The old credentials live in memory only, until VS Code closes.
import { randomUUID } from 'crypto';
import * as vscode from 'vscode';
import { mask } from '../../engine';
import { checkKey } from '../../exchanges/checkKey';
import type { Credentials } from '../../exchanges/credentials';
import { verification, type KeyState } from '../../exchanges/liveness';
import { exchangeById, type CheckableExchange } from '../../exchanges/registry';
import { foundKeyVerdict } from '../diagnostics/applyVerdicts';
import { log } from '../log';
import { testHooksEnabled } from '../testHooks';
import { openApiManagement } from './keyPrompts';
import type { KeyVerdicts } from './KeyVerdicts';

/** A rotated-away key waiting for its confirmation. */
interface OldKey {
  exchange: CheckableExchange;
  creds: Credentials;
  baseUrl?: string;
  origin: string;
}

const oldKeys = new Map<string, OldKey>();

/** Keeps a rotated-away key in memory for the confirmation; returns its handle. */
export function rememberOldKey(key: OldKey): string {
  const id = randomUUID();
  oldKeys.set(id, key);
  return id;
}

/** What the confirmation found. */
export interface ConfirmOutcome {
  state?: KeyState;
  summary?: string;
  error?: string;
}

/** Asks the exchange with the old key and records the answer on every place the old key is still found. */
export async function confirmOldKeyDead(verdicts: KeyVerdicts, rotation: string): Promise<ConfirmOutcome> {
  const old = oldKeys.get(rotation);
  if (!old) {
    const error = 'KeyGuard no longer holds the old key (it is kept in memory only until VS Code closes): run "Check what this key can do…" where it is still found.';
    void vscode.window.showInformationMessage(error);
    return { error };
  }
  const { name } = exchangeById(old.exchange);
  const masked = mask(old.creds.apiKey);
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `KeyGuard: asking ${old.origin} about the old key ${masked}…` },
    () => checkKey(old.exchange, old.creds, { baseUrl: old.baseUrl, allowLoopback: KEYGUARD_TEST_BUILD && testHooksEnabled() })
      .then((result) => ({ result }), (error: unknown) => ({ error })),
  );
  const v = verification(old.exchange, outcome);
  const verdict = foundKeyVerdict(old.exchange, v, 'result' in outcome ? outcome.result.facts : undefined, true);
  await verdicts.record([old.creds.apiKey, old.creds.secret], verdict);
  log().info(`rotation: old ${name} key ${masked} → ${verdict.summary}`);
  if (v.state === 'dead') {
    oldKeys.delete(rotation);
    void vscode.window.showInformationMessage(`KeyGuard: the old ${name} key ${masked} is dead — ${name} rejects it as an invalid key.`);
  } else {
    const text = v.state === 'live'
      ? `KeyGuard: the old ${name} key ${masked} is STILL LIVE: delete it on ${name} (disabling is not enough), then confirm again.`
      : `KeyGuard could not confirm that the old ${name} key ${masked} is dead (${verdict.summary.replace(/^unknown: /, '')}). Make sure it is deleted on ${name}, then confirm again.`;
    const show = v.state === 'live' ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
    void show(text, 'Open API Management', 'Confirm Again').then((choice) => {
      if (choice === 'Open API Management') void openApiManagement(old.exchange);
      if (choice === 'Confirm Again') void confirmOldKeyDead(verdicts, rotation);
    });
  }
  return { state: v.state, summary: verdict.summary };
}
