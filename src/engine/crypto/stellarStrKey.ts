// Stellar's StrKey (also Pi Network's): base32 (RFC 4648, no padding) of a version byte, a 32-byte payload and
// the CRC16-XModem of both, little-endian. A secret seed's version byte is 18 << 3, which spells a leading `S`.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SEED_VERSION = 18 << 3;
const ACCOUNT_VERSION = 6 << 3;

/** The bytes of an unpadded RFC 4648 base32 string, or undefined when a character is not in the alphabet. */
function base32Bytes(s: string): Uint8Array | undefined {
  const out = new Uint8Array(Math.floor((s.length * 5) / 8));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (const ch of s) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return undefined;
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** CRC16-XModem (polynomial 0x1021, initial value 0), the checksum StrKey appends. */
export function crc16Xmodem(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** True for a 56-character StrKey of the given version byte whose checksum holds. */
function isStrKey(s: string, version: number): boolean {
  if (s.length !== 56) return false;
  const bytes = base32Bytes(s);
  if (!bytes || bytes.length !== 35 || bytes[0] !== version) return false;
  const crc = crc16Xmodem(bytes.subarray(0, 33));
  return bytes[33] === (crc & 0xff) && bytes[34] === crc >> 8;
}

/** True for a Stellar (or Pi Network) ed25519 secret seed, `S…`, with a valid checksum. */
export function isStellarSecretSeed(s: string): boolean {
  return isStrKey(s, SEED_VERSION);
}

/** True for a Stellar account id (public key), `G…`, with a valid checksum. */
export function isStellarAccountId(s: string): boolean {
  return isStrKey(s, ACCOUNT_VERSION);
}

/** The StrKey of a 32-byte payload under a version byte (for tests and examples). */
export function encodeStrKey(version: number, payload: Uint8Array): string {
  const body = new Uint8Array(35);
  body[0] = version;
  body.set(payload, 1);
  const crc = crc16Xmodem(body.subarray(0, 33));
  body[33] = crc & 0xff;
  body[34] = crc >> 8;
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of body) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(acc >> bits) & 31];
    }
  }
  return out;
}
