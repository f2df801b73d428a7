// `npm run bench:realcode`: runs KeyGuard's CLI code path (`keyguard scan --format json`) on the materialised
// real-code corpus and prints precision and recall per rule family, the misses and the false alarms (masked values
// only). Skips with a message when the files have not been materialised (CI has no mirrors).
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../src/cli/run';
import { DEFAULT_FILES_DIR, FAMILIES, loadManifest, MANIFEST_SETS, repoFolder, type Manifest, type ManifestSet } from './manifest';
import { emptyScore, ratios, scoreRepo, type Score, type ScoredFinding } from './scoring';

/** The CLI's JSON finding, as far as the scorer reads it. */
interface JsonFinding {
  path: string;
  id: string;
  severity: string;
  line?: number;
  range: { startLine: number };
  masked?: string;
}

/** Scans one materialised repository folder exactly as `keyguard scan --format json .` would. */
async function scanRepo(dir: string): Promise<ScoredFinding[]> {
  const res = await run(['scan', '--format', 'json', '.'], { cwd: dir, isTTY: false, noColor: true, version: 'realcode-bench' });
  if (res.exitCode === 2) throw new Error(`keyguard scan failed in ${dir}: ${res.stderr.trim()}`);
  const out = JSON.parse(res.stdout) as { findings: JsonFinding[] };
  // `line` is 1-based where the CLI provides it; `range.startLine` is 0-based.
  return out.findings.map((f) => ({ path: f.path, id: f.id, severity: f.severity, line: f.line ?? f.range.startLine + 1, masked: f.masked }));
}

/** Scores every materialised repository; undefined when nothing is materialised. */
export async function scoreRealCode(filesDir = DEFAULT_FILES_DIR, manifest: Manifest = loadManifest()): Promise<{ score: Score; notMaterialised: number } | undefined> {
  const score = emptyScore();
  let notMaterialised = 0;
  for (const repo of manifest.repositories) {
    const dir = path.join(filesDir, repoFolder(repo.repo));
    const present = (p: string) => fs.existsSync(path.join(dir, p));
    notMaterialised += repo.files.filter((f) => !present(f.path)).length;
    if (!fs.existsSync(dir)) continue;
    scoreRepo(score, repo, await scanRepo(dir), present);
  }
  return score.files ? { score, notMaterialised } : undefined;
}

/** Markdown summary: one row per family, then the misses and false alarms grouped by class. */
export function realCodeMarkdown(score: Score, notMaterialised: number, details = true, title = 'Real-code corpus'): string {
  const lines = [
    `${title}: ${score.files} files (${score.cleanFiles} clean) from ${score.repos} repositories${notMaterialised ? `, ${notMaterialised} listed files not materialised` : ''}.`,
    '',
    '| family | expected alarms | found | recall | alarms raised | true | ambiguous/unscored | false | precision |',
    '|---|---|---|---|---|---|---|---|---|',
    ...FAMILIES.map((f) => {
      const s = score.byFamily[f];
      const r = ratios(s);
      return `| ${f} | ${s.expected} | ${s.found} | ${r.recall} | ${s.alarms} | ${s.trueAlarms} | ${s.neutral} | ${s.falseAlarms} | ${r.precision} |`;
    }),
  ];
  if (!details) return lines.join('\n');
  const count = <T>(xs: T[], key: (x: T) => string) => [...xs.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]);
  lines.push('', `Misses (${score.misses.length}) by class: ${count(score.misses, (m) => `${m.fact.family}/${m.fact.rule}`).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  for (const m of score.misses) lines.push(`- MISS ${m.repo} ${m.path}:${m.fact.line} [${m.fact.family}/${m.fact.rule}, ${m.fact.level}] ${m.fact.note}${m.got ? ` (got ${m.got})` : ''}`);
  lines.push('', `False alarms (${score.falseAlarms.length}) by rule: ${count(score.falseAlarms, (a) => `${a.id} (${a.reason})`).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  for (const a of score.falseAlarms) lines.push(`- FALSE ${a.repo} ${a.path}:${a.line} ${a.id} ${a.severity} (${a.reason})${a.masked ? ` ${a.masked}` : ''}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const filesDir = path.resolve(at('--files') ?? DEFAULT_FILES_DIR);
  // `--set held-out` … `held-out-15` score the repositories kept out of tuning; the default is the tuned set.
  const set = (at('--set') ?? 'tuned') as ManifestSet;
  if (!(set in MANIFEST_SETS)) throw new Error(`unknown --set ${set} (${Object.keys(MANIFEST_SETS).join(', ')})`);
  const res = await scoreRealCode(filesDir, loadManifest(MANIFEST_SETS[set].file));
  if (!res) {
    console.log(`real-code corpus (${set}): skipped, nothing materialised in ${filesDir} (run \`npm run bench:realcode:materialise\` where the git mirrors exist)`);
    return;
  }
  const md = realCodeMarkdown(res.score, res.notMaterialised, !argv.includes('--summary'), MANIFEST_SETS[set].title);
  console.log(md);
  const out = at('--write');
  if (out) fs.writeFileSync(path.resolve(out), md + '\n');
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 2;
  });
}
