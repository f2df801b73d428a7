// The credential vault: secrets in a SecretStorage-like backend (the OS keychain behind VS Code),
// non-secret metadata (label, exchange, dates, last check) in a Memento-like backend.
// Pure: both backends are passed in, so unit tests use in-memory ones.
import { randomUUID } from 'crypto';
import { mask } from '../engine';
import { normalizePem } from '../exchanges/credentials';
import { isEnvName, profileOf, shapeProblem, type VaultExchange } from './profiles';

/** The subset of `vscode.SecretStorage` the vault uses. */
export interface SecretBackend {
  get(key: string): PromiseLike<string | undefined>;
  store(key: string, value: string): PromiseLike<void>;
  delete(key: string): PromiseLike<void>;
}

/** The subset of `vscode.Memento` the vault uses (globalState). */
export interface MetaBackend {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

/** Environment variable names a stored key is handed out under. */
export interface EnvNames {
  apiKey: string;
  secret?: string;
  passphrase?: string;
}

/** The outcome of the last permission check, as shown in the tree; `failed`: no verdict (the headline says why). */
export interface LastCheck {
  at: number;
  level: 'critical' | 'warning' | 'note' | 'ok' | 'failed';
  headline: string;
}

/** Everything the vault keeps outside the keychain: nothing here is secret. */
export interface StoredKeyMeta {
  id: string;
  /** Names the tool that uses the key ("one key per tool"). */
  label: string;
  exchange: VaultExchange;
  env: EnvNames;
  createdAt: number;
  rotatedAt?: number;
  lastCheck?: LastCheck;
}

/** What the keychain holds for one stored key. */
export interface StoredSecret {
  apiKey: string;
  secret?: string;
  passphrase?: string;
}

/** Input of `add`: the metadata the user chose plus the secret values. */
export interface NewKey extends StoredSecret {
  label: string;
  exchange: VaultExchange;
  env?: Partial<EnvNames>;
}

/** The user gave something the vault cannot store; the message never contains a secret. */
export class VaultInputError extends Error {}

/** The keychain refused or is missing; nothing was stored. */
export class VaultUnavailableError extends Error {}

const META_KEY = 'keyguard.vault.keys';
const secretKey = (id: string): string => `keyguard.vault/${id}`;

/** Problems with a key's values for its exchange (shape, missing parts); empty when it can be stored. */
export function credentialProblems(exchange: VaultExchange, values: StoredSecret, acceptUnusualShape = false): string[] {
  const p = profileOf(exchange);
  const problems: string[] = [];
  const key = shapeProblem(p.apiKey, values.apiKey, { allowUnusual: acceptUnusualShape });
  if (key) problems.push(key);
  if (p.secret && exchange !== 'other') {
    const s = shapeProblem(p.secret, values.secret ?? '', { allowUnusual: acceptUnusualShape });
    if (s) problems.push(s);
  }
  if (p.passphrase && !values.passphrase?.trim()) problems.push(`${p.name} keys have a passphrase: enter it too.`);
  return problems;
}

/** Env names for a new key: the user's choice, else the exchange's usual names. */
function envNames(exchange: VaultExchange, chosen: Partial<EnvNames> | undefined, values: StoredSecret): EnvNames {
  const p = profileOf(exchange);
  const env: EnvNames = { apiKey: chosen?.apiKey ?? p.apiKey.env };
  if (values.secret) env.secret = chosen?.secret ?? p.secret?.env ?? 'API_SECRET';
  if (values.passphrase) env.passphrase = chosen?.passphrase ?? p.passphrase?.env ?? 'API_PASSPHRASE';
  const names = [env.apiKey, env.secret, env.passphrase].filter((n): n is string => n !== undefined);
  const bad = names.find((n) => !isEnvName(n));
  if (bad !== undefined) throw new VaultInputError(`"${bad}" is not a valid environment variable name (letters, digits and _, not starting with a digit).`);
  if (new Set(names).size !== names.length) throw new VaultInputError('The key, secret and passphrase need three different environment variable names.');
  return env;
}

/** Trimmed values without empty optional parts. */
function clean(values: StoredSecret): StoredSecret {
  const out: StoredSecret = { apiKey: values.apiKey.trim() };
  if (values.secret?.trim()) out.secret = normalizePem(values.secret);
  if (values.passphrase?.trim()) out.passphrase = values.passphrase.trim();
  return out;
}

/** Stores, lists, rotates and deletes API keys. */
export class VaultStore {
  constructor(
    private readonly secrets: SecretBackend,
    private readonly meta: MetaBackend,
    private readonly now: () => number = Date.now,
  ) {}

  /** Every stored key's metadata, oldest first. */
  list(): StoredKeyMeta[] {
    return [...(this.meta.get<StoredKeyMeta[]>(META_KEY) ?? [])];
  }

  /** A stored key by id or label (labels compare case-insensitively). */
  find(idOrLabel: string): StoredKeyMeta | undefined {
    const l = idOrLabel.toLowerCase();
    return this.list().find((m) => m.id === idOrLabel || m.label.toLowerCase() === l);
  }

  /** Validates and stores a new key (`acceptUnusualShape`: the user chose "store anyway"); throws VaultInputError or VaultUnavailableError. */
  async add(input: NewKey, options: { acceptUnusualShape?: boolean } = {}): Promise<StoredKeyMeta> {
    const label = input.label.trim();
    if (!label) throw new VaultInputError('Give the key a label naming the tool that uses it (for example "3Commas-Spot").');
    if (this.find(label)) throw new VaultInputError(`A key labelled "${label}" is already stored: rotate it, or choose another label (one key per tool).`);
    const values = clean(input);
    const problems = credentialProblems(input.exchange, values, options.acceptUnusualShape);
    if (problems.length) throw new VaultInputError(problems.join(' '));
    const meta: StoredKeyMeta = { id: randomUUID(), label, exchange: input.exchange, env: envNames(input.exchange, input.env, values), createdAt: this.now() };
    await this.writeSecret(meta.id, values);
    await this.meta.update(META_KEY, [...this.list(), meta]);
    return meta;
  }

  /** The secret values of a stored key, or undefined if the keychain lost them. */
  async read(id: string): Promise<StoredSecret | undefined> {
    const raw = await this.secrets.get(secretKey(id));
    if (raw === undefined) return undefined;
    try {
      return JSON.parse(raw) as StoredSecret;
    } catch {
      return undefined;
    }
  }

  /** Replaces a key's values under the same label and records the rotation date. */
  async rotate(id: string, values: StoredSecret): Promise<StoredKeyMeta> {
    const current = this.require(id);
    const next = clean(values);
    const problems = credentialProblems(current.exchange, next);
    if (problems.length) throw new VaultInputError(problems.join(' '));
    const old = await this.read(id);
    if (old && old.apiKey === next.apiKey) throw new VaultInputError('This is the key already stored: create a new key on the exchange, then store the new one.');
    const env = { ...current.env };
    if (next.secret && !env.secret) env.secret = profileOf(current.exchange).secret?.env ?? 'API_SECRET';
    if (next.passphrase && !env.passphrase) env.passphrase = profileOf(current.exchange).passphrase?.env ?? 'API_PASSPHRASE';
    await this.writeSecret(id, next);
    const updated: StoredKeyMeta = { ...current, env, rotatedAt: this.now(), lastCheck: undefined };
    await this.replace(updated);
    return updated;
  }

  /** Deletes a key's secret and metadata. */
  async remove(id: string): Promise<StoredKeyMeta> {
    const current = this.require(id);
    await this.secrets.delete(secretKey(id));
    await this.meta.update(META_KEY, this.list().filter((m) => m.id !== id));
    return current;
  }

  /** Records the verdict of a permission check (no secret: level and headline only). */
  async recordCheck(id: string, check: Omit<LastCheck, 'at'>): Promise<StoredKeyMeta> {
    const updated: StoredKeyMeta = { ...this.require(id), lastCheck: { ...check, at: this.now() } };
    await this.replace(updated);
    return updated;
  }

  /** Groups of labels that hold the same API key value (one key should serve one tool). */
  async sharedKeys(): Promise<string[][]> {
    const byKey = new Map<string, string[]>();
    for (const m of this.list()) {
      const s = await this.read(m.id);
      if (!s) continue;
      byKey.set(s.apiKey, [...(byKey.get(s.apiKey) ?? []), m.label]);
    }
    return [...byKey.values()].filter((labels) => labels.length > 1);
  }

  /** Writes and reads back a secret: a keychain that silently drops values counts as unavailable. */
  private async writeSecret(id: string, values: StoredSecret): Promise<void> {
    const raw = JSON.stringify(values);
    try {
      await this.secrets.store(secretKey(id), raw);
      if ((await this.secrets.get(secretKey(id))) !== raw) throw new Error('the value read back differs');
    } catch (e) {
      await Promise.resolve(this.secrets.delete(secretKey(id))).catch(() => undefined);
      let reason = e instanceof Error ? e.message : String(e);
      // A keychain error could echo what it was given: mask every value before saying anything.
      for (const v of Object.values(values)) if (v) reason = reason.split(v).join(mask(v));
      throw new VaultUnavailableError(`The OS keychain is not available (${reason.slice(0, 200)}): nothing was stored.`);
    }
  }

  private require(id: string): StoredKeyMeta {
    const m = this.list().find((x) => x.id === id);
    if (!m) throw new VaultInputError('That key is no longer stored.');
    return m;
  }

  private async replace(updated: StoredKeyMeta): Promise<void> {
    await this.meta.update(META_KEY, this.list().map((m) => (m.id === updated.id ? updated : m)));
  }
}

