// Builds an exchange's credential detectors (key, secret, passphrase) from a description of its key
// shapes and the places they appear, so each exchange file stays pure data.
import { defineDetector, type Detector, type Example, type PatternSpec, type Validator } from '../detector';
import type { Role } from '../types';
import { minEntropy, standardValidators } from '../validators';
import { assigned, OQ, PREFIX, Q, rx } from './fragments';

/** How one credential of an exchange looks and where it is written. */
export interface CredentialSpec {
  role: Extract<Role, 'api-key' | 'api-secret' | 'passphrase' | 'key-name'>;
  title: string;
  /** Regex source of the value (anchored by the scanner's own boundaries). */
  shape: string;
  /** Names that hold it (tested on the captured identifier). */
  names: RegExp;
  notNames?: RegExp;
  /** Header names that carry it (`X-BAPI-API-KEY`). */
  headers?: readonly string[];
  /** Constructor call prefixes whose n-th positional or keyword argument it is, e.g. `HTTP(` with kwarg `api_key`. */
  calls?: ReadonlyArray<{ re: string; keywords: readonly string[] }>;
  minEntropy?: number;
  validate?: readonly Validator[];
  /** Loose shapes (passphrases) must be quoted in code; bare values count only in config files. */
  quoted?: boolean;
  /** Replaces the placeholder filter for shapes that contain placeholder-like words (`…/apiKeys/…`). */
  baseValidators?: readonly Validator[];
  examples: { positive: ReadonlyArray<string | Example>; negative: ReadonlyArray<string | Example> };
}

/** An exchange and its credentials. */
export interface ExchangeSpec {
  slug: string;
  exchange: string;
  /** Words, one of which a file mentions when it talks to this exchange (imports, hosts, SDK names). */
  fileWords: readonly string[];
  /** What to do about a leaked key, in the exchange's own terms. */
  deleteAdvice: string;
  credentials: readonly CredentialSpec[];
}

/** Config formats, where a bare word after `=` or `:` is a value, not a variable. */
const CONFIG_FILES = ['env', 'yaml', 'toml', 'ini', 'shell', 'dockerfile'] as const;

const ROLE_WORD: Record<CredentialSpec['role'], string> = {
  'api-key': 'api-key', 'api-secret': 'api-secret', passphrase: 'passphrase', 'key-name': 'api-key-name',
};

/** The detectors of one exchange, most specific patterns first. */
export function exchangeDetectors(spec: ExchangeSpec): Detector[] {
  return spec.credentials.map((c) => {
    // `=` may precede a value (KEY=value) but never continues one except as base64 padding at its end.
    const value = String.raw`(?<![A-Za-z0-9+/_-])(?<v>${c.shape})(?![A-Za-z0-9+/=_-])`;
    const named = { keywords: [...spec.fileWords, 'key', 'secret', 'pass'], name: c.names, notName: c.notNames, requires: { fileContains: spec.fileWords } };
    const patterns: PatternSpec[] = c.quoted
      ? [
          { ...assigned(String.raw`${PREFIX}${Q}${value}${Q}`), ...named },
          { ...assigned(value), ...named, files: CONFIG_FILES },
        ]
      : [{ ...assigned(String.raw`${PREFIX}${OQ}${value}`), ...named }];
    if (c.headers?.length) {
      patterns.push({
        re: rx(String.raw`(?:${c.headers.map((h) => h.replace(/-/g, '[-_]')).join('|')})\\?["']?\]?[ \t]*[:,=][ \t]*${c.quoted ? Q : OQ}${value}`, 'i'),
        keywords: c.headers.map((h) => h.toLowerCase()),
      });
    }
    for (const call of c.calls ?? []) {
      patterns.push({ re: rx(String.raw`${call.re}${PREFIX}${Q}${value}${Q}`), keywords: call.keywords, requires: { fileContains: spec.fileWords }, linesAfter: 3 });
    }
    const what = c.role === 'passphrase' ? 'passphrase' : c.role === 'api-secret' ? 'API secret' : c.role === 'key-name' ? 'API key name' : 'API key';
    return defineDetector({
      id: `secret/${spec.slug}-${ROLE_WORD[c.role]}`,
      title: `${spec.exchange} ${c.title}`,
      severity: 'error',
      exchange: spec.exchange,
      role: c.role,
      message: `${spec.exchange} ${what} {masked} is hard-coded: ${c.role === 'api-key' || c.role === 'key-name' ? 'with its secret, ' : ''}anyone who reads this file can act on your ${spec.exchange} account. Move it to an environment variable; if this file was ever shared or committed, ${spec.deleteAdvice}`,
      keywords: [...spec.fileWords],
      validate: [...(c.baseValidators ?? standardValidators), minEntropy(c.minEntropy ?? 3), ...(c.validate ?? [])],
      patterns,
      examples: c.examples,
    });
  });
}
