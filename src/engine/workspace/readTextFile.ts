import * as fs from 'fs';

/** Why a file was not scanned. */
export type SkipReason = 'too-large' | 'binary' | 'unreadable';

/** A file's text, or the reason it was skipped. */
export type ReadResult = { text: string } | { skipped: SkipReason; detail?: string };

/** Reads a file for scanning: skips files above `maxBytes` and binary content, strips a UTF-8 BOM. */
export function readTextFile(absPath: string, maxBytes: number): ReadResult {
  let buf: Buffer;
  try {
    const st = fs.statSync(absPath);
    if (!st.isFile()) return { skipped: 'unreadable', detail: 'not a regular file' };
    if (st.size > maxBytes) return { skipped: 'too-large', detail: `${Math.round(st.size / 1024)} KB` };
    buf = fs.readFileSync(absPath);
  } catch (e) {
    return { skipped: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? 'error' };
  }
  return decodeText(buf);
}

/** Decodes bytes as text the way editors do: BOM-aware UTF-8/UTF-16, NUL bytes mean binary. */
export function decodeText(buf: Buffer): ReadResult {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: buf.subarray(2).toString('utf16le') };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2, 2 + ((buf.length - 2) & ~1)));
    swapped.swap16();
    return { text: swapped.toString('utf16le') };
  }
  if (buf.subarray(0, 8192).includes(0)) return { skipped: 'binary' };
  const text = buf.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
