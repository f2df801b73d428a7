import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateKeyGuard, codeOf, copyFixture, keyGuardDiagnostics, scratchRoot, waitForDiagnostics } from './helpers';

const SECRET = '7YtT3EhOhzX3N9tnKqZaHjiDIgnAKRAFzll9793aQf02twE5p4fQ0DvUWOIf3mXN';

describe('detection in the editor', function () {
  this.timeout(60_000);

  it('activates', async () => {
    const api = await activateKeyGuard<{ activationMs: number }>();
    assert.ok(vscode.extensions.getExtension('keyguard.trading-key-guard')?.isActive);
    assert.ok(api.activationMs > 0);
    console.log(`      activate() took ${api.activationMs.toFixed(1)} ms`);
  });

  it('shows a Binance secret in an opened Python file as a masked KeyGuard error', async () => {
    const dir = copyFixture('python-bot');
    const uri = vscode.Uri.file(path.join(dir, 'bot.py'));
    const opening = performance.now();
    const doc = await vscode.workspace.openTextDocument(uri);
    const opened = performance.now();
    const shown = vscode.window.showTextDocument(doc);
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'secret/binance-api-secret'));
    console.log(`      first diagnostics ${(performance.now() - opened).toFixed(0)} ms after the document opened (opening it took ${(opened - opening).toFixed(0)} ms)`);
    await shown;
    const secret = diags.find((x) => codeOf(x) === 'secret/binance-api-secret')!;
    assert.strictEqual(secret.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(secret.range.start.line, 4);
    assert.ok(secret.message.includes('7YtT…3mXN'), secret.message);
    assert.ok(!diags.some((d) => d.message.includes(SECRET)), 'a message shows the full secret');
    assert.ok(typeof secret.code === 'object' && secret.code.target.toString().startsWith('https://'), 'the code links to the docs');
  });

  it('clears the diagnostic once the secret is replaced by an environment lookup (debounced rescan)', async () => {
    const dir = copyFixture('python-bot');
    const uri = vscode.Uri.file(path.join(dir, 'bot.py'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, (d) => d.length === 2);
    const line = editor.document.lineAt(4);
    await editor.edit((e) => e.replace(line.range, 'client = Client(os.environ["BINANCE_API_KEY"], os.environ["BINANCE_API_SECRET"])'));
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it('Scan Workspace fills the Problems view for files that are not open, and reports counts', async () => {
    const dir = copyFixture('python-bot');
    const grid = vscode.Uri.file(path.join(dir, 'strategies', 'grid.py'));
    assert.deepStrictEqual(keyGuardDiagnostics(grid), []);
    const summary = await vscode.commands.executeCommand<{ files: number; findings: number }>('keyguard.scanWorkspace');
    assert.ok(summary && summary.files >= 3, `scanned ${summary?.files} files`);
    assert.ok(summary.findings >= 4, `found ${summary.findings}`);
    const ids = keyGuardDiagnostics(grid).map(codeOf).sort();
    assert.deepStrictEqual(ids, ['secret/binance-api-key', 'secret/binance-api-secret']);
    assert.deepStrictEqual(keyGuardDiagnostics(vscode.Uri.file(path.join(dir, 'clean.py'))), []);
  });

  it('Scan Workspace reports a .env loader in a file that is not open, as the CLI and the editor do (one pipeline)', async () => {
    const dir = path.join(scratchRoot(), 'loader-unignored');
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    fs.writeFileSync(path.join(dir, '.env'), 'LOG_LEVEL=debug\n');
    fs.writeFileSync(path.join(dir, 'app.py'), 'from dotenv import load_dotenv\n\nload_dotenv()\n');
    await vscode.commands.executeCommand('keyguard.refreshEnvGuard');
    await vscode.commands.executeCommand('keyguard.scanWorkspace');
    const app = vscode.Uri.file(path.join(dir, 'app.py'));
    assert.deepStrictEqual(keyGuardDiagnostics(app).map(codeOf), ['gitignore/dotenv-unignored']);
  });
});
