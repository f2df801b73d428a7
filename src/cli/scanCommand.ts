import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { decodeText, EnvGuard, type FileFinding, type Finding, type Git, gitOutput, inSkippedDir, isEnvFile, isInside, keyguardIgnore, listFiles, nodeFs, nodeGit, noGit, type ReadResult, scannableTextAsync, scanText } from '../engine';
import { scanHistory } from './historyCommand';
import { ScanError, type PoolFor, type ScanReport } from './scanReport';
import { scanFilesPooled } from './pooledScan';
import { createPool, defaultJobs, type ScanPool } from './scanPool';
import type { ScanArgs } from './args';

export { ScanError, type ScanReport } from './scanReport';

/**
 * Runs `keyguard scan` for parsed arguments; `cwd` is the scan root. Every git call goes through `git`
 * (the hardened runner by default); with `--no-git` no git process starts at all.
 */
export async function runScan(args: ScanArgs, cwd: string, git?: Git): Promise<ScanReport> {
  // A whole history can take longer than the runner's default minute per git process.
  git ??= nodeGit(args.history ? { timeoutMs: HISTORY_TIMEOUT_MS } : {});
  if (!args.useGit) git = noGit('--no-git');
  if (args.staged) return scanStaged(args, cwd, git);
  const pools: ScanPool[] = [];
  const poolFor: PoolFor = (tasks, kind = 'files') => {
    const pool = createPool(jobsFor(args.jobs, tasks, kind));
    pools.push(pool);
    return pool;
  };
  try {
    return args.history ? await scanHistory(args, cwd, git, poolFor) : await scanPaths(args, cwd, git, poolFor);
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
}


// Starting a worker (and compiling the engine in it) costs about what scanning this many small files does.
const TASKS_PER_WORKER = 64;

/**
 * `--jobs` as given; by default the cores, but no more workers than the work repays. A history scan leaves
 * one core to git (its log and cat-file processes run beside the scan): on 2 cores two workers were slower
 * than scanning in this thread (bench/cores.md).
 */
function jobsFor(jobs: number | undefined, tasks: number, kind: 'files' | 'history'): number {
  if (jobs !== undefined) return jobs;
  const cores = kind === 'history' ? Math.max(1, defaultJobs() - 1) : defaultJobs();
  return Math.max(1, Math.min(cores, Math.floor(tasks / TASKS_PER_WORKER)));
}

/** The longest a history scan's git process may run. */
const HISTORY_TIMEOUT_MS = 6 * 3600_000;

/** Scans files and folders given on the command line (the current folder by default). */
async function scanPaths(args: ScanArgs, cwd: string, git: Git, poolFor: PoolFor): Promise<ScanReport> {
  const root = path.resolve(cwd);
  const targets = args.paths.length ? args.paths : ['.'];
  const files = new Set<string>();
  const notes = new Set<string>();
  /** Relative paths of the targets: repository-wide env findings outside them are not this scan's business. */
  const scopes: string[] = [];
  const linkedEnvFiles: string[] = [];
  for (const t of targets) {
    const abs = path.resolve(root, t);
    scopes.push(toRel(root, abs));
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new ScanError(`cannot scan "${t}": no such file or folder`);
    }
    if (st.isFile()) {
      files.add(toRel(root, abs));
      continue;
    }
    const listed = await listFiles(abs, { respectGitignore: args.gitignore, extraIgnores: args.exclude, useGit: args.useGit, git });
    if (listed.note) notes.add(`${t}: ${listed.note}`);
    for (const f of listed.files) files.add(toRel(root, path.join(abs, f)));
    // A `.env` link out of the folder is never read, but git would still publish it: judge it by name.
    for (const f of listed.outsideLinks ?? []) if (isEnvFile(f)) linkedEnvFiles.push(toRel(root, path.join(abs, f)));
  }
  const sorted = [...files].sort();
  const maxBytes = args.maxFileSizeKB * 1024;
  const envCheck = args.disable.includes('gitignore') ? undefined : await checkEnv(root, [...sorted, ...linkedEnvFiles], git, maxBytes);
  const result = await scanFilesPooled(root, sorted, {
    maxBytes,
    includeGenerated: args.includeGenerated,
    disabledCategories: args.disable,
    env: envCheck?.guard,
  }, poolFor(sorted.length));
  if (envCheck) {
    const inScope = (rel: string) => scopes.some((s) => s === '' || s === '.' || rel === s || rel.startsWith(`${s}/`));
    result.findings.push(...envCheck.findings.filter((f) => inScope(f.path)));
    result.findings.sort((a, b) => a.path.localeCompare(b.path) || a.range.start - b.range.start);
    for (const n of envCheck.notes) notes.add(n);
  }
  return { ...result, root, rootUri: dirUri(root), notes: [...notes] };
}

/** Runs the .env guard over the env files among the scanned ones (ignored env files included: they are the point). */
async function checkEnv(root: string, files: readonly string[], git: Git, maxEnvFileBytes: number) {
  const guard = new EnvGuard(root, nodeFs, git, { envFiles: [...new Set([...files.filter((f) => isEnvFile(f))])], maxEnvFileBytes });
  const report = await guard.check();
  const findings: FileFinding[] = report.findings.map((f) => ({ ...stripFix(f), path: f.path }));
  return { guard, findings, notes: report.notes };
}

/** An env finding without the absolute paths and fix data that only the editor needs. */
function stripFix<T extends Finding & { fix?: unknown; file?: string }>(f: T): Finding {
  const { fix: _fix, file: _file, ...rest } = f;
  return rest;
}

/** Scans the staged blobs (what the next commit will hold), not the working-tree files. */
async function scanStaged(args: ScanArgs, cwd: string, git: Git): Promise<ScanReport> {
  if (!args.useGit) throw new ScanError('--staged reads the staged files from git; it cannot be combined with --no-git');
  const top = (await gitOutput(git, cwd, ['rev-parse', '--show-toplevel']))?.trim();
  if (!top) throw new ScanError('--staged needs a git repository (and git on PATH)');
  git = (await hookIndex(git, top, cwd)) ?? git;
  // `diff --cached` compares the index with HEAD: no work-tree file is hashed, so no filter runs.
  const names = await gitOutput(git, top, ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR']);
  if (names === undefined) throw new ScanError('git could not list the staged files');
  const ig = keyguardIgnore(top, args.exclude);
  const report: ScanReport = { findings: [], scannedFiles: 0, scannedBytes: 0, skipped: [], root: top, rootUri: dirUri(top), notes: [] };
  for (const rel of names.split('\0').filter(Boolean)) {
    if (inSkippedDir(rel) || ig.ignores(rel)) continue;
    const read = await scannableTextAsync(rel, () => stagedText(git, top, rel, args.maxFileSizeKB * 1024), args.includeGenerated);
    if ('skipped' in read) { report.skipped.push({ path: rel, reason: read.skipped, ...(read.detail === undefined ? {} : { detail: read.detail }) }); continue; }
    const scanned = scanText(read.text, { path: rel, disabledCategories: args.disable });
    if (scanned.skipped) { report.skipped.push({ path: rel, reason: scanned.skipped === 'lockfile' ? 'lockfile' : 'binary' }); continue; }
    report.scannedFiles++;
    report.scannedBytes += read.text.length;
    report.findings.push(...scanned.findings.map((f): FileFinding => ({ ...f, path: rel })));
  }
  return report;
}

/**
 * In a pre-commit hook of `git commit -a` or `git commit <paths>`, git names the index being committed in
 * GIT_INDEX_FILE. The runner drops inherited GIT_* variables, so this one is passed back explicitly, and
 * only when it lies inside this repository's git folder (never an index from elsewhere).
 */
async function hookIndex(git: Git, top: string, cwd: string): Promise<Git | undefined> {
  const inherited = process.env.GIT_INDEX_FILE;
  if (!inherited) return undefined;
  const gitDir = (await gitOutput(git, top, ['rev-parse', '--absolute-git-dir']))?.trim();
  if (!gitDir) return undefined;
  const index = path.resolve(cwd, inherited);
  try {
    if (!isInside(fs.realpathSync.native(gitDir), fs.realpathSync.native(path.dirname(index)))) return undefined;
  } catch {
    return undefined;
  }
  return nodeGit({ env: { GIT_INDEX_FILE: index } });
}

/** The staged blob of a path as text (or why not); git is stopped as soon as it passes `maxBytes`. */
async function stagedText(git: Git, cwd: string, rel: string, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  // `cat-file blob` prints the stored object as it is: without --filters no smudge filter or textconv runs.
  const r = await git.stream(['cat-file', 'blob', `:${rel}`], cwd, (chunk) => {
    size += chunk.length;
    if (size > maxBytes) return false;
    chunks.push(chunk);
  });
  if (size > maxBytes) return { skipped: 'too-large' };
  return r.code === 0 ? decodeText(Buffer.concat(chunks)) : { skipped: 'unreadable' };
}

/** `/`-separated path relative to the root. */
function toRel(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

/** file:// URI of a folder, ending in a slash (SARIF's originalUriBaseIds wants that). */
function dirUri(dir: string): string {
  const u = pathToFileURL(dir).href;
  return u.endsWith('/') ? u : `${u}/`;
}
