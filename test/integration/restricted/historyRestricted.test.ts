// Restricted mode: the git history scan never runs git, from the command or from the view's documents.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HistoryApi } from '../../../src/extension/history/registerHistory';
import { activateKeyGuard, scratchRoot } from '../helpers';

describe('restricted mode: git history', function () {
  this.timeout(60_000);

  it('refuses to scan the history of an untrusted folder', async () => {
    const { views } = await activateKeyGuard<{ views: { history: HistoryApi } }>();
    const outcome = await views.history.scanAt(vscode.Uri.file(scratchRoot()));
    assert.strictEqual(outcome.error, 'untrusted workspace');
    assert.deepStrictEqual(views.history.tree.getChildren(undefined), []);
  });

  it('serves no file of a past commit', async () => {
    const uri = vscode.Uri.from({ scheme: 'keyguard-history', path: '/bot.py', query: JSON.stringify({ root: scratchRoot(), commit: '0'.repeat(40) }) });
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /^\(KeyGuard /);
  });
});
