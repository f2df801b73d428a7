// Cross-file withdrawals in restricted mode: no file is read behind the user's back, so the index knows the
// open documents only; a command file and the send helper it calls, both open, still link.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { KeyGuardTestApi } from '../../../src/extension/main';
import { activateKeyGuard, codeOf, copyFixture, keyGuardDiagnostics, waitForDiagnostics } from '../helpers';

const calls = (d: readonly vscode.Diagnostic[]) => d.filter((x) => codeOf(x) === 'withdraw/wrapper-call');

describe('cross-file withdrawals in restricted mode', function () {
  this.timeout(60_000);

  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('links the open documents only: the call warns once the helper is open too', async () => {
    const api = await activateKeyGuard<KeyGuardTestApi>();
    const dir = copyFixture('cross-file-bot');
    const tip = vscode.Uri.file(path.join(dir, 'commands', 'tip.js'));
    await api.diagnostics.lint(await vscode.workspace.openTextDocument(tip));
    await api.diagnostics.movers.idle();
    assert.deepStrictEqual(calls(keyGuardDiagnostics(tip)), [], 'core/chain.js is neither open nor read');
    await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, 'core', 'chain.js')));
    const found = calls(await waitForDiagnostics(tip, (d) => calls(d).length > 0));
    assert.strictEqual(found[0].range.start.line, 3);
    assert.strictEqual(found[0].severity, vscode.DiagnosticSeverity.Warning);
  });
});
