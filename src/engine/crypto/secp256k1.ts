// A secp256k1 private key is a scalar in [1, n-1]; 64-hex values outside that range are not keys.
const N = BigInt('0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141');

/** True when a 64-hex value (optionally 0x-prefixed) is a valid secp256k1 private key. */
export function isSecp256k1Scalar(hex: string): boolean {
  const h = hex.replace(/^0x/i, '');
  if (!/^[0-9a-fA-F]{64}$/.test(h)) return false;
  const k = BigInt(`0x${h}`);
  return k > 0n && k < N;
}
