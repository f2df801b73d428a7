// "Move all N secrets in this file to .env" was reported twice in the menu. VS Code asks every provider of
// the file and merges their actions, so the same title can come from two providers, or from one provider
// under two kinds (before c0ef36a the move-all action also came as source.fixAll.keyguard under the same
// title: any request that admits source actions, such as "Source Action…", listed it twice). Here the
// actions are requested the ways the editor does, and every title must come once.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateKeyGuard, codeOf, scratchRoot, waitForDiagnostics } from './helpers';

/** Code actions as `vscode.executeCodeActionProvider` returns them (kind undefined: every kind, source included). */
async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
    } catch (e) {
      if (attempt >= 5 || !/Canceled/.test(String((e as Error)?.message ?? e))) throw e;
    }
  }
}

/** Titles that occur more than once. */
const repeated = (actions: vscode.CodeAction[]) => {
  const titles = actions.map((a) => a.title);
  return titles.filter((t, i) => titles.indexOf(t) !== i);
};

describe('the lightbulb lists each action once', function () {
  this.timeout(60_000);

  it('the demo bot: "Move all 3 secrets" once, for the lightbulb, Quick Fix…, Source Action… and every diagnostic range', async () => {
    await activateKeyGuard();
    const dir = path.join(scratchRoot(), 'lightbulb');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'bot.py');
    fs.copyFileSync(path.resolve(__dirname, '../../../demo/bot.py'), file);
    const uri = vscode.Uri.file(file);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diags = await waitForDiagnostics(uri, (d) => d.filter((x) => codeOf(x).startsWith('secret/')).length === 3);
    const moveAll = (a: vscode.CodeAction) => a.title.startsWith('Move all 3 secrets in this file to .env');
    try {
      for (const d of diags) {
        // Cursor on the diagnostic (what the lightbulb and Ctrl+. ask for: no `only`, all kinds merged) and the
        // whole line (the menu's "nearby" request per marker on the cursor line).
        for (const range of [d.range, editor.document.lineAt(d.range.start.line).range, new vscode.Range(d.range.start, d.range.start)]) {
          const all = await actionsAt(uri, range);
          assert.deepStrictEqual(repeated(all), [], `${codeOf(d)} ${JSON.stringify(all.map((a) => a.title))}`);
          if (codeOf(d).startsWith('secret/')) assert.strictEqual(all.filter(moveAll).length, 1, JSON.stringify(all.map((a) => `${a.kind?.value} ${a.title}`)));
          const quick = await actionsAt(uri, range, vscode.CodeActionKind.QuickFix.value);
          assert.deepStrictEqual(repeated(quick), []);
          assert.ok(!quick.some(moveAll), 'the file-wide move is a source action, not a quick fix');
        }
      }
      // "Source Action…" (and the right-click menu) ask for `source` over the file.
      const source = await actionsAt(uri, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.Source.value);
      assert.deepStrictEqual(source.filter(moveAll).map((a) => a.kind?.value), ['source.keyguard.moveSecretsToEnv']);
      assert.deepStrictEqual(repeated(source), []);
      // Never part of fix-all (issue 20, item 2).
      assert.deepStrictEqual(await actionsAt(uri, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.SourceFixAll.value), []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});
