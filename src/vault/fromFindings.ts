// "Move to KeyGuard secret storage": turns the values a fix moved (name, value, what the finding says
// they are) into vault entries — a key and its secret from one call become one stored key.
import type { Role } from '../engine';
import { PROFILES, type VaultExchange } from './profiles';
import { credentialProblems, type NewKey } from './vaultStore';

/** One value the fix takes out of the code. */
export interface MovedValue {
  name: string;
  value: string;
  findingId: string;
  exchange?: string;
  role?: Role;
}

/** The vault exchange a finding belongs to, if the vault knows it. */
function vaultExchangeOf(v: MovedValue): VaultExchange | undefined {
  if (v.findingId.startsWith('secret/telegram')) return 'telegram';
  const name = v.exchange?.toLowerCase().replace(/\.io$/, '');
  return PROFILES.find((p) => p.id !== 'other' && (p.id === name || p.name.toLowerCase() === name))?.id;
}

const SLOT: Partial<Record<Role, 'apiKey' | 'secret' | 'passphrase'>> = {
  'api-key': 'apiKey', 'key-name': 'apiKey', token: 'apiKey',
  'api-secret': 'secret', 'private-key': 'secret',
  passphrase: 'passphrase',
};

/** Vault entries for moved values; labels are `<file> · <exchange>`, made unique against `taken`. */
export function vaultKeysFor(moved: readonly MovedValue[], fileLabel: string, taken: (label: string) => boolean): NewKey[] {
  const out: NewKey[] = [];
  const used = new Set<string>();
  const label = (what: string): string => {
    const base = `${fileLabel} · ${what}`;
    let l = base;
    for (let i = 2; taken(l) || used.has(l.toLowerCase()); i++) l = `${base} (${i})`;
    used.add(l.toLowerCase());
    return l;
  };
  const groups = new Map<string, MovedValue[]>();
  for (const v of moved) {
    const ex = vaultExchangeOf(v);
    const k = ex ?? `single:${v.name}`;
    groups.set(k, [...(groups.get(k) ?? []), v]);
  }
  for (const [k, values] of groups) {
    const exchange = k.startsWith('single:') ? undefined : (k as VaultExchange);
    const entry = exchange ? asOneKey(exchange, values) : undefined;
    if (entry) {
      out.push({ ...entry, label: label(PROFILES.find((p) => p.id === exchange)!.name) });
      continue;
    }
    // Values that do not form one key of their exchange are stored one by one.
    for (const v of values) out.push({ label: label(v.name), exchange: 'other', apiKey: v.value, env: { apiKey: v.name } });
  }
  return out;
}

/** One stored key from a key, secret and passphrase of one exchange, when they fit its shapes. */
function asOneKey(exchange: VaultExchange, values: MovedValue[]): Omit<NewKey, 'label'> | undefined {
  const slots: Partial<Record<'apiKey' | 'secret' | 'passphrase', MovedValue>> = {};
  for (const v of values) {
    const slot = v.role ? SLOT[v.role] : undefined;
    if (!slot || slots[slot]) return undefined;
    slots[slot] = v;
  }
  if (!slots.apiKey) return undefined;
  const secret = { apiKey: slots.apiKey.value, secret: slots.secret?.value, passphrase: slots.passphrase?.value };
  if (credentialProblems(exchange, secret).length) return undefined;
  return { exchange, ...secret, env: { apiKey: slots.apiKey.name, secret: slots.secret?.name, passphrase: slots.passphrase?.name } };
}
