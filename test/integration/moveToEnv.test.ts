import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'dotenv';
import * as vscode from 'vscode';
import { activateKeyGuard, codeActionsAt, codeOf, copyFixture, scratchRoot, waitForDiagnostics, waitForFileText } from './helpers';

/** Applies a quick fix at the first secret of a file (by default the preferred "Move to environment variable"); returns every title offered. */
async function applyMoveFix(uri: vscode.Uri, pick: (a: vscode.CodeAction) => boolean = (a) => !!a.isPreferred && a.title.startsWith('Move to environment variable')): Promise<string[]> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x).startsWith('secret/')));
  const d = diags.find((x) => codeOf(x).startsWith('secret/'))!;
  const actions = await codeActionsAt(uri, d.range);
  const fix = actions.find(pick);
  assert.ok(fix?.command, `no such fix among ${JSON.stringify(actions.map((a) => a.title))}`);
  await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
  await waitForDiagnostics(uri, (ds) => !ds.some((x) => codeOf(x).startsWith('secret/')));
  return actions.map((a) => a.title);
}

/** Resolves once a document's text matches `re`, woken by its change events (the fix's edit may land after its diagnostics clear). */
function waitForDocText(doc: vscode.TextDocument, re: RegExp, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (re.test(doc.getText())) return resolve();
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== doc || !re.test(doc.getText())) return;
      sub.dispose();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out waiting for ${re} in ${doc.uri.fsPath}:\n${doc.getText()}`)); }, timeoutMs);
  });
}

/** The workspace .env as a map. */
function dotenv(): Record<string, string> {
  return parse(fs.readFileSync(path.join(scratchRoot(), '.env'), 'utf8'));
}

/** Runs a program with the .env values in its environment and returns its output. */
function runWithEnv(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, env: { ...process.env, ...dotenv() }, encoding: 'utf8' }).trim();
}

describe('move a secret to an environment variable', function () {
  this.timeout(60_000);
  let dir = '';

  before(async () => {
    await activateKeyGuard();
    dir = copyFixture('fix-bots');
  });

  it('Python: both Binance values move in one fix, .env is written and ignored, the bot prints the same fingerprint', async () => {
    const before = execFileSync('python3', ['bot.py'], { cwd: dir, encoding: 'utf8' }).trim();
    const uri = vscode.Uri.file(path.join(dir, 'bot.py'));
    await applyMoveFix(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await doc.save();
    const code = fs.readFileSync(uri.fsPath, 'utf8');
    const names = [...code.matchAll(/os\.environ\["(\w+)"\]/g)].map((m) => m[1]);
    assert.strictEqual(names.length, 2, code);
    assert.match(code, /^import os$/m);
    assert.ok(!code.includes('PJdy4UGaHApRdwPA'), 'the secret is gone from the code');
    for (const n of names) assert.ok(dotenv()[n], `${n} is in .env`);
    assert.strictEqual(execFileSync('git', ['check-ignore', '-q', '.env'], { cwd: scratchRoot() }).length, 0);
    assert.strictEqual(runWithEnv('python3', ['bot.py'], dir), before);
  });

  it('Python ccxt bot: key and secret in the ccxt config move together; the bot prints the same fingerprint', async () => {
    const before = execFileSync('python3', ['ccxt_bot.py'], { cwd: dir, encoding: 'utf8' }).trim();
    const uri = vscode.Uri.file(path.join(dir, 'ccxt_bot.py'));
    await applyMoveFix(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await doc.save();
    assert.match(doc.getText(), /"apiKey": os\.environ\["KRAKEN_API_KEY(?:_\d+)?"\],\n\s+"secret": os\.environ\["KRAKEN_API_SECRET(?:_\d+)?"\],/);
    assert.strictEqual(runWithEnv('python3', ['ccxt_bot.py'], dir), before);
  });

  it('Node: the Telegram token moves to process.env and the bot prints the same fingerprint', async () => {
    const before = execFileSync(process.execPath, ['bot.js'], { cwd: dir, encoding: 'utf8' }).trim();
    const uri = vscode.Uri.file(path.join(dir, 'bot.js'));
    await applyMoveFix(uri);
    const moved = /const telegramToken = process\.env\.TELEGRAM_BOT_TOKEN(?:_\d+)?;/;
    const doc = await vscode.workspace.openTextDocument(uri);
    await waitForDocText(doc, moved);
    await doc.save();
    // Under load the write reaches the disk after save() resolves: wait for it rather than read once.
    assert.match(await waitForFileText(uri.fsPath, (t) => moved.test(t)), moved);
    assert.strictEqual(runWithEnv(process.execPath, ['bot.js'], dir), before);
  });

  it('TypeScript keeps string types; Go gets "os" imported', async () => {
    const ts = vscode.Uri.file(path.join(dir, 'bot.ts'));
    await applyMoveFix(ts);
    assert.match((await vscode.workspace.openTextDocument(ts)).getText(), /api_key: process\.env\.BINANCE_API_KEY(?:_\d+)?!,\n {2}api_secret: process\.env\.BINANCE_API_SECRET(?:_\d+)?!,/);
    const go = vscode.Uri.file(path.join(dir, 'main.go'));
    await applyMoveFix(go);
    const goText = (await vscode.workspace.openTextDocument(go)).getText();
    assert.match(goText, /import \(\n\t"os"\n\t"fmt"/);
    assert.match(goText, /binance\.NewClient\(os\.Getenv\("BINANCE_API_KEY(?:_\d+)?"\), os\.Getenv\("BINANCE_API_SECRET(?:_\d+)?"\)\)/);
  });

  it('freqtrade config.json: values emptied, FREQTRADE__EXCHANGE__* written to .env; one undo restores every file', async () => {
    const uri = vscode.Uri.file(path.join(dir, 'user_data', 'config.json'));
    const original = fs.readFileSync(uri.fsPath, 'utf8');
    const envBefore = fs.readFileSync(path.join(scratchRoot(), '.env'), 'utf8');
    const titles = await applyMoveFix(uri);
    // The title names what the move writes (issue 20): not the BINANCE_API_* names of the detector.
    assert.ok(titles.includes('Move to environment variables FREQTRADE__EXCHANGE__KEY and FREQTRADE__EXCHANGE__SECRET'), JSON.stringify(titles));
    assert.ok(!titles.some((t) => t.includes('BINANCE_API')), JSON.stringify(titles));
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /"key": "",\n\s+"secret": ""/);
    assert.ok(dotenv().FREQTRADE__EXCHANGE__KEY?.startsWith('u6WRx81a'));
    assert.ok(dotenv().FREQTRADE__EXCHANGE__SECRET?.startsWith('7YtT3EhO'));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), original, 'undo restores the config');
    const env = await vscode.workspace.openTextDocument(path.join(scratchRoot(), '.env'));
    assert.strictEqual(env.getText(), envBefore, 'the same undo restores .env');
  });

  it('"…and load .env" is offered where the project depends on python-dotenv, and the bot then finds .env on its own', async () => {
    const loaderDir = copyFixture('loader-bot');
    const before = execFileSync('python3', ['bot.py'], { cwd: loaderDir, encoding: 'utf8' }).trim();
    const uri = vscode.Uri.file(path.join(loaderDir, 'bot.py'));
    await applyMoveFix(uri, (a) => a.title.endsWith('and load .env'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await doc.save();
    assert.match(doc.getText(), /^import os\nimport hashlib\nfrom dotenv import load_dotenv\n\nload_dotenv\(\)\n/m);
    // No variables exported: python-dotenv finds the workspace .env by walking up from the script.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BINANCE_')));
    assert.strictEqual(execFileSync('python3', ['bot.py'], { cwd: loaderDir, env, encoding: 'utf8' }).trim(), before);
  });

  it('"…and load .env" is not offered when no manifest lists a loader', async () => {
    const dir2 = copyFixture('vault-bot');
    const uri = vscode.Uri.file(path.join(dir2, 'grid.py'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x).startsWith('secret/')));
    const titles = (await codeActionsAt(uri, diags[0].range)).map((a) => a.title);
    assert.ok(titles.some((t) => t.startsWith('Move to environment variable')), JSON.stringify(titles));
    assert.ok(!titles.some((t) => t.endsWith('and load .env')), JSON.stringify(titles));
  });
});

describe('rename an environment variable', function () {
  this.timeout(60_000);

  it('renames the lookup in the code and the .env line in one undoable edit', async () => {
    await activateKeyGuard();
    const dir = copyFixture('vault-bot');
    const uri = vscode.Uri.file(path.join(dir, 'grid.py'));
    await applyMoveFix(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    const from = /os\.environ\["(BINANCE_API_SECRET(?:_\d+)?)"\]/.exec(doc.getText())?.[1];
    assert.ok(from, doc.getText());
    const value = dotenv()[from];
    const changed = await vscode.commands.executeCommand<string[]>('keyguard.renameEnvVariable', { uri, from, to: 'GRID_BOT_SECRET' });
    assert.deepStrictEqual(changed?.map((c) => path.basename(c)).slice(0, 2), ['grid.py', '.env']);
    const example = path.join(scratchRoot(), '.env.example');
    if (fs.existsSync(example)) {
      // The env guard tests left a .env.example: the name changes there too.
      assert.ok(changed?.some((c) => c.endsWith('.env.example')));
      assert.match(fs.readFileSync(example, 'utf8'), /^GRID_BOT_SECRET=$/m);
    }
    assert.match(doc.getText(), /os\.environ\["GRID_BOT_SECRET"\]/);
    assert.strictEqual(dotenv().GRID_BOT_SECRET, value);
    assert.strictEqual(dotenv()[from], undefined);
    const refused = await vscode.commands.executeCommand('keyguard.renameEnvVariable', { uri, from: 'GRID_BOT_SECRET', to: 'BINANCE_API_KEY' });
    assert.strictEqual(refused, undefined, 'a name holding another value is refused');
    assert.strictEqual(dotenv().GRID_BOT_SECRET, value);
  });
});

describe('"Move to .env" refuses an unsafe .env', function () {
  this.timeout(60_000);
  const envFile = () => path.join(scratchRoot(), '.env');
  /** Runs git in the scratch folder (a repository once the env guard tests ran; made one otherwise). */
  const git = (...args: string[]) => execFileSync('git', args, {
    cwd: scratchRoot(), encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' },
  });

  /** Runs the preferred move fix on bot.py of a fresh fixture copy; returns the command's result and the file. */
  async function tryMove(): Promise<{ result: unknown; uri: vscode.Uri; before: string }> {
    const uri = vscode.Uri.file(path.join(copyFixture('fix-bots'), 'bot.py'));
    const before = fs.readFileSync(uri.fsPath, 'utf8');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x).startsWith('secret/')));
    const fix = (await codeActionsAt(uri, diags.find((x) => codeOf(x).startsWith('secret/'))!.range)).find((a) => !!a.isPreferred);
    assert.ok(fix?.command);
    return { result: await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? [])), uri, before };
  }

  before(async () => {
    await activateKeyGuard();
    if (!fs.existsSync(path.join(scratchRoot(), '.git'))) git('init', '-q', '-b', 'main');
  });

  it('writes nothing through a .env symlink', async () => {
    const saved = fs.existsSync(envFile()) ? fs.readFileSync(envFile()) : undefined;
    const outside = path.join(path.dirname(scratchRoot()), `outside-${Date.now()}.env`);
    fs.writeFileSync(outside, 'OTHER=1\n');
    fs.rmSync(envFile(), { force: true });
    fs.symlinkSync(outside, envFile());
    try {
      const { result, uri, before } = await tryMove();
      assert.strictEqual(result, undefined);
      assert.strictEqual(fs.readFileSync(outside, 'utf8'), 'OTHER=1\n', 'the link target was written');
      assert.strictEqual((await vscode.workspace.openTextDocument(uri)).getText(), before, 'the code changed');
    } finally {
      fs.rmSync(envFile(), { force: true });
      if (saved) fs.writeFileSync(envFile(), saved);
      fs.rmSync(outside, { force: true });
    }
  });

  it('writes nothing into a .env that git tracks', async () => {
    if (!fs.existsSync(envFile())) fs.writeFileSync(envFile(), 'LOG_LEVEL=info\n');
    const saved = fs.readFileSync(envFile(), 'utf8');
    git('add', '-f', '.env');
    git('commit', '-qm', 'tracked .env', '--', '.env');
    try {
      const { result, uri, before } = await tryMove();
      assert.strictEqual(result, undefined);
      assert.strictEqual(fs.readFileSync(envFile(), 'utf8'), saved, 'the tracked .env was written');
      assert.strictEqual((await vscode.workspace.openTextDocument(uri)).getText(), before, 'the code changed');
    } finally {
      git('rm', '-q', '--cached', '--', '.env');
      git('commit', '-qm', 'untrack .env');
    }
  });
});
