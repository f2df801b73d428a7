// How the CLI's scans scale with cores: the working-tree scan of the bench corpus and `scan --history` of
// the generated 3,200-commit repository, each with --jobs 1, --jobs 2 and the default, run three times
// interleaved (1, 2, default, 1, 2, default, …) so a busy spell of a shared machine hits every setting.
// Run alone: `npm run compile-tests && node out/bench/cores.js [--rounds N] [--write bench/cores.md]`.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateCorpus } from './corpus';
import { buildHistoryRepo } from './history';

// Prints wall time, findings and peak RSS of one CLI run in a fresh process (worker threads included; git is its own process).
const PROBE = `
const { run } = require(process.argv[1]);
const t0 = process.hrtime.bigint();
run(process.argv.slice(2), { cwd: process.cwd(), isTTY: false, noColor: true, version: 'bench' }).then((r) => {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const j = JSON.parse(r.stdout);
  process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, findings: j.findings.length }));
});`;

/** One run's figures. */
interface Run {
  ms: number;
  cpuMs: number;
  maxRssMB: number;
  findings: number;
}

/** Runs the CLI once under /usr/bin/time (CPU of git's processes included). */
function runOnce(cwd: string, args: string[]): Run {
  const runCli = path.resolve(__dirname, '../src/cli/run.js');
  const r = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, '-e', PROBE, runCli, ...args], { cwd, maxBuffer: 1 << 28, encoding: 'utf8' });
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '');
  if (r.status !== 0 || !cpu) throw new Error(`scan failed: ${r.stderr}`);
  return { ...JSON.parse(r.stdout), cpuMs: (Number(cpu[1]) + Number(cpu[2])) * 1000 };
}

/** Median of numbers. */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const SETTINGS: Array<{ label: string; flag: string[] }> = [
  { label: '--jobs 1', flag: ['--jobs', '1'] },
  { label: '--jobs 2', flag: ['--jobs', '2'] },
  { label: 'default', flag: [] },
];

/** Measures both scans and returns the Markdown table. */
export function coresBench(rounds: number): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-cores-'));
  try {
    const corpus = generateCorpus(path.join(tmp, 'corpus'), { seed: 20261124, files: 5200, targetBytes: 52e6, plantRate: 0.04 });
    fs.rmSync(path.join(corpus.root, 'manifest.json'));
    const repo = path.join(tmp, 'repo');
    buildHistoryRepo(repo);
    const scans = [
      { name: `workspace (${corpus.files.length} files, ${(corpus.bytes / 1048576).toFixed(0)} MB)`, cwd: corpus.root, args: ['scan', '--format', 'json', '--no-git'] },
      { name: 'history (3,200 commits)', cwd: repo, args: ['scan', '--history', '--format', 'json'] },
    ];
    const load: number[] = [os.loadavg()[0]];
    const runs = new Map<string, Run[]>();
    for (let round = 0; round < rounds; round++) {
      for (const scan of scans) {
        for (const s of SETTINGS) {
          const key = `${scan.name}\0${s.label}`;
          runs.set(key, [...(runs.get(key) ?? []), runOnce(scan.cwd, [...scan.args, ...s.flag])]);
        }
      }
      load.push(os.loadavg()[0]);
    }
    const rows = scans.flatMap((scan) => SETTINGS.map((s) => {
      const rs = runs.get(`${scan.name}\0${s.label}`)!;
      const wall = rs.map((r) => r.ms / 1000);
      const cpu = rs.map((r) => r.cpuMs / 1000);
      const findings = [...new Set(rs.map((r) => r.findings))].join('/');
      return `| ${scan.name} | ${s.label} | ${Math.min(...wall).toFixed(2)} s | ${median(wall).toFixed(2)} s | ${median(cpu).toFixed(2)} s | ${median(rs.map((r) => r.maxRssMB)).toFixed(0)} MB | ${findings} |`;
    }));
    return [
      `${os.availableParallelism?.() ?? os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; ${rounds} runs per setting, interleaved. ` +
      `1-minute load average before and after each round: ${load.map((l) => l.toFixed(2)).join(', ')} (other processes shared the machine).`,
      '',
      '| scan | jobs | wall, min | wall, median | CPU time, median (git included) | peak RSS, median | findings |',
      '|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Puts the table between the file's table markers, keeping the notes around it (a new file gets a heading). */
function writeTable(file: string, table: string): void {
  const block = `<!-- table -->\n${table}\n<!-- /table -->`;
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Scans on 1, 2 and all cores\n\n${block}\n`;
  fs.writeFileSync(file, old.replace(/<!-- table -->[\s\S]*<!-- \/table -->/, () => block));
}

if (require.main === module) {
  const at = process.argv.indexOf('--rounds');
  const table = coresBench(at === -1 ? 3 : Number(process.argv[at + 1]));
  const out = process.argv.indexOf('--write');
  if (out !== -1) writeTable(process.argv[out + 1], table);
  console.log(table);
}
