// The shape of one exchange's client record: everything KeyGuard knows about talking to an exchange
// (hosts, presets, credential fields, where keys are managed, how a key is checked) in one place.
import type { Credentials } from './credentials';
import type { NetOptions } from './http';
import type { KeyFacts } from './verdict';

/** One credential field of an exchange's key, as the vault and the key check ask for it. */
export interface FieldProfile {
  /** Shown in the prompt. */
  title: string;
  /** Accepted shapes; empty = any non-empty value. */
  shapes: RegExp[];
  /** Said when the value fits none of the shapes. */
  shapeHint?: string;
  /** Proposed environment variable name (what bots and `keyguard check-key` read). */
  env: string;
}

/** What a key check receives besides the credentials. */
export interface CheckContext {
  /** The preset the user chose (`demo` switches OKX to simulated trading), if any. */
  preset?: string;
  net: NetOptions;
}

/** One exchange's client record. */
export interface ExchangeRecord<I extends string = string> {
  id: I;
  /** How the exchange is named to users. */
  name: string;
  /** Base URLs by preset name; `mainnet` is the default. */
  presets: { mainnet: string } & Record<string, string>;
  /** The exchange's own hosts: the only ones (with loopback in tests) a key is ever sent to. */
  ownHosts: RegExp;
  /** Where keys are created, restricted and deleted. */
  apiManagementUrl: string;
  fields: { apiKey: FieldProfile; secret: FieldProfile; passphrase?: FieldProfile };
  /**
   * True when the exchange has no signature scheme and receives the secret itself in a header (Alpaca): consent
   * prompts and the CLI must say so, because for every other exchange only signatures leave this computer.
   */
  sendsSecret?: boolean;
  /** Asks the exchange what a key may do; absent for exchanges KeyGuard cannot check yet. */
  check?: (base: URL, creds: Credentials, ctx: CheckContext) => Promise<KeyFacts>;
}

/** Declares an exchange record, keeping its id as a literal type. */
export function defineExchange<const R extends ExchangeRecord>(record: R): R {
  return record;
}

/** A PEM private key block, as some exchanges accept for asymmetric keys. */
export const PEM_SHAPE = /^-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]+-----END [A-Z0-9 ]*PRIVATE KEY-----\s*$/;
/** A UUID (8-4-4-4-12 hex digits). */
export const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
