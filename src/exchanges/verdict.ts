// Turns what an exchange says about a key into a verdict, rule by rule from the user's own guidance
// (guidance.ts): the one judge the CLI, the extension and the vault share. Unknown is never "ok".
import { canTrade, GUIDANCE, type Guidance } from './guidance';

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
  /** Whether the key may place orders (spot, margin or futures), when the exchange says so directly. */
  trading?: boolean;
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

/** One line of the verdict, with the rule of the guidance it comes from (none for technical notes). */
export interface VerdictItem {
  level: Level;
  rule: 'leaked' | 'history' | 'withdrawals' | 'ip-whitelist' | 'trading' | 'rotation' | 'transfers' | 'expiry' | 'permissions' | 'reuse' | 'clock';
  guidance?: Guidance;
  text: string;
}

/** The verdict on a key: the worst level and every line. */
export interface Verdict {
  level: Level;
  items: VerdictItem[];
}

/** Where the key's value sits in git history (secretHistory.ts answers this). */
export interface KeyHistory {
  commit: string;
  /** A remote-tracking branch holding the commit: the key is leaked. */
  pushedTo?: string;
  /** Git could not tell whether a remote branch holds it (the reason). */
  pushedUnknown?: string;
}

/** What the judge knows besides the exchange's answer. */
export interface JudgeOptions {
  rotationDays?: number;
  now?: number;
  /** Other places the same key was seen (another file, another project's stored key): one key per tool. */
  seenElsewhere?: readonly string[];
  /** The commit that holds the key, if it was committed. */
  history?: KeyHistory;
}

const ORDER: Level[] = ['critical', 'warning', 'note', 'ok'];
const DAY = 86_400_000;

/** The line a committed key gets: leaked (pushed) first and critical, or a local commit as a warning. */
export function historyItem(h: KeyHistory): VerdictItem {
  if (h.pushedUnknown && !h.pushedTo) {
    return { level: 'warning', rule: 'history', guidance: 'delete-leaked', text: `The key is in commit ${h.commit}; whether it was pushed is unknown (${h.pushedUnknown}). If it was, it is leaked: delete the key on the exchange (disabling is not enough).` };
  }
  return h.pushedTo
    ? { level: 'critical', rule: 'leaked', guidance: 'delete-leaked', text: `LEAKED: the key is in commit ${h.commit}, which ${h.pushedTo} holds — anyone who can read that remote has it. Rewriting history does not un-leak it: delete the key on the exchange (disabling is not enough) and create a new one.` }
    : { level: 'warning', rule: 'history', guidance: 'delete-leaked', text: `The key is in local commit ${h.commit}, on no remote-tracking branch yet: rewrite that history before pushing; once pushed, only deleting the key helps.` };
}

/** Judges a key's facts; `now` and `rotationDays` are parameters so tests are exact. */
export function judge(facts: KeyFacts, options: JudgeOptions = {}): Verdict {
  const now = options.now ?? Date.now();
  const rotationDays = options.rotationDays ?? 180;
  const ex = facts.exchange;
  const items: VerdictItem[] = [];
  const add = (level: Level, rule: VerdictItem['rule'], guidance: Guidance | undefined, text: string) => items.push({ level, rule, ...(guidance ? { guidance } : {}), text });
  if (options.history) items.push(historyItem(options.history));
  if (facts.ipRejected) {
    add('ok', 'ip-whitelist', 'ip-whitelist', `${ex} refused the request because this computer's IP is not on the key's whitelist: the key is IP-restricted — good.`);
    add('warning', 'withdrawals', 'no-withdrawals', `Unknown: whether withdrawals and trading are enabled (${ex} answers only to a whitelisted IP). Run the check from a whitelisted machine.`);
  } else {
    judgeWithdrawals(facts, add);
    judgeTrading(facts, add);
  }
  if (facts.transfers === true) add('warning', 'transfers', 'least-privilege', 'Internal or universal transfers are enabled: funds can move between your accounts and sub-accounts. Turn it off unless this tool needs it.');
  if (facts.createdAt !== undefined) {
    const days = Math.floor((now - facts.createdAt) / DAY);
    if (days > rotationDays) add('warning', 'rotation', 'rotate', `Created ${days} days ago (more than ${rotationDays}): rotate it — create a new key, switch the bot to it, then delete this one.`);
    else add('ok', 'rotation', 'rotate', `Created ${days} days ago.`);
  } else if (!facts.ipRejected) {
    add('note', 'rotation', 'rotate', `Unknown: when the key was created (${ex} did not say). Check its age on the exchange.`);
  }
  if (facts.expiresAt !== undefined) {
    const days = Math.floor((facts.expiresAt - now) / DAY);
    if (days < 0) add('warning', 'expiry', 'delete-not-disable', 'The key has expired: delete it on the exchange (an expired or disabled key should not linger).');
    else add(days < 14 ? 'warning' : 'note', 'expiry', 'rotate', `Expires in ${days} days.`);
  }
  if (options.seenElsewhere?.length) {
    add('warning', 'reuse', 'one-key-per-tool', `The same key is also in ${options.seenElsewhere.join(', ')}: give each tool its own key, so one leak or one deletion touches one tool.`);
  }
  if (facts.readOnly) add('ok', 'permissions', 'least-privilege', 'Read-only key.');
  else if (facts.permissions.length) add('note', 'permissions', 'least-privilege', `Can: ${facts.permissions.join(', ')}. Give each bot only what it trades.`);
  if (facts.skewMs !== undefined && Math.abs(facts.skewMs) > 1000) {
    add('note', 'clock', undefined, `This computer's clock is off by ${(facts.skewMs / 1000).toFixed(1)} s; the check corrected for it. Enable time sync, or signed requests will fail.`);
  }
  const level = items.reduce<Level>((worst, i) => (ORDER.indexOf(i.level) < ORDER.indexOf(worst) ? i.level : worst), 'ok');
  return { level, items };
}

type Add = (level: Level, rule: VerdictItem['rule'], guidance: Guidance | undefined, text: string) => void;

/** Withdrawals: enabled is critical, unknown is a warning that says what is unknown. */
function judgeWithdrawals(facts: KeyFacts, add: Add): void {
  if (facts.withdrawals === true) add('critical', 'withdrawals', 'no-withdrawals', 'Withdrawals are ENABLED: anyone who gets this key can move your funds off the exchange. Delete this key on the exchange and create one without withdrawals.');
  else if (facts.withdrawals === false) add('ok', 'withdrawals', 'no-withdrawals', 'Withdrawals are disabled.');
  else add('warning', 'withdrawals', 'no-withdrawals', `Unknown: ${facts.exchange} did not say whether withdrawals are enabled${facts.withdrawalsNote ? ` (${facts.withdrawalsNote})` : ''}. Check the key's permissions on the exchange.`);
}

/**
 * Trading without an IP whitelist is critical: a leaked trade-only key is drained through trades (the
 * attacker's thin market bought at any price), so the whitelist is what makes trading safe to enable.
 */
function judgeTrading(facts: KeyFacts, add: Add): void {
  const trading = canTrade(facts);
  const ip = facts.ipRestricted;
  if (ip === true) add('ok', 'ip-whitelist', 'ip-whitelist', 'Restricted to an IP whitelist.');
  else if (ip === false && trading === true) add('critical', 'trading', 'ip-whitelist', 'Trading is enabled and there is NO IP whitelist: from any computer, a thief can drain the account through trades (buying a thin market they control at any price). Restrict the key to the IPs your bot runs on.');
  else if (ip === false && trading === false) add('note', 'ip-whitelist', 'ip-whitelist', 'No IP whitelist (the key cannot trade): restrict it to the IPs your tool runs on anyway.');
  else if (ip === false) add('warning', 'ip-whitelist', 'ip-whitelist', `No IP whitelist, and unknown whether the key may trade (${facts.exchange} did not say): restrict it to the IPs your bot runs on.`);
  else add('warning', 'ip-whitelist', 'ip-whitelist', `Unknown: whether the key is bound to an IP whitelist (${facts.exchange} did not say)${trading ? ' — and it can trade' : ''}. Check on the exchange.`);
}

/** The guidance a verdict line comes from, as printed after it (`[guidance: one key per tool]`). */
export function guidanceLabel(item: VerdictItem): string {
  return item.guidance ? `[guidance: ${GUIDANCE[item.guidance]}]` : '';
}
