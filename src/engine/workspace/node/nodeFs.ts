import { promises as fsp } from 'fs';
import { DEFAULT_MAX_READ_BYTES, UnreadableFileError, type DirEntry, type FileLimits, type Fs } from '../ports';
import { readBounded } from './safeRead';

/** Errors that mean "there is nothing there" rather than "it is there but unreadable". */
const MISSING = new Set(['ENOENT', 'ENOTDIR']);

/** The real filesystem. UTF-8 text with a leading BOM removed; regular files only, size-capped. */
export const nodeFs: Fs = {
  async readFile(path: string, limits: FileLimits = {}): Promise<string | undefined> {
    const r = await readBounded(path, { maxBytes: limits.maxBytes ?? DEFAULT_MAX_READ_BYTES, within: limits.within });
    if ('code' in r) {
      if (MISSING.has(r.code)) return undefined;
      throw new UnreadableFileError(path, r.code);
    }
    const text = r.bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  },

  async exists(path: string): Promise<boolean> {
    try {
      await fsp.lstat(path);
      return true;
    } catch {
      return false;
    }
  },

  async list(dir: string): Promise<DirEntry[] | undefined> {
    try {
      const entries = await fsp.readdir(dir, { withFileTypes: true });
      return entries.map((e) => ({ name: e.name, kind: e.isFile() ? 'file' : e.isDirectory() ? 'dir' : 'other' }));
    } catch {
      return undefined;
    }
  },
};
