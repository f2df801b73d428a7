/** A run of at least 12 lowercase words (a seed phrase, also as a quoted list or a YAML list). */
const PHRASE = /^[\s,'"`\-[\]]*[a-z]+(?:[\s,'"`\-[\]]+[a-z]+){11,}[\s,'"`\-[\]]*$/;

/**
 * Masks a secret so that it can appear in messages, logs and reports: `abcd…wxyz` for long values, `…`
 * (plus the kind, when given) for short ones, whose visible ends and length would narrow a guess too much,
 * `‹12-word phrase›` for seed phrases (any visible word is a word of the phrase), the header of a PEM key.
 */
export function mask(value: string, kind?: string): string {
  const v = value.trim();
  if (v.startsWith('-----BEGIN')) {
    const header = /^-----BEGIN ([A-Z0-9 ]+)-----/.exec(v);
    return header ? `-----BEGIN ${header[1]}-----…` : '-----BEGIN…';
  }
  if (PHRASE.test(v)) return `‹${v.split(/[^a-z]+/).filter(Boolean).length}-word phrase›`;
  if (v.length >= 16) return `${v.slice(0, 4)}…${v.slice(-4)}`;
  return kind ? `… (${kind})` : '…';
}
