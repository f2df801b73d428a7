// The "Findings" view: every finding the diagnostics pipeline published, grouped severity → rule → file →
// finding, with what is known about the value's history and key check. It reads the pipeline's results
// (onDidPublish) and never scans anything itself.
import * as vscode from 'vscode';
import type { Severity } from '../../engine';
import type { DiagnosticsController } from '../diagnostics/DiagnosticsController';
import { lastKeyCheck, onDidRecordKeyCheck } from '../keyCheck/keyCheckMemory';
import { findingDescription, findingLabel, groupFindings, severityLabel, type FileGroup, type HistoryState, type RuleGroup, type SeverityGroup, type ViewFinding } from './findingGroups';
import { plural } from './plural';

/** A row of the view. */
export type FindingsNode =
  | { kind: 'severity'; group: SeverityGroup }
  | { kind: 'rule'; severity: Severity; group: RuleGroup }
  | { kind: 'file'; severity: Severity; rule: string; group: FileGroup }
  | { kind: 'finding'; item: ViewFinding };

const SEVERITY_ICON: Record<Severity, [string, string | undefined]> = {
  error: ['error', 'list.errorForeground'],
  warning: ['warning', 'list.warningForeground'],
  info: ['info', undefined],
  hint: ['lightbulb', undefined],
};

/** Tree data for `keyguard.findings`. */
export class FindingsTree implements vscode.TreeDataProvider<FindingsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private pending: ReturnType<typeof setTimeout> | undefined;
  private groups: SeverityGroup[] | undefined;

  constructor(private readonly controller: DiagnosticsController) {
    this.subscriptions = [controller.onDidPublish(() => this.schedule()), onDidRecordKeyCheck(() => this.schedule())];
  }

  /** Every finding as the view shows it (the status bar counts these too). */
  items(): ViewFinding[] {
    return this.controller.findings().map(({ uri, finding }) => ({
      uri: uri.toString(),
      path: vscode.workspace.asRelativePath(uri, true),
      finding,
      history: (finding as { history?: HistoryState }).history,
      verification: lastKeyCheck(finding.exchange, finding.masked),
    }));
  }

  /** The grouped findings (tests read them through the test hooks). */
  grouped(): SeverityGroup[] {
    this.groups ??= groupFindings(this.items());
    return this.groups;
  }

  /** Coalesces a workspace scan's thousands of publishes into one repaint. */
  private schedule(): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.groups = undefined;
      this.changed.fire();
    }, 150);
  }

  getChildren(node?: FindingsNode): FindingsNode[] {
    if (!node) return this.grouped().map((group) => ({ kind: 'severity', group }));
    switch (node.kind) {
      case 'severity': return node.group.rules.map((group) => ({ kind: 'rule', severity: node.group.severity, group }));
      case 'rule': return node.group.files.map((group) => ({ kind: 'file', severity: node.severity, rule: node.group.id, group }));
      case 'file': return node.group.findings.map((item) => ({ kind: 'finding', item }));
      default: return [];
    }
  }

  getTreeItem(node: FindingsNode): vscode.TreeItem {
    const expanded = vscode.TreeItemCollapsibleState.Expanded;
    switch (node.kind) {
      case 'severity': {
        const item = new vscode.TreeItem(severityLabel(node.group.severity), expanded);
        item.id = `s:${node.group.severity}`;
        item.description = plural(node.group.count, 'finding');
        const [icon, color] = SEVERITY_ICON[node.group.severity];
        item.iconPath = new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
        return item;
      }
      case 'rule': {
        const item = new vscode.TreeItem(node.group.title, expanded);
        item.id = `r:${node.severity}:${node.group.id}`;
        item.description = `${node.group.id} · ${plural(node.group.count, 'finding')}`;
        item.iconPath = new vscode.ThemeIcon('symbol-ruler');
        return item;
      }
      case 'file': {
        const item = new vscode.TreeItem(vscode.Uri.parse(node.group.uri), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `f:${node.severity}:${node.rule}:${node.group.uri}`;
        item.label = node.group.path;
        item.description = plural(node.group.findings.length, 'finding');
        item.iconPath = vscode.ThemeIcon.File;
        return item;
      }
      case 'finding': {
        const v = node.item;
        const r = v.finding.range;
        const item = new vscode.TreeItem(findingLabel(v), vscode.TreeItemCollapsibleState.None);
        item.id = `x:${v.finding.severity}:${v.finding.id}:${v.uri}:${r.start}`;
        item.description = findingDescription(v);
        item.tooltip = tooltip(v);
        item.iconPath = new vscode.ThemeIcon(v.history?.pushedTo ? 'cloud-upload' : v.history ? 'git-commit' : 'key');
        item.contextValue = 'keyguard.finding';
        const range = new vscode.Range(r.startLine, r.startColumn, r.endLine, r.endColumn);
        item.command = { command: 'vscode.open', title: 'Open', arguments: [vscode.Uri.parse(v.uri), { selection: range, preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
        return item;
      }
    }
  }

  dispose(): void {
    clearTimeout(this.pending);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

/** The finding's message (masked like every output), and the history and key check in words. */
function tooltip(v: ViewFinding): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendText(v.finding.message);
  if (v.verification) md.appendMarkdown('\n\n').appendText(v.verification.level === 'failed' ? `The key check failed: ${v.verification.headline}` : `Key check: ${v.verification.level} — ${v.verification.headline}`);
  return md;
}
