// BIP39 mnemonic validation: the last word carries a checksum (the first bits of SHA-256 of the entropy),
// so a random sequence of list words passes with probability 1/16 (12 words) to 1/256 (24 words).
import { createHash } from 'crypto';
import { wordlist } from '@scure/bip39/wordlists/english';

const INDEX = new Map(wordlist.map((w, i) => [w, i]));
const LENGTHS = new Set([12, 15, 18, 21, 24]);

/** True when every word is on the BIP39 English list. */
export function allBip39Words(words: readonly string[]): boolean {
  return words.every((w) => INDEX.has(w));
}

/** True for a 12–24 word English BIP39 mnemonic with a valid checksum. */
export function isValidMnemonic(phrase: string): boolean {
  // Words may come as a list (`["w1", "w2", …]`, a YAML list): only the words count.
  const words = phrase.toLowerCase().match(/[a-z]+/g) ?? [];
  if (!LENGTHS.has(words.length) || !allBip39Words(words)) return false;
  const bits = words.map((w) => INDEX.get(w)!.toString(2).padStart(11, '0')).join('');
  const checksumBits = words.length / 3;
  const entropyBits = bits.slice(0, bits.length - checksumBits);
  const entropy = Buffer.from(entropyBits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const hash = createHash('sha256').update(entropy).digest();
  const expected = [...hash].map((b) => b.toString(2).padStart(8, '0')).join('').slice(0, checksumBits);
  return expected === bits.slice(bits.length - checksumBits);
}
