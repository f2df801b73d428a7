// Runs inside a real VS Code extension host (not part of `npm run test:unit`). Expects the runner to open
// an empty, writable scratch folder as the first workspace folder, and a trusted workspace; it creates a
// git repository there and applies each env guard quick fix, checking the files and the git state.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { EnvFix } from '../../src/engine';
import { codeActionsAt, codeOf, waitForDiagnostics as diagnosticsWhere } from './helpers';

/** The scratch folder. */
function root(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration runner must open a scratch folder');
  return folder.uri.fsPath;
}

/** Runs git in the scratch folder. */
function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root(), encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' },
  });
}

/** The quick fixes offered at a diagnostic. */
async function quickFixes(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  // Opens the file first (the command needs a text model) and retries a request canceled by activation.
  return codeActionsAt(uri, d.range);
}

describe('env guard in the editor', function () {
  this.timeout(60_000);
  const envUri = () => vscode.Uri.file(path.join(root(), '.env'));

  before(async () => {
    for (const e of fs.readdirSync(root())) fs.rmSync(path.join(root(), e), { recursive: true, force: true });
    git('init', '-q', '-b', 'main');
    fs.writeFileSync(path.join(root(), '.gitignore'), 'node_modules/\r\ndist/');
    fs.writeFileSync(path.join(root(), '.env'), '# keys\nBINANCE_API_KEY=Zr8Kq2Xw6Vn4Tb1Ym9Hc5Jf8Lp2Rt7Wz0Xq4Vb9Nm3Kd6Gs1Ya8Ue5Pq7Tw3Xy\n');
    await vscode.commands.executeCommand('keyguard.refreshEnvGuard');
  });

  it('flags the unignored .env on line 1 and adds it to .gitignore in one undoable edit, keeping CRLF', async () => {
    const d = (await diagnosticsWhere(envUri(), (ds) => ds.some((x) => codeOf(x) === 'gitignore/env-not-ignored'))).find((x) => codeOf(x) === 'gitignore/env-not-ignored')!;
    assert.strictEqual(d.range.start.line, 0);
    const fix = (await quickFixes(envUri(), d)).find((a) => a.title === 'Add .env to .gitignore');
    assert.ok(fix?.edit, 'quick fix with an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const doc = await vscode.workspace.openTextDocument(path.join(root(), '.gitignore'));
    assert.strictEqual(doc.getText(), 'node_modules/\r\ndist/\r\n.env\r\n');
    await doc.save();
    await diagnosticsWhere(envUri(), (ds) => !ds.some((x) => codeOf(x) === 'gitignore/env-not-ignored'));
  });

  it('creates .env.example with the same names and empty values', async () => {
    // Through the editor, as a user would: the previous test left .gitignore open.
    const gitignore = await vscode.workspace.openTextDocument(path.join(root(), '.gitignore'));
    const reset = new vscode.WorkspaceEdit();
    reset.replace(gitignore.uri, new vscode.Range(0, 0, gitignore.lineCount, 0), 'node_modules/\n');
    assert.ok(await vscode.workspace.applyEdit(reset));
    await gitignore.save();
    await vscode.commands.executeCommand('keyguard.refreshEnvGuard');
    const d = (await diagnosticsWhere(envUri(), (ds) => ds.some((x) => codeOf(x) === 'gitignore/env-not-ignored'))).find((x) => codeOf(x) === 'gitignore/env-not-ignored')!;
    const fix = (await quickFixes(envUri(), d)).find((a) => a.title.startsWith('Create .env.example'));
    assert.ok(fix?.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const example = await vscode.workspace.openTextDocument(path.join(root(), '.env.example'));
    assert.strictEqual(example.getText(), '# keys\nBINANCE_API_KEY=\n');
    assert.ok(await example.save());
    assert.strictEqual(fs.readFileSync(path.join(root(), '.env.example'), 'utf8'), '# keys\nBINANCE_API_KEY=\n');
  });

  it('stops tracking a committed .env: git rm --cached, file kept, entry added', async () => {
    git('add', '-A');
    git('commit', '-qm', 'oops');
    await vscode.commands.executeCommand('keyguard.refreshEnvGuard');
    const d = (await diagnosticsWhere(envUri(), (ds) => ds.some((x) => codeOf(x) === 'gitignore/env-tracked'))).find((x) => codeOf(x) === 'gitignore/env-tracked')!;
    const action = (await quickFixes(envUri(), d)).find((a) => a.command?.command === 'keyguard.stopTrackingEnvFile');
    assert.ok(action?.command);
    const [fix] = action.command.arguments as [EnvFix];
    assert.strictEqual(await vscode.commands.executeCommand('keyguard.stopTrackingEnvFile', fix, { confirmed: true }), true);
    assert.strictEqual(git('ls-files', '.env'), '');
    assert.ok(fs.existsSync(path.join(root(), '.env')));
    const gitignore = await vscode.workspace.openTextDocument(path.join(root(), '.gitignore'));
    assert.match(gitignore.getText(), /^\.env$/m);
    await gitignore.save();
    assert.match(fs.readFileSync(path.join(root(), '.gitignore'), 'utf8'), /^\.env$/m);
    await diagnosticsWhere(envUri(), (ds) => ds.some((x) => codeOf(x) === 'gitignore/env-in-history'));
  });

  it('shows no secret findings inside the now ignored .env', async () => {
    const doc = await vscode.workspace.openTextDocument(envUri());
    await vscode.window.showTextDocument(doc);
    await diagnosticsWhere(envUri(), (ds) => !ds.some((x) => codeOf(x).startsWith('secret/')));
  });

  it('refuses to stop tracking during a rebase, changing nothing', async () => {
    fs.writeFileSync(path.join(root(), '.env.local'), 'A=1\n');
    git('add', '-f', '.env.local');
    git('commit', '-qm', 'local');
    fs.mkdirSync(path.join(root(), '.git', 'rebase-merge'));
    try {
      const fix = { envFile: path.join(root(), '.env.local'), repoRoot: root(), gitignore: path.join(root(), '.gitignore'), entry: '.env.*', examples: ['.env.example'], exampleFile: path.join(root(), '.env.example'), exampleExists: true, tracked: true, onDisk: true };
      assert.strictEqual(await vscode.commands.executeCommand('keyguard.stopTrackingEnvFile', fix, { confirmed: true }), false);
      assert.strictEqual(git('ls-files', '.env.local').trim(), '.env.local');
    } finally {
      fs.rmdirSync(path.join(root(), '.git', 'rebase-merge'));
    }
  });
});
