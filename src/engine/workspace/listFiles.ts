import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ignore from 'ignore';

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
  /** Why git was not used, when it was not. */
  note?: string;
}

/** Options for listing the files of a scan root. */
export interface ListOptions {
  /** Use git's view of ignored files (runs `git ls-files`); false in untrusted workspaces. */
  useGit?: boolean;
  /** Also apply .gitignore rules when walking without git. */
  respectGitignore?: boolean;
  /** Extra gitignore-syntax patterns (settings, CLI flags). */
  extraIgnores?: readonly string[];
}

/** True when any segment of a relative path is a skipped folder. */
export function inSkippedDir(rel: string): boolean {
  return rel.split('/').slice(0, -1).some((seg) => SKIPPED_DIRS.has(seg));
}

/** Runs git with arguments (never a shell) and resolves its stdout, or undefined on any failure. */
export function gitOutput(cwd: string, args: string[], maxBuffer = 256 * 1024 * 1024): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer, windowsHide: true }, (err, stdout) => resolve(err ? undefined : stdout));
  });
}

/** Reads `.keyguardignore` at the root into an `ignore` matcher (with extra patterns added). */
export function keyguardIgnore(root: string, extra: readonly string[] = []): ReturnType<typeof ignore> {
  const ig = ignore();
  try {
    ig.add(fs.readFileSync(path.join(root, '.keyguardignore'), 'utf8'));
  } catch {
    // No .keyguardignore: nothing extra to ignore.
  }
  ig.add([...extra]);
  return ig;
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
    const out = await gitOutput(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name', '--', '.']);
    const prefix = out === undefined ? undefined : await gitOutput(root, ['rev-parse', '--show-prefix']);
    if (out !== undefined && prefix !== undefined) {
      const pre = prefix.trim();
      const files = [...new Set(out.split('\0').filter(Boolean))]
        .map((f) => (pre && f.startsWith(pre) ? f.slice(pre.length) : f))
        .filter((f) => keep(f) && fs.existsSync(path.join(root, f)));
      return { files, source: 'git' };
    }
    note = 'not a git repository, or git is not installed: walked the folder and applied .gitignore files instead';
  }
  return { files: walk(root, keep, options.respectGitignore !== false), source: 'walk', note };
}

/** Walks a folder iteratively (no recursion limit, symlinks not followed), applying nested .gitignore files. */
function walk(root: string, keep: (rel: string) => boolean, respectGitignore: boolean): string[] {
  const out: string[] = [];
  const stack: Array<{ dir: string; rules: Array<{ base: string; ig: ReturnType<typeof ignore> }> }> = [{ dir: '', rules: [] }];
  while (stack.length) {
    const { dir, rules: parentRules } = stack.pop()!;
    const abs = path.join(root, dir);
    let rules = parentRules;
    if (respectGitignore) {
      try {
        const text = fs.readFileSync(path.join(abs, '.gitignore'), 'utf8');
        rules = [...parentRules, { base: dir, ig: ignore().add(text) }];
      } catch {
        // No .gitignore in this folder.
      }
    }
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
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
