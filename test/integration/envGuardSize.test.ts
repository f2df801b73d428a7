// keyguard.maxFileSizeKB reaches the env guard: an env file over the limit is not read (judged by its name
// only, so a warning), one under it is read (its key makes the finding an error); the setting applies at once.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateKeyGuard, codeOf, scratchRoot, waitForDiagnostics } from './helpers';

// A made-up Binance-shaped key, padded with comment lines to about 3 KB.
const ENV_TEXT = `# grid bot\nBINANCE_API_KEY=Wm4Hq8Zt1Kc6Rv3Xp9Lb2Ny7Gd5Fs0Ja8Ue3Qo6Ti1Vk4Mz9Yh2Cx7Bn5Pw0Rg3E\n${'# padding line so the file is larger than one kilobyte\n'.repeat(55)}`;

describe('env guard and keyguard.maxFileSizeKB', function () {
  this.timeout(60_000);
  const dir = () => path.join(scratchRoot(), 'sizecheck');
  const envUri = () => vscode.Uri.file(path.join(dir(), '.env'));
  const notIgnored = (severity: vscode.DiagnosticSeverity) => (ds: vscode.Diagnostic[]) =>
    ds.some((d) => codeOf(d) === 'gitignore/env-not-ignored' && d.severity === severity);

  before(async () => {
    await activateKeyGuard();
    fs.mkdirSync(dir(), { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: dir() });
    fs.writeFileSync(path.join(dir(), '.env'), ENV_TEXT);
    assert.ok(ENV_TEXT.length > 2048 && ENV_TEXT.length < 4096);
    await vscode.commands.executeCommand('keyguard.refreshEnvGuard');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('keyguard').update('maxFileSizeKB', undefined, vscode.ConfigurationTarget.Workspace);
    fs.rmSync(dir(), { recursive: true, force: true });
    await vscode.commands.executeCommand('keyguard.refreshEnvGuard');
  });

  it('reads the env file under the limit (an error: it holds a key) and judges it by name over the limit (a warning)', async () => {
    await waitForDiagnostics(envUri(), notIgnored(vscode.DiagnosticSeverity.Error));
    // 2 KB: below the file's size. The settings change alone rechecks (no refresh command).
    await vscode.workspace.getConfiguration('keyguard').update('maxFileSizeKB', 2, vscode.ConfigurationTarget.Workspace);
    const over = await waitForDiagnostics(envUri(), notIgnored(vscode.DiagnosticSeverity.Warning));
    const guard = over.filter((d) => codeOf(d) === 'gitignore/env-not-ignored');
    assert.deepStrictEqual(guard.map((d) => [d.severity, d.message]), [[vscode.DiagnosticSeverity.Warning, 'git does not ignore sizecheck/.env: the next `git add .` commits it.']]);
    await vscode.workspace.getConfiguration('keyguard').update('maxFileSizeKB', 4, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(envUri(), notIgnored(vscode.DiagnosticSeverity.Error));
  });
});
