// The last key check of each key in this session, by exchange and masked key (never the key itself), so the
// findings view can show "key check: critical" next to the finding of that key.
import * as vscode from 'vscode';
import type { VerificationState } from '../views/findingGroups';

const results = new Map<string, VerificationState>();
// Findings name exchanges as people write them ("Binance"), checks by id ("binance"): compare them folded.
const fold = (exchange: string): string => exchange.toLowerCase().replace(/[^a-z0-9]/g, '');
const changed = new vscode.EventEmitter<void>();

/** Fires after a check was recorded. */
export const onDidRecordKeyCheck = changed.event;

/** Records a check's verdict (or its failure) for a key, by its exchange and masked value. */
export function recordKeyCheck(exchange: string, masked: string, state: VerificationState): void {
  results.set(`${fold(exchange)}\0${masked}`, state);
  changed.fire();
}

/** The last check of a key this session, if any. */
export function lastKeyCheck(exchange: string | undefined, masked: string | undefined): VerificationState | undefined {
  return exchange && masked ? results.get(`${fold(exchange)}\0${masked}`) : undefined;
}
