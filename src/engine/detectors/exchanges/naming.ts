import type { Role } from '../../types';
import { NAMED_EXCHANGES } from '.';

/** Exchange name for a ccxt id such as `binanceusdm` or `gateio`. */
export function exchangeFromCcxtId(id: string): string {
  // Go's ccxt names constructors NewBinance, NewKraken…
  const lower = id.toLowerCase().replace(/^new(?=[a-z]{3})/, '');
  for (const r of NAMED_EXCHANGES) if (r.ccxtIds.test(lower)) return r.name;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const ROLE_SUFFIX: Record<Role, string> = {
  'api-key': 'API_KEY',
  'api-secret': 'API_SECRET',
  passphrase: 'PASSPHRASE',
  uid: 'UID',
  'private-key': 'PRIVATE_KEY',
  // Coinbase's SDKs read a CDP key name from COINBASE_API_KEY (and its private key from COINBASE_API_SECRET).
  'key-name': 'API_KEY',
  token: 'TOKEN',
  mnemonic: 'MNEMONIC',
  webhook: 'WEBHOOK_URL',
  url: 'URL',
  password: 'PASSWORD',
  endpoint: 'URL',
};

/** `apiSecret` or `api-secret` → `API_SECRET`. */
export function toEnvCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/** Environment variable name for a value: exchange + role, else the name it was assigned to. */
export function envNameFor(exchange: string | undefined, role: Role | undefined, assignedName?: string): string {
  // An exchange's name is one word in its variables (KUCOIN_API_KEY, as SDKs and `keyguard check-key` read), not camel-split.
  if (exchange && role) return `${exchange.replace(/\.io$/i, '').toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_${ROLE_SUFFIX[role]}`;
  const fromName = assignedName ? envNameOf(assignedName) : undefined;
  if (fromName) return fromName;
  return role ? ROLE_SUFFIX[role] : 'SECRET';
}

/** Names a workspace repeats (a file of findings names the same few): their variable names, remembered. */
const ENV_NAMES = new Map<string, string | undefined>();
const ENV_NAMES_LIMIT = 20000;

/** A name's environment variable name (`apiSecret` → `API_SECRET`), undefined when it makes no valid one. */
function envNameOf(name: string): string | undefined {
  if (ENV_NAMES.has(name)) return ENV_NAMES.get(name);
  const env = toEnvCase(name);
  const out = env && /^[A-Z_][A-Z0-9_]*$/.test(env) ? env : undefined;
  if (ENV_NAMES.size >= ENV_NAMES_LIMIT) ENV_NAMES.clear();
  ENV_NAMES.set(name, out);
  return out;
}
