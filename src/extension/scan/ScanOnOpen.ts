// The scan on open: when a trusted local folder opens, every file in it is scanned in the background
// (keyguard.scanOnOpen = workspace), so Problems shows the findings of files nobody opened yet. Progress
// goes to the status bar item; clicking it, or "Stop Workspace Scan", stops the scan.
import * as vscode from 'vscode';
import { readConfig } from '../config';
import { log } from '../log';
import type { DiagnosticsController } from '../diagnostics/DiagnosticsController';
import type { StatusBar } from '../StatusBar';
import { describeScan } from '../commands/scanWorkspace';
import { emptySummary, scanFolder, type WorkspaceScanSummary } from './folderScan';

/** Why the scan on open covers the whole workspace or open files only. */
export type ScanScope = { scope: 'workspace' } | { scope: 'openFiles'; reason: 'setting' | 'untrusted' | 'no local folder' };

/** Timings of the last background scan (the benchmark and the tests read them). */
export interface BackgroundScanStats {
  startedAt: number;
  /** When the first file with findings was published (performance.now()). */
  firstFindingsAt?: number;
  finishedAt?: number;
  summary?: WorkspaceScanSummary;
}

/** Local folders whose `keyguard.scanOnOpen` is `workspace`, or why there are none. */
export function scanScope(): { scope: ScanScope; folders: vscode.WorkspaceFolder[] } {
  if (!vscode.workspace.isTrusted) return { scope: { scope: 'openFiles', reason: 'untrusted' }, folders: [] };
  // Virtual folders (vscode-vfs, github) have no disk to list: open documents only.
  const local = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  if (local.length === 0) return { scope: { scope: 'openFiles', reason: 'no local folder' }, folders: [] };
  const folders = local.filter((f) => readConfig(f.uri).enable && readConfig(f.uri).scanOnOpen === 'workspace');
  return folders.length ? { scope: { scope: 'workspace' }, folders } : { scope: { scope: 'openFiles', reason: 'setting' }, folders: [] };
}

/** Runs the background scan when a folder opens or becomes trusted, and stops it on request. */
export class ScanOnOpen implements vscode.Disposable {
  private running: vscode.CancellationTokenSource | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly finished = new vscode.EventEmitter<BackgroundScanStats>();
  /** Fires when a background scan ends (done or stopped). */
  readonly onDidFinish = this.finished.event;
  /** The last background scan, if one started. */
  stats: BackgroundScanStats | undefined;

  constructor(private readonly controller: DiagnosticsController, private readonly status: StatusBar) {
    this.disposables.push(
      this.finished,
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.start()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.start()),
      vscode.workspace.onDidChangeConfiguration((e) => this.didChangeConfiguration(e)),
    );
  }

  /** True while a background scan runs. */
  get isRunning(): boolean {
    return this.running !== undefined;
  }

  /** Starts a background scan of the folders that want one (stopping one under way); resolves with its summary. */
  async start(): Promise<WorkspaceScanSummary | undefined> {
    this.stop();
    const { scope, folders } = scanScope();
    if (scope.scope === 'openFiles') {
      log().info(`scan on open: open files only (${scope.reason === 'setting' ? 'keyguard.scanOnOpen is openFiles' : scope.reason === 'untrusted' ? 'restricted mode' : 'no local folder'})`);
      return undefined;
    }
    const cts = (this.running = new vscode.CancellationTokenSource());
    const stats: BackgroundScanStats = (this.stats = { startedAt: performance.now() });
    const summary = emptySummary();
    void vscode.commands.executeCommand('setContext', 'keyguard.scanning', true);
    try {
      for (const folder of folders) {
        if (cts.token.isCancellationRequested) break;
        await scanFolder(folder, this.controller, summary, {
          token: cts.token,
          onProgress: ({ done, total }) => { if (this.running === cts) this.status.showScan({ done, total }); },
          onPublished: () => { stats.firstFindingsAt ??= performance.now(); },
        });
      }
    } catch (e) {
      log().error(`scan on open failed: ${(e as Error).message}`);
    } finally {
      summary.cancelled = cts.token.isCancellationRequested;
      stats.finishedAt = performance.now();
      stats.summary = summary;
      if (this.running === cts) {
        this.running = undefined;
        this.status.showScan(undefined);
        void vscode.commands.executeCommand('setContext', 'keyguard.scanning', false);
      }
      cts.dispose();
    }
    log().info(`scan on open: ${describeScan(summary)} (${Math.round(stats.finishedAt - stats.startedAt)} ms)`);
    this.finished.fire(stats);
    return summary;
  }

  /** Stops the background scan, if one runs (the status item's click, "Stop Workspace Scan", Scan Workspace). */
  stop(): void {
    this.running?.cancel();
    this.running = undefined;
    this.status.showScan(undefined);
    void vscode.commands.executeCommand('setContext', 'keyguard.scanning', false);
  }

  /** Switching to `workspace` scans now; switching to `openFiles` stops a scan under way. */
  private didChangeConfiguration(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration('keyguard.scanOnOpen')) return;
    if (scanScope().scope.scope === 'workspace') void this.start();
    else this.stop();
  }

  dispose(): void {
    this.stop();
    for (const d of this.disposables) d.dispose();
  }
}
