// Which findings make up one key (`scan --verify` and the "Check what this key can do…" code action): a key,
// its secret and (where the exchange has one) its passphrase are the nearest findings of the same exchange
// in the same file — the same constructor call or config object in practice. Pure: values come from a lookup.
import type { Finding, Role } from '../engine';
import { findExchange, isCheckable, needsPassphrase, type CheckableExchange } from './registry';

/** A finding and the file it is in (a path, or a document URI in the editor). */
export type FileFinding = Finding & { path: string };

/** One key to check, with every finding that holds a part of it. */
export interface CredentialSet<F extends FileFinding = FileFinding> {
  exchange: CheckableExchange;
  path: string;
  apiKey: string;
  secret?: string;
  passphrase?: string;
  /** The findings of the key, its secret and its passphrase. */
  findings: F[];
}

type Slot = 'apiKey' | 'secret' | 'passphrase';
const SLOT: Partial<Record<Role, Slot>> = { 'api-key': 'apiKey', 'key-name': 'apiKey', 'api-secret': 'secret', 'private-key': 'secret', passphrase: 'passphrase' };

/** The checkable exchange a finding names (`Gate.io`, `gate`, `OKX`…), if any. */
export function checkableExchangeOf(f: { exchange?: string }): CheckableExchange | undefined {
  const name = f.exchange?.toLowerCase();
  if (!name) return undefined;
  const id = findExchange(name)?.id ?? findExchange(name.replace(/\.io$/, ''))?.id;
  return id && isCheckable(id) ? id : undefined;
}

/** Pairs every key finding with the nearest secret and passphrase of its exchange in its file. */
export function credentialSets<F extends FileFinding>(findings: readonly F[], valueOf: (f: F) => string | undefined): Array<CredentialSet<F>> {
  const parts: Array<{ f: F; exchange: CheckableExchange; slot: Slot }> = [];
  for (const f of findings) {
    const exchange = f.category === 'secret' ? checkableExchangeOf(f) : undefined;
    const slot = f.role ? SLOT[f.role] : undefined;
    if (exchange && slot) parts.push({ f, exchange, slot });
  }
  const nearest = (key: FileFinding, exchange: string, slot: Slot) => parts
    .filter((p) => p.slot === slot && p.exchange === exchange && p.f.path === key.path)
    .sort((a, b) => Math.abs(a.f.range.start - key.range.start) - Math.abs(b.f.range.start - key.range.start))[0]?.f;
  const sets: Array<CredentialSet<F>> = [];
  for (const { f, exchange, slot } of parts) {
    if (slot !== 'apiKey') continue;
    const apiKey = valueOf(f);
    if (!apiKey) continue;
    const secretF = nearest(f, exchange, 'secret');
    const passF = needsPassphrase(exchange) ? nearest(f, exchange, 'passphrase') : undefined;
    sets.push({
      exchange, path: f.path, apiKey, secret: secretF && valueOf(secretF), passphrase: passF && valueOf(passF),
      findings: [f, ...(secretF ? [secretF] : []), ...(passF ? [passF] : [])],
    });
  }
  return sets;
}
