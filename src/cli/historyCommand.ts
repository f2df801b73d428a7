// `keyguard scan --history`: every blob of the selected commits scanned once on the pool, each finding
// attributed to the commit that introduced its value, marked as still in the files and as pushed or not.
import { pathToFileURL } from 'url';
import { attribute, gitUnavailable, HistoryError, inSkippedDir, keyguardIgnore, pushedCommits, streamHistory, type BlobFindings, type Git } from '../engine';
import type { ScanArgs } from './args';
import { handled, type ScanPool } from './scanPool';
import type { TaskOptions } from './scanTask';
import { ScanError, type HistoryFinding, type PoolFor, type ScanReport } from './scanReport';

/** Scans the history of the repository around `cwd`; paths in the report are relative to its top folder. */
export async function scanHistory(args: ScanArgs, cwd: string, git: Git, poolFor: PoolFor): Promise<ScanReport> {
  const top = await toplevel(git, cwd);
  const selection = { since: args.since, range: args.range, branch: args.branch };
  const ig = keyguardIgnore(top, args.exclude);
  // The same few paths change again and again: decide each once.
  const skipPath = new Map<string, boolean>();
  const skipped = (p: string) => skipPath.get(p) ?? (skipPath.set(p, inSkippedDir(p) || ig.ignores(p)), skipPath.get(p)!);
  const options: TaskOptions = { includeGenerated: args.includeGenerated, disabledCategories: ['withdraw', 'gitignore', ...args.disable], wantKeys: true };
  const results = new Map<string, BlobFindings>();
  const report: ScanReport = { findings: [], scannedFiles: 0, scannedBytes: 0, skipped: [], root: top, rootUri: dirUri(top), notes: [] };
  const pending: Array<Promise<void>> = [];
  let pool: ScanPool | undefined;
  let history;
  try {
    // Blobs are scanned while git log still lists older commits (historyStream.ts).
    history = await streamHistory(git, top, {
      selection, maxBytes: args.maxFileSizeKB * 1024, skipPath: skipped,
      onBlob: async (o, wanted, found) => {
        if ('missing' in o) return;
        if ('tooLarge' in o) return void report.skipped.push(...wanted.map(({ path }) => ({ path: `${path}@${o.id}`, reason: 'too-large' as const, detail: `${Math.round(o.size / 1024)} KB` })));
        for (const { unit, path } of wanted) {
          // Sized by the work the log has named when the first blob arrives: a small history stays in this thread.
          pool ??= poolFor(found, 'history');
          await pool.ready();
          // Each task gets its own copy: a worker takes ownership of the bytes it is sent.
          const bytes = new Uint8Array(o.bytes);
          pending.push(handled(pool.run({ kind: 'blob', path, bytes, ...options }).then((r) => {
            if (r.skipped) return void (r.skipped.reason !== 'generated' && report.skipped.push({ path: `${path}@${o.id}`, ...r.skipped }));
            report.scannedFiles++;
            report.scannedBytes += r.scannedBytes;
            if (r.findings.length) results.set(unit, { findings: r.findings, keys: r.keys ?? [] });
          })));
        }
      },
    });
  } catch (e) {
    if (e instanceof HistoryError) throw new ScanError(e.message);
    throw e;
  }
  await Promise.all(pending);
  const { commits, changes, missing } = history;
  const introduced = attribute(commits, changes, (unit) => results.get(unit));
  const inHead = await stillInFiles(top, introduced.map((i) => i.path), args.maxFileSizeKB * 1024, options, pool ?? poolFor(introduced.length, 'history'));
  // Unknown is not "not pushed": when git cannot list the remote branches, say so and claim nothing.
  const pushed = await pushedCommits(git, top, new Set(introduced.map((i) => i.commit.id))).catch((e: unknown) => {
    if (!(e instanceof HistoryError)) throw e;
    report.notes.push(`could not tell which commits were pushed (${e.message}): treat every finding as pushed`);
    return undefined;
  });
  report.findings = introduced.map(({ path, finding, key, commit }): HistoryFinding => ({
    ...finding, path, commit: commit.id, date: commit.date, author: commit.author,
    inHead: inHead.get(path)?.has(key) ?? false, pushed: pushed ? pushed.has(commit.id) : null,
  }));
  report.history = { commits: commits.length, blobs: history.blobs, selection };
  report.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (commits.length === 0) report.notes.push('no commits to scan');
  if (missing) report.notes.push(`${missing} blob${missing === 1 ? '' : 's'} not in the object store (a shallow or partial clone): not scanned`);
  return report;
}

/** The repository's top folder; a clear error when git is missing or this is no repository. */
async function toplevel(git: Git, cwd: string): Promise<string> {
  const r = await git.run(['rev-parse', '--show-toplevel'], cwd);
  if (gitUnavailable(r)) throw new ScanError(`--history reads the repository with git, and ${r.unavailable}`);
  if (r.code !== 0 || !r.stdout.trim()) throw new ScanError('--history needs a git repository with a work tree (run it inside one)');
  return r.stdout.trim();
}

/** Value keys per path of the checked-out files, for the paths that have findings. */
async function stillInFiles(top: string, paths: readonly string[], maxBytes: number, options: TaskOptions, pool: ScanPool): Promise<Map<string, Set<string>>> {
  const unique = [...new Set(paths)];
  const results = await Promise.all(unique.map((rel) => pool.run({ kind: 'file', root: top, rel, maxBytes, ...options })));
  return new Map(unique.map((rel, i) => [rel, new Set(results[i].keys ?? [])]));
}

/** file:// URI of a folder, ending in a slash. */
function dirUri(dir: string): string {
  const u = pathToFileURL(dir).href;
  return u.endsWith('/') ? u : `${u}/`;
}

