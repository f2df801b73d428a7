// Builds an exchange's credential detectors (key, secret, passphrase) from a description of its key
// shapes and the places they appear, so each exchange file stays pure data.
import { defineDetector, type Detector, type Example, type PatternSpec, type Validator } from '../../defineDetector';
import type { Role } from '../../types';
import { digitOrSymbol, minEntropy, notWordIdentifier, standardValidators } from '../../judge/validators';
import { assigned, CONFIG_KINDS, HEADER_SEP, OQ, PREFIX, Q, rx, xmlForms, XML_LINES_AFTER } from '../fragments';
import { exchangeCredentialName, exchangeNamedClass, exchangeWordsOf, prefixedCredentialName } from './nameWords';
import { keyFilePattern, keyFileStems, namedByPath } from './keyFile';
import { ARG1, ARG2, ARG3 } from './shapes';
import { linesAbove } from '../../text/linesAbove';

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
  /** Patterns of their own, for places no name or call marks. */
  extraPatterns?: readonly PatternSpec[];
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


const ROLE_WORD: Record<CredentialSpec['role'], string> = {
  'api-key': 'api-key', 'api-secret': 'api-secret', passphrase: 'passphrase', 'key-name': 'api-key-name',
};

/** freqtrade's environment overrides (`FREQTRADE__EXCHANGE__KEY`), named by role rather than by exchange. */
const FREQTRADE_NAME: Partial<Record<CredentialSpec['role'], string>> = {
  'api-key': String.raw`(?:^|__)exchange__key$`, 'api-secret': String.raw`(?:^|__)exchange__secret$`, passphrase: String.raw`(?:^|__)exchange__password$`,
};

/** The positional argument a wrapper constructor takes each credential in. */
const ROLE_ARG: Partial<Record<CredentialSpec['role'], string>> = { 'api-key': ARG1, 'api-secret': ARG2, passphrase: ARG3 };

/** A key is never only digits (order ids and timestamps are). */
const notAllDigits: Validator = { name: 'not-all-digits', test: (v) => !/^[0-9]+$/.test(v) };
/** A mail block just above (`"email": {` then `"host": "smtp…"`): a `password` there is the mailbox's, not a passphrase. */
const MAIL_BLOCK = /smtp|imap|["']?e-?mail["']?[ \t]*[:=][ \t]*\{/i;
const notInMailBlock: Validator = {
  name: 'not-in-a-mail-block',
  reach: { before: 5 * 200, after: 0 },
  test: (_v, ctx) => !MAIL_BLOCK.test(linesAbove(ctx.text, ctx.start, 5, 5 * 200)),
};

/** The detectors of one exchange, most specific patterns first. */
export function exchangeDetectors(spec: ExchangeSpec): Detector[] {
  return spec.credentials.map((c) => {
    // `=` may precede a value (KEY=value) but never continues one except as base64 padding at its end.
    const value = String.raw`(?<![A-Za-z0-9+/_-])(?<v>${c.shape})(?![A-Za-z0-9+/=_-])`;
    const freqtrade = FREQTRADE_NAME[c.role];
    const names = freqtrade ? new RegExp(`${c.names.source}|${freqtrade}`, 'i') : c.names;
    const requires = { fileContains: spec.fileWords };
    const named = { keywords: [...spec.fileWords, 'key', 'secret', 'pass'], name: names, notName: c.notNames, requires };
    const assignments: PatternSpec[] = c.quoted
      ? [
          { ...assigned(String.raw`${PREFIX}${Q}${value}${Q}`), ...named },
          { ...assigned(value), ...named, files: CONFIG_KINDS },
        ]
      : [{ ...assigned(String.raw`${PREFIX}${OQ}${value}`), ...named }];
    // A bare `key` is also a React list key or a cache key: it counts when a secret is written next to it
    // (unless any name will do because the shape says it all, as Bitget's `bg_…`).
    const anyName = c.names.source === '.*';
    const patterns: PatternSpec[] = assignments.flatMap((p) => (names.test('key') && !anyName
      ? [
          { ...p, notName: c.notNames ? new RegExp(`^key$|${c.notNames.source}`, 'i') : /^key$/i },
          { ...p, name: /^key$/i, notName: undefined, requires: { ...requires, near: { pattern: /secret/i, before: 300, after: 300 } } },
        ]
      : [p]));
    // Any credential word next to the exchange's name (`kucoinToken`, `KRAKEN_PRIVATE_KEY`) names a key or a
    // secret: the shape tells which. A key's name must not say secret, private or pass (Binance's key and
    // secret look alike); passphrases keep their own names.
    const nameTests: Array<Pick<PatternSpec, 'name' | 'notName'>> = [{ name: names, notName: c.notNames }];
    if (c.role === 'api-key' || c.role === 'api-secret') {
      const not = c.role === 'api-key' ? /secret|priv|pass/i : /pass/i;
      const byExchange = { name: exchangeCredentialName(spec.slug), notName: c.notNames ? new RegExp(`${not.source}|${c.notNames.source}`, 'i') : not };
      patterns.push({ ...assignments[0], ...byExchange });
      nameTests.push(byExchange);
      // `fixed_api_key`, `mySecretKey`: one word before a credential name, in a file of this exchange.
      const prefixed = { name: prefixedCredentialName(c.role), notName: c.notNames };
      patterns.push({ ...assignments[0], ...prefixed });
    }
    // A bot's `bybit/config.py` holds `api_key = '…'` and never names the exchange: its folder (or file) does.
    // The value's shape and the name still decide; a `gateway/` folder is not Gate (whole words only). The path is
    // asked before any regex: these patterns have no file words to skip the other files by.
    if (c.role === 'api-key' || c.role === 'api-secret') {
      const stems = keyFileStems(spec.slug, spec.exchange, spec.fileWords);
      patterns.push({ ...assignments[0], name: names, notName: c.notNames ? new RegExp(`^key$|${c.notNames.source}`, 'i') : /^key$/i, requires: undefined, path: namedByPath(stems) });
    }
    for (const re of xmlForms(c.shape)) for (const t of nameTests) patterns.push({ re: rx(re), ...named, ...t, files: ['xml'], linesAfter: XML_LINES_AFTER });
    if (c.headers?.length) {
      patterns.push({
        re: rx(String.raw`(?:${c.headers.map((h) => h.replace(/-/g, '[-_]')).join('|')})\\?["']?\]?${HEADER_SEP}${c.quoted ? `${PREFIX}${Q}` : `(?:${PREFIX}${Q})?`}${value}`, 'i'),
        keywords: c.headers.map((h) => h.toLowerCase()),
        linesAfter: 1,
      });
    }
    for (const call of c.calls ?? []) {
      patterns.push({ re: rx(String.raw`${call.re}${PREFIX}${Q}${value}${Q}`), keywords: call.keywords, requires: { fileContains: spec.fileWords }, linesAfter: 3 });
    }
    // A bot's own wrapper named after the exchange takes the usual order, key, secret, passphrase
    // (`new OKXService('…', '…', '…', true)`); the value's shape still decides.
    const position = ROLE_ARG[c.role];
    if (position) {
      patterns.push({ re: rx(String.raw`${exchangeNamedClass(spec.slug)}${position}${PREFIX}${Q}${value}${Q}`), keywords: exchangeWordsOf(spec.slug), requires: { fileContains: spec.fileWords }, linesAfter: 3 });
    }
    // A bare `<exchange>.key` file: key on line 1, secret on line 2 (krakenex's kraken.key, a bot's bybit.key).
    const pairKey = spec.credentials.find((x) => x.role === 'api-key');
    const pairSecret = spec.credentials.find((x) => x.role === 'api-secret');
    if (pairKey && pairSecret && (c === pairKey || c === pairSecret)) {
      const pass = spec.credentials.find((x) => x.role === 'passphrase')?.shape;
      patterns.push(keyFilePattern(keyFileStems(spec.slug, spec.exchange, spec.fileWords), pairKey.shape, pairSecret.shape, c === pairKey ? 'key' : 'secret', pass));
    }
    patterns.push(...(c.extraPatterns ?? []));
    const what = c.role === 'passphrase' ? 'passphrase' : c.role === 'api-secret' ? 'API secret' : c.role === 'key-name' ? 'API key name' : 'API key';
    return defineDetector({
      id: `secret/${spec.slug}-${ROLE_WORD[c.role]}`,
      title: `${spec.exchange} ${c.title}`,
      severity: 'error',
      exchange: spec.exchange,
      role: c.role,
      message: `${spec.exchange} ${what} {masked} is hard-coded.`,
      risk: `${c.role === 'api-key' || c.role === 'key-name' ? 'With its secret, anyone' : 'Anyone'} who reads this file, a clone or its git history can act on your ${spec.exchange} account.`,
      advice: `Move it to an environment variable or KeyGuard's secret storage. If this file was ever shared or committed, ${spec.deleteAdvice}`,
      keywords: [...spec.fileWords],
      validate: [
        ...(c.baseValidators ?? standardValidators), minEntropy(c.minEntropy ?? 3), notAllDigits,
        ...(c.role === 'passphrase' ? [digitOrSymbol, notWordIdentifier, notInMailBlock] : []), ...(c.validate ?? []),
      ],
      patterns,
      examples: c.examples,
    });
  });
}

/** One exchange's detection record: who it is, how ccxt spells it, and its detectors in scan order. */
export interface ExchangeDetection {
  /** Same id as the exchange's client record (`src/exchanges/<id>.ts`). */
  id: string;
  /** How the exchange is named to users; env names derive from it (`Gate.io` → `GATE_API_KEY`). */
  name: string;
  /** ccxt ids (and SDK spellings) of this exchange: `binanceusdm`, `pybit`, `okex`… */
  ccxtIds: RegExp;
  detectors: readonly Detector[];
}

/** An exchange's record from the description of its credentials, plus detectors of its own (`more`, scanned after). */
export function exchangeRecord(spec: ExchangeSpec & { ccxtIds: RegExp; more?: readonly Detector[] }): ExchangeDetection {
  return { id: spec.slug, name: spec.exchange, ccxtIds: spec.ccxtIds, detectors: [...exchangeDetectors(spec), ...(spec.more ?? [])] };
}
