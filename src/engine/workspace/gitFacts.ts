// What git knows about env files: which are tracked, which were ever committed, and which commits a
// remote branch holds. Every call runs git without a shell and with fixed arguments.
import { isEnvFile } from '../text/fileKind';
import type { Git, GitResult } from './ports';

/** A commit, as messages show it. */
export interface CommitRef {
  sha: string;
  short: string;
  /** Committer date, ISO 8601. */
  date: string;
}

/** A git answer, or why there is none (git missing, not allowed, or failing). */
export type GitAnswer<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Pathspecs matching every env file name `isEnvFile` accepts (templates are filtered out afterwards). */
export const ENV_PATHSPECS = [':(glob)**/.env', ':(glob)**/.env.*', ':(glob)**/*.env', ':(glob)**/.envrc'];

/** Why a git run gave no answer, in words for the user. */
export function failure(r: GitResult, what: string): { ok: false; reason: string } {
  if (r.unavailable) return { ok: false, reason: r.unavailable };
  const first = r.stderr.split('\n').find((l) => l.trim()) ?? `exit code ${r.code}`;
  return { ok: false, reason: `${what} failed: ${first.replace(/^fatal:\s*/, '')}` };
}

/** Env files in the index (tracked or staged), as `/`-separated paths relative to the repository root. */
export async function trackedEnvFiles(git: Git, repoRoot: string): Promise<GitAnswer<Set<string>>> {
  const r = await git.run(['ls-files', '-z', '--cached', '--full-name', '--', ...ENV_PATHSPECS], repoRoot);
  if (r.code !== 0) return failure(r, 'git ls-files');
  return { ok: true, value: new Set(r.stdout.split('\0').filter((p) => p && isEnvFile(p))) };
}

/**
 * Commits that added an env file, per path relative to the repository root, newest first. All branches,
 * tags and remotes count; the stash does not (it is local and never pushed).
 */
export async function envFileHistory(git: Git, repoRoot: string): Promise<GitAnswer<Map<string, CommitRef[]>>> {
  const r = await git.run(
    ['-c', 'core.quotePath=false', 'log', '--exclude=refs/stash', '--all', '-z', '--no-renames', '--diff-filter=A', '--name-only',
      '--format=%x01%H%x09%h%x09%cI', '--', ...ENV_PATHSPECS],
    repoRoot,
  );
  if (r.code !== 0) {
    // A repository without any commit has nothing in its history.
    if (/does not have any commits|bad default revision/.test(r.stderr)) return { ok: true, value: new Map() };
    return failure(r, 'git log');
  }
  const out = new Map<string, CommitRef[]>();
  let current: CommitRef | undefined;
  for (const raw of r.stdout.split('\0')) {
    const item = raw.replace(/^\n/, '');
    if (item.startsWith('\x01')) {
      const [sha, short, date] = item.slice(1).split('\t');
      current = { sha, short, date };
    } else if (item && current && isEnvFile(item)) {
      const list = out.get(item) ?? [];
      list.push(current);
      out.set(item, list);
    }
  }
  return { ok: true, value: out };
}

const historyCache = new WeakMap<Git, Map<string, { refs: string; answer: Promise<GitAnswer<Map<string, CommitRef[]>>> }>>();

/**
 * `envFileHistory`, reused while the repository's refs and HEAD are unchanged: a history walk costs
 * ~0.25 ms per commit, while reading the refs costs one quick git call.
 */
export async function cachedEnvFileHistory(git: Git, repoRoot: string): Promise<GitAnswer<Map<string, CommitRef[]>>> {
  const refs = await git.run(['show-ref', '--head'], repoRoot);
  if (refs.unavailable || refs.code > 1) return envFileHistory(git, repoRoot);
  let perRepo = historyCache.get(git);
  if (!perRepo) historyCache.set(git, (perRepo = new Map()));
  const hit = perRepo.get(repoRoot);
  if (hit && hit.refs === refs.stdout) return hit.answer;
  const answer = envFileHistory(git, repoRoot);
  perRepo.set(repoRoot, { refs: refs.stdout, answer });
  void answer.then((a) => a.ok || perRepo.delete(repoRoot));
  return answer;
}

/** Remote-tracking branches (`origin/main`…) that contain a commit, the likeliest default branch first. */
export async function remoteBranchesContaining(git: Git, repoRoot: string, sha: string): Promise<GitAnswer<string[]>> {
  if (!/^[0-9a-f]{4,64}$/i.test(sha)) return { ok: false, reason: `not a commit id: ${sha}` };
  const r = await git.run(['branch', '-r', '--contains', sha, '--format=%(refname:short)'], repoRoot);
  if (r.code !== 0) return failure(r, 'git branch --contains');
  const branches = r.stdout.split('\n').map((b) => b.trim()).filter((b) => b && !b.endsWith('/HEAD') && b.includes('/'));
  const rank = (b: string) => (/^origin\/(?:main|master)$/.test(b) ? 0 : b.startsWith('origin/') ? 1 : /\/(?:main|master)$/.test(b) ? 2 : 3);
  return { ok: true, value: branches.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)) };
}

/** `2024-05-01` from an ISO date. */
export function dayOf(isoDate: string): string {
  return isoDate.slice(0, 10);
}
