// Identifies a value across blobs and files without keeping it.
import { createHash } from 'crypto';

/** The first 128 bits of the value's SHA-256, hex: equal values, equal keys; the value cannot be read back. */
export function valueKey(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}
