// `npm run bench:peers`: KeyGuard on the other scanners' own test data (gitleaks, Kingfisher, CredSweeper),
// read from local git mirrors at run time and written only to a folder outside the project
// (KEYGUARD_PEERS_DIR, default /tmp/keyguard-peers). Prints recall on their positives and the share of their
// negatives flagged at warning or error, per peer and per family. Nothing of theirs is committed; without
// mirrors (CI) it says so and exits 0.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as engine from '../../src/engine';
import type { Finding } from '../../src/engine';
import { FAMILY_ORDER, familyOf } from './families';
import { Mirror } from './mirror';
import { credsweeperSamples, gitleaksSamples, kingfisherSamples, type Sample } from './sources';

const PEERS: Array<[string, (m: Mirror) => Sample[]]> = [
  ['gitleaks/gitleaks', gitleaksSamples],
  ['mongodb/kingfisher', kingfisherSamples],
  ['Samsung/CredSweeper', credsweeperSamples],
];
const OUT = process.env.KEYGUARD_PEERS_DIR ?? path.join(os.tmpdir(), 'keyguard-peers');
// Another build of the engine (an older commit compiled elsewhere) to compare with: KEYGUARD_ENGINE=/path/to/out/src/engine.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { scanText } = (process.env.KEYGUARD_ENGINE ? require(process.env.KEYGUARD_ENGINE) : engine) as typeof engine;

interface Tally { pos: number; found: number; neg: number; flagged: number }
const tally = (): Tally => ({ pos: 0, found: 0, neg: 0, flagged: 0 });

/**
 * Findings that count: warning or error (info is a hint, not an alarm) on the sample's line. A finding that
 * spans lines (a PEM block) covers each of them: CredSweeper lists every line of a key as a positive.
 */
function alarms(findings: readonly Finding[], line?: number): Finding[] {
  return findings.filter((f) => f.severity !== 'info' && (line === undefined || (f.range.startLine <= line - 1 && line - 1 <= f.range.endLine)));
}

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(1)}%` : '–';
}

function main(): void {
  const samples: Sample[] = [];
  const used: string[] = [];
  for (const [repo, load] of PEERS) {
    const m = Mirror.open(repo);
    if (!m) {
      console.log(`skip ${repo}: no local mirror`);
      continue;
    }
    const s = load(m);
    used.push(`${repo}@${m.commit.slice(0, 12)} (${s.length} samples)`);
    samples.push(...s);
  }
  if (!samples.length) {
    console.log('No peer mirrors found: nothing to measure.');
    return;
  }
  fs.mkdirSync(OUT, { recursive: true });
  const byPeer = new Map<string, Tally>();
  const byFamily = new Map<string, Tally>();
  const misses: string[] = [];
  const falseFlags: string[] = [];
  const cache = new Map<string, Finding[]>();
  for (const s of samples) {
    const key = `${s.path}\0${s.text}`;
    let findings = cache.get(key);
    if (!findings) {
      findings = scanText(s.text, { path: s.path }).findings;
      cache.set(key, findings);
    }
    const hit = alarms(findings, s.line);
    const fam = familyOf(s.rule, s.peer === 'credsweeper' ? s.path : '');
    for (const t of [tallyFor(byPeer, s.peer), tallyFor(byFamily, fam)]) {
      if (s.positive) {
        t.pos++;
        if (hit.length) t.found++;
      } else {
        t.neg++;
        if (hit.length) t.flagged++;
      }
    }
    const where = s.line ? `${s.path}:${s.line}` : s.path;
    if (s.positive && !hit.length) misses.push(`${s.peer}\t${fam}\t${s.rule}\t${where}\t${JSON.stringify(lineOf(s).slice(0, 300))}`);
    if (!s.positive && hit.length) falseFlags.push(`${s.peer}\t${fam}\t${s.rule}\t${where}\t${hit.map((f) => f.id).join(',')}\t${JSON.stringify(lineOf(s).slice(0, 300))}`);
  }
  fs.writeFileSync(path.join(OUT, 'misses.tsv'), misses.join('\n'));
  fs.writeFileSync(path.join(OUT, 'false-flags.tsv'), falseFlags.join('\n'));
  const rows = (m: Map<string, Tally>, order: string[]) => order.filter((k) => m.has(k)).map((k) => {
    const t = m.get(k)!;
    return `| ${k} | ${t.found}/${t.pos} | ${pct(t.found, t.pos)} | ${t.flagged}/${t.neg} | ${pct(t.flagged, t.neg)} |`;
  });
  const total = [...byPeer.values()].reduce((a, t) => ({ pos: a.pos + t.pos, found: a.found + t.found, neg: a.neg + t.neg, flagged: a.flagged + t.flagged }), tally());
  const head = '| | found | recall | negatives flagged | rate |\n|---|---|---|---|---|';
  console.log(`Peers: ${used.join(', ')}\nDetails: ${OUT}/misses.tsv, ${OUT}/false-flags.tsv\n`);
  console.log(`${head}\n${rows(byPeer, ['gitleaks', 'kingfisher', 'credsweeper']).join('\n')}\n| **all** | ${total.found}/${total.pos} | ${pct(total.found, total.pos)} | ${total.flagged}/${total.neg} | ${pct(total.flagged, total.neg)} |\n`);
  // The pooled target is over the bot's families: everything but `other`.
  const named = [...byFamily].filter(([k]) => k !== 'other').reduce((a, [, t]) => ({ pos: a.pos + t.pos, found: a.found + t.found, neg: a.neg + t.neg, flagged: a.flagged + t.flagged }), tally());
  console.log(`${head.replace('| |', '| family |')}\n${rows(byFamily, FAMILY_ORDER).join('\n')}\n| **families (all but other)** | ${named.found}/${named.pos} | ${pct(named.found, named.pos)} | ${named.flagged}/${named.neg} | ${pct(named.flagged, named.neg)} |`);
}

/** The sample's own line (whole-file samples) or its text: what a miss is about. */
function lineOf(s: Sample): string {
  return s.line ? (s.text.split('\n')[s.line - 1] ?? '') : s.text;
}

/** The tally of a key, created on first use. */
function tallyFor(m: Map<string, Tally>, k: string): Tally {
  let t = m.get(k);
  if (!t) {
    t = tally();
    m.set(k, t);
  }
  return t;
}

main();
