import * as path from 'path';
import { failure } from './gitFacts';
import { relativeTo } from './gitIgnoreRules';
import type { Fs, Git } from './ports';
import { findRepo, indexLocked, operationInProgress } from './repoLocator';

/** The outcome of "Stop tracking this file". */
export type UntrackResult = { ok: true; repoRoot: string } | { ok: false; reason: string };

/**
 * Removes a file from git's index and leaves it on disk (`git rm --cached`). Refuses while a rebase, merge
 * or similar waits for the user, or while another git process holds the index, so nothing is lost.
 */
export async function stopTracking(git: Git, fs: Fs, file: string): Promise<UntrackResult> {
  const abs = path.resolve(file);
  const repo = await findRepo(fs, path.dirname(abs));
  if (!repo) return { ok: false, reason: `${abs} is not in a git repository` };
  const op = await operationInProgress(fs, repo);
  if (op) return { ok: false, reason: `the repository is in the middle of a ${op}: finish it or abort it (git ${op} --continue / --abort), then try again` };
  if (await indexLocked(fs, repo)) return { ok: false, reason: 'another git process is using the repository (.git/index.lock exists): wait for it, or delete the lock if no git is running' };
  const rel = relativeTo(repo.root, abs);
  if (!rel) return { ok: false, reason: `${abs} is not inside ${repo.root}` };
  // `:(literal)` so a name with `*` or `?` is never read as a glob.
  const r = await git.run(['rm', '--cached', '--quiet', '--', `:(literal)${rel}`], repo.root);
  if (r.code !== 0) return failure(r, 'git rm --cached');
  return { ok: true, repoRoot: repo.root };
}
