// The "Stored Keys" view: one row per stored key with its exchange, masked key, age and last check.
import * as vscode from 'vscode';
import { mask } from '../../engine';
import { ownArg } from '../commandArgs';
import { ageDays, formatAge, rotationDue } from '../../vault/keyHealth';
import { relativeDate } from '../views/relativeDate';
import { profileOf } from '../../vault/profiles';
import type { StoredKeyMeta, VaultStore } from '../../vault/vaultStore';

/** A row of the tree: the metadata plus the masked key read from the keychain. */
export interface StoredKeyNode extends StoredKeyMeta {
  masked: string;
  /** Other labels that hold the same API key. */
  sharedWith: string[];
}

const CHECK_ICON: Record<string, string> = { critical: 'error', warning: 'warning', note: 'info', ok: 'pass', failed: 'circle-slash' };

/** Tree data for `keyguard.storedKeys`. */
export class StoredKeysTree implements vscode.TreeDataProvider<StoredKeyNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: VaultStore, private readonly rotationDays: () => number) {}

  /** Repaints the view after the vault changed. */
  refresh(): void {
    this.changed.fire();
  }

  /** Every stored key, masked (the full value never reaches the view). */
  async getChildren(element?: StoredKeyNode): Promise<StoredKeyNode[]> {
    if (element) return [];
    const nodes: StoredKeyNode[] = [];
    const byKey = new Map<string, string[]>();
    for (const m of this.store.list()) {
      const s = await this.store.read(m.id);
      // The view hands its rows to the row's commands: mark them as KeyGuard's own arguments.
      nodes.push(ownArg({ ...m, masked: s ? mask(s.apiKey) : 'missing from the keychain', sharedWith: [] }));
      if (s) byKey.set(s.apiKey, [...(byKey.get(s.apiKey) ?? []), m.label]);
    }
    // One key per tool: name the other labels holding the same key.
    for (const labels of byKey.values()) for (const n of nodes) if (labels.includes(n.label)) n.sharedWith = labels.filter((l) => l !== n.label);
    return nodes;
  }

  /** Label, exchange · masked key · age, and an icon for the worst news about the key. */
  getTreeItem(node: StoredKeyNode): vscode.TreeItem {
    const now = Date.now();
    const days = ageDays(node, now);
    const due = rotationDue(node, this.rotationDays(), now);
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const stored = `${node.rotatedAt ? 'rotated' : 'stored'} ${relativeDate(node.rotatedAt ?? node.createdAt, now)}`;
    const parts = [profileOf(node.exchange).name, node.masked, due ? `${formatAge(days)} old — rotate` : stored];
    if (node.lastCheck) parts.push(node.lastCheck.level === 'failed' ? 'check failed' : `checked: ${node.lastCheck.level}`);
    if (node.sharedWith.length) parts.push(`same key as ${node.sharedWith.map((l) => `"${l}"`).join(', ')}`);
    item.description = parts.join(' · ');
    const icon = node.lastCheck?.level === 'critical' ? 'error' : due || node.sharedWith.length ? 'warning' : node.lastCheck ? CHECK_ICON[node.lastCheck.level] : 'key';
    item.iconPath = new vscode.ThemeIcon(icon, icon === 'error' ? new vscode.ThemeColor('errorForeground') : icon === 'warning' ? new vscode.ThemeColor('editorWarning.foreground') : undefined);
    item.tooltip = tooltip(node, due, this.rotationDays());
    item.contextValue = profileOf(node.exchange).checkable ? 'keyguard.storedKey.checkable' : 'keyguard.storedKey';
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Markdown tooltip: where the key goes, its dates and the last verdict. */
function tooltip(node: StoredKeyNode, due: boolean, rotationDays: number): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**${escape(node.label)}** — ${profileOf(node.exchange).name} key \`${node.masked}\`\n\n`);
  const env = [node.env.apiKey, node.env.secret, node.env.passphrase].filter(Boolean).map((n) => `\`${n}\``).join(', ');
  md.appendMarkdown(`Environment variables: ${env}\n\n`);
  const now = Date.now();
  md.appendMarkdown(`Stored ${new Date(node.createdAt).toLocaleDateString()} (${relativeDate(node.createdAt, now)})`);
  if (node.rotatedAt) md.appendMarkdown(`, rotated ${new Date(node.rotatedAt).toLocaleDateString()} (${relativeDate(node.rotatedAt, now)})`);
  md.appendMarkdown('.');
  if (due) md.appendMarkdown(` $(warning) Older than ${rotationDays} days: rotate it.`);
  if (node.sharedWith.length) md.appendMarkdown(`\n\n$(warning) The same key is stored as ${node.sharedWith.map(escape).join(', ')}: give every tool its own key.`);
  const when = node.lastCheck ? `${new Date(node.lastCheck.at).toLocaleDateString()} (${relativeDate(node.lastCheck.at, now)})` : '';
  if (node.lastCheck?.level === 'failed') md.appendMarkdown(`\n\nLast check ${when} **failed**: ${escape(node.lastCheck.headline)}`);
  else if (node.lastCheck) md.appendMarkdown(`\n\nLast check ${when}: **${node.lastCheck.level}** — ${escape(node.lastCheck.headline)}`);
  else if (profileOf(node.exchange).checkable) md.appendMarkdown('\n\nNever checked: run "Check Permissions" to ask the exchange what this key may do.');
  return md;
}

/** Escapes Markdown in user-chosen text (labels). */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
