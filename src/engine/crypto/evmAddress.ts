// The Ethereum address of a secp256k1 private key: keccak-256 of the public point, last 20 bytes. A 64-hex value
// written next to the address it derives is a key beyond doubt (a transaction hash next to an address never is).
import { keccak_256 } from '@noble/hashes/sha3';
import { isSecp256k1Scalar } from './secp256k1';

const P = 2n ** 256n - 2n ** 32n - 977n;
const GX = 0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798n;
const GY = 0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8n;

/** A point in Jacobian coordinates (X/Z², Y/Z³): adding and doubling need no inversion; Z = 0 is infinity. */
type Jacobian = readonly [bigint, bigint, bigint];

const mod = (a: bigint): bigint => ((a % P) + P) % P;

/** The inverse modulo P (extended Euclid). */
function inv(a: bigint): bigint {
  let [r0, r1, s0, s1] = [mod(a), P, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}

/** 2·p (a = 0 on secp256k1). */
function double([x, y, z]: Jacobian): Jacobian {
  if (z === 0n || y === 0n) return [0n, 1n, 0n];
  const yy = mod(y * y);
  const s = mod(4n * x * yy);
  const m = mod(3n * x * x);
  const x3 = mod(m * m - 2n * s);
  return [x3, mod(m * (s - x3) - 8n * yy * yy), mod(2n * y * z)];
}

/** p + q. */
function add(p: Jacobian, q: Jacobian): Jacobian {
  if (p[2] === 0n) return q;
  if (q[2] === 0n) return p;
  const z1z1 = mod(p[2] * p[2]);
  const z2z2 = mod(q[2] * q[2]);
  const u1 = mod(p[0] * z2z2);
  const u2 = mod(q[0] * z1z1);
  const s1 = mod(p[1] * q[2] * z2z2);
  const s2 = mod(q[1] * p[2] * z1z1);
  if (u1 === u2) return s1 === s2 ? double(p) : [0n, 1n, 0n];
  const h = mod(u2 - u1);
  const r = mod(s2 - s1);
  const hh = mod(h * h);
  const hhh = mod(h * hh);
  const v = mod(u1 * hh);
  const x3 = mod(r * r - hhh - 2n * v);
  return [x3, mod(r * (v - x3) - s1 * hhh), mod(h * p[2] * q[2])];
}

/** The lower-case address (40 hex, no 0x) of a 64-hex private key, or undefined when it is no key. */
export function evmAddressOf(hexKey: string): string | undefined {
  // No cache: it would keep private keys in memory after the scan that met them.
  return derive(hexKey.replace(/^0x/i, '').toLowerCase());
}

// Fixed-base table: TABLE[i][j] = j·16^i·G for the 64 nibbles of a key, built on first use (~1,000 additions), so a
// derivation is 64 additions instead of 256 doublings and ~128 additions.
let TABLE: Jacobian[][] | undefined;
function table(): Jacobian[][] {
  if (TABLE) return TABLE;
  TABLE = [];
  let base: Jacobian = [GX, GY, 1n];
  for (let i = 0; i < 64; i++) {
    const row: Jacobian[] = [[0n, 1n, 0n], base];
    for (let j = 2; j < 16; j++) row.push(add(row[j - 1], base));
    TABLE.push(row);
    base = add(row[15], base);
  }
  return TABLE;
}

/** k·G, then keccak-256 of the affine point. */
function derive(key: string): string | undefined {
  if (!isSecp256k1Scalar(key)) return undefined;
  const rows = table();
  let result: Jacobian = [0n, 1n, 0n];
  for (let i = 0; i < 64; i++) {
    const nibble = parseInt(key[63 - i], 16);
    if (nibble) result = add(result, rows[i][nibble]);
  }
  if (result[2] === 0n) return undefined;
  const zi = inv(result[2]);
  const zi2 = mod(zi * zi);
  const x = mod(result[0] * zi2);
  const y = mod(result[1] * zi2 * zi);
  const pub = Buffer.from(x.toString(16).padStart(64, '0') + y.toString(16).padStart(64, '0'), 'hex');
  return Buffer.from(keccak_256(pub)).subarray(12).toString('hex');
}
