// README pictures, taken from the live workbench while the extension host runs (after the suite it is gone,
// and with it every diagnostic). Runs only when asked, on a copy of demo/:
//   KEYGUARD_README_SHOTS=1 KEYGUARD_SCREENSHOTS=<dir> KEYGUARD_IT_WORKSPACE=<copy of demo/, git init> KEYGUARD_IT_ONLY=screenshots
// A test prints `KEYGUARD_SCREENSHOT <name>`; the harness saves <dir>/<name>.png and the test waits for it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateKeyGuard, codeOf, waitForDiagnostics } from './helpers';

const DIR = process.env.KEYGUARD_SCREENSHOTS;

/** Asks the harness for a picture of the workbench as it is now and waits until the file is there. */
async function screenshot(name: string): Promise<void> {
  const file = path.join(DIR!, `${name}.png`);
  fs.rmSync(file, { force: true });
  console.log(`KEYGUARD_SCREENSHOT ${name}`);
  for (let i = 0; i < 300 && !fs.existsSync(file); i++) await pause(100);
  assert.ok(fs.existsSync(file), `the harness saved no ${file}`);
}

/** Lets the workbench paint (pictures only: nothing is asserted on time). */
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('README screenshots', function () {
  this.timeout(120_000);
  before(function () {
    if (process.env.KEYGUARD_README_SHOTS !== '1' || !DIR) this.skip();
  });

  it('the Findings view on the demo bot, then a rule page', async () => {
    await activateKeyGuard();
    const root = vscode.workspace.workspaceFolders![0].uri;
    // Every value in editors behind a mask: the pictures show what KeyGuard found, never a key.
    await vscode.workspace.getConfiguration('keyguard').update('screenShare.enabled', true, vscode.ConfigurationTarget.Global);
    const bot = vscode.Uri.joinPath(root, 'bot.py');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(bot));
    await waitForDiagnostics(bot, (d) => d.filter((x) => codeOf(x).startsWith('secret/')).length === 3);
    await vscode.commands.executeCommand('keyguard.scanWorkspace');
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('keyguard.findings.focus');
    await vscode.window.showTextDocument(bot);
    // The tree repaints 150 ms after the last change.
    await pause(1000);
    await screenshot('findings-view');

    await vscode.commands.executeCommand('workbench.action.closePanel');
    const page = vscode.Uri.file(path.join(process.env.KEYGUARD_REPO_ROOT!, 'docs/rules/secret-binance-api-key.md'));
    await vscode.commands.executeCommand('markdown.showPreview', page);
    // The preview renders in a webview after the command returns.
    await pause(4000);
    await screenshot('rule-page');
  });
});
