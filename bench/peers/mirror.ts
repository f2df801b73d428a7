// Reads the peers' repositories from local git mirrors (`/work/.mirror/<owner>+<name>/repo`, or
// KEYGUARD_MIRRORS): nothing is fetched, and a missing mirror only makes that peer absent.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const MIRRORS = process.env.KEYGUARD_MIRRORS ?? '/work/.mirror';

/** One peer repository's mirror: list and read files at its HEAD. */
export class Mirror {
  private constructor(readonly repo: string, private readonly gitDir: string, readonly commit: string) {}

  /** The mirror of `owner/name`, or undefined when there is none (CI has no network and no mirrors). */
  static open(repo: string): Mirror | undefined {
    const base = path.join(MIRRORS, repo.replace('/', '+'));
    for (const d of [path.join(base, 'repo', '.git'), path.join(base, 'repo'), path.join(base, '.git'), base]) {
      if (!fs.existsSync(path.join(d, 'HEAD')) || !fs.existsSync(path.join(d, 'objects'))) continue;
      try {
        const commit = execFileSync('git', ['--git-dir', d, 'rev-parse', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
        return new Mirror(repo, d, commit);
      } catch {
        return undefined;
      }
    }
    return undefined;
  }

  /** Paths of the files under a folder (recursive). */
  list(folder: string): string[] {
    const out = execFileSync('git', ['--git-dir', this.gitDir, 'ls-tree', '-r', '--name-only', 'HEAD', '--', folder], { maxBuffer: 64 << 20 });
    return out.toString().split('\n').filter(Boolean);
  }

  /** A file's bytes at HEAD, or undefined. */
  read(file: string): Buffer | undefined {
    try {
      return execFileSync('git', ['--git-dir', this.gitDir, 'show', `HEAD:${file}`], { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return undefined;
    }
  }
}
