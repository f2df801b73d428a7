// The git history scan's VS Code glue: the command, the Git History view, the keyguard-history: documents
// and the view's context actions.
import * as vscode from 'vscode';
import type { Git } from '../../engine';
import { CommandIds } from '../commandIds';
import { readConfig } from '../config';
import { HISTORY_SCHEME, HistoryContentProvider } from './HistoryContentProvider';
import { apiPageOf, HistoryTree, type HistoryNode } from './HistoryTree';
import { scanGitHistoryCommand, type HistoryScanOutcome } from './scanGitHistoryCommand';

/** What the history feature gives the test hooks. */
export interface HistoryApi {
  tree: HistoryTree;
  /** Runs the command on a folder the test chose (the command itself takes no arguments). */
  scanAt(folder: vscode.Uri): Promise<HistoryScanOutcome>;
}

/** Registers the command, view, document provider and context actions; `git` is the env guard's runner (inert when untrusted). */
export function registerHistory(context: vscode.ExtensionContext, git: () => Git): HistoryApi {
  const tree = new HistoryTree();
  const content = new HistoryContentProvider(git, () => readConfig().maxFileSizeKB * 1024);
  context.subscriptions.push(
    tree,
    vscode.window.createTreeView('keyguard.history', { treeDataProvider: tree, showCollapseAll: true }),
    vscode.workspace.registerTextDocumentContentProvider(HISTORY_SCHEME, content),
    vscode.commands.registerCommand(CommandIds.scanGitHistory, () => scanGitHistoryCommand(git(), tree, content)),
    // The key is not in any open file: the ordinary key check asks for it (nothing is taken from the blob).
    vscode.commands.registerCommand(CommandIds.historyCheckKey, () => vscode.commands.executeCommand(CommandIds.checkApiKey)),
    vscode.commands.registerCommand(CommandIds.historyOpenApiPage, (node?: HistoryNode) => {
      const url = node?.kind === 'finding' ? apiPageOf(node.item) : undefined;
      if (url) void vscode.env.openExternal(vscode.Uri.parse(url));
    }),
    vscode.commands.registerCommand(CommandIds.historyCopyCommitId, async (node?: HistoryNode) => {
      const commit = !node ? undefined : node.kind === 'finding' ? node.item.commit : node.group.commit;
      if (!commit) return;
      await vscode.env.clipboard.writeText(commit);
      void vscode.window.setStatusBarMessage(`KeyGuard: copied commit id ${commit.slice(0, 7)}`, 3000);
    }),
  );
  return { tree, scanAt: (folder) => scanGitHistoryCommand(git(), tree, content, folder) };
}
