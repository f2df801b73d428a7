// A Solana keypair's 64 secret-key bytes are an ed25519 seed followed by its own public key. Checking that
// the second half derives from the first tells a real key from any other 64 numbers, with no false alarms.
import { createPrivateKey, createPublicKey } from 'crypto';
import { base58 } from '@scure/base';

/** DER header of a PKCS#8 ed25519 private key; the 32-byte seed follows it. */
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

/** True when 64 bytes are an ed25519 seed followed by the public key it derives. */
export function isSolanaKeypair(bytes: Uint8Array): boolean {
  if (bytes.length !== 64) return false;
  try {
    const key = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, bytes.subarray(0, 32)]), format: 'der', type: 'pkcs8' });
    const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
    return Buffer.compare(spki.subarray(spki.length - 32), Buffer.from(bytes.subarray(32))) === 0;
  } catch {
    return false;
  }
}

/** Bytes of a base58 string (Bitcoin alphabet), or undefined when it is not valid base58. */
export function base58Bytes(text: string): Uint8Array | undefined {
  try {
    return base58.decode(text);
  } catch {
    return undefined;
  }
}
