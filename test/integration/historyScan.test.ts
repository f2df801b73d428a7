// "KeyGuard: Scan Git History" in the real extension host, on a repository made here with a key that was
// committed and then deleted: the Git History view's commit → file → finding tree, and the file as of
// that commit opened read-only.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { HistoryApi } from '../../src/extension/history/registerHistory';
import { scratchRoot } from './helpers';
import { activateKeyGuard } from './helpers';

/** Git for setting up the test repository (never KeyGuard's runner: this is the test's own fixture). */
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

/** A random 64-character Binance-shaped secret. */
function randomSecret(): string {
  return randomBytes(48).toString('base64').replace(/[^A-Za-z0-9]/g, '').padEnd(64, 'q').slice(0, 64);
}

describe('git history scan', function () {
  this.timeout(90_000);
  let history: HistoryApi;
  let repo: string;
  let secret: string;
  let added: string;
  let botText: string;

  before(async () => {
    ({ views: { history } } = await activateKeyGuard<{ views: { history: HistoryApi } }>());
    repo = path.join(scratchRoot(), `history-repo-${Date.now()}`);
    fs.mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    fs.writeFileSync(path.join(repo, 'README.md'), '# bot\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'readme');
    secret = randomSecret();
    botText = `import ccxt\n\nBINANCE_API_SECRET = "${secret}"\n`;
    fs.writeFileSync(path.join(repo, 'bot.py'), botText);
    git(repo, 'add', 'bot.py');
    git(repo, 'commit', '-q', '-m', 'add bot');
    added = git(repo, 'rev-parse', 'HEAD').trim();
    fs.writeFileSync(path.join(repo, 'bot.py'), 'import os\n');
    git(repo, 'commit', '-q', '-am', 'move the key out');
  });

  // Later suites save "the active editor": leave none of ours open.
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('shows the deleted key under the commit that added it: commit → file → finding, masked', async () => {
    const outcome = await history.scanAt(vscode.Uri.file(repo));
    assert.strictEqual(outcome.error, undefined);
    assert.strictEqual(outcome.commits, 3);
    const tree = history.tree;
    const commits = tree.getChildren(undefined);
    assert.strictEqual(commits.length, 1);
    assert.strictEqual(commits[0].kind === 'commit' && commits[0].group.commit, added);
    assert.match(String(tree.getTreeItem(commits[0]).label), new RegExp(`^${added.slice(0, 7)} · today$`));
    assert.match(String(tree.getTreeItem(commits[0]).description), /^Test · 1 finding · not pushed$/);
    const files = tree.getChildren(commits[0]);
    assert.deepStrictEqual(files.map((f) => String(tree.getTreeItem(f).label)), ['bot.py']);
    const findings = tree.getChildren(files[0]);
    assert.strictEqual(findings.length, 1);
    const item = tree.getTreeItem(findings[0]);
    assert.strictEqual(item.label, `${secret.slice(0, 4)}…${secret.slice(-4)}`);
    assert.match(String(item.description), /line 3$/);
    assert.strictEqual(item.contextValue, 'keyguard.historyFinding.apiPage');
    const rows = JSON.stringify([commits, files, findings].flat().map((n) => tree.getTreeItem(n)));
    assert.ok(!rows.includes(secret), 'a row shows the full secret');
  });

  it('opens the file as of that commit, read-only, at the line', async () => {
    const tree = history.tree;
    const [commit] = tree.getChildren(undefined);
    const [file] = tree.getChildren(commit);
    const [finding] = tree.getChildren(file);
    const command = tree.getTreeItem(finding).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.scheme, 'keyguard-history');
    assert.strictEqual(editor.document.getText(), botText);
    assert.strictEqual(editor.selection.start.line, 2);
    assert.strictEqual(editor.document.languageId, 'python');
    // Read-only: a content provider's document, with no file system behind the scheme to save it to.
    assert.strictEqual(vscode.workspace.fs.isWritableFileSystem('keyguard-history'), undefined);
    assert.strictEqual(editor.document.isDirty, false);
  });

  it('copies the commit id', async () => {
    const [commit] = history.tree.getChildren(undefined);
    await vscode.commands.executeCommand('keyguard.history.copyCommitId', commit);
    assert.strictEqual(await vscode.env.clipboard.readText(), added);
  });
});
