// Bitcoin private keys (WIF) and extended private keys (xprv and its SegWit variants) carry a base58check
// checksum: a value that decodes with a valid checksum and the right version bytes is a key, no context needed.
import { createHash } from 'crypto';
import { createBase58check } from '@scure/base';
import { isSecp256k1Scalar } from './secp256k1';

const sha256 = (data: Uint8Array): Uint8Array => createHash('sha256').update(data).digest();
const base58check = createBase58check(sha256);

/** Mainnet version bytes of extended private keys: xprv (BIP32), yprv (BIP49), zprv (BIP84), Yprv, Zprv (multisig). */
const EXTENDED_PRIVATE_VERSIONS = new Set([0x0488ade4, 0x049d7878, 0x04b2430c, 0x0295b005, 0x02aa7a99]);

/** What a base58 string is: a mainnet WIF key, a mainnet extended private key, or neither. */
export function bitcoinPrivateKeyKind(text: string): 'wif' | 'extended' | undefined {
  let payload: Uint8Array;
  try {
    payload = base58check.decode(text);
  } catch {
    return undefined;
  }
  // WIF: 0x80, the 32-byte scalar, and 0x01 when the public key is compressed.
  if (payload[0] === 0x80 && (payload.length === 33 || (payload.length === 34 && payload[33] === 0x01))) {
    return isSecp256k1Scalar(Buffer.from(payload.subarray(1, 33)).toString('hex')) ? 'wif' : undefined;
  }
  // Extended: version (4), depth, parent fingerprint (4), child number (4), chain code (32), 0x00, scalar (32).
  if (payload.length === 78) {
    const version = ((payload[0] << 24) | (payload[1] << 16) | (payload[2] << 8) | payload[3]) >>> 0;
    if (EXTENDED_PRIVATE_VERSIONS.has(version) && payload[45] === 0) {
      return isSecp256k1Scalar(Buffer.from(payload.subarray(46, 78)).toString('hex')) ? 'extended' : undefined;
    }
  }
  return undefined;
}
