// Matches KeyGuard findings against the manifest's hand-written facts: recall and precision per family.
import { FAMILIES, familyOf, isSecretFamily, type Expectation, type Family, type ManifestRepo } from './manifest';

/** What the scorer needs of a finding (a subset of the CLI's JSON output). */
export interface ScoredFinding {
  path: string;
  id: string;
  severity: string;
  /** 1-based line. */
  line: number;
  masked?: string;
}

/** One expected alarm that KeyGuard did not raise at warning or error. */
export interface Miss {
  repo: string;
  path: string;
  fact: Expectation;
  /** What KeyGuard said near that line instead (e.g. the same family at info), if anything. */
  got?: string;
}

/** One alarm (warning or error) that no fact asks for. */
export interface FalseAlarm {
  repo: string;
  path: string;
  line: number;
  id: string;
  severity: string;
  masked?: string;
  /** Why it is false: a clean file, a fact saying info/none, a line of a listed file no fact covers, a file not listed. */
  reason: 'clean-file' | 'expected-lower' | 'no-fact' | 'unlisted-file';
}

export interface FamilyScore {
  expected: number;
  found: number;
  /** Expected-error facts that were found at error. */
  exactError: number;
  alarms: number;
  trueAlarms: number;
  /** Alarms on lines the manifest marks as ambiguous (`any`) or in unscored families: not counted either way. */
  neutral: number;
  falseAlarms: number;
}

export interface Score {
  repos: number;
  files: number;
  cleanFiles: number;
  byFamily: Record<Family, FamilyScore>;
  misses: Miss[];
  falseAlarms: FalseAlarm[];
}

const isAlarm = (s: string) => s === 'error' || s === 'warning';

// Token and generic are both other services' secrets, and hand labels split them differently (a block explorer key
// as generic, an OAuth client secret as token): a finding of one matches a fact of the other.
const SERVICE_SECRETS: readonly Family[] = ['token', 'generic'];

/** True when a finding of family `b` answers a fact of family `a`. */
export function sameFamily(a: Family, b: Family): boolean {
  return a === b || (SERVICE_SECRETS.includes(a) && SERVICE_SECRETS.includes(b));
}

/** A fact that explains an alarm of this family on this line: same family (any secret family for an ambiguous secret line), within ±1 line. */
function covers(e: Expectation, family: Family, line: number): boolean {
  if (Math.abs(e.line - line) > 1) return false;
  return sameFamily(e.family, family) || (e.level === 'any' && isSecretFamily(e.family) && isSecretFamily(family));
}

/** Empty per-family counters. */
export function emptyScore(): Score {
  const byFamily = Object.fromEntries(FAMILIES.map((f) => [f, { expected: 0, found: 0, exactError: 0, alarms: 0, trueAlarms: 0, neutral: 0, falseAlarms: 0 }])) as Record<Family, FamilyScore>;
  return { repos: 0, files: 0, cleanFiles: 0, byFamily, misses: [], falseAlarms: [] };
}

/** Adds one repository's findings to the score; `present` says which manifest files were materialised. */
export function scoreRepo(score: Score, repo: ManifestRepo, findings: readonly ScoredFinding[], present: (path: string) => boolean): void {
  const files = repo.files.filter((f) => present(f.path));
  if (!files.length) return;
  score.repos++;
  const byPath = new Map(files.map((f) => [f.path, f]));
  const found = new Set<Expectation>();
  for (const f of findings) {
    if (!isAlarm(f.severity)) continue;
    const family = familyOf(f.id);
    const fam = score.byFamily[family];
    fam.alarms++;
    const file = byPath.get(f.path);
    const alarm = { repo: repo.repo, path: f.path, line: f.line, id: f.id, severity: f.severity, masked: f.masked };
    if (!file) {
      score.falseAlarms.push({ ...alarm, reason: 'unlisted-file' });
      fam.falseAlarms++;
      continue;
    }
    if (file.unscored?.includes(family)) {
      fam.neutral++;
      continue;
    }
    const near = (file.expect ?? []).filter((e) => covers(e, family, f.line));
    const wanted = near.filter((e) => e.level === 'warning' || e.level === 'error');
    if (wanted.length) {
      fam.trueAlarms++;
      for (const e of wanted) {
        found.add(e);
        if (e.level === 'error' && f.severity === 'error') fam.exactError++;
      }
    } else if (near.some((e) => e.level === 'any')) {
      fam.neutral++;
    } else {
      fam.falseAlarms++;
      score.falseAlarms.push({ ...alarm, reason: near.length ? 'expected-lower' : file.clean ? 'clean-file' : 'no-fact' });
    }
  }
  for (const file of files) {
    score.files++;
    if (file.clean) score.cleanFiles++;
    for (const e of file.expect ?? []) {
      if (e.level !== 'warning' && e.level !== 'error') continue;
      score.byFamily[e.family].expected++;
      if (found.has(e)) {
        score.byFamily[e.family].found++;
        continue;
      }
      const other = findings.find((f) => f.path === file.path && Math.abs(f.line - e.line) <= 1 && sameFamily(e.family, familyOf(f.id)));
      score.misses.push({ repo: repo.repo, path: file.path, fact: e, got: other ? `${other.id} at ${other.severity}` : undefined });
    }
  }
}

/** `found / expected` and `true / (true + false)` as percentages, or `–` when there is nothing to divide. */
export function ratios(s: FamilyScore): { recall: string; precision: string } {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
  return { recall: pct(s.found, s.expected), precision: pct(s.trueAlarms, s.trueAlarms + s.falseAlarms) };
}
