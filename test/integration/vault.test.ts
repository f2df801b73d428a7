import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { VaultApi } from '../../src/extension/credentials/registerVault';
import type { StoredKeyMeta } from '../../src/vault/vaultStore';
import { startMockExchange, type MockExchange } from '../mock-exchange/server';
import { activateKeyGuard, codeActionsAt, codeOf, copyFixture, scratchRoot, waitForDiagnostics, waitForFileText } from './helpers';

// Fake credentials: the mock exchange knows them; nothing real.
const KEY = 'Wq3rT8yU1iO4pA7sD0fG2hJ5kL9zX6cV3bN8mQ1wE4rT7yU0iO2pA5sD8fG1hJ4k';
const SECRET = 'Lz7xC1vB4nM8qW2eR5tY9uI3oP6aS0dF7gH1jK4lZ8xC2vB5nM9qW3eR6tY0uI4o';
const KEY2 = 'Pm6nB3vC9xZ2lK5jH8gF1dS4aQ7wE0rT3yU6iO9pL2kJ5hG8fD1sA4zX7cV0bN3m';
const SECRET2 = 'Hq2wE5rT8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7yU0iO3pA6sD9fG2h';

const sha256 = (s: string): string => crypto.createHash('sha256').update(s).digest('hex');

/** Resolves once `file` exists and is not empty (the terminal's process wrote it). */
function fileWritten(file: string): Promise<string> {
  return waitForFileText(file, (text) => text.length > 0);
}

describe('Credential vault', function () {
  this.timeout(60_000);
  let vault: VaultApi;
  let mock: MockExchange;
  let stored: StoredKeyMeta;

  before(async () => {
    ({ vault } = await activateKeyGuard<{ vault: VaultApi }>());
    for (const m of vault.store.list()) await vault.store.remove(m.id);
    mock = await startMockExchange({ [KEY]: { secret: SECRET, restrictions: { enableWithdrawals: true, ipRestrict: false } } });
  });
  after(() => mock.close());

  it('stores a key from the command and lists it masked in the Stored Keys view', async () => {
    const meta = await vscode.commands.executeCommand<StoredKeyMeta | undefined>('keyguard.storeKey', { exchange: 'binance', label: 'GridBot-Spot', apiKey: KEY, secret: SECRET });
    assert.ok(meta, 'the command stored nothing');
    stored = meta;
    assert.deepStrictEqual(meta.env, { apiKey: 'BINANCE_API_KEY', secret: 'BINANCE_API_SECRET' });
    const nodes = await vault.tree.getChildren();
    assert.deepStrictEqual(nodes.map((n) => n.label), ['GridBot-Spot']);
    const item = vault.tree.getTreeItem(nodes[0]);
    assert.match(String(item.description), /^Binance · Wq3r…hJ4k · stored today$/);
    assert.strictEqual(item.contextValue, 'keyguard.storedKey.checkable');
  });

  it('marks a key stored under two labels in the view (one key per tool)', async () => {
    const twin = await vscode.commands.executeCommand<StoredKeyMeta>('keyguard.storeKey', { exchange: 'binance', label: 'GridBot-Copy', apiKey: KEY, secret: SECRET });
    try {
      const nodes = await vault.tree.getChildren();
      const original = nodes.find((n) => n.label === 'GridBot-Spot')!;
      assert.match(String(vault.tree.getTreeItem(original).description), /same key as "GridBot-Copy"/);
    } finally {
      await vault.store.remove(twin.id);
    }
    const [alone] = await vault.tree.getChildren();
    assert.doesNotMatch(String(vault.tree.getTreeItem(alone).description), /same key/);
  });

  it('refuses a malformed key with a message and stores nothing', async () => {
    const meta = await vscode.commands.executeCommand('keyguard.storeKey', { exchange: 'binance', label: 'Broken', apiKey: KEY.slice(0, 30), secret: SECRET });
    assert.strictEqual(meta, undefined);
    assert.strictEqual(vault.store.find('Broken'), undefined);
  });

  it('hands the chosen keys to new terminals, in memory only', async () => {
    const names = await vscode.commands.executeCommand<string[]>('keyguard.useKeysInTerminals', { labels: ['GridBot-Spot'] });
    assert.deepStrictEqual(names, ['BINANCE_API_KEY', 'BINANCE_API_SECRET']);
    assert.strictEqual(vault.environment.collection.persistent, false);
    assert.strictEqual(vault.environment.collection.get('BINANCE_API_KEY')?.value, KEY);
    // A real terminal process reads the variable and writes only its hash.
    const out = path.join(scratchRoot(), `terminal-env-${Date.now()}.txt`);
    const script = `require('fs').writeFileSync(${JSON.stringify(out)}, require('crypto').createHash('sha256').update(process.env.BINANCE_API_KEY || 'unset').digest('hex'))`;
    const terminal = vscode.window.createTerminal({ name: 'keyguard-env-test', shellPath: process.execPath, shellArgs: ['-e', script] });
    try {
      assert.strictEqual(await fileWritten(out), sha256(KEY));
    } finally {
      terminal.dispose();
    }
  });

  it('adds the keys to launch configurations that opt in, and only those', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const plain = await vault.debugProvider.resolveDebugConfiguration(folder, { type: 'python', request: 'launch', name: 'bot' });
    assert.strictEqual(plain.env, undefined);
    const opted = await vault.debugProvider.resolveDebugConfiguration(folder, { type: 'python', request: 'launch', name: 'bot', keyguard: true, env: { BINANCE_API_SECRET: 'from-launch-json', LOG: '1' } });
    assert.deepStrictEqual(opted.env, { BINANCE_API_KEY: KEY, BINANCE_API_SECRET: 'from-launch-json', LOG: '1' });
  });

  it('checks the stored key with the exchange and records the verdict in the view', async () => {
    const out = await vscode.commands.executeCommand<{ result?: { verdict: { level: string } }; error?: string }>('keyguard.checkStoredKey', { label: 'GridBot-Spot', baseUrl: mock.url });
    assert.strictEqual(out?.result?.verdict.level, 'critical', out?.error);
    const meta = vault.store.find('GridBot-Spot');
    assert.strictEqual(meta?.lastCheck?.level, 'critical');
    assert.match(meta?.lastCheck?.headline ?? '', /Withdrawals are ENABLED/);
    const [node] = await vault.tree.getChildren();
    assert.match(String(vault.tree.getTreeItem(node).description), /checked: critical/);
  });

  it('rotates under the same label and the terminals follow', async () => {
    const rotated = await vscode.commands.executeCommand<StoredKeyMeta>('keyguard.rotateKey', { label: 'GridBot-Spot', apiKey: KEY2, secret: SECRET2 });
    assert.strictEqual(rotated.id, stored.id);
    assert.ok(rotated.rotatedAt);
    assert.strictEqual(rotated.lastCheck, undefined);
    assert.deepStrictEqual(await vault.store.read(stored.id), { apiKey: KEY2, secret: SECRET2 });
    assert.strictEqual(vault.environment.collection.get('BINANCE_API_KEY')?.value, KEY2);
  });

  it('keeps every secret out of globalState, workspaceState, settings, the view and the log files', async () => {
    // The KeyGuard output channel is a log file next to the extension host's own log.
    const { logUri } = await activateKeyGuard<{ logUri: vscode.Uri }>();
    const ownLog = path.join(logUri.fsPath, 'KeyGuard.log');
    const hostLog = path.join(path.dirname(logUri.fsPath), 'remoteexthost.log');
    let logs = await waitForFileText(ownLog, (t) => t.includes('vault: rotated'));
    assert.match(logs, /vault: stored "GridBot-Spot" \(Binance key Wq3r…hJ4k\)/);
    assert.match(logs, /key check: Binance key Wq3r…hJ4k → critical/);
    if (fs.existsSync(hostLog)) logs += fs.readFileSync(hostLog, 'utf8');
    const nodes = await vault.tree.getChildren();
    const items = nodes.map((n) => vault.tree.getTreeItem(n));
    const settings = JSON.stringify(vscode.workspace.getConfiguration('keyguard'));
    const written = [
      vault.stateSnapshot(), settings, logs,
      ...items.map((i) => `${String(i.label)} ${String(i.description)} ${(i.tooltip as vscode.MarkdownString).value}`),
      vault.environment.collection.description ?? '',
    ].join('\n');
    assert.ok(written.includes('GridBot-Spot'), 'the snapshot should at least hold the label');
    for (const secret of [KEY, SECRET, KEY2, SECRET2]) {
      assert.ok(!written.includes(secret), `a secret (${secret.slice(0, 4)}…) leaked`);
      assert.ok(!written.includes(secret.slice(0, 16)), `part of a secret (${secret.slice(0, 4)}…) leaked`);
    }
  });

  it('escapes control characters in the log: a label cannot fake log lines or clear a terminal', async () => {
    const { logUri } = await activateKeyGuard<{ logUri: vscode.Uri }>();
    const ownLog = path.join(logUri.fsPath, 'KeyGuard.log');
    const label = 'Evil\n2026-01-01 00:00:00.000 [info] vault: deleted "GridBot-Spot"\x1b[2J\u202e';
    const meta = await vscode.commands.executeCommand<StoredKeyMeta>('keyguard.storeKey', { exchange: 'binance', label, apiKey: KEY2, secret: SECRET2 });
    try {
      const logs = await waitForFileText(ownLog, (t) => t.includes('vault: stored "Evil'));
      assert.ok(logs.includes('vault: stored "Evil\\n2026-01-01 00:00:00.000 [info] vault: deleted "GridBot-Spot"\\x1b[2J\\u202e"'), logs);
      assert.ok(!/[\x1b\u202e]/.test(logs), 'a raw escape reached the log');
      assert.ok(!logs.split('\n').some((l) => l.startsWith('2026-01-01')), 'a fake log line');
    } finally {
      await vault.store.remove(meta.id);
    }
  });

  it('refuses arguments from tasks, launch inputs and other extensions, as a production build does', async () => {
    // A tasks.json `${command:keyguard.deleteKey}` input (or any extension) passes its own arguments; with
    // the test switch off the commands act as shipped: nothing picked, stored, rotated, deleted or checked.
    const { switches } = await activateKeyGuard<{ switches: { acceptScriptedArgs: boolean } }>();
    switches.acceptScriptedArgs = false;
    const requests = mock.requests.length;
    try {
      assert.strictEqual(await vscode.commands.executeCommand('keyguard.deleteKey', { label: 'GridBot-Spot', confirmed: true }), undefined);
      assert.ok(vault.store.find('GridBot-Spot'), 'a scripted delete removed the key');
      assert.strictEqual(await vscode.commands.executeCommand('keyguard.rotateKey', { label: 'GridBot-Spot', apiKey: KEY, secret: SECRET }), undefined);
      assert.deepStrictEqual(await vault.store.read(stored.id), { apiKey: KEY2, secret: SECRET2 }, 'a scripted rotate replaced the key');
      assert.strictEqual(await vscode.commands.executeCommand('keyguard.storeKey', { exchange: 'binance', label: 'Planted', apiKey: KEY, secret: SECRET }), undefined);
      assert.strictEqual(vault.store.find('Planted'), undefined, 'a scripted store planted a key');
      await vscode.commands.executeCommand('keyguard.useKeysInTerminals', { labels: [] });
      assert.strictEqual(vault.environment.collection.get('BINANCE_API_KEY')?.value, KEY2, 'a scripted selection changed what terminals get');
      assert.strictEqual(await vscode.commands.executeCommand('keyguard.checkStoredKey', { label: 'GridBot-Spot', baseUrl: mock.url }), undefined);
      assert.strictEqual(mock.requests.length, requests, 'a scripted check reached the (loopback) exchange');
    } finally {
      switches.acceptScriptedArgs = true;
    }
  });

  it('deletes after confirmation and stops handing the key out', async () => {
    const removed = await vscode.commands.executeCommand<StoredKeyMeta>('keyguard.deleteKey', { label: 'GridBot-Spot', confirmed: true });
    assert.strictEqual(removed.id, stored.id);
    assert.deepStrictEqual(vault.store.list(), []);
    assert.strictEqual(await vault.store.read(stored.id), undefined);
    assert.strictEqual(vault.environment.collection.get('BINANCE_API_KEY'), undefined);
    assert.deepStrictEqual(await vault.tree.getChildren(), []);
  });
});

describe('Move to KeyGuard secret storage', function () {
  this.timeout(60_000);

  it('stores key and secret as one vault key, leaves .env alone, and the bot runs with the terminal environment', async () => {
    const { vault } = await activateKeyGuard<{ vault: VaultApi }>();
    const dir = copyFixture('vault-bot');
    const before = execFileSync('python3', ['grid.py'], { cwd: dir, encoding: 'utf8' }).trim();
    const envFile = path.join(scratchRoot(), '.env');
    const envBefore = fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : undefined;
    const uri = vscode.Uri.file(path.join(dir, 'grid.py'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diags = await waitForDiagnostics(uri, (d) => d.filter((x) => codeOf(x).startsWith('secret/binance')).length === 2);
    const actions = await codeActionsAt(uri, diags[0].range);
    const fix = actions.find((a) => a.title.endsWith('to KeyGuard secret storage'));
    assert.ok(fix?.command, JSON.stringify(actions.map((a) => a.title)));
    const result = await vscode.commands.executeCommand<{ names: string[]; stored: StoredKeyMeta[] }>(fix.command.command, ...(fix.command.arguments ?? []));
    assert.strictEqual(result.stored.length, 1);
    assert.strictEqual(result.stored[0].label, 'grid.py · Binance');
    const doc = await vscode.workspace.openTextDocument(uri);
    await doc.save();
    assert.match(doc.getText(), /BINANCE_API_KEY = os\.environ\["BINANCE_API_KEY(?:_\d+)?"\]/);
    assert.ok(!doc.getText().includes('Tb5nM2vC8xZ1'), 'the key is gone from the code');
    assert.strictEqual(fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : undefined, envBefore, '.env is untouched');
    const { vars } = await vault.environment.variables();
    for (const n of result.names) assert.ok(vars[n], `${n} is handed to terminals`);
    assert.strictEqual(execFileSync('python3', ['grid.py'], { cwd: dir, env: { ...process.env, ...vars }, encoding: 'utf8' }).trim(), before);
    await vault.store.remove(result.stored[0].id);
  });
});
