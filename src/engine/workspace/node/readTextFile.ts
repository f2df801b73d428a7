import { readBounded, readBoundedSync, type BoundedRead } from './safeRead';

/** Why a file was not scanned. */
export type SkipReason = 'too-large' | 'binary' | 'unreadable';

/** A file's text, or the reason it was skipped. */
export type ReadResult = { text: string } | { skipped: SkipReason; detail?: string };

/**
 * Reads a file for scanning: skips non-regular files (FIFOs, devices), files above `maxBytes`, binary
 * content and, given `root`, symlinks whose target lies outside it; strips a UTF-8 BOM.
 */
export function readTextFile(absPath: string, maxBytes: number, root?: string): ReadResult {
  return textOf(readBoundedSync(absPath, { maxBytes, within: root }));
}

/** readTextFile without blocking the event loop (the editor's background scan reads many files at once). */
export async function readTextFileAsync(absPath: string, maxBytes: number, root?: string): Promise<ReadResult> {
  return textOf(await readBounded(absPath, { maxBytes, within: root }));
}

/** A bounded read's bytes as text, or why they are not scanned. */
function textOf(r: BoundedRead): ReadResult {
  if ('bytes' in r) return decodeText(r.bytes);
  if (r.code === 'ETOOBIG') return { skipped: 'too-large', detail: `${Math.round((r.size ?? 0) / 1024)} KB` };
  if (r.code === 'ENOTREG') return { skipped: 'unreadable', detail: 'not a regular file' };
  if (r.code === 'EOUTSIDE') return { skipped: 'unreadable', detail: 'a link that leads outside the scanned folder' };
  return { skipped: 'unreadable', detail: r.code };
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
