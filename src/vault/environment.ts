// The environment variables stored keys are handed out under (terminals, debug sessions).
import type { StoredKeyMeta, StoredSecret } from './vaultStore';

/** Variables for the given keys, and the names two keys both claim (the later key wins). */
export function environmentFor(keys: Array<{ meta: StoredKeyMeta; secret: StoredSecret }>): { vars: Record<string, string>; clashes: string[] } {
  const vars: Record<string, string> = {};
  const owner = new Map<string, string>();
  const clashes = new Set<string>();
  for (const { meta, secret } of keys) {
    const pairs: Array<[string | undefined, string | undefined]> = [
      [meta.env.apiKey, secret.apiKey], [meta.env.secret, secret.secret], [meta.env.passphrase, secret.passphrase],
    ];
    for (const [name, value] of pairs) {
      if (!name || value === undefined) continue;
      if (owner.has(name) && owner.get(name) !== meta.id) clashes.add(name);
      owner.set(name, meta.id);
      vars[name] = value;
    }
  }
  return { vars, clashes: [...clashes] };
}

/** The label of the key that hands out each variable (the later key wins, as in environmentFor). */
export function variableOwners(metas: readonly StoredKeyMeta[]): Record<string, string> {
  const owners: Record<string, string> = {};
  for (const m of metas) for (const name of [m.env.apiKey, m.env.secret, m.env.passphrase]) if (name) owners[name] = m.label;
  return owners;
}
