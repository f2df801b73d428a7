// What the vault knows about each exchange: which credentials it issues, their shapes, the
// environment variables bots read them from, and where the user manages (and deletes) keys.
import type { ExchangeRecord, FieldProfile } from '../exchanges/exchange';
import { EXCHANGES, isCheckable, type CheckableExchange, type ExchangeId } from '../exchanges/registry';

export type { FieldProfile } from '../exchanges/exchange';

/** Every exchange record, plus Telegram bot tokens and keys of any other service. */
export type VaultExchange = ExchangeId | 'telegram' | 'other';

/** An exchange as the vault presents it. */
export interface ExchangeProfile {
  id: VaultExchange;
  name: string;
  apiKey: FieldProfile;
  /** Absent for single-value credentials (a Telegram bot token). */
  secret?: FieldProfile;
  passphrase?: FieldProfile;
  /** Where keys are created, restricted and deleted. */
  apiManagementUrl?: string;
  /** Exchanges the permission check supports. */
  checkable?: CheckableExchange;
}

/** The vault's profile of an exchange record. */
function profileFrom(e: ExchangeRecord): ExchangeProfile {
  return {
    id: e.id as VaultExchange, name: e.name, apiManagementUrl: e.apiManagementUrl,
    ...e.fields, checkable: isCheckable(e.id) ? e.id : undefined,
  };
}

export const PROFILES: readonly ExchangeProfile[] = [
  ...EXCHANGES.map(profileFrom),
  {
    id: 'telegram', name: 'Telegram bot', apiManagementUrl: 'https://t.me/BotFather',
    apiKey: { title: 'Bot token', shapes: [/^\d{8,10}:[A-Za-z0-9_-]{35}$/], shapeHint: 'a bot token looks like 123456789:AA… (digits, a colon, 35 characters)', env: 'TELEGRAM_BOT_TOKEN' },
  },
  {
    id: 'other', name: 'Other',
    apiKey: { title: 'API key (or token)', shapes: [], env: 'API_KEY' },
    secret: { title: 'Secret (leave empty if there is none)', shapes: [], env: 'API_SECRET' },
  },
];

/** The profile of an exchange id; throws on an unknown id (a programming error or a bad script argument). */
export function profileOf(id: string): ExchangeProfile {
  const p = PROFILES.find((x) => x.id === id);
  if (!p) throw new Error(`Unknown exchange "${id}": use one of ${PROFILES.map((x) => x.id).join(', ')}.`);
  return p;
}

/** Why a value does not fit a field, or undefined when it does (`allowUnusual`: only empty or spaced values fail). Never quotes the value. */
export function shapeProblem(field: FieldProfile, value: string, options: { allowUnusual?: boolean } = {}): string | undefined {
  const v = value.trim();
  if (!v) return `${field.title} is empty.`;
  if (/\s/.test(v) && !v.startsWith('-----BEGIN')) return `${field.title} contains spaces or line breaks: paste the value alone.`;
  // The user chose to store a value of an unusual shape ("store anyway"): only empty or spaced values are refused.
  if (options.allowUnusual || field.shapes.length === 0 || field.shapes.some((re) => re.test(v))) return undefined;
  return `This does not look like a ${field.title.replace(/\s*\(.*\)$/, '').toLowerCase()}: ${field.shapeHint ?? 'unexpected shape'} (got ${v.length} characters).`;
}

/** True for a name a shell and dotenv accept as an environment variable. */
export function isEnvName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}
