// Which commit introduced each value: a change introduces the values its new blob has at that path that
// none of its parents' blobs there had; of every commit that introduced a value at a path, the oldest one
// is the one whose tree had it first.
import { isBuildScript, isGeneratedPath } from '../../find/generatedFiles';
import { pathContext } from '../../findings/contextSeverity';
import type { Finding } from '../../types';
import type { HistoryCommit, RawChange } from './rawLog';

/** What scanning one blob (as a file at some path) found; `keys` identify each finding's value without holding it. */
export interface BlobFindings {
  findings: Finding[];
  /** One key per finding (a hash of the value), same order. */
  keys: string[];
}

/** A finding in history: where and when its value first appeared. */
export interface IntroducedFinding {
  path: string;
  finding: Finding;
  key: string;
  commit: HistoryCommit;
}

/**
 * The scan unit of a blob at a path: blobs are scanned once per file name, context (test, example, docs)
 * and generated-or-not (dist/, build/ are skipped), the parts of the path the engine's rules look at, so a
 * file moved between folders is not scanned again while a copy in dist/ never decides for the one in src/.
 */
export function scanUnit(blob: string, path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  // A script in a build folder is judged by its content too (a bundle there is skipped): its own unit.
  return `${blob}\0${base}\0${pathContext(path) ?? ''}\0${isGeneratedPath(path) ? 'generated' : isBuildScript(path) ? 'build' : ''}`;
}

/**
 * Attributes each (path, value) to the oldest commit that introduced it. `scanned` answers per scan unit
 * (undefined when the blob was skipped: binary, too large, generated). Sorted by path, line, rule.
 */
export function attribute(commits: readonly HistoryCommit[], changes: Iterable<RawChange>, scanned: (unit: string) => BlobFindings | undefined): IntroducedFinding[] {
  const best = new Map<string, IntroducedFinding>();
  for (const c of changes) {
    if (!c.blob) continue;
    const now = scanned(scanUnit(c.blob, c.path));
    if (!now || now.findings.length === 0) continue;
    const before = new Set<string>();
    for (const s of c.sources) for (const k of scanned(scanUnit(s, c.path))?.keys ?? []) before.add(k);
    const commit = commits[c.commit];
    now.findings.forEach((finding, i) => {
      const key = now.keys[i];
      if (before.has(key)) return;
      const id = `${c.path}\0${key}`;
      const seen = best.get(id);
      if (!seen || commit.order > seen.commit.order) best.set(id, { path: c.path, finding, key, commit });
    });
  }
  return [...best.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.finding.range.start - b.finding.range.start || (a.finding.id < b.finding.id ? -1 : a.finding.id > b.finding.id ? 1 : 0));
}
