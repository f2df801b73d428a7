import type { Validator } from '../defineDetector';
import { base58Bytes } from '../crypto/solanaKeypair';
import { characterClasses, distinctCharacters, shannonEntropy } from '../text/entropy';

// Fragments seen in placeholders across real bot repositories (see real-bot-conventions.md). Long ones
// count anywhere in the value; short ones only as a whole word of it (`your_api_key`, `yourApiKey`, `key-here`),
// because passphrases are words too: "Awesome!Bot" holds "some", "Backtest2024" holds "test".
const PLACEHOLDER_WORDS = [
  'your', 'xxxx', 'yyyy', 'zzzz', 'example', 'insert', 'placeholder', 'replace', 'changeme', 'change_me',
  'dummy', 'redacted', 'sample', 'apikey', 'api_key', 'api-key',
  'secret', 'password', 'passphrase', 'keykey', 'abcdef', '123456', 'lorem', 'foobar',
  'paste', 'notreal', 'not_real', 'invalid',
];
/** Any of the words in a value, as one regex (one pass instead of a search per word); the 5+ letter ones. */
const ANY_PLACEHOLDER_WORD = wordAlternation(PLACEHOLDER_WORDS);
const LONG_PLACEHOLDER_WORD = wordAlternation(PLACEHOLDER_WORDS.filter((w) => w.length >= 5));
const PLACEHOLDER_SEGMENTS = new Set(['fake', 'mock', 'stub', 'here', 'todo', 'fixme', 'test', 'some', 'enter', 'put', 'xxx']);
const SEGMENT_MIN = Math.min(...[...PLACEHOLDER_SEGMENTS].map((w) => w.length));
const SEGMENT_MAX = Math.max(...[...PLACEHOLDER_SEGMENTS].map((w) => w.length));
/** The segments as numbers (segmentKey): a word of a value is looked up without a slice of it. */
const SEGMENT_KEYS = new Set([...PLACEHOLDER_SEGMENTS].map((w) => segmentKey(w, 0, w.length)));
const TYPED_RUN = /0123456789|abcdefgh|qwerty/;
// Template syntax, not mere symbols: `${VAR}`, `$VAR`, `%VAR%`, `{{ x }}`, `{api_key}`, `<api-key>`, `%s`,
// `***`, `…`. A real passphrase may well hold `$`, `%`, `*`, `<` or `{` on their own.
const TEMPLATE = /\$\{|\$\(|^\$[A-Za-z_]|^%[A-Za-z_][A-Za-z0-9_]*%$|\{\{|\{[A-Za-z_][A-Za-z0-9_.-]*\}|<[A-Za-z_][A-Za-z0-9 _.-]*>|%\(?[A-Za-z_]*\)?[sd](?![A-Za-z0-9])|\*\*|…|\.\.\.|^-?1$/;

// Regexes of the validators every candidate passes, compiled once (a literal in a function is a new object per call).
const HEX_VALUE = /^(?:0x)?[0-9a-fA-F]+$/;
const DIGIT_OR_SYMBOL = /[0-9!-/:-@[-`{-~]/;
const SEPARATORS = /[_.-]/g;
const A_LETTER = /[A-Za-z]/;
const A_DIGIT = /\d/;
const WORD_IDENTIFIER = /^[a-z]{2,}[0-9]{0,3}(?:[_.-][a-z]{2,}[0-9]{0,3}){2,}$/i;
const XML_TYPE_NAME = /^[a-z][a-z0-9]{0,15}:[A-Z][a-z]+(?:[A-Z][a-z]+){2,}$/;
const FERNET = /^gAAAAA[A-Za-z0-9_-]{90,}={0,2}$/;
const ENC_WRAPPED = /^ENC\(.+\)$|^ENC\[[A-Z0-9_]+,/;
const SEALED = /^Ag[A-D][A-Za-z0-9+/]{600,}={0,2}$/;
const KMS_BLOB = /^AQ[EI][CD]AH[A-Za-z0-9+/]{100,}={0,2}$/;
const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const TOKEN_ID = /^[A-Za-z0-9]{1,20}:0x(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40})$/;
const BASE58_32_44 = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;
const PATH_OR_URL = /^(?:\.{0,2}\/|~\/|[A-Za-z]:[\\/]|[a-z][a-z0-9+.-]*:\/\/[^@]*$)/;
const FILE_NAME = /\.(?:pem|key|json|ya?ml|txt|env|toml|ini|cfg|crt|p12|pfx|der|log|csv|py|js|ts)$/i;
// A relative route of lowercase words (`v1/create_auth_token`): random key material is never all lowercase words.
const WORD_ROUTE = /^(?:[a-z]+|v?\d+)(?:[_-](?:[a-z]+|\d+))*(?:\/(?:[a-z]+|v?\d+)(?:[_-](?:[a-z]+|\d+))*)+\/?$/;

/** A regex that finds any of the literal words. */
function wordAlternation(words: readonly string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'));
}

/** True when the whole value repeats a unit of at most 8 characters (`keykeykey`, `abababab`). */
function isPeriodic(value: string): boolean {
  for (let p = 1; p <= 8 && p * 2 <= value.length; p++) {
    let periodic = true;
    for (let i = p; i < value.length; i++) {
      if (value.charCodeAt(i) !== value.charCodeAt(i - p)) { periodic = false; break; }
    }
    if (periodic) return true;
  }
  return false;
}

/** Words of a value: split at non-letters and at lower-to-upper case changes (`yourApiKey` → your, api, key). */
function words(value: string): string[] {
  return value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/);
}

/**
 * A run of lower-case ASCII letters (at most 6) as a number, five bits a letter: two runs have the same key exactly
 * when they are the same word (letters are 1–26, and a longer run's key exceeds every shorter one's).
 */
function segmentKey(v: string, from: number, to: number): number {
  let key = 0;
  for (let j = to - 1; j >= from; j--) key = key * 32 + (v.charCodeAt(j) - 96);
  return key;
}

/** True for a string of ASCII characters only: their lowercase has the same length and offsets. */
function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * True when a word of the value (as `words` splits it) is a placeholder segment. ASCII values are split in
 * place (`v` is their lowercase), without the copies `words` makes: every value of a candidate passes here.
 */
function hasPlaceholderSegment(value: string, v: string): boolean {
  if (!isAscii(value)) return words(value).some((w) => PLACEHOLDER_SEGMENTS.has(w));
  let from = -1;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 0;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    // A word ends at a non-letter, and between a lower-case letter and an upper-case one.
    const boundary = !letter || (c <= 90 && i > 0 && value.charCodeAt(i - 1) >= 97 && value.charCodeAt(i - 1) <= 122);
    if (boundary && from !== -1) {
      const n = i - from;
      // The word is letters of an ASCII value, so `v` holds it as a–z: its key stands for it.
      if (n >= SEGMENT_MIN && n <= SEGMENT_MAX && SEGMENT_KEYS.has(segmentKey(v, from, i))) return true;
      from = -1;
    }
    if (letter && from === -1) from = i;
  }
  return false;
}

/** True when ten of one character follow each other (`.` of a regex: not a line break) after the leading a's. */
function hasRunOfTen(v: string): boolean {
  let i = 0;
  while (i < v.length && v.charCodeAt(i) === 97) i++;
  let run = 0;
  for (let j = i; j < v.length; j++) {
    const c = v.charCodeAt(j);
    run = c === 10 || c === 13 || c === 0x2028 || c === 0x2029 ? 0 : run !== 0 && c === v.charCodeAt(j - 1) ? run + 1 : 1;
    if (run >= 10) return true;
  }
  return false;
}

/** Length of the longest run of letters in alphabet order (`klmnop` → 6). */
function ascendingRun(v: string): number {
  let best = 1;
  let run = 1;
  for (let i = 1; i < v.length; i++) {
    const c = v.charCodeAt(i);
    run = c >= 97 && c <= 122 && c === v.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/**
 * True when most of the value is typed in counting runs of four or more (`abcd1234-efgh-5678-ijkl-9012mnop3456`: letters
 * in alphabet order, digits counting up, 9 wrapping to 0), at least three of them: a sample key typed by hand. A
 * random value has one such run once in ~1,000 and three almost never.
 */
function typedInCountingRuns(v: string): boolean {
  let covered = 0;
  let runs = 0;
  let run = 1;
  const next = (a: number, b: number) => (b === a + 1 && ((a >= 97 && b <= 122) || (a >= 48 && b <= 57))) || (a === 57 && b === 48);
  for (let i = 1; i <= v.length; i++) {
    if (i < v.length && next(v.charCodeAt(i - 1), v.charCodeAt(i))) { run++; continue; }
    if (run >= 4) { covered += run; runs++; }
    run = 1;
  }
  return runs >= 3 && covered * 10 >= v.replace(/[^a-z0-9]/g, '').length * 6;
}

/** True when the value is a placeholder, a template or a pattern rather than a secret. */
export function isPlaceholder(value: string): boolean {
  if (value.length === 0 || TEMPLATE.test(value)) return true;
  const v = value.toLowerCase();
  if (isPeriodic(v)) return true;
  if (v.length >= 8 && distinctCharacters(v) < 6) return true;
  if (TYPED_RUN.test(v)) return true;
  // Typed, not drawn: eight x's in a row (`github_pat_xxxxxxxx…`; Twitter's real bearer tokens do start with
  // a run of A's) or seven letters in alphabet order (`…klmnopqrstuvwx…`, once in 10^12 by chance).
  if (v.includes('xxxxxxxx') || ascendingRun(v) >= 7 || typedInCountingRuns(v)) return true;
  // Ten of one character in a row inside a key: padded by hand (`sk-proj-AAAAAAAAAA…`). A leading run of A's
  // is the shape of Twitter's real bearer tokens, so it does not count.
  if (hasRunOfTen(v)) return true;
  // In long random values a short word turns up by chance (~1e-6 per position): demand 5+ letters there.
  if ((v.length <= 40 ? ANY_PLACEHOLDER_WORD : LONG_PLACEHOLDER_WORD).test(v)) return true;
  return v.length <= 40 && hasPlaceholderSegment(value, v);
}

/** Drops placeholders such as `your_api_key`, `xxxx`, `${API_KEY}`, `keykeykey`. */
export const notPlaceholder: Validator = {
  name: 'not-placeholder',
  test: (value) => !isPlaceholder(value),
};

/** Requires at least `bits` of Shannon entropy per character. */
export function minEntropy(bits: number): Validator {
  return { name: `min-entropy(${bits})`, test: (value) => shannonEntropy(value) >= bits };
}

/**
 * Requires `hex` bits of entropy per character for hex values and `other` for the rest: random hex tops out
 * at 4 bits (a 32-character one falls below 3.5 one time in ten), richer alphabets at 5–6.
 */
export function minEntropyByAlphabet(hex: number, other: number): Validator {
  return {
    name: `min-entropy(hex ${hex}, else ${other})`,
    test: (value) => shannonEntropy(value) >= (HEX_VALUE.test(value) ? hex : other),
  };
}

/** Requires at least `n` character classes (lower, upper, digit, other). */
export function minClasses(n: number): Validator {
  return { name: `min-classes(${n})`, test: (value) => characterClasses(value) >= n };
}

/**
 * Requires an ASCII digit or symbol: passwords and passphrases people choose hold one, words in any
 * language ("Passwort", "Contraseña", "string") do not.
 */
export const digitOrSymbol: Validator = {
  name: 'digit-or-symbol',
  test: (value) => DIGIT_OR_SYMBOL.test(value.replace(SEPARATORS, '')),
};

/** Requires both letters and digits: identifiers and words are not secrets. */
export const lettersAndDigits: Validator = {
  name: 'letters-and-digits',
  test: (value) => A_LETTER.test(value) && A_DIGIT.test(value),
};

/**
 * Drops values that are identifiers made of words (`token_sha256_to_refresh`, `order-book-depth-v2`):
 * constants naming a thing, not secrets. Segments are 2+ letters with at most a short number after them.
 * So are namespace-qualified type names of XML schemas.
 */
export const notWordIdentifier: Validator = {
  name: 'not-word-identifier',
  test: (value) => !WORD_IDENTIFIER.test(value) &&
    // An XML schema's qualified type name: `ns42:AgencyIdentificationCodeType`.
    !XML_TYPE_NAME.test(value),
};

// Published in Binance's API documentation and copied into countless tests: not leaks.
const DOCUMENTED_PREFIXES = [
  'vmPUZE6mv9SD5VNH', 'NhqPtmdSJYdKjVHj', 'k5V49ldtn4tszj6W', 'npOzOAeLVgr2TuxW', '87ssWB7azoy6ACRf',
  // Kraken's REST authentication example (the private key its API-Sign example is computed with).
  'kQH5HW/8p1uGOVjb',
];

/** Drops example keys published in exchange documentation. */
export const notDocumentedExample: Validator = {
  name: 'not-documented-example',
  test: (value) => !DOCUMENTED_PREFIXES.some((p) => value.startsWith(p)),
};

/**
 * True when a PEM body was typed, not encoded: base64 of key bytes is about 40% upper-case and 40% lower-case
 * letters, so a long body with under 15% of either (`zuEsdajhfakjshdkf…`, digits only) is a mock-up.
 */
export function pemBodyLooksTyped(pem: string): boolean {
  const body = pem.replace(/-----[A-Z ]+-----/g, '').replace(/[A-Z][A-Za-z-]+:[ \t]*[^\s\\]*/g, '').replace(/\\[nr]/g, ' ').replace(/[^A-Za-z0-9+/]/g, '');
  if (body.length < 64) return false;
  const upper = body.replace(/[^A-Z]/g, '').length / body.length;
  const lower = body.replace(/[^a-z]/g, '').length / body.length;
  return upper < 0.15 || lower < 0.15;
}

/** A PEM block with a real base64 body: placeholders and code that builds PEM headers have no 40-character run. */
export const pemBodyIsBase64: Validator = {
  name: 'pem-body-is-base64',
  test: (v) => /[A-Za-z0-9+/=]{40,}/.test(v) && !/example|your|invalid|\.\.\./i.test(v) && !pemBodyLooksTyped(v),
};

/**
 * True for encrypted values, which are made to be committed: Fernet tokens (OctoBot's encrypted config
 * values: version byte 0x80 and a timestamp, so base64url `gAAAAA…`), Jasypt `ENC(…)`, SOPS `ENC[AES256_GCM,…]`,
 * sealed secrets and KMS blobs.
 */
export function isCiphertext(value: string): boolean {
  return FERNET.test(value) || ENC_WRAPPED.test(value) ||
    // Bitnami sealed secrets (`AgB…`, standard base64 of an RSA-wrapped session key: 600+ characters) and AWS
    // KMS ciphertext blobs (`AQICAHh…`).
    SEALED.test(value) || KMS_BLOB.test(value);
}

/** Drops encrypted values (see isCiphertext): only the key that decrypts them is a secret. */
export const notCiphertext: Validator = {
  name: 'not-ciphertext',
  test: (value) => !isCiphertext(value),
};

/** The validators nearly every secret detector wants. */
export const standardValidators: readonly Validator[] = [notPlaceholder, notDocumentedExample, notCiphertext];

/** Drops paths, URLs without credentials and file names: they name where a secret lives, not the secret. */
/**
 * Drops values that are public by their shape: an EVM address (0x + 40 hex), an AWS ARN (a reference to a
 * key, not the key), a Solana public key (base58 of exactly 32 bytes; secret keys are 64), a token id of a name and its
 * contract or token address (Hyperliquid's spot tokens: `PURR:0x` + 32 hex; `NAME:0x` + an EVM address).
 */
export const notPublicShape: Validator = {
  name: 'not-public-shape',
  test: (value) => {
    if (EVM_ADDRESS.test(value) || value.startsWith('arn:')) return false;
    if (TOKEN_ID.test(value)) return false;
    return !BASE58_32_44.test(value) || base58Bytes(value)?.length !== 32;
  },
};

export const notPathOrUrl: Validator = {
  name: 'not-path-or-url',
  test: (value) =>
    !PATH_OR_URL.test(value) &&
    !FILE_NAME.test(value) &&
    !WORD_ROUTE.test(value),
};
