import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateKeyGuard, codeActionsAt, codeOf, copyFixture, scratchRoot, waitForDiagnostics, waitForFileText } from './helpers';

describe('no move on save (issue 20)', function () {
  this.timeout(60_000);

  after(async () => {
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('with "source.fixAll": "explicit" on save, saving a file with a key changes nothing', async () => {
    await activateKeyGuard();
    await vscode.workspace.getConfiguration('editor').update('codeActionsOnSave', { 'source.fixAll': 'explicit' }, vscode.ConfigurationTarget.Workspace);
    const dir = copyFixture('vault-bot');
    const uri = vscode.Uri.file(path.join(dir, 'grid.py'));
    const envFile = path.join(scratchRoot(), '.env');
    const envBefore = fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : undefined;
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x).startsWith('secret/')));
    // KeyGuard offers nothing under source.fixAll: a move never joins a generic fix-all.
    const fixAll = await codeActionsAt(uri, diags[0].range, vscode.CodeActionKind.SourceFixAll.value);
    assert.deepStrictEqual(fixAll.filter((a) => /secret|environment|\.env/i.test(a.title)).map((a) => a.title), []);
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '# edited\n'));
    // An explicit save (Ctrl+S) is what runs codeActionsOnSave "explicit". A report opened late by an earlier
    // suite can take focus under load, so bring this editor back first and wait for the write on disk.
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    await vscode.commands.executeCommand('workbench.action.files.save');
    const saved = await waitForFileText(uri.fsPath, (t) => t.includes('# edited')).catch(() => fs.readFileSync(uri.fsPath, 'utf8'));
    assert.match(saved, /# edited/, 'the save happened');
    assert.match(saved, /BINANCE_API_SECRET = "Wn3bV6cX/, 'the key is still in the code');
    assert.strictEqual(fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : undefined, envBefore, '.env untouched');
  });
});
