/** What a key check signs with. The secret (or private key) never leaves this process: only signatures travel. */
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
