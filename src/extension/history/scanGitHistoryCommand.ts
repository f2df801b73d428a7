// "KeyGuard: Scan Git History": the engine's history scan of the workspace's repository in the background,
// with a cancellable progress notification (commits done / total); results go to the Git History view.
import * as vscode from 'vscode';
import { gitUnavailable, HistoryError, inSkippedDir, keyguardIgnore, scanHistory, type Git } from '../../engine';
import { readConfig } from '../config';
import { log } from '../log';
import { stepDone, WalkthroughKeys } from '../walkthrough';
import type { HistoryContentProvider } from './HistoryContentProvider';
import { historySummary, type HistoryItem } from './historyGroups';
import type { HistoryTree } from './HistoryTree';

/** What the command did (tests read it). */
export interface HistoryScanOutcome {
  root?: string;
  commits: number;
  items: HistoryItem[];
  cancelled: boolean;
  error?: string;
}

/** Scans the history of the repository holding the (chosen) workspace folder, or `at` (tests), and shows the findings. */
export async function scanGitHistoryCommand(git: Git, tree: HistoryTree, content: HistoryContentProvider, at?: vscode.Uri): Promise<HistoryScanOutcome> {
  const none: HistoryScanOutcome = { commits: 0, items: [], cancelled: false };
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('KeyGuard runs git only in a trusted workspace: trust this folder to scan its history.');
    return { ...none, error: 'untrusted workspace' };
  }
  const folder = at ? { uri: at, name: at.path.split('/').pop() ?? '' } : await pickFolder();
  if (!folder) return { ...none, error: 'no folder' };
  const top = await git.run(['rev-parse', '--show-toplevel'], folder.uri.fsPath);
  if (gitUnavailable(top) || top.code !== 0 || !top.stdout.trim()) {
    const why = gitUnavailable(top) ? top.unavailable! : `${folder.name} is not in a git repository`;
    void vscode.window.showInformationMessage(`KeyGuard cannot scan the history: ${why}.`);
    return { ...none, error: why };
  }
  const root = top.stdout.trim();
  const config = readConfig(folder.uri);
  const ignore = keyguardIgnore(root, config.exclude);
  content.allow(root);
  const started = Date.now();
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'KeyGuard: scanning git history', cancellable: true },
      (progress, token) => {
        // The total grows while git log still lists commits: the bar shows the share done, never going back.
        let shown = 0;
        return scanHistory(git, root, {
          maxBytes: config.maxFileSizeKB * 1024,
          includeGenerated: config.scanGeneratedFiles,
          skipPath: (p) => inSkippedDir(p) || ignore.ignores(p),
          cancelled: () => token.isCancellationRequested,
          onProgress: (done, total) => {
            if (total === 0) return;
            const share = (done / total) * 100;
            const increment = Math.max(0, share - shown);
            shown = Math.max(shown, share);
            progress.report({ message: `${done}/${total} commits`, increment });
          },
        });
      },
    );
    const items: HistoryItem[] = result.findings.map((f) => ({ root, commit: f.commit.id, date: f.commit.date, author: f.commit.author, path: f.path, finding: f.finding, pushed: f.pushed }));
    tree.show(items);
    const summary = historySummary(result.commits, items, result.cancelled);
    log().info(`${summary} (${result.blobs} blobs, ${Date.now() - started} ms)`);
    if (!result.cancelled) stepDone(WalkthroughKeys.historyScanned);
    void vscode.commands.executeCommand('keyguard.history.focus');
    void (items.length ? vscode.window.showWarningMessage(summary) : vscode.window.showInformationMessage(summary));
    return { root, commits: result.commits, items, cancelled: result.cancelled };
  } catch (e) {
    if (!(e instanceof HistoryError)) throw e;
    void vscode.window.showErrorMessage(`KeyGuard could not scan the history: ${e.message}`);
    return { ...none, root, error: e.message };
  }
}

/** The workspace folder to scan: the only one, or the one the user picks. */
async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('KeyGuard: open a folder in a git repository to scan its history.');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder\'s repository should KeyGuard scan?' });
}
