// The "Git History" view: what the last history scan found, grouped commit → file → finding (masked).
// Selecting a finding opens the file as of its commit, read-only, at the line.
import * as vscode from 'vscode';
import { PROFILES } from '../../vault/profiles';
import { plural } from '../views/plural';
import { commitDescription, commitLabel, groupHistory, type CommitGroup, type HistoryItem } from './historyGroups';
import { historyUri } from './HistoryContentProvider';

/** A row of the view. */
export type HistoryNode =
  | { kind: 'commit'; group: CommitGroup }
  | { kind: 'file'; group: CommitGroup; path: string; findings: HistoryItem[] }
  | { kind: 'finding'; item: HistoryItem };

/** Where the user manages keys of a finding's service (exchange API page, @BotFather), if KeyGuard knows it. */
export function apiPageOf(item: HistoryItem): string | undefined {
  // Findings name the exchange as people write it ("Binance", "Gate.io"); profiles have ids and names.
  const named = (item.finding.exchange ?? (item.finding.id.includes('telegram') ? 'telegram' : '')).toLowerCase();
  return PROFILES.find((p) => named && (p.id === named || p.name.toLowerCase() === named))?.apiManagementUrl;
}

/** Tree data for `keyguard.history`. */
export class HistoryTree implements vscode.TreeDataProvider<HistoryNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private groups: CommitGroup[] = [];

  /** Shows a scan's findings (replacing the last scan's). */
  show(items: readonly HistoryItem[]): void {
    this.groups = groupHistory(items);
    this.changed.fire();
  }

  /** The grouped findings (tests read them through the test hooks). */
  grouped(): CommitGroup[] {
    return this.groups;
  }

  getChildren(node?: HistoryNode): HistoryNode[] {
    if (!node) return this.groups.map((group) => ({ kind: 'commit', group }));
    if (node.kind === 'commit') return node.group.files.map((f) => ({ kind: 'file', group: node.group, path: f.path, findings: f.findings }));
    if (node.kind === 'file') return node.findings.map((item) => ({ kind: 'finding', item }));
    return [];
  }

  getTreeItem(node: HistoryNode): vscode.TreeItem {
    if (node.kind === 'commit') {
      const g = node.group;
      const item = new vscode.TreeItem(commitLabel(g, Date.now()), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `c:${g.root}:${g.commit}`;
      item.description = commitDescription(g);
      item.tooltip = `${g.commit}\n${g.author}, ${new Date(g.date).toLocaleString()}\n${g.pushed ? 'On a remote-tracking branch: the values have left this machine. Rotate the keys.' : 'On no remote-tracking branch yet.'}`;
      item.iconPath = new vscode.ThemeIcon(g.pushed ? 'cloud-upload' : 'git-commit');
      item.contextValue = 'keyguard.historyCommit';
      return item;
    }
    if (node.kind === 'file') {
      const item = new vscode.TreeItem(node.path, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `f:${node.group.root}:${node.group.commit}:${node.path}`;
      item.resourceUri = vscode.Uri.file(`/${node.path}`);
      item.description = plural(node.findings.length, 'finding');
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'keyguard.historyFile';
      return item;
    }
    const v = node.item;
    const r = v.finding.range;
    const item = new vscode.TreeItem(v.finding.masked ?? v.finding.title, vscode.TreeItemCollapsibleState.None);
    item.id = `x:${v.root}:${v.commit}:${v.path}:${r.start}:${v.finding.id}`;
    item.description = `${v.finding.title} · line ${r.startLine + 1}`;
    item.tooltip = v.finding.message;
    item.iconPath = new vscode.ThemeIcon('key');
    item.contextValue = apiPageOf(v) ? 'keyguard.historyFinding.apiPage' : 'keyguard.historyFinding';
    const range = new vscode.Range(r.startLine, r.startColumn, r.endLine, r.endColumn);
    item.command = { command: 'vscode.open', title: 'Open as of this commit', arguments: [historyUri(v), { selection: range, preview: true } satisfies vscode.TextDocumentShowOptions] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
