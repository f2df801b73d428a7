// The user's own guidance on exchange API keys (from the exchanges' help pages): every verdict line names
// the rule it comes from, so a reader can tell advice from KeyGuard's opinion.

/** One rule of the guidance. */
export type Guidance = 'no-withdrawals' | 'ip-whitelist' | 'least-privilege' | 'one-key-per-tool' | 'rotate' | 'delete-not-disable' | 'delete-leaked';

/** The rules in the guidance's own words. */
export const GUIDANCE: Record<Guidance, string> = {
  'no-withdrawals': 'never enable withdrawals',
  'ip-whitelist': 'bind every key to an IP whitelist',
  'least-privilege': 'enable only the permissions the tool needs',
  'one-key-per-tool': 'one key per tool',
  rotate: 'rotate keys every 6–12 months',
  'delete-not-disable': 'delete a key you no longer use; disabling is not enough',
  'delete-leaked': 'a leaked key must be deleted',
};

/** Permission words that mean the key can place orders (spot, margin, futures…), in any exchange's words. */
const TRADE_WORD = /trad|spot|margin|futures|contract|deriv|order|swap|option|perp|delivery|stock|crypto/i;
/** Words that make a permission read-only or say trading is off. */
const NOT_TRADING = /\(read\)|read[_ -]?only|^query|^view|^read$|blocked|^account status/i;

/** True when the listed permissions include trading; undefined when the list says nothing either way. */
export function canTrade(facts: { readOnly?: boolean; trading?: boolean; permissions: readonly string[] }): boolean | undefined {
  if (facts.trading !== undefined) return facts.trading;
  if (facts.readOnly === true) return false;
  if (facts.permissions.some((p) => TRADE_WORD.test(p) && !NOT_TRADING.test(p))) return true;
  return facts.permissions.length ? false : undefined;
}
