// Rotation and sharing warnings for stored keys, from the seed guidance: rotate every 6–12 months,
// one key per tool. Pure: `now` is a parameter.
import type { StoredKeyMeta } from './vaultStore';

const DAY = 86_400_000;

/** Whole days since the key was stored or last rotated. */
export function ageDays(meta: StoredKeyMeta, now: number): number {
  return Math.max(0, Math.floor((now - (meta.rotatedAt ?? meta.createdAt)) / DAY));
}

/** True when the key is older than the rotation period. */
export function rotationDue(meta: StoredKeyMeta, rotationDays: number, now: number): boolean {
  return ageDays(meta, now) > rotationDays;
}

/** "today", "1 day", "40 days", "14 months". */
export function formatAge(days: number): string {
  if (days === 0) return 'today';
  if (days < 60) return days === 1 ? '1 day' : `${days} days`;
  return `${Math.floor(days / 30.44)} months`;
}

/** One line per key due for rotation, for the start-up warning. */
export function rotationWarnings(keys: StoredKeyMeta[], rotationDays: number, now: number): string[] {
  return keys
    .filter((k) => rotationDue(k, rotationDays, now))
    .map((k) => `"${k.label}" is ${formatAge(ageDays(k, now))} old (rotate every ${rotationDays} days): create a new key on the exchange, store it with Rotate Key…, then delete the old one on the exchange.`);
}

/** The warning for labels that share one API key. */
export function sharingWarning(groups: string[][]): string | undefined {
  if (groups.length === 0) return undefined;
  const list = groups.map((g) => g.map((l) => `"${l}"`).join(' and ')).join('; ');
  return `The same API key is stored under ${list}. Give every tool its own key, so one leak or one deletion touches one tool.`;
}
