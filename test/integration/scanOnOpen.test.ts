// The scan on open: files nobody opened get their diagnostics after activation, files written or deleted
// behind the editor's back follow the disk, and `keyguard.scanOnOpen: openFiles` leaves unopened files alone.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { KeyGuardTestApi } from '../../src/extension/main';
import { activateKeyGuard, codeOf, keyGuardDiagnostics, scratchRoot, waitForDiagnostics } from './helpers';
import { handled, writeKeyFile } from './scanHelpers';

const seededUri = () => vscode.Uri.file(path.join(scratchRoot(), 'scan-on-open', 'user_data', 'config.json'));
const isSecret = (d: vscode.Diagnostic[]) => d.some((x) => codeOf(x) === 'secret/binance-api-secret');

// A root hook, so it runs before the first test of any file: envGuard.test.ts empties the scratch folder
// later, and the seeded file must be seen as the scan on open found it.
let seeded: Promise<vscode.Diagnostic[]> | undefined;
before(() => {
  if (process.env.KEYGUARD_RESTRICTED === '1' || !fs.existsSync(seededUri().fsPath)) return;
  seeded = waitForDiagnostics(seededUri(), isSecret, 50_000);
  seeded.catch(() => undefined); // awaited (and reported) by the test below
});

describe('scan on open', function () {
  this.timeout(60_000);
  let api: KeyGuardTestApi;

  before(async () => {
    api = await activateKeyGuard<KeyGuardTestApi>();
  });

  it('shows the findings of a workspace file that was never opened, after activation', async () => {
    assert.ok(seeded, 'the harness seeds test/fixtures/workspaces/scan-on-open into the scratch folder');
    const diags = await seeded;
    assert.deepStrictEqual(diags.map(codeOf).sort(), ['secret/binance-api-key', 'secret/binance-api-secret']);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.fsPath === seededUri().fsPath), 'no test opened the file');
    assert.ok(api.scan.onOpen.stats, 'a background scan ran');
  });

  it('scans a file written to disk after start', async () => {
    const uri = writeKeyFile('late-write');
    await waitForDiagnostics(uri, isSecret);
  });

  it('clears the diagnostics of a deleted file', async () => {
    const uri = vscode.Uri.file(path.join(scratchRoot(), 'late-write', 'keys.py'));
    await waitForDiagnostics(uri, isSecret);
    fs.rmSync(path.dirname(uri.fsPath), { recursive: true });
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it('never lets a read from disk replace the findings of an open document (its unsaved text wins)', async () => {
    const uri = writeKeyFile('open-edited');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(uri, isSecret);
    // A background scan that read the file from disk as clean must not wipe what the editor shows.
    await api.diagnostics.lintFile(uri, 'print("clean")\n');
    assert.ok(isSecret(keyGuardDiagnostics(uri)), 'the open document\'s findings were replaced by a disk read');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('stops when "Stop Workspace Scan" runs (the status item\'s click)', async () => {
    const run = api.scan.onOpen.start();
    assert.ok(api.scan.onOpen.isRunning);
    await vscode.commands.executeCommand('keyguard.stopScan');
    const summary = await run;
    assert.strictEqual(summary?.cancelled, true);
    assert.ok(!api.scan.onOpen.isRunning);
  });

  it('with keyguard.scanOnOpen: openFiles, scans no file that is not open', async () => {
    const config = vscode.workspace.getConfiguration('keyguard');
    await config.update('scanOnOpen', 'openFiles', vscode.ConfigurationTarget.Workspace);
    try {
      assert.strictEqual(await api.scan.onOpen.start(), undefined, 'the scan on open declined');
      const uri = vscode.Uri.file(path.join(scratchRoot(), 'late-open-files', 'keys.py'));
      const batch = handled(api, uri);
      writeKeyFile('late-open-files');
      const b = await batch;
      assert.ok(!b.scanned.some((u) => u.fsPath === uri.fsPath));
      assert.deepStrictEqual(keyGuardDiagnostics(uri), []);
    } finally {
      await config.update('scanOnOpen', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
