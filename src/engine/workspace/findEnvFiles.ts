import * as path from 'path';
import { isEnvFile } from '../text/fileKind';
import { SKIPPED_DIRS } from './node/listFiles';
import type { Fs } from './ports';

/** Options of the env file search. */
export interface FindEnvFilesOptions {
  /** Returns true for a folder not worth entering (git ignores it, so no env file inside can leak). */
  prune?: (absDir: string) => Promise<boolean>;
  /** Stop after visiting this many folders (default 20,000), so a huge tree cannot stall the editor. */
  maxDirs?: number;
  /** Folders read at the same time (default 16): the search waits on I/O, not on the CPU. */
  concurrency?: number;
}

/** Env files found under a folder, and whether the search stopped early. */
export interface EnvFileSearch {
  files: string[];
  truncated: boolean;
}

/** Finds env files (`.env`, `.env.local`, `prod.env`, `.envrc`; not templates) under `root`. */
export async function findEnvFiles(fs: Fs, root: string, options: FindEnvFilesOptions = {}): Promise<EnvFileSearch> {
  const maxDirs = options.maxDirs ?? 20_000;
  const files: string[] = [];
  const queue = [root];
  let visited = 0;
  let truncated = false;

  /** Reads one folder, queueing its subfolders. */
  async function visit(dir: string): Promise<void> {
    const entries = await fs.list(dir);
    if (!entries) return;
    await Promise.all(entries.map(async (e) => {
      const abs = path.join(dir, e.name);
      if (e.kind === 'file' && isEnvFile(e.name)) files.push(abs);
      else if (e.kind === 'dir' && !SKIPPED_DIRS.has(e.name) && !(await options.prune?.(abs))) queue.push(abs);
    }));
  }

  /** One of several workers draining the shared queue; idle workers wait for the busy ones to add more. */
  const busy = new Set<Promise<void>>();
  while (queue.length || busy.size) {
    while (queue.length && busy.size < (options.concurrency ?? 16)) {
      if (visited++ >= maxDirs) {
        truncated = true;
        queue.length = 0;
        break;
      }
      const p: Promise<void> = visit(queue.shift()!).finally(() => busy.delete(p));
      busy.add(p);
    }
    if (busy.size) await Promise.race(busy);
  }
  return { files: files.sort(), truncated };
}
