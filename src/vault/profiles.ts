// What the vault knows about each exchange: which credentials it issues, their shapes, the
// environment variables bots read them from, and where the user manages (and deletes) keys.
import type { CheckableExchange } from '../exchanges/baseUrls';

export type VaultExchange =
  | 'binance' | 'bybit' | 'okx' | 'kucoin' | 'kraken' | 'coinbase' | 'gate' | 'bitget' | 'alpaca' | 'telegram' | 'other';

/** One credential field of an exchange's key. */
export interface FieldProfile {
  /** Shown in the prompt. */
  title: string;
  /** Accepted shapes; empty = any non-empty value. */
  shapes: RegExp[];
  /** Said when the value fits none of the shapes. */
  shapeHint?: string;
  /** Proposed environment variable name. */
  env: string;
}

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

const PEM = /^-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]+-----END [A-Z0-9 ]*PRIVATE KEY-----\s*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ANY_PASSPHRASE: FieldProfile['shapes'] = [];

export const PROFILES: readonly ExchangeProfile[] = [
  {
    id: 'binance', name: 'Binance', checkable: 'binance', apiManagementUrl: 'https://www.binance.com/en/my/settings/api-management',
    apiKey: { title: 'API key', shapes: [/^[A-Za-z0-9]{64}$/], shapeHint: 'a Binance API key is 64 letters and digits', env: 'BINANCE_API_KEY' },
    secret: { title: 'Secret key (or the PEM private key of an Ed25519/RSA key)', shapes: [/^[A-Za-z0-9]{64}$/, PEM], shapeHint: 'a Binance secret is 64 letters and digits, or a PEM private key', env: 'BINANCE_API_SECRET' },
  },
  {
    id: 'bybit', name: 'Bybit', checkable: 'bybit', apiManagementUrl: 'https://www.bybit.com/app/user/api-management',
    apiKey: { title: 'API key', shapes: [/^[A-Za-z0-9]{16,24}$/], shapeHint: 'a Bybit API key is about 18 letters and digits', env: 'BYBIT_API_KEY' },
    secret: { title: 'API secret (or an RSA private key)', shapes: [/^[A-Za-z0-9]{30,40}$/, PEM], shapeHint: 'a Bybit secret is about 36 letters and digits', env: 'BYBIT_API_SECRET' },
  },
  {
    id: 'okx', name: 'OKX', checkable: 'okx', apiManagementUrl: 'https://www.okx.com/account/my-api',
    apiKey: { title: 'API key', shapes: [UUID], shapeHint: 'an OKX API key is a UUID (8-4-4-4-12 hex digits)', env: 'OKX_API_KEY' },
    secret: { title: 'Secret key', shapes: [/^[0-9A-Fa-f]{32}$/], shapeHint: 'an OKX secret is 32 hex digits', env: 'OKX_API_SECRET' },
    passphrase: { title: 'Passphrase (chosen when the key was created)', shapes: ANY_PASSPHRASE, env: 'OKX_PASSPHRASE' },
  },
  {
    id: 'kucoin', name: 'KuCoin', checkable: 'kucoin', apiManagementUrl: 'https://www.kucoin.com/account/api',
    apiKey: { title: 'API key', shapes: [/^[0-9a-f]{24}$/], shapeHint: 'a KuCoin API key is 24 hex digits', env: 'KUCOIN_API_KEY' },
    secret: { title: 'API secret', shapes: [UUID], shapeHint: 'a KuCoin secret is a UUID', env: 'KUCOIN_API_SECRET' },
    passphrase: { title: 'API passphrase', shapes: ANY_PASSPHRASE, env: 'KUCOIN_PASSPHRASE' },
  },
  {
    id: 'kraken', name: 'Kraken', checkable: 'kraken', apiManagementUrl: 'https://pro.kraken.com/app/settings/api',
    apiKey: { title: 'API key', shapes: [/^[A-Za-z0-9+/=]{56}$/], shapeHint: 'a Kraken API key is 56 base64 characters', env: 'KRAKEN_API_KEY' },
    secret: { title: 'Private key', shapes: [/^[A-Za-z0-9+/=]{86,88}$/], shapeHint: 'a Kraken private key is 86–88 base64 characters', env: 'KRAKEN_API_SECRET' },
  },
  {
    id: 'coinbase', name: 'Coinbase', checkable: 'coinbase', apiManagementUrl: 'https://portal.cdp.coinbase.com/access/api',
    apiKey: { title: 'API key name (organizations/…/apiKeys/…) or key id', shapes: [/^organizations\/[0-9a-f-]{36}\/apiKeys\/[0-9a-f-]{36}$/, UUID], shapeHint: 'a Coinbase CDP key name looks like organizations/{uuid}/apiKeys/{uuid}', env: 'COINBASE_API_KEY' },
    secret: { title: 'Private key (EC PEM or base64 Ed25519)', shapes: [PEM, /^[A-Za-z0-9+/]{86}==$/], shapeHint: 'a Coinbase CDP private key is an EC PEM block or 88 base64 characters', env: 'COINBASE_API_SECRET' },
  },
  {
    id: 'gate', name: 'Gate.io', apiManagementUrl: 'https://www.gate.io/myaccount/apikeys',
    apiKey: { title: 'API key', shapes: [/^[0-9a-f]{32}$/], shapeHint: 'a Gate.io API key is 32 hex digits', env: 'GATE_API_KEY' },
    secret: { title: 'API secret', shapes: [/^[0-9a-f]{64}$/], shapeHint: 'a Gate.io secret is 64 hex digits', env: 'GATE_API_SECRET' },
  },
  {
    id: 'bitget', name: 'Bitget', apiManagementUrl: 'https://www.bitget.com/account/newapi',
    apiKey: { title: 'API key', shapes: [/^bg_[0-9a-f]{32}$/], shapeHint: 'a Bitget API key is bg_ followed by 32 hex digits', env: 'BITGET_API_KEY' },
    secret: { title: 'Secret key', shapes: [/^[0-9a-f]{64}$/], shapeHint: 'a Bitget secret is 64 hex digits', env: 'BITGET_API_SECRET' },
    passphrase: { title: 'Passphrase', shapes: ANY_PASSPHRASE, env: 'BITGET_PASSPHRASE' },
  },
  {
    id: 'alpaca', name: 'Alpaca', apiManagementUrl: 'https://app.alpaca.markets/paper/dashboard/overview',
    apiKey: { title: 'API key ID', shapes: [/^(?:PK|AK|CK)[A-Z0-9]{16,20}$/], shapeHint: 'an Alpaca key id starts with PK (paper) or AK (live) followed by about 18 capitals and digits', env: 'APCA_API_KEY_ID' },
    secret: { title: 'Secret key', shapes: [/^[A-Za-z0-9/+]{40}$/], shapeHint: 'an Alpaca secret is 40 characters', env: 'APCA_API_SECRET_KEY' },
  },
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

/** Why a value does not fit a field, or undefined when it does. Never quotes the value. */
export function shapeProblem(field: FieldProfile, value: string): string | undefined {
  const v = value.trim();
  if (!v) return `${field.title} is empty.`;
  if (/\s/.test(v) && !v.startsWith('-----BEGIN')) return `${field.title} contains spaces or line breaks: paste the value alone.`;
  if (field.shapes.length === 0 || field.shapes.some((re) => re.test(v))) return undefined;
  return `This does not look like a ${field.title.replace(/\s*\(.*\)$/, '').toLowerCase()}: ${field.shapeHint ?? 'unexpected shape'} (got ${v.length} characters).`;
}

/** True for a name a shell and dotenv accept as an environment variable. */
export function isEnvName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}
