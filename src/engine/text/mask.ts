/** A run of at least 12 lowercase words (a seed phrase, also as a quoted list or a YAML list). */
const PHRASE = /^[\s,'"`\-[\]]*[a-z]+(?:[\s,'"`\-[\]]+[a-z]+){11,}[\s,'"`\-[\]]*$/;

/**
 * Masks a secret so that it can appear in messages, logs and reports: `abcd…wxyz` for long values, `…`
 * (plus the kind, when given) for short ones, whose visible ends and length would narrow a guess too much,
 * `‹12-word phrase›` for seed phrases (any visible word is a word of the phrase), the header of a PEM key.
 */
export function mask(value: string, kind?: string): string {
  const v = value.trim();
  // The first character rules most out before the slower tests (every finding of a file is masked).
  if (v.charCodeAt(0) === 45 && v.startsWith('-----BEGIN')) {
    const header = /^-----BEGIN ([A-Z0-9 ]+)-----/.exec(v);
    return header ? `-----BEGIN ${header[1]}-----…` : '-----BEGIN…';
  }
  if (mayBePhrase(v) && PHRASE.test(v)) return `‹${v.split(/[^a-z]+/).filter(Boolean).length}-word phrase›`;
  // One string from the eight codes, not two slices joined: every finding is masked.
  if (v.length >= 16) {
    const n = v.length;
    return String.fromCharCode(v.charCodeAt(0), v.charCodeAt(1), v.charCodeAt(2), v.charCodeAt(3), 0x2026,
      v.charCodeAt(n - 4), v.charCodeAt(n - 3), v.charCodeAt(n - 2), v.charCodeAt(n - 1));
  }
  return kind ? `… (${kind})` : '…';
}

/** True for an ASCII letter A–Z or digit: never part of a phrase, nor one of its separators. */
function upperOrDigit(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * False when PHRASE cannot match: it starts with an upper-case letter or a digit, or its first lower-case word is
 * followed by one (or by nothing), where PHRASE needs a separator. Keys mostly fail here, without the regex.
 */
function mayBePhrase(v: string): boolean {
  const c0 = v.charCodeAt(0);
  if (upperOrDigit(c0)) return false;
  if (!(c0 >= 97 && c0 <= 122)) return true;
  let i = 1;
  while (i < v.length && v.charCodeAt(i) >= 97 && v.charCodeAt(i) <= 122) i++;
  return i < v.length && !upperOrDigit(v.charCodeAt(i));
}
