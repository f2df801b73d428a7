import * as fs from 'fs';
import * as path from 'path';
import ignore from 'ignore';
import { nodeGit } from './nodeGit';
import type { Git } from '../ports';
import { isInside, missingOrSmallFile, readBoundedSync } from './safeRead';

/** Folders that hold vendored libraries, caches or VCS data: never the user's own secrets. */
export const SKIPPED_DIRS = new Set([
  '.git', '.hg', '.svn', 'node_modules', 'bower_components', 'site-packages', 'dist-packages', 'vendor',
  '.venv', 'venv', '__pycache__', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache',
  '.vscode-test', '.next', '.nuxt', '.gradle', '.idea', 'target', '.terraform',
]);

/** How a file list was made, for the user to read. */
export interface FileList {
  /** Paths relative to the root, `/`-separated. */
  files: string[];
  /** `git` when git decided what is ignored; `walk` when the folder was walked with .gitignore rules. */
  source: 'git' | 'walk';
  /** Why git was not used, when it was not (or what git was not allowed to read). */
  note?: string;
  /** Symlinks git lists that lead out of the root: never read, but an env file's name still counts. */
  outsideLinks?: string[];
}

/** Options for listing the files of a scan root. */
export interface ListOptions {
  /** Use git's view of ignored files (runs `git ls-files`); false in untrusted workspaces and with `--no-git`. */
  useGit?: boolean;
  /** The git runner (default: the hardened runner on PATH). */
  git?: Git;
  /** Also apply .gitignore rules when walking without git. */
  respectGitignore?: boolean;
  /** Extra gitignore-syntax patterns (settings, CLI flags). */
  extraIgnores?: readonly string[];
}

/** True when any segment of a relative path is a skipped folder. */
export function inSkippedDir(rel: string): boolean {
  return rel.split('/').slice(0, -1).some((seg) => SKIPPED_DIRS.has(seg));
}

/** Runs git through the runner and resolves its stdout, or undefined on any failure. */
export async function gitOutput(git: Git, cwd: string, args: string[]): Promise<string | undefined> {
  const r = await git.run(args, cwd);
  return r.code === 0 ? r.stdout : undefined;
}

// Ignore files are small; a FIFO, a device or a huge file planted under that name is skipped.
const MAX_IGNORE_FILE_BYTES = 1024 * 1024;

/** The text of a small regular ignore file, or undefined. */
function readIgnoreFile(file: string): string | undefined {
  const r = readBoundedSync(file, { maxBytes: MAX_IGNORE_FILE_BYTES });
  return 'bytes' in r ? r.bytes.toString('utf8') : undefined;
}

/** Reads `.keyguardignore` at the root into an `ignore` matcher (with extra patterns added). */
export function keyguardIgnore(root: string, extra: readonly string[] = []): ReturnType<typeof ignore> {
  const ig = ignore();
  const text = readIgnoreFile(path.join(root, '.keyguardignore'));
  if (text !== undefined) ig.add(text);
  ig.add([...extra]);
  return ig;
}

/**
 * git itself would open core.excludesFile and hang on a FIFO (or read a device): when the configured one is
 * not a small regular file, git is told to use none.
 */
async function checkedExcludesFile(git: Git, root: string): Promise<{ args: string[]; note?: string }> {
  const value = (await gitOutput(git, root, ['config', '--path', '--get', 'core.excludesFile']))?.trim();
  if (!value || value === '/dev/null' || missingOrSmallFile(path.resolve(root, value), MAX_IGNORE_FILE_BYTES)) return { args: [] };
  return { args: ['-c', 'core.excludesFile='], note: `core.excludesFile (${value}) is not a regular file under 1 MB: not read` };
}

/**
 * Git lists symlinks as files: keep a link only when its target is a file inside the root and is not
 * listed already (so it is scanned once), never one that leads out of the scanned folder.
 */
function confined(root: string, files: readonly string[]): { files: string[]; outsideLinks: string[] } {
  const outsideLinks: string[] = [];
  let realRoot: string;
  try {
    realRoot = fs.realpathSync.native(root);
  } catch {
    return { files: [], outsideLinks };
  }
  const plain: string[] = [];
  const links: string[] = [];
  for (const f of files) {
    try {
      (fs.lstatSync(path.join(root, f)).isSymbolicLink() ? links : plain).push(f);
    } catch {
      // Listed by git but deleted since.
    }
  }
  const seen = new Set(plain.map((f) => path.join(realRoot, f)));
  const out = [...plain];
  for (const f of links) {
    try {
      const real = fs.realpathSync.native(path.join(root, f));
      if (!isInside(realRoot, real)) outsideLinks.push(f);
      if (!isInside(realRoot, real) || seen.has(real) || !fs.statSync(real).isFile()) continue;
      seen.add(real);
      out.push(f);
    } catch {
      // A dangling link: nothing to read.
    }
  }
  return { files: out.sort(), outsideLinks };
}

/**
 * Lists the files of a scan root the way the user sees the project: git's tracked and untracked-but-not-
 * ignored files when it is a repository, else a walk that honours .gitignore files; always minus vendored
 * folders and `.keyguardignore`.
 */
export async function listFiles(root: string, options: ListOptions = {}): Promise<FileList> {
  const kgIgnore = keyguardIgnore(root, options.extraIgnores);
  const keep = (rel: string) => rel !== '' && !inSkippedDir(rel) && !kgIgnore.ignores(rel);
  let note: string | undefined;
  if (options.useGit !== false && options.respectGitignore !== false) {
    const git = options.git ?? nodeGit();
    const excludes = await checkedExcludesFile(git, root);
    if (excludes.note) note = excludes.note;
    // ls-files reads the index and walks folders: with fsmonitor off it never hashes a file, so no filter runs.
    const out = await gitOutput(git, root, [...excludes.args, 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name', '--', '.']);
    const prefix = out === undefined ? undefined : await gitOutput(git, root, ['rev-parse', '--show-prefix']);
    if (out !== undefined && prefix !== undefined) {
      const pre = prefix.trim();
      const files = [...new Set(out.split('\0').filter(Boolean))]
        .map((f) => (pre && f.startsWith(pre) ? f.slice(pre.length) : f))
        .filter((f) => keep(f));
      return { ...confined(root, files), source: 'git', note };
    }
    note = 'not a git repository, or git is not installed: walked the folder and applied .gitignore files instead';
  }
  return { files: await walk(root, keep, options.respectGitignore !== false), source: 'walk', note };
}

/**
 * Walks a folder iteratively (no recursion limit, symlinks not followed), applying nested .gitignore files.
 * Folders are read asynchronously: the editor walks 50,000-file workspaces while the user types.
 */
async function walk(root: string, keep: (rel: string) => boolean, respectGitignore: boolean): Promise<string[]> {
  const out: string[] = [];
  const stack: Array<{ dir: string; rules: Array<{ base: string; ig: ReturnType<typeof ignore> }> }> = [{ dir: '', rules: [] }];
  while (stack.length) {
    const { dir, rules: parentRules } = stack.pop()!;
    const abs = path.join(root, dir);
    let rules = parentRules;
    if (respectGitignore) {
      const text = readIgnoreFile(path.join(abs, '.gitignore'));
      if (text !== undefined) rules = [...parentRules, { base: dir, ig: ignore().add(text) }];
    }
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(abs, { withFileTypes: true });
    } catch {
      continue; // Unreadable or deleted while walking: skip it.
    }
    for (const e of entries) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isSymbolicLink()) continue;
      const isDir = e.isDirectory();
      if (isDir && SKIPPED_DIRS.has(e.name)) continue;
      const ignored = rules.some(({ base, ig }) => {
        const sub = base ? rel.slice(base.length + 1) : rel;
        return ig.ignores(isDir ? `${sub}/` : sub);
      });
      if (ignored) continue;
      if (isDir) stack.push({ dir: rel, rules });
      else if (e.isFile() && keep(rel)) out.push(rel);
    }
  }
  return out.sort();
}
