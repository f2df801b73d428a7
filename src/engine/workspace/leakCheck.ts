// Is a commit "leaked"? It is when a remote-tracking branch holds it: someone else's clone has it then,
// and rewriting local history does not take it back. One git call answers for many commits at once.
import { failure, type GitAnswer } from './gitFacts';
import type { Git } from './ports';

/** Commits asked about in one call; a value added more often than this is judged by its newest and oldest. */
const MAX_COMMITS = 64;

/**
 * Remote-tracking branches holding at least one of the commits (git ORs repeated `--contains`), the
 * likeliest default branch first. Commit ids only ever come from git's own output; anything else is refused.
 */
export async function remoteBranchesHoldingAny(git: Git, repoRoot: string, shas: readonly string[]): Promise<GitAnswer<string[]>> {
  const picked = shas.length > MAX_COMMITS ? [...shas.slice(0, MAX_COMMITS - 1), shas[shas.length - 1]] : [...shas];
  if (!picked.length) return { ok: true, value: [] };
  const bad = picked.find((s) => !/^[0-9a-f]{4,64}$/i.test(s));
  if (bad !== undefined) return { ok: false, reason: `not a commit id: ${bad}` };
  const r = await git.run(['branch', '-r', ...picked.flatMap((s) => ['--contains', s]), '--format=%(refname:short)'], repoRoot);
  if (r.code !== 0) return failure(r, 'git branch --contains');
  const branches = r.stdout.split('\n').map((b) => b.trim()).filter((b) => b && !b.endsWith('/HEAD') && b.includes('/'));
  const rank = (b: string) => (/^origin\/(?:main|master)$/.test(b) ? 0 : b.startsWith('origin/') ? 1 : /\/(?:main|master)$/.test(b) ? 2 : 3);
  return { ok: true, value: branches.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)) };
}

/** Whether a value found in history is leaked: in a commit some remote-tracking branch holds. */
export type LeakState = 'leaked' | 'committed' | 'not-committed';

/** The leak state of a history hit (`pushedTo` set = a remote-tracking branch holds one of its commits). */
export function leakState(hit: { pushedTo?: string } | undefined): LeakState {
  return !hit ? 'not-committed' : hit.pushedTo ? 'leaked' : 'committed';
}
