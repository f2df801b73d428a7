import * as path from 'path';
import { isEnvFile } from '../fileKind';
import { SKIPPED_DIRS } from './listFiles';
import type { Fs } from './ports';

/** Options of the env file search. */
export interface FindEnvFilesOptions {
  /** Returns true for a folder not worth entering (git ignores it, so no env file inside can leak). */
  prune?: (absDir: string) => Promise<boolean>;
  /** Stop after visiting this many folders (default 20,000), so a huge tree cannot stall the editor. */
  maxDirs?: number;
}

/** Env files found under a folder, and whether the search stopped early. */
export interface EnvFileSearch {
  files: string[];
  truncated: boolean;
}

/** Finds env files (`.env`, `.env.local`, `prod.env`, `.envrc`; not templates) under `root`, breadth first. */
export async function findEnvFiles(fs: Fs, root: string, options: FindEnvFilesOptions = {}): Promise<EnvFileSearch> {
  const maxDirs = options.maxDirs ?? 20_000;
  const files: string[] = [];
  const queue = [root];
  let visited = 0;
  while (queue.length) {
    if (visited++ >= maxDirs) return { files: files.sort(), truncated: true };
    const dir = queue.shift()!;
    const entries = await fs.list(dir);
    if (!entries) continue;
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (e.kind === 'file' && isEnvFile(e.name)) files.push(abs);
      else if (e.kind === 'dir' && !SKIPPED_DIRS.has(e.name) && !(await options.prune?.(abs))) queue.push(abs);
    }
  }
  return { files: files.sort(), truncated: false };
}
