import * as path from 'path';
import * as vscode from 'vscode';
import { EnvGuard, isEnvFile, nodeGit, noGit, type EnvFinding, type Finding, type Git } from '../../engine';
import { readConfig, scanOptionsFrom } from '../config';
import type { DiagnosticsController } from '../diagnostics/DiagnosticsController';
import { KeyGuardDiagnostic } from '../diagnostics/toDiagnostic';
import { editorFs } from './editorFs';

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
}

/**
 * Keeps the env guard's diagnostics current: env files (line 1) and dotenv calls in open code. Refreshes
 * on changes to .gitignore, info/exclude, env files and git's index and refs, without rescanning the
 * workspace's contents.
 */
export class EnvGuardService implements vscode.Disposable {
  /** Diagnostics on env files (and, for env files deleted since, on the .gitignore). */
  readonly envCollection = vscode.languages.createDiagnosticCollection('keyguard-env');
  /** Diagnostics on code that loads dotenv. */
  readonly dotenvCollection = vscode.languages.createDiagnosticCollection('keyguard-dotenv');
  private readonly folders = new Map<string, FolderState>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after a folder's env diagnostics were republished (tests wait on it). */
  readonly onDidRefresh = this.changed.event;
  private git: Git = this.makeGit();

  constructor(private readonly controller: DiagnosticsController) {
    this.disposables.push(
      this.envCollection,
      this.dotenvCollection,
      this.changed,
      controller.addTransform((doc, findings) => this.dropSecretsInIgnoredEnv(doc, findings)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.syncFolders()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.didGrantWorkspaceTrust()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('keyguard') && this.refreshAll()),
      vscode.workspace.onDidOpenTextDocument((d) => void this.checkDotenv(d)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.checkDotenv(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.didChangeTextDocument(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.dotenvCollection.delete(d.uri)),
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
    for (const s of this.folders.values()) s.guard = new EnvGuard(s.folder.uri.fsPath, editorFs, this.git);
    this.refreshAll();
  }

  /** Starts guards for new workspace folders and drops those of removed ones. */
  private syncFolders(): void {
    const current = new Map((vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => [f.uri.toString(), f]));
    for (const [key, state] of this.folders) {
      if (!current.has(key)) {
        clearTimeout(state.timer);
        this.folders.delete(key);
        this.clearFolder(state.folder.uri.fsPath);
      }
    }
    for (const [key, folder] of current) {
      if (!this.folders.has(key)) {
        const state: FolderState = { folder, guard: new EnvGuard(folder.uri.fsPath, editorFs, this.git), generation: 0 };
        this.folders.set(key, state);
        void this.refresh(state);
      }
    }
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

  /** Rechecks a folder's env files and republishes; the first run searches, later runs reuse the list. */
  private async refresh(state: FolderState): Promise<void> {
    const generation = ++state.generation;
    const config = readConfig(state.folder.uri);
    const root = state.folder.uri.fsPath;
    if (!config.enable || !config.categories.gitignore) {
      this.clearFolder(root);
      return;
    }
    const guard = new EnvGuard(root, editorFs, this.git, { envFiles: state.envFiles ? [...state.envFiles] : undefined });
    let report;
    try {
      report = await guard.check();
    } catch (e) {
      void vscode.window.showWarningMessage(`KeyGuard could not check the .env files of ${state.folder.name}: ${(e as Error).message}`);
      return;
    }
    if (generation !== state.generation) return;
    state.guard = guard;
    state.envFiles ??= new Set(report.envFiles);
    const severity = scanOptionsFrom(config).severityOverrides?.gitignore;
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: KeyGuardDiagnostic[] }>();
    for (const f of report.findings) {
      const anchor = f.fix.onDisk ? f.file : f.fix.gitignore;
      if (!f.fix.onDisk && !(await editorFs.exists(anchor))) continue;
      const finding: EnvFinding = severity ? { ...f, severity } : f;
      const uri = vscode.Uri.file(anchor);
      const entry = byUri.get(uri.toString()) ?? { uri, diagnostics: [] };
      entry.diagnostics.push(new KeyGuardDiagnostic(f.fix.onDisk ? finding : { ...finding, range: { ...finding.range, end: 0, endColumn: 0 } }, undefined));
      byUri.set(uri.toString(), entry);
    }
    this.clearFolder(root);
    for (const { uri, diagnostics } of byUri.values()) this.envCollection.set(uri, diagnostics);
    // Env files whose status changed may now hold (or stop holding) secret findings; code may now load an unignored .env.
    for (const doc of vscode.workspace.textDocuments) {
      if (vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.toString() !== state.folder.uri.toString()) continue;
      if (isEnvFile(doc.uri.fsPath)) this.controller.scanNow(doc);
      else void this.checkDotenv(doc);
    }
    this.changed.fire();
  }

  /** Removes a folder's env diagnostics. */
  private clearFolder(root: string): void {
    const inside = (uri: vscode.Uri) => uri.fsPath === root || uri.fsPath.startsWith(root + path.sep);
    this.envCollection.forEach((uri) => inside(uri) && this.envCollection.delete(uri));
    this.dotenvCollection.forEach((uri) => inside(uri) && this.dotenvCollection.delete(uri));
  }

  /** Warns on dotenv calls in an open code document when the .env they load is not ignored. */
  private async checkDotenv(doc: vscode.TextDocument): Promise<void> {
    if (doc.uri.scheme !== 'file' || isEnvFile(doc.uri.fsPath)) return;
    const state = this.stateFor(doc.uri);
    const config = readConfig(doc.uri);
    if (!state || !config.enable || !config.categories.gitignore) return;
    const version = doc.version;
    const rel = path.relative(state.folder.uri.fsPath, doc.uri.fsPath).split(path.sep).join('/');
    const found = await state.guard.dotenvFindings(doc.getText(), rel);
    if (doc.isClosed || doc.version !== version) return;
    const severity = scanOptionsFrom(config).severityOverrides?.gitignore;
    if (found.length) this.dotenvCollection.set(doc.uri, found.map((f) => new KeyGuardDiagnostic(severity ? { ...f, severity } : f, version)));
    else this.dotenvCollection.delete(doc.uri);
  }

  /** Secrets in an env file git ignores and does not track are where they belong: no findings there. */
  private dropSecretsInIgnoredEnv(doc: vscode.TextDocument, findings: Finding[]): Finding[] {
    if (doc.uri.scheme !== 'file' || !isEnvFile(doc.uri.fsPath)) return findings;
    const state = this.stateFor(doc.uri);
    if (!state?.guard.isSafeEnvFile(doc.uri.fsPath)) return findings;
    return findings.filter((f) => f.category !== 'secret');
  }

  dispose(): void {
    for (const s of this.folders.values()) clearTimeout(s.timer);
    for (const d of this.disposables) d.dispose();
  }
}
