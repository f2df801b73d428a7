/** Masks a secret as `abcd…wxyz` so that it can appear in messages, logs and reports. */
export function mask(value: string): string {
  const v = value.trim();
  if (v.startsWith('-----BEGIN')) {
    const header = /^-----BEGIN ([A-Z0-9 ]+)-----/.exec(v);
    return header ? `-----BEGIN ${header[1]}-----…` : '-----BEGIN…';
  }
  // Short values reveal too much with 4+4 visible characters: show less.
  if (v.length >= 16) return `${v.slice(0, 4)}…${v.slice(-4)}`;
  if (v.length >= 8) return `${v.slice(0, 2)}…${v.slice(-2)}`;
  return '…';
}
