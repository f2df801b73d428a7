// Turns what an exchange says about a key into a verdict, rule by rule from the user's own guidance:
// never enable withdrawals, bind keys to an IP whitelist, rotate every 6–12 months, delete unused keys.

/** What the exchange reported about a key; `undefined` means the exchange did not say (never "safe"). */
export interface KeyFacts {
  exchange: string;
  withdrawals?: boolean;
  /** Why the exchange's answer cannot tell whether withdrawals are enabled (said with the warning). */
  withdrawalsNote?: string;
  ipRestricted?: boolean;
  /** Internal or universal transfers between the user's own accounts. */
  transfers?: boolean;
  readOnly?: boolean;
  /** Trading permissions in the exchange's words (`spot & margin`, `futures`…). */
  permissions: string[];
  createdAt?: number;
  expiresAt?: number;
  /** Clock skew corrected during the check (server minus local), in ms. */
  skewMs?: number;
  /** The exchange answered that this IP is not whitelisted: the key IS IP-restricted (good news). */
  ipRejected?: boolean;
  /** Which endpoint answered (the spot testnet has no /sapi, for instance). */
  source: string;
}

export type Level = 'critical' | 'warning' | 'note' | 'ok';

/** One line of the verdict. */
export interface VerdictItem {
  level: Level;
  rule: 'withdrawals' | 'ip-whitelist' | 'rotation' | 'transfers' | 'expiry' | 'permissions' | 'clock';
  text: string;
}

/** The verdict on a key: the worst level and every line. */
export interface Verdict {
  level: Level;
  items: VerdictItem[];
}

const ORDER: Level[] = ['critical', 'warning', 'note', 'ok'];
const DAY = 86_400_000;

/** Judges a key's facts; `now` and `rotationDays` are parameters so tests are exact. */
export function judge(facts: KeyFacts, options: { rotationDays?: number; now?: number } = {}): Verdict {
  const now = options.now ?? Date.now();
  const rotationDays = options.rotationDays ?? 180;
  const items: VerdictItem[] = [];
  if (facts.ipRejected) {
    items.push({ level: 'ok', rule: 'ip-whitelist', text: `${facts.exchange} refused the request because this computer's IP is not on the key's whitelist: the key is IP-restricted — good. Run the check from a whitelisted machine to see its other permissions.` });
    return { level: 'ok', items };
  }
  if (facts.withdrawals === true) {
    items.push({ level: 'critical', rule: 'withdrawals', text: 'Withdrawals are ENABLED: anyone who gets this key can move your funds off the exchange. Delete this key on the exchange and create one without withdrawals.' });
  } else if (facts.withdrawals === false) {
    items.push({ level: 'ok', rule: 'withdrawals', text: 'Withdrawals are disabled.' });
  } else {
    items.push({ level: 'warning', rule: 'withdrawals', text: `${facts.exchange} did not say whether withdrawals are enabled${facts.withdrawalsNote ? ` (${facts.withdrawalsNote})` : ''}: check the key's permissions on the exchange.` });
  }
  if (facts.ipRestricted === false) {
    items.push({ level: 'warning', rule: 'ip-whitelist', text: 'No IP whitelist: the key works from any computer in the world. Restrict it to the IPs your bot runs on.' });
  } else if (facts.ipRestricted === true) {
    items.push({ level: 'ok', rule: 'ip-whitelist', text: 'Restricted to an IP whitelist.' });
  }
  if (facts.createdAt !== undefined) {
    const days = Math.floor((now - facts.createdAt) / DAY);
    items.push(days > rotationDays
      ? { level: 'warning', rule: 'rotation', text: `Created ${days} days ago (more than ${rotationDays}): rotate it — create a new key, switch the bot to it, then delete this one.` }
      : { level: 'ok', rule: 'rotation', text: `Created ${days} days ago.` });
  }
  if (facts.expiresAt !== undefined) {
    const days = Math.floor((facts.expiresAt - now) / DAY);
    items.push(days < 0
      ? { level: 'warning', rule: 'expiry', text: 'The key has expired: delete it on the exchange (a disabled or expired key should not linger).' }
      : { level: days < 14 ? 'warning' : 'note', rule: 'expiry', text: `Expires in ${days} days.` });
  }
  if (facts.transfers === true) {
    items.push({ level: 'note', rule: 'transfers', text: 'Internal or universal transfers are enabled: funds can move between your own accounts. Turn it off unless this tool needs it.' });
  }
  if (facts.readOnly) items.push({ level: 'ok', rule: 'permissions', text: 'Read-only key.' });
  else if (facts.permissions.length) items.push({ level: 'note', rule: 'permissions', text: `Can: ${facts.permissions.join(', ')}. One key per tool: give each bot only what it trades.` });
  if (facts.skewMs !== undefined && Math.abs(facts.skewMs) > 1000) {
    items.push({ level: 'note', rule: 'clock', text: `This computer's clock is off by ${(facts.skewMs / 1000).toFixed(1)} s; the check corrected for it. Enable time sync, or signed requests will fail.` });
  }
  const level = items.reduce<Level>((worst, i) => (ORDER.indexOf(i.level) < ORDER.indexOf(worst) ? i.level : worst), 'ok');
  return { level, items };
}
