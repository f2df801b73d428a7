import { promises as fsp } from 'fs';
import { UnreadableFileError, type DirEntry, type Fs } from './ports';

/** Errors that mean "there is nothing there" rather than "it is there but unreadable". */
const MISSING = new Set(['ENOENT', 'ENOTDIR']);

/** The real filesystem. UTF-8 text with a leading BOM removed. */
export const nodeFs: Fs = {
  async readFile(path: string): Promise<string | undefined> {
    try {
      const text = await fsp.readFile(path, 'utf8');
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      if (MISSING.has(code)) return undefined;
      throw new UnreadableFileError(path, code);
    }
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
