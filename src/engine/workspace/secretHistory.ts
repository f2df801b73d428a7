// Was a secret found in code already committed, and pushed? Answered by reading `git log -p` output in
// this process, so the value never appears on a command line or in a process listing (`git log -S<value>`
// would put it there). Results are cached by a SHA-256 of the value, never by the value itself.
import { createHash } from 'crypto';
import { dayOf, failure } from './gitFacts';
import { HistoryError } from './history/gitHistory';
import { remoteBranchesHoldingAny } from './leakCheck';
import type { Git } from './ports';

/** Where a secret first entered the history. */
export interface SecretHistoryHit {
  /** Short id of the oldest commit that added the value. */
  commit: string;
  sha: string;
  /** Committer date of that commit, ISO 8601. */
  date: string;
  /** A remote-tracking branch holding it (`origin/main`), when one does. */
  pushedTo?: string;
  /** Set, with git's reason, when git could not tell whether a remote branch holds it. */
  pushedUnknown?: string;
}

/** Options of the history search. */
export interface SecretHistoryOptions {
  /** Stop reading `git log -p` after this many characters (default 256 M): huge histories stay bounded. */
  maxChars?: number;
  /** How long a repository's ref state is trusted before it is read again (default 5 s). */
  refsTtlMs?: number;
}

/** A cached answer, valid while the repository's refs are unchanged. */
interface CacheEntry {
  refs: string;
  hit: SecretHistoryHit | undefined;
}

/** Values waiting for the next pass over one repository's history. */
interface Batch {
  needles: Map<string, string>;
  waiters: Map<string, Array<{ resolve: (hit: SecretHistoryHit | undefined) => void; reject: (e: unknown) => void }>>;
}

/** Values shorter than this match too much prose to mean anything. */
const MIN_NEEDLE = 8;

/** SHA-256 of a string, hex. */
function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** What to search for: the value itself, or the longest line of a multi-line value (a PEM body line). */
function needleOf(value: string): string {
  const lines = value.trim().split(/\r?\n/).map((l) => l.trim().replace(/^["']|["',]$/g, ''));
  return lines.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * Finds the commits that added secret values, lazily and in batches: every `find` made in the same tick
 * shares one pass over the history, and answers are cached per repository until its refs change.
 */
export class SecretHistory {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly refsState = new Map<string, { refs: Promise<string | undefined>; at: number }>();
  private readonly batches = new Map<string, Batch>();
  /** Set when the last pass over a repository stopped at the size limit. */
  readonly incomplete = new Set<string>();

  constructor(private readonly git: Git, private readonly options: SecretHistoryOptions = {}) {}

  /**
   * The oldest commit that added `value` to any branch, tag or remote of the repository; undefined if none
   * (or no repository). Rejects with a HistoryError when git cannot answer: unknown is not "never committed".
   */
  async find(repoRoot: string, value: string): Promise<SecretHistoryHit | undefined> {
    const needle = needleOf(value);
    if (needle.length < MIN_NEEDLE) return undefined;
    const key = sha256(`${repoRoot}\0${needle}`);
    const refs = await this.refs(repoRoot);
    if (refs === undefined) return undefined;
    const cached = this.cache.get(key);
    if (cached && cached.refs === refs) return cached.hit;
    return new Promise((resolve, reject) => {
      let batch = this.batches.get(repoRoot);
      if (!batch) {
        batch = { needles: new Map(), waiters: new Map() };
        this.batches.set(repoRoot, batch);
        setImmediate(() => void this.flush(repoRoot, refs));
      }
      batch.needles.set(key, needle);
      const list = batch.waiters.get(key) ?? [];
      list.push({ resolve, reject });
      batch.waiters.set(key, list);
    });
  }

  /** Drops cached answers (all, or one repository's). */
  invalidate(repoRoot?: string): void {
    if (repoRoot === undefined) {
      this.cache.clear();
      this.refsState.clear();
    } else {
      this.refsState.delete(repoRoot);
    }
  }

  /** A fingerprint of every ref and HEAD; undefined when git cannot read the repository. Shared while in flight. */
  private refs(repoRoot: string): Promise<string | undefined> {
    const known = this.refsState.get(repoRoot);
    if (known && Date.now() - known.at < (this.options.refsTtlMs ?? 5000)) return known.refs;
    const refs = this.git.run(['show-ref', '--head'], repoRoot).then((r) => {
      // No git at all is unknown; exit code 1 with no output is a repository without commits (nothing in
      // its history yet); any other failure means no repository here.
      if (r.unavailable) throw new HistoryError(r.unavailable);
      const empty = r.code === 1 && r.stdout === '';
      return r.code === 0 || empty ? sha256(r.stdout) : undefined;
    });
    refs.catch(() => this.refsState.delete(repoRoot));
    this.refsState.set(repoRoot, { refs, at: Date.now() });
    return refs;
  }

  /** One pass over the history for every value waiting on this repository; a failed pass rejects every waiter and caches nothing. */
  private async flush(repoRoot: string, refs: string): Promise<void> {
    const batch = this.batches.get(repoRoot)!;
    this.batches.delete(repoRoot);
    let found: Awaited<ReturnType<SecretHistory['scan']>>;
    try {
      found = await this.scan(repoRoot, batch.needles);
    } catch (e) {
      for (const waiters of batch.waiters.values()) for (const w of waiters) w.reject(e);
      return;
    }
    for (const [key, waiters] of batch.waiters) {
      const commits = found.get(key);
      let hit: SecretHistoryHit | undefined;
      if (commits) {
        const oldest = commits[commits.length - 1];
        hit = { commit: oldest.short, sha: oldest.sha, date: oldest.date };
        // Leaked when ANY commit that added it is on a remote-tracking branch, not only the first or last.
        const branches = await remoteBranchesHoldingAny(this.git, repoRoot, commits.map((c) => c.sha));
        if (!branches.ok) hit.pushedUnknown = branches.reason;
        else if (branches.value.length) hit.pushedTo = branches.value[0];
      }
      // An unknown push state is not cached: the next look asks git again.
      if (!hit?.pushedUnknown) this.cache.set(key, { refs, hit });
      for (const w of waiters) w.resolve(hit);
    }
  }

  /** Streams `git log -p` and records, per needle, the commits whose added lines hold it (newest first). */
  private async scan(repoRoot: string, needles: Map<string, string>): Promise<Map<string, Array<{ sha: string; short: string; date: string }>>> {
    const found = new Map<string, Array<{ sha: string; short: string; date: string }>>();
    const max = this.options.maxChars ?? 256 * 1024 * 1024;
    let read = 0;
    let commit: { sha: string; short: string; date: string } | undefined;
    const entries = [...needles];
    this.incomplete.delete(repoRoot);
    const r = await this.git.lines(
      ['-c', 'core.quotePath=false', 'log', '--exclude=refs/stash', '--all', '-p', '-U0', '--no-color', '--no-ext-diff',
        '--no-textconv', '--no-renames', '--format=%x01%H %h %cI'],
      repoRoot,
      (line) => {
        read += line.length + 1;
        if (read > max) {
          this.incomplete.add(repoRoot);
          return false;
        }
        if (line.charCodeAt(0) === 1) {
          const [sha, short, date] = line.slice(1).split(' ');
          commit = { sha, short, date };
        } else if (commit && line.charCodeAt(0) === 43 /* + */ && !line.startsWith('+++ ')) {
          for (const [key, needle] of entries) {
            if (!line.includes(needle)) continue;
            const list = found.get(key) ?? [];
            if (list[list.length - 1] !== commit) list.push(commit);
            found.set(key, list);
          }
        }
        return true;
      },
    );
    // Stopping at the size limit kills git on purpose; any other failure leaves the answer unknown.
    if (!this.incomplete.has(repoRoot) && (r.unavailable || r.code !== 0)) throw new HistoryError(failure(r, 'git log').reason);
    return found;
  }
}

const shared = new WeakMap<Git, SecretHistory>();

/**
 * Where a secret value was first committed in a repository, and the remote branch that has it; undefined
 * when it never was. Lazy, batched and cached per git runner; call it on open or save, not per keystroke.
 */
export function findSecretInHistory(git: Git, repoRoot: string, value: string): Promise<SecretHistoryHit | undefined> {
  let h = shared.get(git);
  if (!h) {
    h = new SecretHistory(git);
    shared.set(git, h);
  }
  return h.find(repoRoot, value);
}

/** The sentence a secret finding's message gains when the value is already in the history. */
export function describeSecretHistory(hit: SecretHistoryHit): string {
  const when = `${hit.commit} (${dayOf(hit.date)})`;
  if (hit.pushedUnknown) {
    return `Committed in ${when}; KeyGuard could not tell whether it was pushed (${hit.pushedUnknown}). If it was, it is leaked: delete the key on the exchange (disabling is not enough) and create a new one.`;
  }
  return hit.pushedTo
    ? `LEAKED: committed in ${when} and reachable from ${hit.pushedTo}. Removing it from the file or rewriting history does not un-leak it — delete the key on the exchange (disabling is not enough) and create a new one.`
    : `Already committed in ${when}, on no remote branch yet: removing it from the file does not remove it from history — rewrite the history before pushing, and if it was pushed anywhere, delete the key on the exchange.`;
}
