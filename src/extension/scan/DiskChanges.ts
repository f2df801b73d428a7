// Files changed on disk behind the editor's back (git checkout, pull, a generator, another editor): changed
// and new files are re-scanned in batches, deleted ones lose their diagnostics. A checkout fires thousands
// of events in a burst, so events are collected until the disk is quiet for a moment, then handled at once.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { listFiles, type Git } from '../../engine';
import type { DiagnosticsController } from '../diagnostics/DiagnosticsController';
import { log } from '../log';
import { emptySummary, excludedBy, scanPaths } from './folderScan';

// Quiet time after the last event before a batch is handled, and the longest a burst may postpone it.
const QUIET_MS = 300;
const MAX_WAIT_MS = 2000;

/** One handled batch: every uri that changed, and the files of it that were scanned. */
export interface HandledBatch {
  changed: vscode.Uri[];
  deleted: vscode.Uri[];
  scanned: vscode.Uri[];
}

/** Watches the workspace's files and keeps the diagnostics of files nobody has open in step with the disk. */
export class DiskChanges implements vscode.Disposable {
  private pending = new Map<string, { uri: vscode.Uri; deleted: boolean }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt = 0;
  private queue: Promise<void> = Promise.resolve();
  private readonly handled = new vscode.EventEmitter<HandledBatch>();
  /** Fires after a batch was handled (the tests wait on it instead of sleeping). */
  readonly onDidHandle = this.handled.event;
  private readonly disposables: vscode.Disposable[] = [];

  /**
   * `scans(folder)` says whether changed files of a folder are scanned (the scan on open's scope); deleted
   * files lose their diagnostics either way. `git()` decides what git ignores (inert when untrusted).
   */
  constructor(private readonly controller: DiagnosticsController, private readonly scans: (folder: vscode.WorkspaceFolder) => boolean, private readonly git: () => Git) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      this.handled,
      watcher.onDidCreate((u) => this.notice(u, false)),
      watcher.onDidChange((u) => this.notice(u, false)),
      watcher.onDidDelete((u) => this.notice(u, true)),
    );
  }

  /**
   * Queues one event (the watcher's only entry; the integration tests feed here an event code-server's watcher
   * lost); the batch runs after QUIET_MS without events, or MAX_WAIT_MS after its first.
   */
  notice(uri: vscode.Uri, deleted: boolean): void {
    if (uri.scheme !== 'file') return;
    if (this.pending.size === 0) this.firstPendingAt = Date.now();
    this.pending.set(uri.toString(), { uri, deleted });
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(QUIET_MS, this.firstPendingAt + MAX_WAIT_MS - Date.now()));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  /** Hands the pending events to the queue: batches run one after another, never two at once. */
  private flush(): void {
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.queue = this.queue.then(() => this.handle(batch)).catch((e) => log().error(`re-scan of changed files failed: ${(e as Error).message}`));
  }

  /** Forgets deleted files, re-scans changed files of folders in scope. */
  private async handle(batch: Array<{ uri: vscode.Uri; deleted: boolean }>): Promise<void> {
    const deleted = batch.filter((e) => e.deleted).map((e) => e.uri);
    const changed = batch.filter((e) => !e.deleted).map((e) => e.uri);
    for (const uri of deleted) this.controller.forget(uri, true);
    const scanned: vscode.Uri[] = [];
    const byFolder = new Map<vscode.WorkspaceFolder, string[]>();
    for (const uri of changed) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder || folder.uri.scheme !== 'file' || !this.scans(folder)) continue;
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), ...(await filesAt(folder, uri))]);
    }
    for (const [folder, rels] of byFolder) {
      const excluded = excludedBy(folder);
      const kept = await this.notGitIgnored(folder, [...new Set(rels)].filter((r) => !excluded(r)));
      await scanPaths(folder, kept, this.controller, emptySummary(), { token: new vscode.CancellationTokenSource().token });
      scanned.push(...kept.map((r) => vscode.Uri.file(path.join(folder.uri.fsPath, r))));
    }
    if (scanned.length) log().info(`re-scanned ${scanned.length} file(s) changed on disk`);
    this.handled.fire({ changed, deleted, scanned });
  }

  /** Drops paths git ignores, as the workspace scan's listing does (nothing is dropped outside a repository). */
  private async notGitIgnored(folder: vscode.WorkspaceFolder, rels: string[]): Promise<string[]> {
    if (rels.length === 0) return rels;
    const r = await this.git().run(['check-ignore', '-z', '--stdin'], folder.uri.fsPath, rels.join('\0'));
    if (r.code !== 0) return rels; // 1: none ignored; 128: not a repository; -1: git unavailable or untrusted
    const ignored = new Set(r.stdout.split('\0').filter(Boolean));
    return rels.filter((rel) => !ignored.has(rel));
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** Relative paths of the files a change event stands for: the file, or every file of a new folder. */
async function filesAt(folder: vscode.WorkspaceFolder, uri: vscode.Uri): Promise<string[]> {
  const rel = path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
  const stat = await fs.promises.lstat(uri.fsPath).catch(() => undefined);
  if (!stat) return [];
  if (stat.isFile()) return [rel];
  if (!stat.isDirectory()) return [];
  // A folder copied or checked out in one go may report only itself; its .gitignore files apply (no git run).
  const listed = await listFiles(uri.fsPath, { useGit: false });
  return listed.files.map((f) => `${rel}/${f}`);
}
