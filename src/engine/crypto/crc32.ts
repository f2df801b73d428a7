// CRC-32 (IEEE 802.3, as zlib) and the base62 checksum GitHub appends to its tokens.

const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of a string's char codes (ASCII input), as an unsigned integer. */
export function crc32(s: string): number {
  let c = -1;
  for (let i = 0; i < s.length; i++) c = TABLE[(c ^ s.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `n` in base62 (digits, upper, lower), left-padded with zeros to `width`. */
export function base62(n: number, width: number): string {
  let s = '';
  do {
    s = BASE62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(width, '0');
}

/**
 * True when a classic GitHub token (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_` + 30 random + 6 checksum characters)
 * carries the CRC-32 of its random part in its last six characters, as every token GitHub issues does.
 */
export function githubTokenChecksumValid(token: string): boolean {
  if (!/^gh[pousr]_[A-Za-z0-9]{36}$/.test(token)) return false;
  return base62(crc32(token.slice(4, 34)), 6) === token.slice(34);
}
