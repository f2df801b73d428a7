import * as path from 'path';
import type { Fs } from './ports';

/** Where a repository lives: its work tree and the folders git keeps its data in. */
export interface RepoInfo {
  /** The work tree's top folder (the one holding `.git`). */
  root: string;
  /** The repository's git folder (for a linked worktree or submodule, the folder `.git` points to). */
  gitDir: string;
  /** Where shared data such as `info/exclude` lives (differs from gitDir in linked worktrees). */
  commonDir: string;
}

/** An operation git is in the middle of, which makes index changes unsafe. */
export type RepoOperation = 'rebase' | 'merge' | 'cherry-pick' | 'revert' | 'bisect';

/** Reads the `.git` entry of a folder: a folder, or a file with `gitdir: <path>` (worktrees, submodules). */
async function gitDirAt(fs: Fs, dir: string): Promise<RepoInfo | undefined> {
  const dotGit = path.join(dir, '.git');
  if (!(await fs.exists(dotGit))) return undefined;
  let gitDir = dotGit;
  let pointer: string | undefined;
  try {
    pointer = (await fs.list(dotGit)) ? undefined : await fs.readFile(dotGit);
  } catch {
    pointer = undefined;
  }
  const m = pointer ? /^gitdir:\s*(.+?)\s*$/m.exec(pointer) : null;
  if (m) gitDir = path.resolve(dir, m[1]);
  let commonDir = gitDir;
  try {
    const common = await fs.readFile(path.join(gitDir, 'commondir'));
    if (common?.trim()) commonDir = path.resolve(gitDir, common.trim());
  } catch {
    // No commondir: an ordinary repository.
  }
  return { root: dir, gitDir, commonDir };
}

/** Finds the repository holding a folder by walking up to the first `.git`; undefined outside any repository. */
export async function findRepo(fs: Fs, dir: string): Promise<RepoInfo | undefined> {
  let d = path.resolve(dir);
  for (;;) {
    const found = await gitDirAt(fs, d);
    if (found) return found;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** Marker files and folders git leaves while an operation waits for the user. */
const IN_PROGRESS: Array<[string, RepoOperation]> = [
  ['rebase-merge', 'rebase'],
  ['rebase-apply', 'rebase'],
  ['MERGE_HEAD', 'merge'],
  ['CHERRY_PICK_HEAD', 'cherry-pick'],
  ['REVERT_HEAD', 'revert'],
  ['BISECT_LOG', 'bisect'],
];

/** The operation the repository is in the middle of (a rebase, a merge…), if any. */
export async function operationInProgress(fs: Fs, repo: RepoInfo): Promise<RepoOperation | undefined> {
  for (const [marker, op] of IN_PROGRESS) {
    if (await fs.exists(path.join(repo.gitDir, marker))) return op;
  }
  return undefined;
}

/** True when another git process holds the index lock. */
export function indexLocked(fs: Fs, repo: RepoInfo): Promise<boolean> {
  return fs.exists(path.join(repo.gitDir, 'index.lock'));
}
