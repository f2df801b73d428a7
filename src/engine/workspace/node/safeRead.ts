// Reads that a hostile folder cannot turn into a hang or a memory blow-up: a FIFO, /dev/zero or a huge
// file planted (or symlinked) where a text file is expected. The type is checked on the opened handle,
// so a path swapped between a check and the read cannot slip through.
import * as fs from 'fs';
import * as path from 'path';

/** Why a bounded read refused. `ENOTREG`: not a regular file; `ETOOBIG`: larger than the limit; `EOUTSIDE`: a link out of the root. */
export type RefusalCode = 'ENOTREG' | 'ETOOBIG' | 'EOUTSIDE';

/** Bytes of a file, or the error code why not (a Node code such as ENOENT, or a refusal). */
export type BoundedRead = { bytes: Buffer; size: number } | { code: string; size?: number };

/** Limits of a bounded read. */
export interface ReadLimits {
  /** Refuse files larger than this. */
  maxBytes: number;
  /** Refuse a path whose real location (symlinks resolved) lies outside this folder. */
  within?: string;
}

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer (no effect on files).
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** True when `abs` (already real) is `root` or inside it. */
export function isInside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Error code of a thrown fs error. */
function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'EIO';
}

/** Reads a regular file of at most `maxBytes`, synchronously. */
export function readBoundedSync(file: string, limits: ReadLimits): BoundedRead {
  let fd: number | undefined;
  try {
    if (limits.within !== undefined && !isInside(fs.realpathSync.native(limits.within), fs.realpathSync.native(file))) return { code: 'EOUTSIDE' };
    fd = fs.openSync(file, OPEN_FLAGS);
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { code: 'ENOTREG' };
    if (st.size > limits.maxBytes) return { code: 'ETOOBIG', size: st.size };
    const bytes = Buffer.alloc(st.size);
    let got = 0;
    while (got < st.size) {
      const n = fs.readSync(fd, bytes, got, st.size - got, got);
      if (n === 0) break; // shrank while reading: keep what is there
      got += n;
    }
    return { bytes: bytes.subarray(0, got), size: st.size };
  } catch (e) {
    return { code: codeOf(e) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Reads a regular file of at most `maxBytes`, without blocking the event loop. */
export async function readBounded(file: string, limits: ReadLimits): Promise<BoundedRead> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    if (limits.within !== undefined) {
      const [root, real] = await Promise.all([fs.promises.realpath(limits.within), fs.promises.realpath(file)]);
      if (!isInside(root, real)) return { code: 'EOUTSIDE' };
    }
    handle = await fs.promises.open(file, OPEN_FLAGS);
    const st = await handle.stat();
    if (!st.isFile()) return { code: 'ENOTREG' };
    if (st.size > limits.maxBytes) return { code: 'ETOOBIG', size: st.size };
    const bytes = Buffer.alloc(st.size);
    let got = 0;
    while (got < st.size) {
      const { bytesRead } = await handle.read(bytes, got, st.size - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { bytes: bytes.subarray(0, got), size: st.size };
  } catch (e) {
    return { code: codeOf(e) };
  } finally {
    await handle?.close();
  }
}

/** True when a path is missing, or is a regular file of at most `maxBytes` (checked on the opened handle, without blocking on a FIFO). */
export function missingOrSmallFile(file: string, maxBytes: number): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
    const st = fs.fstatSync(fd);
    return st.isFile() && st.size <= maxBytes;
  } catch (e) {
    return codeOf(e) === 'ENOENT' || codeOf(e) === 'ENOTDIR';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
