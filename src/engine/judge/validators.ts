import type { Validator } from '../defineDetector';
import { base58Bytes } from '../crypto/solanaKeypair';
import { characterClasses, shannonEntropy } from '../text/entropy';
import { isPlaceholder } from './placeholder';

export { isPlaceholder } from './placeholder';

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
    test: (value) => {
      // The alphabet decides only between the two bars: most values clear both (or neither) without the regex.
      const bits = shannonEntropy(value);
      if (bits >= hex && bits >= other) return true;
      if (bits < hex && bits < other) return false;
      return bits >= (HEX_VALUE.test(value) ? hex : other);
    },
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
  test: (value) => {
    // A loop, not `some` with a closure per value: every secret candidate passes here.
    for (let i = 0; i < DOCUMENTED_PREFIXES.length; i++) if (value.startsWith(DOCUMENTED_PREFIXES[i])) return false;
    return true;
  },
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
  // Each shape starts with `g`, `E` or `A`: other values need no regex.
  const c = value.charCodeAt(0);
  if (c !== 103 && c !== 69 && c !== 65) return false;
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
    // Each shape has its lengths (42; 36–63; 32–44): most values need no regex.
    const n = value.length;
    if ((n === 42 && EVM_ADDRESS.test(value)) || value.startsWith('arn:')) return false;
    if (n >= 36 && n <= 63 && TOKEN_ID.test(value)) return false;
    return n < 32 || n > 44 || !BASE58_32_44.test(value) || base58Bytes(value)?.length !== 32;
  },
};

export const notPathOrUrl: Validator = {
  name: 'not-path-or-url',
  test: (value) =>
    !PATH_OR_URL.test(value) &&
    !FILE_NAME.test(value) &&
    !WORD_ROUTE.test(value),
};
