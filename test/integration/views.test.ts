// The Findings view in the real extension host: what the diagnostics pipeline published, grouped
// severity → rule → file → finding (values masked); a finding opens its file at its range; the status
// bar says KeyGuard's state and opens the view.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { FindingsTree, FindingsNode } from '../../src/extension/views/FindingsTree';
import type { SeverityGroup } from '../../src/extension/views/findingGroups';
import { activateKeyGuard, codeOf, copyFixture, keyGuardDiagnostics, waitForDiagnostics } from './helpers';

const SECRET = '7YtT3EhOhzX3N9tnKqZaHjiDIgnAKRAFzll9793aQf02twE5p4fQ0DvUWOIf3mXN';
const SEVERITY = ['error', 'warning', 'info', 'hint'];

interface ViewsApi { views: { findings: FindingsTree; status: vscode.StatusBarItem } }

/** The tree's rows under a folder, flattened as "severity > rule > file > label (line)", read through getChildren. */
function rowsUnder(tree: FindingsTree, dir: string): string[] {
  const out: string[] = [];
  const walk = (node: FindingsNode | undefined, trail: string[]) => {
    for (const child of tree.getChildren(node)) {
      if (child.kind === 'severity') walk(child, [child.group.severity]);
      else if (child.kind === 'rule') walk(child, [...trail, child.group.id]);
      else if (child.kind === 'file') { if (vscode.Uri.parse(child.group.uri).fsPath.startsWith(dir)) walk(child, [...trail, path.relative(dir, vscode.Uri.parse(child.group.uri).fsPath)]); }
      else out.push([...trail, `${String(tree.getTreeItem(child).label)} (${child.item.finding.range.startLine + 1})`].join(' > '));
    }
  };
  walk(undefined, []);
  return out.sort();
}

/** Resolves once the view's data satisfies `predicate`, woken by the view's own change events. */
function waitForTree(tree: FindingsTree, predicate: (g: SeverityGroup[]) => boolean, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (predicate(tree.grouped())) return resolve();
    const timer = setTimeout(() => { sub.dispose(); reject(new Error('timed out waiting for the findings view')); }, timeoutMs);
    const sub = tree.onDidChangeTreeData(() => {
      if (!predicate(tree.grouped())) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

describe('findings view', function () {
  this.timeout(60_000);
  let api: ViewsApi;
  let dir: string;
  let expected: string[];

  before(async () => {
    api = await activateKeyGuard<ViewsApi>();
    dir = copyFixture('python-bot');
    expected = [];
    for (const rel of ['bot.py', path.join('strategies', 'grid.py')]) {
      const uri = vscode.Uri.file(path.join(dir, rel));
      await vscode.workspace.openTextDocument(uri);
      const diags = await waitForDiagnostics(uri, (d) => d.length > 0);
      // What the view must show, built from the Problems side: severity > rule > file > masked value (line).
      for (const d of diags) expected.push([SEVERITY[d.severity], codeOf(d), rel, `${/[A-Za-z0-9]{4}…[A-Za-z0-9]{4}/.exec(d.message)?.[0] ?? ''} (${d.range.start.line + 1})`].join(' > '));
    }
  });

  it('shows the fixture\'s findings grouped severity → rule → file → finding, values masked', async () => {
    const tree = api.views.findings;
    await waitForTree(tree, () => rowsUnder(tree, dir).length === expected.length);
    const rows = rowsUnder(tree, dir);
    assert.ok(rows.some((r) => r.startsWith('error > secret/binance-api-secret > bot.py > 7YtT…3mXN (5)')), rows.join('\n'));
    // Labels carry the masked value where the message names one; compare the structure row by row.
    assert.deepStrictEqual(rows.map((r) => r.replace(/ > [^>]*\((\d+)\)$/, ' > ($1)')), expected.map((r) => r.replace(/ > [^>]*\((\d+)\)$/, ' > ($1)')).sort());
    assert.ok(!rows.some((r) => r.includes(SECRET)), 'the view shows a full secret');
    const severities = tree.getChildren(undefined).map((n) => String(tree.getTreeItem(n).description));
    assert.ok(severities.every((d) => /^(1 finding|\d+ findings)$/.test(d)), severities.join(', '));
  });

  it('opens a finding\'s file at its range', async () => {
    const tree = api.views.findings;
    const file = vscode.Uri.file(path.join(dir, 'bot.py')).toString();
    const errors = tree.getChildren(undefined).find((n) => n.kind === 'severity' && n.group.severity === 'error')!;
    const rule = tree.getChildren(errors).find((n) => n.kind === 'rule' && n.group.id === 'secret/binance-api-secret')!;
    const fileNode = tree.getChildren(rule).find((n) => n.kind === 'file' && n.group.uri === file)!;
    const finding = tree.getChildren(fileNode)[0];
    const command = tree.getTreeItem(finding).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), file);
    const diag = keyGuardDiagnostics(editor.document.uri).find((d) => d.range.isEqual(editor.selection));
    assert.ok(diag, `the selection ${JSON.stringify(editor.selection)} is no finding's range`);
  });

  it('has a status item that states KeyGuard\'s state and opens the findings view', () => {
    const status = api.views.status;
    assert.match(status.text, /^\$\((warning|shield)\) KeyGuard: (on|\d+ secrets?)$/);
    assert.match(status.text, /KeyGuard: \d+ secrets?$/, 'the fixture\'s secrets are counted');
    assert.strictEqual(typeof status.command === 'string' ? status.command : status.command?.command, 'keyguard.findings.focus');
  });
});
