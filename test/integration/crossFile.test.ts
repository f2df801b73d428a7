// Cross-file withdrawals in the editor: a command file that calls another file's send helper gets
// withdraw/wrapper-call after the workspace scan, as `keyguard scan` reports it; a name some file defines
// harmlessly links nothing; callers of callers are followed three files deep, as by the CLI; the index follows
// files written and deleted on disk, and edits of open documents.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { KeyGuardTestApi } from '../../src/extension/main';
import { activateKeyGuard, codeOf, copyFixture, keyGuardDiagnostics, waitForDiagnostics } from './helpers';
import { changeUntilHandled, handled } from './scanHelpers';

const WRAPPER = 'withdraw/wrapper-call';
const calls = (d: readonly vscode.Diagnostic[]) => d.filter((x) => codeOf(x) === WRAPPER);

describe('cross-file withdrawals', function () {
  this.timeout(120_000);
  let api: KeyGuardTestApi;
  let dir: string;
  const at = (rel: string) => vscode.Uri.file(path.join(dir, rel));

  before(async () => {
    api = await activateKeyGuard<KeyGuardTestApi>();
    // The scan activation starts would stop ours: let it end first.
    if (api.scan.onOpen.stats?.finishedAt === undefined) await new Promise((resolve) => api.scan.onOpen.onDidFinish(resolve));
    // The copy's own disk-change batch re-scans the folder: wait for it too, so no late batch races the tests.
    dir = copyFixture('cross-file-bot');
    const copied = handled(api, at('core/chain.js'));
    const summary = await api.scan.onOpen.start();
    assert.ok(summary && !summary.cancelled, 'the workspace scan ran to its end');
    await copied;
    await api.diagnostics.movers.idle();
  });

  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it("warns on a never-opened file's call of another file's send helper after the workspace scan", async () => {
    const tip = at('commands/tip.js');
    const found = calls(await waitForDiagnostics(tip, (d) => calls(d).length > 0));
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(found[0].range.start.line, 3);
    assert.match(found[0].message, /^sendToken\(…\) moves funds: it withdraws or sends in chain\.js:3\./);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.fsPath === tip.fsPath), 'no test opened tip.js');
  });

  it('links nothing through a name another file defines harmlessly (the look-alike)', () => {
    assert.ok(keyGuardDiagnostics(at('wallet/rewards.js')).some((d) => codeOf(d).startsWith('withdraw/')), 'sendReward moves funds in rewards.js');
    assert.deepStrictEqual(calls(keyGuardDiagnostics(at('commands/reward.js'))).map(codeOf), []);
  });

  it('follows the disk: a harmless sendToken written elsewhere unlinks the call, deleting it links it again', async () => {
    const tip = at('commands/tip.js');
    await waitForDiagnostics(tip, (d) => calls(d).length === 1);
    const toast = at('ui/toast.js');
    const harmless = 'function sendToken(to, amount) {\n  return toast.show(to, amount);\n}\n';
    await changeUntilHandled(api, toast, () => fs.writeFileSync(toast.fsPath, harmless));
    await waitForDiagnostics(tip, (d) => calls(d).length === 0);
    // A lost delete event is retried by writing the file back first (a new create, then the delete again).
    await changeUntilHandled(api, toast, async () => {
      if (!fs.existsSync(toast.fsPath)) {
        fs.writeFileSync(toast.fsPath, harmless);
        await new Promise((r) => setTimeout(r, 1500)); // a delete right after a create can be folded into nothing
      }
      fs.rmSync(toast.fsPath);
    });
    await waitForDiagnostics(tip, (d) => calls(d).length === 1);
  });

  it('follows callers of callers three files deep as keyguard scan does (test/unit/cli/run.test.ts), and drops them with the sender', async () => {
    // services/payout.js calls sendToken, commands/withdraw.js payUser, jobs/nightly.js processWithdraw; bin/cron.js
    // calls nightly, a fourth layer the CLI does not follow either.
    const chain = { 'services/payout.js': 'sendToken(…) moves funds: it withdraws or sends in chain.js:3.', 'commands/withdraw.js': 'payUser(…) moves funds: it withdraws or sends in payout.js:3.', 'jobs/nightly.js': 'processWithdraw(…) moves funds: it withdraws or sends in withdraw.js:3.' };
    for (const [rel, message] of Object.entries(chain)) {
      const found = calls(await waitForDiagnostics(at(rel), (d) => calls(d).length > 0));
      assert.deepStrictEqual(found.map((d) => [d.range.start.line, d.severity, d.message.startsWith(message)]), [[3, vscode.DiagnosticSeverity.Warning, true]], `${rel}: ${found[0]?.message}`);
    }
    assert.deepStrictEqual(calls(keyGuardDiagnostics(at('bin/cron.js'))).map(codeOf), [], 'a fourth layer');
    // The sender made harmless on disk: every layer drops; written back, every layer returns.
    const sender = at('core/chain.js');
    const original = fs.readFileSync(sender.fsPath, 'utf8');
    await changeUntilHandled(api, sender, () => fs.writeFileSync(sender.fsPath, original.replace('token.methods.transfer(to, amount).send({ from: hot.address })', 'toast.show(to, amount)')));
    for (const rel of Object.keys(chain)) await waitForDiagnostics(at(rel), (d) => calls(d).length === 0);
    await changeUntilHandled(api, sender, () => fs.writeFileSync(sender.fsPath, original));
    for (const rel of Object.keys(chain)) await waitForDiagnostics(at(rel), (d) => calls(d).length === 1);
  });

  it('reports a call typed into an open document, and drops it when the call goes', async () => {
    const tip = at('commands/tip.js');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(tip));
    await waitForDiagnostics(tip, (d) => calls(d).length === 1);
    await editor.edit((b) => b.insert(new vscode.Position(4, 0), '  await sendToken(user.address, 1);\n'));
    const found = calls(await waitForDiagnostics(tip, (d) => calls(d).length === 2));
    assert.deepStrictEqual(found.map((d) => d.range.start.line).sort(), [3, 4]);
    await editor.edit((b) => b.delete(new vscode.Range(3, 0, 5, 0)));
    await waitForDiagnostics(tip, (d) => calls(d).length === 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
