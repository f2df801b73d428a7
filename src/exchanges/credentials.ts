/** What a key check signs with. The secret (or private key) stays here and only signatures travel, except for exchanges whose record says `sendsSecret`. */
export interface Credentials {
  apiKey: string;
  /** HMAC secret, or a PEM private key for Binance Ed25519/RSA keys. */
  secret: string;
  passphrase?: string;
}

/** A check failure the exchange reported, in the user's terms. */
export class KeyCheckError extends Error {
  constructor(message: string, readonly code?: string | number) {
    super(message);
  }
}

/**
 * A PEM block rebuilt with 64-column lines: single-line input boxes turn its line breaks into spaces, and
 * .env files often hold them as literal \n. Anything that is not a PEM block is only trimmed.
 */
export function normalizePem(value: string): string {
  const m = /^(-----BEGIN [A-Z0-9 ]+-----)([\s\S]*?)(-----END [A-Z0-9 ]+-----)\s*$/.exec(value.trim().replace(/\\n/g, '\n'));
  if (!m) return value.trim();
  const body = m[2].replace(/\s+/g, '');
  return `${m[1]}\n${body.match(/.{1,64}/g)?.join('\n') ?? ''}\n${m[3]}\n`;
}
