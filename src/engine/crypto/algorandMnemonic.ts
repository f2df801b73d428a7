// Algorand mnemonics (algosdk, py-algorand-sdk, goal): 25 words of the BIP39 English list, but not BIP39. The
// first 24 words are the 32-byte key read as 11-bit numbers, least significant bits first (264 bits: the last
// 8 must be zero); the 25th word is the first 11 bits of SHA-512/256 of the key. A random list of words passes
// with probability 1/2^19.
// @noble/hashes, not node:crypto: the extension host's crypto (Electron's BoringSSL) may lack SHA-512/256.
import { sha512_256 } from '@noble/hashes/sha2';
import { wordlist } from '@scure/bip39/wordlists/english';

const INDEX = new Map(wordlist.map((w, i) => [w, i]));

/** True for a 25-word Algorand account mnemonic whose padding and checksum word are right. */
export function isValidAlgorandMnemonic(phrase: string): boolean {
  const words = phrase.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length !== 25 || !words.every((w) => INDEX.has(w))) return false;
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const w of words.slice(0, 24)) {
    acc |= INDEX.get(w)! << bits;
    bits += 11;
    while (bits >= 8) {
      bytes.push(acc & 0xff);
      acc >>>= 8;
      bits -= 8;
    }
  }
  if (bytes.length !== 33 || bytes[32] !== 0) return false;
  const hash = sha512_256(Uint8Array.from(bytes.slice(0, 32)));
  return wordlist[hash[0] | ((hash[1] & 0x07) << 8)] === words[24];
}
