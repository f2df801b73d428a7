// The "Git History" view's shape, without VS Code: history findings grouped commit → file → finding, and
// the words on each row. Pure (unit-tested); HistoryTree renders it.
import type { Finding } from '../../engine';
import { plural } from '../views/plural';
import { relativeDate } from '../views/relativeDate';

/** One finding of the history scan as the view keeps it (masked: the finding holds no value). */
export interface HistoryItem {
  /** The repository's top folder. */
  root: string;
  /** Full id of the commit that introduced the value. */
  commit: string;
  /** Author date, ISO 8601. */
  date: string;
  author: string;
  /** Path relative to the repository's top folder, `/`-separated. */
  path: string;
  finding: Finding;
  pushed: boolean;
}

/** The findings one commit introduced, by file. */
export interface CommitGroup {
  root: string;
  commit: string;
  date: string;
  author: string;
  pushed: boolean;
  count: number;
  files: Array<{ path: string; findings: HistoryItem[] }>;
}

/** Groups by commit (newest first), then file (by path), then position. */
export function groupHistory(items: readonly HistoryItem[]): CommitGroup[] {
  const commits = new Map<string, HistoryItem[]>();
  for (const i of items) commits.set(`${i.root}\0${i.commit}`, [...(commits.get(`${i.root}\0${i.commit}`) ?? []), i]);
  const groups = [...commits.values()].map((list): CommitGroup => {
    const files = new Map<string, HistoryItem[]>();
    for (const i of list) files.set(i.path, [...(files.get(i.path) ?? []), i]);
    const { root, commit, date, author, pushed } = list[0];
    return {
      root, commit, date, author, pushed, count: list.length,
      files: [...files].map(([path, fs]) => ({ path, findings: fs.sort((a, b) => a.finding.range.start - b.finding.range.start) })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    };
  });
  return groups.sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || (a.commit < b.commit ? -1 : 1));
}

/** "a1b2c3d · 3 days ago" */
export function commitLabel(g: CommitGroup, now: number): string {
  return `${g.commit.slice(0, 7)} · ${relativeDate(Date.parse(g.date), now)}`;
}

/** "Alice · 2 findings · pushed" */
export function commitDescription(g: CommitGroup): string {
  return [g.author, plural(g.count, 'finding'), g.pushed ? 'pushed' : 'not pushed'].join(' · ');
}

/** The summary after a scan: "KeyGuard scanned 12 commits: 3 secrets in 2 commits, 1 of them pushed." */
export function historySummary(commits: number, items: readonly HistoryItem[], cancelled: boolean): string {
  const groups = groupHistory(items);
  const pushed = groups.filter((g) => g.pushed).length;
  const scanned = `KeyGuard ${cancelled ? 'stopped after scanning part of' : 'scanned'} ${plural(commits, 'commit')}`;
  if (items.length === 0) return `${scanned}: no secrets in the history.`;
  const pushedText = pushed ? `, ${pushed === groups.length ? (groups.length === 1 ? 'pushed' : 'all pushed') : `${pushed} of them pushed`}: rotate those keys; rewriting history does not un-leak a pushed key` : '';
  return `${scanned}: ${plural(items.length, 'secret')} in ${plural(groups.length, 'commit')}${pushedText}.`;
}
