// Bench step: `scan --history` on a generated repository of 3,000+ commits, side by side with the time git
// itself needs to print the same history (`git log -p --all > /dev/null`). Run alone: `node out/bench/history.js`.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Rng } from './random';

const COMMITS = 3200;
const FILES = 400;

/** What one measurement gave. */
export interface HistoryBench {
  commits: number;
  gitLogMs: number;
  gitLogCpuMs?: number;
  runs: Array<{ jobs: string; ms: number; cpuMs?: number; maxRssMB: number; findings: number; blobs: number }>;
}

/** A Python module of about 3 KB. */
function pyModule(r: Rng, i: number): string[] {
  const lines = [`import ccxt`, `# module ${i}`];
  for (let k = 0; k < 60; k++) lines.push(`def f_${k}(prices, window=${r.int(1, 99)}):  # ${r.hex(12)}`, `    return sum(prices[-window:]) / window`);
  return lines;
}

/** Builds the repository with one git fast-import; every 40th commit plants a key, some later commits remove it. */
export function buildHistoryRepo(dir: string): void {
  const r = new Rng(20261204);
  const files = Array.from({ length: FILES }, (_, i) => pyModule(r, i));
  const parts: string[] = [];
  let t = 1_700_000_000;
  for (let c = 0; c < COMMITS; c++) {
    const who = `Dev <dev@example.invalid> ${(t += 60)} +0000`;
    parts.push(`commit refs/heads/main\nauthor ${who}\ncommitter ${who}\ndata 2\nc\n`);
    for (let k = 0; k < 2; k++) {
      const f = r.int(0, FILES - 1);
      const lines = files[f];
      const at = r.int(2, lines.length - 1);
      if (c % 40 === 0 && k === 0) lines.splice(at, 0, `BINANCE_API_SECRET = "${r.alnum(64)}"`);
      else if (c % 120 === 7) { const j = lines.findIndex((l) => l.startsWith('BINANCE_API_SECRET')); if (j !== -1) lines.splice(j, 1); }
      else lines[at] = `    x_${c} = ${r.int(0, 1e6)}  # ${r.hex(16)}`;
      const body = Buffer.from(lines.join('\n') + '\n');
      parts.push(`M 100644 inline src/m${f}.py\ndata ${body.length}\n${body.toString()}\n`);
    }
    parts.push('\n');
  }
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: parts.join(''), maxBuffer: 1 << 30 });
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: dir });
}

// Runs the CLI in a fresh process and reports its wall time and peak RSS (worker threads included; git is its own process).
const PROBE = `
const { run } = require(process.argv[1]);
const t0 = process.hrtime.bigint();
run(process.argv.slice(2), { cwd: process.cwd(), isTTY: false, noColor: true, version: 'bench' }).then((r) => {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const j = JSON.parse(r.stdout);
  process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, findings: j.findings.length, blobs: j.history.blobs }));
});`;

// CPU time (user + system, git's child processes included) is what a busy shared machine distorts least.
const TIME = '/usr/bin/time';

/** The command, under /usr/bin/time when the machine has it. */
function timed(cmd: string, args: string[]): [string, string[]] {
  return fs.existsSync(TIME) ? [TIME, ['-f', 'cpu %U %S', cmd, ...args]] : [cmd, args];
}

/** CPU milliseconds from /usr/bin/time's last line, if it ran. */
function cpuOf(stderr: string): number | undefined {
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr ?? '');
  return m ? (Number(m[1]) + Number(m[2])) * 1000 : undefined;
}

/** Measures git log -p against scan --history with one worker and with every core. */
export function historyBench(): HistoryBench {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-history-bench-'));
  try {
    buildHistoryRepo(dir);
    const runCli = path.resolve(__dirname, '../src/cli/run.js');
    const t0 = process.hrtime.bigint();
    const log = spawnSync(...timed('git', ['log', '-p', '--all']), { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const gitLogMs = Number(process.hrtime.bigint() - t0) / 1e6;
    if (log.status !== 0) throw new Error('git log -p failed');
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    // 1, every core, and the default (one core left to git: see bench/cores.md).
    const runs = [['1'], [String(cores)], []].map((jobs) => {
      const r = spawnSync(...timed(process.execPath, ['-e', PROBE, runCli, 'scan', '--history', '--format', 'json', ...(jobs.length ? ['--jobs', jobs[0]] : [])]), { cwd: dir, maxBuffer: 1 << 28, encoding: 'utf8' });
      const label = jobs.length === 0 ? `default (${Math.max(1, cores - 1)})` : jobs[0] === String(cores) ? `${cores} (all)` : jobs[0];
      return { jobs: label, ...JSON.parse(r.stdout), cpuMs: cpuOf(r.stderr) };
    });
    return { commits: COMMITS, gitLogMs, gitLogCpuMs: cpuOf(log.stderr), runs };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** ` (CPU 1.23 s)` when measured. */
function cpu(ms: number | undefined): string {
  return ms === undefined ? '' : ` (CPU ${(ms / 1000).toFixed(2)} s)`;
}

/** The result as Markdown. */
export function historyMarkdown(b: HistoryBench): string {
  return [
    `History scan of a generated repository (${b.commits.toLocaleString('en')} commits, ${FILES} files): \`git log -p --all > /dev/null\` takes ${(b.gitLogMs / 1000).toFixed(2)} s${cpu(b.gitLogCpuMs)}.`,
    '',
    '| scan --history | wall time | × git log -p (wall) | CPU time | × git log -p (CPU) | peak RSS | blobs | findings |',
    '|---|---|---|---|---|---|---|---|',
    ...b.runs.map((r) => `| ${r.jobs.startsWith('default') ? `no --jobs: ${r.jobs}` : `--jobs ${r.jobs}`} | ${(r.ms / 1000).toFixed(2)} s | ${(r.ms / b.gitLogMs).toFixed(2)}× | ${r.cpuMs === undefined ? '–' : `${(r.cpuMs / 1000).toFixed(2)} s`} | ${r.cpuMs === undefined || !b.gitLogCpuMs ? '–' : `${(r.cpuMs / b.gitLogCpuMs).toFixed(2)}×`} | ${r.maxRssMB.toFixed(0)} MB | ${r.blobs} | ${r.findings} |`),
  ].join('\n');
}

if (require.main === module) console.log(historyMarkdown(historyBench()));
