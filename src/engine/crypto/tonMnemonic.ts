// TON wallets (tonweb-mnemonic, @ton/crypto, tonlib) draw 24 words from the BIP39 English list but do not use
// BIP39's checksum: a phrase is valid when PBKDF2-HMAC-SHA512 of its entropy, HMAC-SHA512(key = the words joined
// by spaces, data = empty), with salt 'TON seed version' and 100000 / 256 = 390 iterations, starts with a zero
// byte. A random list of words passes with probability 1/256, like a 24-word BIP39 checksum.
import { createHmac, pbkdf2Sync } from 'crypto';
import { allBip39Words } from './bip39';

const SALT = 'TON seed version';
const ITERATIONS = Math.floor(100000 / 256);

/** True for a 24-word TON mnemonic without a password (tonlib's "basic seed"). */
export function isValidTonMnemonic(phrase: string): boolean {
  const words = phrase.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length !== 24 || !allBip39Words(words)) return false;
  const entropy = createHmac('sha512', words.join(' ')).update('').digest();
  // Only the first byte counts, and PBKDF2's first output block does not depend on the output length.
  return pbkdf2Sync(entropy, SALT, ITERATIONS, 1, 'sha512')[0] === 0;
}
