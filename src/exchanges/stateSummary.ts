// A key check's answer in one short line (`live · withdrawals ENABLED · no IP whitelist`, `dead (rejected as
// invalid key)`, `unknown: network error`): what the editor puts into a key's diagnostic. Pure.
import type { KeyVerification } from './liveness';
import type { KeyFacts } from './verdict';

const UNKNOWN: Record<NonNullable<KeyVerification['cause']>, string> = {
  'invalid-key': 'dead (rejected as invalid key)',
  'ip-rejected': 'unknown: IP-restricted (the exchange refused this computer\'s IP)',
  network: 'unknown: network error',
  'rate-limit': 'unknown: rate-limited',
  clock: 'unknown: this computer\'s clock is off',
  'wrong-credentials': 'unknown: the secret or passphrase next to it does not belong to this key',
  ambiguous: 'unknown: the exchange\'s answer does not say whether the key was deleted',
  other: 'unknown',
};

/** The one-line summary of a verification; `facts` (a live key's answer) adds withdrawals and the IP whitelist. */
export function stateSummary(v: KeyVerification, facts?: Pick<KeyFacts, 'withdrawals' | 'ipRestricted'>): string {
  if (v.state === 'live') {
    const withdrawals = facts?.withdrawals === true ? 'withdrawals ENABLED' : facts?.withdrawals === false ? 'withdrawals off' : 'withdrawals unknown';
    const ip = facts?.ipRestricted === true ? 'IP whitelist' : facts?.ipRestricted === false ? 'no IP whitelist' : 'IP whitelist unknown';
    return `live · ${withdrawals} · ${ip}`;
  }
  if (v.state === 'dead') return UNKNOWN['invalid-key'];
  const cause = v.cause ?? 'other';
  return cause === 'other' && v.reason ? `unknown: ${v.reason}` : UNKNOWN[cause];
}
