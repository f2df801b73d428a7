import * as path from 'path';
import { baseName, fileKindOf, isEnvFile, isEnvTemplate } from '../text/fileKind';
import { dotenvTarget } from './dotenvTarget';
import { DETECTORS, WORKSPACE_DETECTORS } from '../detectors';
import { PUBLIC_NAME } from '../detectors/generic';
import { scanWith } from '../find/scan';
import { isPlaceholder } from '../judge/validators';
import { envAssignments, isEncryptedEnv } from './envText';
import { gitignoreRule } from './envRules';
import { findEnvFiles } from './findEnvFiles';
import { cachedEnvFileHistory, remoteBranchesContaining, trackedEnvFiles, type CommitRef } from './gitFacts';
import { GitIgnoreRules, processHostEnv, relativeTo } from './gitIgnoreRules';
import { ignoreEntryFor } from './ignoreEntry';
import { DEFAULT_MAX_READ_BYTES, type Fs, type Git } from './ports';
import { findRepo, operationInProgress, type RepoInfo } from './repoLocator';
import { envFindingsFor, shortPath } from './envFindings';
import type { EnvCheckReport, EnvFileStatus, EnvFinding, EnvFix, EnvGuardOptions } from './envGuardTypes';

export type { EnvCheckReport, EnvFileStatus, EnvFinding, EnvFix, EnvGuardOptions } from './envGuardTypes';

interface RepoContext {
  repo?: RepoInfo;
  /** The folder paths are relative to: the repository root, or the checked root outside any repository. */
  top: string;
  rules: GitIgnoreRules;
  tracked?: Set<string>;
  history?: Map<string, CommitRef[]>;
  gitProblem?: string;
}

// Names that hold credentials in env files (freqtrade, jesse, ccxt, tiagosiebler… conventions).
// `AUTH` as its own word: `OAUTH_BASE_URL` and `AUTHOR` name no credential.
const CREDENTIAL_NAME = /KEY|SECRET|TOKEN|PASS(?:WORD|PHRASE)?|PRIVATE|MNEMONIC|SEED|CREDENTIAL|(?<![a-z])AUTH(?:ORIZATION)?(?![a-z])|PWD/i;

/**
 * Checks the env files of one folder against git: ignored or not, tracked, in history, pushed; and the
 * dotenv calls of code in it. Holds caches for one check; make a new one (or call `check` again) after
 * files change.
 */
export class EnvGuard {
  private readonly repos = new Map<string, Promise<RepoContext>>();
  private readonly repoOfDir = new Map<string, Promise<RepoInfo | undefined>>();
  private readonly notes = new Set<string>();
  /** What a dotenv loader in each file reads and whether it can leak, by absolute path (see dotenvFindings). */
  private readonly loaderVerdicts = new Map<string, Promise<{ message: string; advice: string; fix: EnvFix; quiet: boolean } | undefined>>();
  private last: Map<string, EnvFileStatus> = new Map();
  readonly root: string;

  constructor(root: string, private readonly fs: Fs, private readonly git: Git, private readonly options: EnvGuardOptions = {}) {
    this.root = path.resolve(root);
  }

  /** Forgets everything read so far (call after .gitignore, exclude or git state changes). */
  reset(): void {
    this.repos.clear();
    this.repoOfDir.clear();
    this.notes.clear();
  }

  /** Finds the env files under the root and reports each one git would publish or already has. */
  async check(): Promise<EnvCheckReport> {
    this.reset();
    const files = new Set<string>();
    if (this.options.envFiles) {
      for (const f of this.options.envFiles) if (isEnvFile(f)) files.add(path.resolve(this.root, f));
    } else {
      const found = await findEnvFiles(this.fs, this.root, { maxDirs: this.options.maxDirs, prune: (d) => this.prunable(d) });
      if (found.truncated) this.notes.add(`stopped looking for env files after ${this.options.maxDirs ?? 20_000} folders`);
      for (const f of found.files) files.add(f);
    }
    // Tracked and once-committed env files count even inside ignored folders or deleted since.
    const ctx = await this.contextFor(this.root);
    for (const rel of [...(ctx.tracked ?? []), ...(ctx.history?.keys() ?? [])]) {
      const abs = path.join(ctx.top, ...rel.split('/'));
      if (relativeTo(this.root, abs) !== undefined && !isEnvTemplate(abs)) files.add(abs);
    }
    const statuses: EnvFileStatus[] = [];
    const findings: EnvFinding[] = [];
    for (const file of [...files].sort()) {
      const { status, text } = await this.statusOf(file);
      if (!status) continue;
      statuses.push(status);
      findings.push(...(await this.findingsFor(status, text)));
    }
    // Ignore files are read lazily, so their notes (an unreadable .gitignore) are complete only now.
    for (const c of await Promise.all(this.repos.values())) for (const n of c.rules.notes) this.notes.add(n);
    this.last = new Map(statuses.map((s) => [s.file, s]));
    return { root: this.root, findings, files: statuses, envFiles: [...files].sort(), notes: [...this.notes] };
  }

  /** True when the last check found this env file ignored and untracked: secrets in it are where they belong. */
  isSafeEnvFile(file: string): boolean {
    const s = this.last.get(path.resolve(this.root, file));
    return Boolean(s && s.ignored && s.tracked === false);
  }

  /**
   * Warnings on code that loads .env, when the .env it would load is not ignored (or is tracked). What the
   * loader reads is judged once per file and guard (the editor makes a new guard when git state, ignore or env
   * files change); only the loader calls are found again in each text.
   */
  async dotenvFindings(text: string, relPath: string): Promise<EnvFinding[]> {
    const calls = scanWith(WORKSPACE_DETECTORS, text, { path: relPath }).findings;
    if (calls.length === 0) return [];
    const abs = path.resolve(this.root, relPath);
    let verdict = this.loaderVerdicts.get(abs);
    if (!verdict) this.loaderVerdicts.set(abs, (verdict = this.loaderVerdict(abs, relPath)));
    const v = await verdict;
    if (!v) return [];
    const rule = gitignoreRule('gitignore/dotenv-unignored');
    // Every loader in a file reads the same .env (the verdict is per file), so the first one carries the
    // warning: a compose file with `env_file: .env` under each service is one problem, not one per service.
    return calls.slice(0, 1).map((c) => ({
      id: rule.id, category: 'gitignore', severity: v.quiet ? 'info' : rule.severity, title: rule.title,
      message: v.message, advice: v.advice,
      range: c.range, path: relPath, file: abs, fix: v.fix,
    }));
  }

  /** Whether the .env a loader in this file reads can leak: the message, advice and fix, or undefined when it cannot. */
  private async loaderVerdict(abs: string, relPath: string): Promise<{ message: string; advice: string; fix: EnvFix; quiet: boolean } | undefined> {
    const ctx = await this.contextFor(path.dirname(abs));
    if (!ctx.repo) return undefined;
    // Only the .env the loader really reads counts (python-dotenv searches upward, Node reads the project
    // folder): a .env in a sibling folder is not this code's. Before any such .env exists there is nothing to say.
    const isTracked = (f: string) => ctx.tracked?.has(relativeTo(ctx.top, f) ?? '') ?? false;
    const envFile = await dotenvTarget(abs, fileKindOf(relPath), ctx.top, async (f) => isTracked(f) || (await this.fs.exists(f)));
    if (!envFile) return undefined;
    const rel = relativeTo(ctx.top, envFile)!;
    const tracked = isTracked(envFile);
    if (!tracked && (await ctx.rules.verdict(envFile)).ignored) return undefined;
    const shown = relativeTo(this.root, envFile) ?? rel;
    // As for the tracked env file itself, a loader of a tracked one with no key-looking value is a note (committed,
    // nothing secret in it); an untracked unignored one stays a warning: the keys the user adds next would leak.
    const text = tracked ? await this.fs.readFile(envFile, { maxBytes: this.options.maxEnvFileBytes ?? DEFAULT_MAX_READ_BYTES, within: this.root }).catch(() => undefined) : undefined;
    const quiet = text !== undefined && !this.sensitive(text, rel, envAssignments(text));
    const message = `This loads ${shortPath(shown)}, which git ${tracked ? 'tracks' : 'does not ignore'}${quiet ? ', and which holds no key-looking values' : ''}.`;
    const advice = tracked
      ? 'Its keys are in the repository: stop tracking it (`git rm --cached`) and rotate the keys.'
      : 'One `git add .` publishes every key in it. Add .env to .gitignore (the quick fix writes it).';
    return { message, advice, quiet, fix: await this.fixFor(ctx, envFile, tracked, await this.fs.exists(envFile)) };
  }

  /** Folders git ignores hold no env file that can leak through `git add`: skip them while searching. */
  private async prunable(dir: string): Promise<boolean> {
    const ctx = await this.contextFor(dir);
    if (ctx.repo?.root === dir) return false;
    return (await ctx.rules.verdict(dir, true)).ignored;
  }

  /** Reads one env file and decides its status; no status for files that cannot leak anything. */
  private async statusOf(file: string): Promise<{ status?: EnvFileStatus; text?: string }> {
    const ctx = await this.contextFor(path.dirname(file));
    let text: string | undefined;
    try {
      // Bounded, regular files only, never through a link out of the root: a planted `.env -> /dev/zero` or a huge file costs nothing.
      text = await this.fs.readFile(file, { maxBytes: this.options.maxEnvFileBytes ?? DEFAULT_MAX_READ_BYTES, within: this.root });
    } catch (e) {
      this.notes.add(`${(e as Error).message}: judged by its name only`);
    }
    const onDisk = text !== undefined || (await this.fs.exists(file));
    const assignments = text === undefined ? [] : envAssignments(text);
    // dotenvx-encrypted files are made to be committed; an .envrc without values only runs commands.
    if (isEncryptedEnv(assignments)) return {};
    if (text !== undefined && baseName(file) === '.envrc' && !assignments.some((a) => a.value && !a.value.startsWith('$'))) return {};
    const rel = relativeTo(ctx.top, file) ?? baseName(file);
    const verdict = await ctx.rules.verdict(file);
    const history = ctx.history?.get(rel);
    const status: EnvFileStatus = {
      file,
      path: relativeTo(this.root, file) ?? rel,
      repoRoot: ctx.repo?.root,
      ignored: verdict.ignored,
      ignoredBy: verdict.ignored ? verdict : undefined,
      tracked: ctx.tracked ? ctx.tracked.has(rel) : undefined,
      history: ctx.history ? history ?? [] : undefined,
      sensitive: text !== undefined && this.sensitive(text, rel, assignments),
      onDisk,
    };
    if (history?.length && ctx.repo) status.pushedTo = await this.pushedTo(ctx.repo.root, history);
    return { status, text };
  }

  /** True when the env text holds a credential-looking value (a detector finding, or a key-named real value). */
  private sensitive(text: string, rel: string, assignments: ReturnType<typeof envAssignments>): boolean {
    const found = scanWith(DETECTORS, text, { path: rel }).findings;
    if (found.some((f) => f.category === 'secret' && !f.publicTestValue)) return true;
    // A name for a public value is none (`TOKEN_MODULE_OWNER_ADDRESS`, `PRIVATE_KEY_PATH`), whatever word it holds.
    return assignments.some((a) => CREDENTIAL_NAME.test(a.name) && !PUBLIC_NAME.test(a.name) && a.value.length >= 6 && !isPlaceholder(a.value));
  }

  /** The first remote branch holding the oldest or the newest commit that added the file. */
  private async pushedTo(repoRoot: string, history: CommitRef[]): Promise<string | undefined> {
    const picks = [...new Set([history[history.length - 1].sha, history[0].sha])];
    for (const sha of picks) {
      const r = await remoteBranchesContaining(this.git, repoRoot, sha);
      if (r.ok && r.value.length) return r.value[0];
    }
    return undefined;
  }

  /** The findings for one env file's status. */
  private async findingsFor(s: EnvFileStatus, text: string | undefined): Promise<EnvFinding[]> {
    const ctx = await this.contextFor(path.dirname(s.file));
    const fix = await this.fixFor(ctx, s.file, s.tracked ?? false, s.onDisk);
    return envFindingsFor(s, text, ctx.repo !== undefined, fix);
  }

  /** Quick-fix data for an env file. */
  private async fixFor(ctx: RepoContext, envFile: string, tracked: boolean, onDisk: boolean): Promise<EnvFix> {
    const dir = path.dirname(envFile);
    const siblings = (await this.fs.list(dir)) ?? [];
    const examples = siblings.filter((e) => e.kind === 'file' && isEnvTemplate(e.name)).map((e) => e.name).sort();
    const exampleFile = path.join(dir, '.env.example');
    return {
      envFile,
      repoRoot: ctx.repo?.root,
      gitignore: path.join(ctx.repo ? ctx.top : this.root, '.gitignore'),
      entry: ignoreEntryFor(envFile),
      examples,
      exampleFile,
      exampleExists: examples.includes('.env.example'),
      tracked,
      onDisk,
    };
  }

  /** The repository context of a folder, loaded once. */
  private async contextFor(dir: string): Promise<RepoContext> {
    const repo = await this.repoFor(dir);
    const key = repo?.root ?? '';
    let ctx = this.repos.get(key);
    if (!ctx) {
      ctx = this.loadContext(repo);
      this.repos.set(key, ctx);
    }
    return ctx;
  }

  /** The repository holding a folder, with one `.git` lookup per folder. */
  private repoFor(dir: string): Promise<RepoInfo | undefined> {
    let p = this.repoOfDir.get(dir);
    if (!p) {
      p = (async () => {
        const here = await findRepoHere(this.fs, dir);
        if (here) return here;
        const up = path.dirname(dir);
        return up === dir ? undefined : this.repoFor(up);
      })();
      this.repoOfDir.set(dir, p);
    }
    return p;
  }

  /** Reads ignore rules, tracked files and history of one repository. */
  private async loadContext(repo: RepoInfo | undefined): Promise<RepoContext> {
    const env = this.options.env ?? processHostEnv();
    const top = repo?.root ?? this.root;
    const rules = await GitIgnoreRules.load(this.fs, this.git, top, repo, env);
    const ctx: RepoContext = { repo, top, rules };
    if (!repo) return ctx;
    const op = await operationInProgress(this.fs, repo);
    if (op) this.notes.add(`${repo.root} is in the middle of a ${op}: findings reflect the current index; finish or abort the ${op} before changing what git tracks`);
    const [tracked, history] = await Promise.all([trackedEnvFiles(this.git, repo.root), cachedEnvFileHistory(this.git, repo.root)]);
    if (tracked.ok) ctx.tracked = tracked.value;
    if (history.ok) ctx.history = history.value;
    const problem = !tracked.ok ? tracked.reason : !history.ok ? history.reason : undefined;
    if (problem) {
      ctx.gitProblem = problem;
      this.notes.add(`${problem}: could not check whether env files in ${repo.root} are tracked or in history; ignore rules were still checked`);
    }
    return ctx;
  }
}

/** The repository whose top folder is `dir`. */
async function findRepoHere(fs: Fs, dir: string): Promise<RepoInfo | undefined> {
  if (!(await fs.exists(path.join(dir, '.git')))) return undefined;
  return findRepo(fs, dir);
}

/** Checks the env files of a folder (a workspace folder or the CLI's scan root). */
export function checkEnvFiles(root: string, fs: Fs, git: Git, options: EnvGuardOptions = {}): Promise<EnvCheckReport> {
  return new EnvGuard(root, fs, git, options).check();
}
