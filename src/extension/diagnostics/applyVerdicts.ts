// What the exchange last said about a key, written into the key's findings: the one-line answer leads the
// message, and a dead key drops to a note. Pure (no vscode): the diagnostics pipeline calls it on every lint,
// so a rescan keeps the answer. Verdicts are looked up by a hash of the value, never by the value.
import { createHash } from 'crypto';
import type { Finding } from '../../engine';
import type { KeyVerification } from '../../exchanges/liveness';
import { exchangeById, type CheckableExchange } from '../../exchanges/registry';
import { stateSummary } from '../../exchanges/stateSummary';
import type { KeyFacts } from '../../exchanges/verdict';

/** A key check's answer as the editor keeps it. */
export interface FoundKeyVerdict extends KeyVerification {
  /** `live · withdrawals ENABLED · no IP whitelist`, `dead (rejected as invalid key)`, `unknown: network error`. */
  summary: string;
  /** Exchange name as users know it. */
  exchange: string;
  /** Milliseconds since the epoch. */
  checkedAt: number;
  /** Set when the check confirmed (or not) that a rotated-away key is dead. */
  afterRotation?: boolean;
}

/** A finding with the exchange's answer about its key (the findings view reads `verification`). */
export type VerifiedFinding = Finding & { verification?: FoundKeyVerdict };

/** What a still-live key says after its rotation: disabling leaves a key that can be re-enabled. */
export const STILL_LIVE = 'still live: delete it on the exchange (disabling is not enough)';

/** The verdict to keep for an exchange's answer; `afterRotation` for the check that the old key is dead. */
export function foundKeyVerdict(exchange: CheckableExchange, v: KeyVerification, facts?: KeyFacts, afterRotation = false, now = Date.now()): FoundKeyVerdict {
  const summary = afterRotation && v.state === 'live' ? STILL_LIVE : stateSummary(v, facts);
  return { ...v, summary, exchange: exchangeById(exchange).name, checkedAt: now, ...(afterRotation ? { afterRotation } : {}) };
}

/** The store's key for a value: a SHA-256, so the value itself is never kept. */
export function fingerprint(value: string): string {
  return createHash('sha256').update('keyguard-key-verdict\0').update(value).digest('hex');
}

/** The message a finding gets with a verdict. */
export function verdictMessage(v: FoundKeyVerdict, message: string): string {
  return v.afterRotation && v.state === 'live' ? `Old key ${v.summary}. ${message}` : `Key check: ${v.summary}. ${message}`;
}

/** Writes each secret's verdict (found by `lookup` on its value in `text`) onto a copy of its finding. */
export function applyVerdicts(text: string, findings: readonly Finding[], lookup: (fingerprint: string) => FoundKeyVerdict | undefined): VerifiedFinding[] {
  return findings.map((f) => {
    if (f.category !== 'secret' || !f.exchange) return f;
    const v = lookup(fingerprint(text.slice(f.range.start, f.range.end)));
    if (!v) return f;
    // A dead key can do no harm: a note. A key still live after rotation stays an error whatever its rule said.
    const severity = v.state === 'dead' ? 'info' : v.afterRotation && v.state === 'live' ? 'error' : f.severity;
    return { ...f, severity, message: verdictMessage(v, f.message), verification: v };
  });
}
