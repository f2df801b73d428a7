import * as path from 'path';
import ignore, { type Ignore } from 'ignore';
import { gitBool, gitConfigValue } from './gitConfigText';
import { gitUnavailable, UnreadableFileError, type Fs, type Git } from './ports';
import type { RepoInfo } from './repoLocator';

/** Where the home folder and XDG config live; passed in so tests do not read the real user's files. */
export interface HostEnv {
  home?: string;
  xdgConfigHome?: string;
  /** Git's default for core.ignoreCase when no config says (true on macOS and Windows file systems). */
  defaultIgnoreCase?: boolean;
}

/** Whether git ignores a path, and the rule that decided. */
export interface IgnoreVerdict {
  ignored: boolean;
  /** The file holding the deciding pattern (absolute), when a pattern decided. */
  source?: string;
  pattern?: string;
  /** True when the path is ignored because a folder above it is. */
  viaParent?: boolean;
}

/** One file of patterns and the folder its patterns are relative to. */
interface PatternFile {
  file: string;
  base: string;
  ig: Ignore;
}

/** Host environment of this process. */
export function processHostEnv(): HostEnv {
  return {
    home: process.env.HOME ?? process.env.USERPROFILE,
    xdgConfigHome: process.env.XDG_CONFIG_HOME,
    defaultIgnoreCase: process.platform === 'darwin' || process.platform === 'win32',
  };
}

/** `/`-separated path of `abs` relative to `root`; undefined when it lies outside. */
export function relativeTo(root: string, abs: string): string | undefined {
  const rel = path.relative(root, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/**
 * Git's ignore rules for one repository (or, outside any repository, for one folder): every `.gitignore`
 * from the top folder down, `info/exclude` and the global `core.excludesFile`, with git's precedence
 * (deeper files first, then info/exclude, then the global file; the last matching line of a file wins)
 * and git's rule that nothing inside an ignored folder can be re-included.
 */
export class GitIgnoreRules {
  /** Things the user should know about how the verdicts were reached (unreadable files, no git). */
  readonly notes: string[] = [];
  private readonly perDir = new Map<string, Promise<PatternFile | undefined>>();

  private constructor(
    private readonly fs: Fs,
    readonly root: string,
    private readonly repoWide: readonly PatternFile[],
    private readonly ignoreCase: boolean,
  ) {}

  /** Loads the repository-wide pattern files; per-folder `.gitignore` files are read lazily. */
  static async load(fs: Fs, git: Git, root: string, repo: RepoInfo | undefined, env: HostEnv = processHostEnv()): Promise<GitIgnoreRules> {
    const notes: string[] = [];
    let ignoreCase = env.defaultIgnoreCase ?? false;
    const repoWide: PatternFile[] = [];
    if (repo) {
      const config = await readConfig(fs, git, repo, env, notes);
      ignoreCase = config.ignoreCase ?? ignoreCase;
      const files = [path.join(repo.commonDir, 'info', 'exclude')];
      if (config.excludesFile) files.push(config.excludesFile);
      for (const file of files) {
        const within = file === config.excludesFile ? config.excludesWithin : undefined;
        const text = await readPatterns(fs, file, notes, within);
        if (text !== undefined) repoWide.push({ file, base: root, ig: ignore({ ignorecase: ignoreCase }).add(text) });
      }
    }
    const rules = new GitIgnoreRules(fs, root, repoWide, ignoreCase);
    rules.notes.push(...notes);
    return rules;
  }

  /** Decides whether git ignores a path (file, or folder when `isDir`), as `git check-ignore --no-index` would. */
  async verdict(abs: string, isDir = false): Promise<IgnoreVerdict> {
    const rel = relativeTo(this.root, abs);
    if (rel === undefined) return { ignored: false };
    const parts = rel.split('/');
    // Git never looks inside an ignored folder, so a folder above the path settles it first.
    for (let i = 1; i < parts.length; i++) {
      const v = await this.match(parts.slice(0, i).join('/'), true);
      if (v.ignored) return { ...v, viaParent: true };
    }
    return this.match(rel, isDir);
  }

  /** The deciding pattern for a path whose parent folders are known not to be ignored. */
  private async match(rel: string, isDir: boolean): Promise<IgnoreVerdict> {
    const parts = rel.split('/');
    for (let depth = parts.length - 1; depth >= 0; depth--) {
      const file = await this.gitignoreOf(parts.slice(0, depth).join('/'));
      if (!file) continue;
      const v = decide(file, parts.slice(depth).join('/') + (isDir ? '/' : ''));
      if (v) return v;
    }
    for (const file of this.repoWide) {
      const v = decide(file, rel + (isDir ? '/' : ''));
      if (v) return v;
    }
    return { ignored: false };
  }

  /** The `.gitignore` of a folder (relative to the root), read once. */
  private gitignoreOf(dirRel: string): Promise<PatternFile | undefined> {
    let p = this.perDir.get(dirRel);
    if (!p) {
      const base = dirRel ? path.join(this.root, ...dirRel.split('/')) : this.root;
      const file = path.join(base, '.gitignore');
      p = readPatterns(this.fs, file, this.notes).then((text) =>
        text === undefined ? undefined : { file, base, ig: ignore({ ignorecase: this.ignoreCase }).add(text) },
      );
      this.perDir.set(dirRel, p);
    }
    return p;
  }
}

/** What one pattern file says about a path itself: ignored, re-included, or nothing. */
function decide(file: PatternFile, sub: string): IgnoreVerdict | undefined {
  let r = file.ig.test(sub);
  // `ignore` also applies the file's own folder patterns to parents; the caller has already settled the
  // parents across all files, so a verdict merely inherited from a parent is replaced by the path's own.
  const parent = parentOf(sub);
  if (r.ignored && parent && file.ig.test(parent) === r) r = ownVerdict(file.ig, sub);
  if (r.ignored) return { ignored: true, source: file.file, pattern: r.rule?.pattern };
  if (r.unignored) return { ignored: false, source: file.file };
  return undefined;
}

type TestResult = ReturnType<Ignore['test']>;

/** The last rule matching the path itself, parents aside (git's per-path lookup). */
function ownVerdict(ig: Ignore, sub: string): TestResult {
  // `ignore` has no public call for this; its rule list does. Without it, say nothing rather than guess.
  const rules = (ig as unknown as { _rules?: { test?: (p: string, mode: string) => TestResult } })._rules;
  return typeof rules?.test === 'function' ? rules.test(sub, 'regex') : { ignored: false, unignored: false };
}

/** `a/b/` for `a/b/c` and `a/b/c/`; '' at the top. */
function parentOf(p: string): string {
  const cut = p.lastIndexOf('/', p.endsWith('/') ? p.length - 2 : p.length - 1);
  return cut < 0 ? '' : p.slice(0, cut + 1);
}

// Codes of files refused on purpose (see FileLimits), as opposed to I/O or permission errors.
const REFUSED = new Set(['ENOTREG', 'ETOOBIG', 'EOUTSIDE']);

// Pattern files are small; anything bigger, or not a regular file (a FIFO, /dev/zero), is refused unread.
const MAX_PATTERN_FILE_BYTES = 1024 * 1024;

/** Reads a pattern file; an unreadable one is skipped with a note, as git skips it with a warning. */
async function readPatterns(fs: Fs, file: string, notes: string[], within?: string): Promise<string | undefined> {
  // `core.excludesFile = /dev/null` is a common way to say "no global ignore file".
  if (file === '/dev/null') return undefined;
  try {
    return await fs.readFile(file, { maxBytes: MAX_PATTERN_FILE_BYTES, within });
  } catch (e) {
    const code = e instanceof UnreadableFileError ? e.code : 'error';
    if (REFUSED.has(code)) notes.push(`${(e as Error).message}: not read, so its patterns ignore nothing`);
    else notes.push(`cannot read ${file} (${code}): git skips it too, so its patterns ignore nothing; fix its permissions`);
    return undefined;
  }
}

/** core.excludesFile and core.ignoreCase, from git when it runs, else from the config files themselves. */
async function readConfig(
  fs: Fs, git: Git, repo: RepoInfo, env: HostEnv, notes: string[],
): Promise<{ excludesFile?: string; excludesWithin?: string; ignoreCase?: boolean }> {
  const [excl, icase] = await Promise.all([
    git.run(['config', '--path', '--get', 'core.excludesFile'], repo.root),
    git.run(['config', '--bool', '--get', 'core.ignoreCase'], repo.root),
  ]);
  const xdgDefault = defaultExcludesFile(env);
  if (!gitUnavailable(excl)) {
    const value = excl.code === 0 ? excl.stdout.trim() : '';
    return {
      excludesFile: value ? path.resolve(repo.root, value) : xdgDefault,
      ignoreCase: icase.code === 0 ? icase.stdout.trim() === 'true' : undefined,
    };
  }
  // No git (Restricted Mode, --no-git, git missing): read the user's and the repository's config files
  // ourselves, last one read wins as in git.
  let excludes: string | undefined;
  let fromRepository = false;
  let ignoreCase: boolean | undefined;
  const userConfigs = [
    env.xdgConfigHome ? path.join(env.xdgConfigHome, 'git', 'config') : env.home ? path.join(env.home, '.config', 'git', 'config') : undefined,
    env.home ? path.join(env.home, '.gitconfig') : undefined,
  ];
  for (const file of [...userConfigs, path.join(repo.commonDir, 'config')]) {
    if (!file) continue;
    const text = await fs.readFile(file, { maxBytes: MAX_PATTERN_FILE_BYTES }).catch(() => undefined);
    if (text === undefined) continue;
    const value = gitConfigValue(text, 'core', 'excludesFile');
    if (value !== undefined) {
      fromRepository = !userConfigs.includes(file);
      excludes = resolveExcludes(value, repo.root, env, fromRepository);
    }
    ignoreCase = gitBool(gitConfigValue(text, 'core', 'ignoreCase')) ?? ignoreCase;
  }
  if (excludes === '') {
    notes.push(`the repository's config names a core.excludesFile outside ${repo.root}: not read (a repository's own settings never lead outside it)`);
    excludes = undefined;
  }
  notes.push(`${excl.unavailable}: ignore rules were read from the .gitignore files and git config files directly`);
  // A repository's own path must also not lead out through a symlink.
  return { excludesFile: excludes ?? xdgDefault, excludesWithin: excludes && fromRepository ? repo.root : undefined, ignoreCase };
}

/**
 * The absolute path of an excludesFile value; '' when it comes from the repository's own config and
 * leads outside the repository (a repository must not make us read /dev/zero, a FIFO or the user's files).
 */
function resolveExcludes(value: string, repoRoot: string, env: HostEnv, fromRepository: boolean): string {
  const expanded = value.startsWith('~/') && env.home ? path.join(env.home, value.slice(2)) : value;
  const abs = path.resolve(repoRoot, expanded);
  if (fromRepository && relativeTo(repoRoot, abs) === undefined) return '';
  return abs;
}

/** Git's default global ignore file: `$XDG_CONFIG_HOME/git/ignore`, else `~/.config/git/ignore`. */
function defaultExcludesFile(env: HostEnv): string | undefined {
  if (env.xdgConfigHome) return path.join(env.xdgConfigHome, 'git', 'ignore');
  return env.home ? path.join(env.home, '.config', 'git', 'ignore') : undefined;
}
