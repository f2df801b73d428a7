import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateKeyGuard, codeActionsAt, codeOf, copyFixture, waitForDiagnostics } from './helpers';

describe('withdrawal guard in the editor', function () {
  this.timeout(60_000);

  it('flags a ccxt withdraw() (naming Kraken), explains it on hover, and the allow fix silences it', async () => {
    await activateKeyGuard();
    const dir = copyFixture('withdraw-bot');
    const uri = vscode.Uri.file(path.join(dir, 'sweep.py'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'withdraw/library-call'));
    const withdraw = diags.filter((x) => codeOf(x).startsWith('withdraw/'));
    assert.strictEqual(withdraw.length, 1, 'fetch_withdrawals is history, not a withdrawal');
    const d = withdraw[0];
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(d.range.start.line, 9);
    assert.match(d.message, /Kraken/);

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, d.range.start);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /withdrawal permission/);
    assert.match(text, /IP whitelist/);

    const actions = await codeActionsAt(uri, d.range);
    assert.ok(actions.some((a) => a.title === 'Show all withdrawal calls in the workspace'));
    const allow = actions.find((a) => a.title === 'Suppress for this line (keyguard:allow — reason)');
    assert.ok(allow?.edit, 'allow fix with an edit');
    assert.ok(await vscode.workspace.applyEdit(allow.edit));
    assert.match(editor.document.lineAt(9).text, /^\s*# keyguard:allow withdraw — reason$/);
    await waitForDiagnostics(uri, (ds) => !ds.some((x) => codeOf(x).startsWith('withdraw/')));
  });

  it('Show All Withdrawal Calls lists the calls found in the workspace', async () => {
    const dir = copyFixture('withdraw-bot');
    await vscode.commands.executeCommand('keyguard.scanWorkspace');
    const calls = await vscode.commands.executeCommand<Array<{ uri: vscode.Uri }>>('keyguard.showWithdrawalCalls', { list: true });
    assert.ok(calls.some((c) => c.uri.fsPath === path.join(dir, 'sweep.py')), JSON.stringify(calls.map((c) => c.uri.fsPath)));
  });
});
