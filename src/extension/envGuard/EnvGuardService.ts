import * as path from 'path';
import * as vscode from 'vscode';
import { EnvGuard, isEnvFile, nodeGit, noGit, type EnvFacts, type Finding, type Git, withCategorySeverity } from '../../engine';
import { readConfig, scanOptionsFrom } from '../config';
import type { FileFindingSource } from '../diagnostics/DiagnosticsController';
import { editorFs } from './editorFs';
import { affectsAny, ENV_GUARD_SETTINGS } from '../settingsScope';

// Git state and ignore files change in bursts (checkout, rebase, a save of several files): refresh once.
const REFRESH_DELAY_MS = 400;

/** One workspace folder's env guard and what it last found. */
interface FolderState {
  folder: vscode.WorkspaceFolder;
  guard: EnvGuard;
  /** Env files known from the first search, kept current by the file watchers. */
  envFiles?: Set<string>;
  timer?: ReturnType<typeof setTimeout>;
  /** Bumped per refresh; a refresh that finishes after a newer one started is dropped. */
  generation: number;
  /** The last check's findings, by the file they are shown on (the env file, or the .gitignore of a deleted one). */
  published: Array<{ uri: vscode.Uri; findings: Finding[] }>;
}

/**
 * Keeps the env guard's facts current per workspace folder: which env files git would publish, and the
 * guard that answers for dotenv calls. Rechecks on changes to .gitignore, info/exclude, env files and
 * git's index and refs, then fires `onDidRefresh`; the diagnostics controller asks for the rest.
 */
export class EnvGuardService implements vscode.Disposable, FileFindingSource {
  private readonly folders = new Map<string, FolderState>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after a folder's env facts changed: the controller republishes, the history notes forget. */
  readonly onDidRefresh = this.changed.event;
  private git: Git = this.makeGit();

  constructor() {
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.syncFolders()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.didGrantWorkspaceTrust()),
      vscode.workspace.onDidChangeConfiguration((e) => affectsAny(e, ENV_GUARD_SETTINGS) && this.refreshAll()),
      vscode.workspace.onDidChangeTextDocument((e) => this.didChangeTextDocument(e)),
      ...this.watchers(),
    );
    this.syncFolders();
  }

  /** The git runner: real in trusted workspaces, inert otherwise (git can run repository hooks and config). */
  private makeGit(): Git {
    return vscode.workspace.isTrusted ? nodeGit() : noGit('git is not run in an untrusted workspace');
  }

  /** Git runner in use, for commands such as "Stop tracking". */
  get gitRunner(): Git {
    return this.git;
  }

  /** File watchers for everything that changes what git ignores or tracks. */
  private watchers(): vscode.Disposable[] {
    const globs = ['**/.gitignore', '**/.git/info/exclude', '**/{.env,.env.*,*.env,.envrc}', '**/.git/{index,HEAD,packed-refs}', '**/.git/refs/**'];
    return globs.map((glob) => {
      const w = vscode.workspace.createFileSystemWatcher(glob);
      const on = (uri: vscode.Uri, kind: 'create' | 'change' | 'delete') => this.didChangeFile(uri, kind);
      w.onDidCreate((u) => on(u, 'create'));
      w.onDidChange((u) => on(u, 'change'));
      w.onDidDelete((u) => on(u, 'delete'));
      return w;
    });
  }

  /** Keeps the env file lists current and schedules a refresh of the folder the file belongs to. */
  private didChangeFile(uri: vscode.Uri, kind: 'create' | 'change' | 'delete'): void {
    if (uri.scheme !== 'file') return;
    const state = this.stateFor(uri);
    if (!state) return;
    if (isEnvFile(uri.fsPath) && state.envFiles) {
      if (kind === 'create') state.envFiles.add(uri.fsPath);
      if (kind === 'delete') state.envFiles.delete(uri.fsPath);
    }
    this.schedule(state);
  }

  /** An unsaved edit to a .gitignore counts at once (see editorFs). */
  private didChangeTextDocument(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0 || e.document.uri.scheme !== 'file') return;
    const name = path.basename(e.document.uri.fsPath);
    const state = this.stateFor(e.document.uri);
    if (state && (name === '.gitignore' || name === 'exclude')) this.schedule(state);
  }

  /** Trust granted: git may run now, so tracked and history checks become possible. */
  private didGrantWorkspaceTrust(): void {
    this.git = this.makeGit();
    for (const s of this.folders.values()) s.guard = this.guardFor(s.folder);
    this.refreshAll();
  }

  /** Starts guards for new workspace folders and drops those of removed ones. */
  private syncFolders(): void {
    const current = new Map((vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => [f.uri.toString(), f]));
    for (const [key, state] of this.folders) {
      if (!current.has(key)) {
        clearTimeout(state.timer);
        this.folders.delete(key);
        this.changed.fire();
      }
    }
    for (const [key, folder] of current) {
      if (!this.folders.has(key)) {
        const state: FolderState = { folder, guard: this.guardFor(folder), generation: 0, published: [] };
        this.folders.set(key, state);
        void this.refresh(state);
      }
    }
  }

  /** A guard for a folder that reads env files up to the user's keyguard.maxFileSizeKB, like every other scan. */
  private guardFor(folder: vscode.WorkspaceFolder, envFiles?: string[]): EnvGuard {
    return new EnvGuard(folder.uri.fsPath, editorFs, this.git, { envFiles, maxEnvFileBytes: readConfig(folder.uri).maxFileSizeKB * 1024 });
  }

  /** Refreshes every folder. */
  refreshAll(): Promise<void[]> {
    return Promise.all([...this.folders.values()].map((s) => this.refresh(s)));
  }

  /** Debounces refreshes of one folder. */
  private schedule(state: FolderState): void {
    clearTimeout(state.timer);
    state.timer = setTimeout(() => void this.refresh(state), REFRESH_DELAY_MS);
  }

  /** The folder state holding a file. */
  private stateFor(uri: vscode.Uri): FolderState | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.folders.get(folder.uri.toString()) : undefined;
  }

  /** Rechecks a folder's env files and signals the change; the first run searches, later runs reuse the list. */
  private async refresh(state: FolderState): Promise<void> {
    const generation = ++state.generation;
    const config = readConfig(state.folder.uri);
    if (!config.enable || !config.categories.gitignore) {
      state.published = [];
      this.changed.fire();
      return;
    }
    const guard = this.guardFor(state.folder, state.envFiles ? [...state.envFiles] : undefined);
    let report;
    try {
      report = await guard.check();
    } catch (e) {
      void vscode.window.showWarningMessage(`KeyGuard could not check the .env files of ${state.folder.name}: ${(e as Error).message}`);
      return;
    }
    if (generation !== state.generation) return;
    const options = scanOptionsFrom(config);
    const byUri = new Map<string, { uri: vscode.Uri; findings: Finding[] }>();
    for (const f of report.findings) {
      const anchor = f.fix.onDisk ? f.file : f.fix.gitignore;
      if (!f.fix.onDisk && !(await editorFs.exists(anchor))) continue;
      if (generation !== state.generation) return;
      const finding = withCategorySeverity(f, options);
      const uri = vscode.Uri.file(anchor);
      const entry = byUri.get(uri.toString()) ?? { uri, findings: [] };
      // A deleted env file's finding sits on line 1 of the .gitignore that should name it.
      entry.findings.push(f.fix.onDisk ? finding : { ...finding, range: { ...finding.range, end: 0, endColumn: 0 } });
      byUri.set(uri.toString(), entry);
    }
    state.guard = guard;
    state.envFiles ??= new Set(report.envFiles);
    state.published = [...byUri.values()];
    this.changed.fire();
  }

  /** How many env files the last checks found, across folders (the Recheck command reports it). */
  envFileCount(): number {
    return [...this.folders.values()].reduce((n, s) => n + (s.envFiles?.size ?? 0), 0);
  }

  /** The env guard's findings on env files (and .gitignore files), for every folder. */
  fileFindings(): Array<{ uri: vscode.Uri; findings: Finding[] }> {
    return [...this.folders.values()].flatMap((s) => s.published);
  }

  /** The guard of the folder holding a file, when the .env checks apply there. */
  envFacts(uri: vscode.Uri): EnvFacts | undefined {
    if (uri.scheme !== 'file') return undefined;
    const state = this.stateFor(uri);
    const config = readConfig(uri);
    return state && config.enable && config.categories.gitignore ? state.guard : undefined;
  }

  dispose(): void {
    for (const s of this.folders.values()) clearTimeout(s.timer);
    for (const d of this.disposables) d.dispose();
  }
}
