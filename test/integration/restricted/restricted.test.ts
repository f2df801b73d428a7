import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { VaultApi } from '../../../src/extension/credentials/registerVault';
import { startMockExchange } from '../../mock-exchange/server';
import { activateKeyGuard, codeActionsAt, codeOf, copyFixture, scratchRoot, waitForDiagnostics } from '../helpers';
import type { KeyGuardTestApi } from '../../../src/extension/main';
import { handled, writeKeyFile } from '../scanHelpers';

const KEY = 'u6WRx81a6Zx92Z04OA2t7sFSWcjxWPxBXC55IyqREMOXCh3uYIm8RNVUIIXgm3nX';
const SECRET = '7YtT3EhOhzX3N9tnKqZaHjiDIgnAKRAFzll9793aQf02twE5p4fQ0DvUWOIf3mXN';

describe('restricted mode (untrusted workspace)', function () {
  this.timeout(60_000);
  let vault: VaultApi;

  before(async () => {
    ({ vault } = await activateKeyGuard<{ vault: VaultApi }>());
  });

  it('runs in an untrusted folder', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  it('still shows diagnostics, but the move fix writes nothing', async () => {
    const dir = copyFixture('python-bot');
    const uri = vscode.Uri.file(path.join(dir, 'bot.py'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'secret/binance-api-secret'));
    const before = fs.readFileSync(uri.fsPath, 'utf8');
    const fix = (await codeActionsAt(uri, diags[0].range)).find((a) => a.title.startsWith('Move to environment variable'));
    assert.ok(fix?.command);
    const result = await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.strictEqual(result, undefined);
    assert.strictEqual((await vscode.workspace.openTextDocument(uri)).getText(), before, 'the code is unchanged');
    assert.ok(!fs.existsSync(path.join(scratchRoot(), '.env')), 'no .env was written');
  });

  it('stores, rotates and deletes no key', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('keyguard.storeKey', { exchange: 'binance', label: 'Restricted-Store', apiKey: KEY, secret: SECRET }), undefined);
    assert.strictEqual(vault.store.find('Restricted-Store'), undefined, 'the command stored a key in an untrusted workspace');
    const stored = await vault.store.add({ exchange: 'binance', label: 'Restricted-Keep', apiKey: KEY, secret: SECRET });
    try {
      assert.strictEqual(await vscode.commands.executeCommand('keyguard.rotateKey', { label: 'Restricted-Keep', apiKey: SECRET, secret: KEY }), undefined);
      assert.strictEqual((await vault.store.read(stored.id))?.apiKey, KEY, 'the key was rotated');
      assert.strictEqual(await vscode.commands.executeCommand('keyguard.deleteKey', { label: 'Restricted-Keep', confirmed: true }), undefined);
      assert.ok(vault.store.find('Restricted-Keep'), 'the key was deleted');
    } finally {
      await vault.store.remove(stored.id);
    }
  });

  it('hands no key to terminals or debug sessions', async () => {
    // Stored through the test API: the command itself refuses in an untrusted workspace.
    const stored = await vault.store.add({ exchange: 'binance', label: 'Restricted-Test', apiKey: KEY, secret: SECRET });
    try {
      const names = await vscode.commands.executeCommand('keyguard.useKeysInTerminals', { labels: ['Restricted-Test'] });
      assert.strictEqual(names, undefined);
      let injected = 0;
      vault.environment.collection.forEach(() => injected++);
      assert.strictEqual(injected, 0);
      const config = await vault.debugProvider.resolveDebugConfiguration(undefined, { type: 'python', request: 'launch', name: 'bot', keyguard: true });
      assert.strictEqual(config.env, undefined);
    } finally {
      await vault.store.remove(stored.id);
    }
  });

  it('contacts no exchange', async () => {
    const mock = await startMockExchange({ [KEY]: { secret: SECRET } });
    try {
      const out = await vscode.commands.executeCommand<{ error?: string }>('keyguard.checkApiKey', { exchange: 'binance', apiKey: KEY, secret: SECRET, baseUrl: mock.url });
      assert.strictEqual(out?.error, 'untrusted workspace');
      assert.strictEqual(mock.requests.length, 0);
    } finally {
      await mock.close();
    }
  });
});

describe('scan on open in restricted mode', function () {
  this.timeout(60_000);

  it('scans open files only: no background scan, and a file written to disk is not scanned', async () => {
    const api = await activateKeyGuard<KeyGuardTestApi>();
    assert.strictEqual(api.scan.onOpen.stats, undefined, 'a background scan ran in an untrusted folder');
    assert.strictEqual(await api.scan.onOpen.start(), undefined);
    const seededFile = vscode.Uri.file(path.join(scratchRoot(), 'scan-on-open', 'user_data', 'config.json'));
    assert.ok(fs.existsSync(seededFile.fsPath), 'the harness seeds the scan-on-open fixture');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(seededFile), []);
    const uri = vscode.Uri.file(path.join(scratchRoot(), 'restricted-late', 'keys.py'));
    const batch = handled(api, uri);
    assert.strictEqual(writeKeyFile('restricted-late').fsPath, uri.fsPath);
    assert.deepStrictEqual((await batch).scanned, []);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(uri), []);
  });
});
