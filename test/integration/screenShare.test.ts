// Screen-share mode in a real extension host: the masks (ranges and options) on each file kind, that they
// follow typing at once, the reveal action, and that no KeyGuard text on screen holds an unmasked value.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { HideSpan } from '../../src/engine';
import { activateKeyGuard, codeActionsAt, copyFixture, keyGuardDiagnostics, waitForDiagnostics } from './helpers';

// The fixture's values (random, never real keys).
const BINANCE_KEY = 'P7FFUSAFeQuwOIAZ6zQZDZh32B4KxSPaLuMS8X4A3SHXZdpQIXJ1OUgUVA1QrdB9';
const BINANCE_SECRET = '2khX34GtlUhRx1vG5cGk9BHasDY5SSG6FLHc6nJllpXRFuLG1TnvYP1FynfcQ2ge';
const WEBHOOK = 'NLFEZU8MsW4gwt68z5J1jcz5';
const KRAKEN_KEY = '9QiIMLO6JFfiHPaKH0B0m8CFNZTEeEhrWCptk2ss';
const KRAKEN_PASSWORD = 'yACLZTOrwiTum84Z4Zi2';
const NOTEBOOK_SECRET = 'BePCVNcXhAbyCJoCnJd1BNBY6VBm28mR';
const ALL = [BINANCE_KEY, BINANCE_SECRET, WEBHOOK, KRAKEN_KEY, KRAKEN_PASSWORD, NOTEBOOK_SECRET];

interface Api {
  screenShare: {
    mode: { enabled: boolean; spansFor(e: vscode.TextEditor): HideSpan[]; onDidChange: vscode.Event<void> };
    status: vscode.StatusBarItem;
    decorationOptions: vscode.DecorationRenderOptions;
    confirmation: { ask: () => Promise<boolean> };
  };
}

/** The text under each mask of an editor. */
function maskedTexts(api: Api, editor: vscode.TextEditor): string[] {
  return api.screenShare.mode.spansFor(editor).map((s) => editor.document.lineAt(s.line).text.slice(s.start, s.end));
}

/** Resolves once the masks of an editor satisfy `predicate`, waiting on the mode's redraw events. */
function waitForMasks(api: Api, editor: () => vscode.TextEditor | undefined, predicate: (texts: string[]) => boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const e = editor();
      const texts = e ? maskedTexts(api, e) : [];
      if (e && predicate(texts)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(texts);
      }
      return texts;
    };
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for masks; have ${check().length}`));
    }, 20_000);
    const sub = api.screenShare.mode.onDidChange(check);
    check();
  });
}

/** Opens a file of the fixture copy in an editor. */
async function open(dir: string, name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, name))), { preview: false });
}

describe('screen-share mode', function () {
  this.timeout(60_000);
  let api: Api;
  let dir: string;

  before(async () => {
    api = await activateKeyGuard<Api>();
    dir = copyFixture('screen-share');
    if (api.screenShare.mode.enabled) await vscode.commands.executeCommand('keyguard.toggleScreenShare');
  });

  after(async () => {
    if (api.screenShare.mode.enabled) await vscode.commands.executeCommand('keyguard.toggleScreenShare');
  });

  it('masks nothing while off, and the toggle turns it on (setting and status bar)', async () => {
    const editor = await open(dir, '.env');
    assert.deepStrictEqual(api.screenShare.mode.spansFor(editor), []);
    const minimap = () => vscode.workspace.getConfiguration('editor.minimap').inspect<boolean>('renderCharacters')?.globalValue;
    assert.strictEqual(minimap(), undefined, 'the user has not set renderCharacters');
    const on = await vscode.commands.executeCommand<boolean>('keyguard.toggleScreenShare');
    assert.strictEqual(on, true);
    assert.strictEqual(minimap(), false, 'the minimap draws blocks, not the real characters, while the mode is on');
    assert.strictEqual(vscode.workspace.getConfiguration('keyguard').get('screenShare.enabled'), true);
    assert.strictEqual(api.screenShare.mode.enabled, true);
    assert.strictEqual(api.screenShare.status.text, '$(eye-closed) Screen-share');
  });

  it('uses a fixed mask that leaves the text alone and has no hover', () => {
    const o = api.screenShare.decorationOptions;
    assert.strictEqual(o.color, 'transparent');
    assert.strictEqual(o.before?.contentText, '••••••••');
    assert.strictEqual(o.rangeBehavior, vscode.DecorationRangeBehavior.ClosedClosed);
    assert.ok(!('hoverMessage' in o));
  });

  it('masks every value of a .env file, named like a key or not', async () => {
    const editor = await open(dir, '.env');
    const texts = await waitForMasks(api, () => editor, (t) => t.length === 4);
    assert.deepStrictEqual(texts, [BINANCE_KEY, BINANCE_SECRET, 'db.internal', 'paper']);
    assert.deepStrictEqual(api.screenShare.mode.spansFor(editor)[0], { line: 1, start: 'BINANCE_API_KEY='.length, end: 'BINANCE_API_KEY='.length + BINANCE_KEY.length });
  });

  it('masks the found keys and a credential-named value in bot.py, and follows typing at once', async () => {
    const editor = await open(dir, 'bot.py');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.some((x) => x.message.includes('…')));
    const texts = await waitForMasks(api, () => editor, (t) => t.includes(BINANCE_KEY) && t.includes(BINANCE_SECRET));
    assert.deepStrictEqual(texts, [BINANCE_KEY, BINANCE_SECRET, WEBHOOK]);
    // A new credential line is masked by the edit itself, before the debounced rescan.
    const typed = 'Zr4kQ9vLm2Xw7Tn5Bp8Hc3Jd';
    await editor.edit((e) => e.insert(new vscode.Position(6, 0), `api_password = "${typed}"\n`));
    assert.ok(maskedTexts(api, editor).includes(typed), JSON.stringify(maskedTexts(api, editor).length));
    const line3 = api.screenShare.mode.spansFor(editor).find((s) => s.line === 3);
    assert.ok(line3, 'the Client line is masked');
  });

  it('masks credential-named values in config.json', async () => {
    const editor = await open(dir, 'config.json');
    const texts = await waitForMasks(api, () => editor, (t) => t.includes(KRAKEN_KEY) && t.includes(KRAKEN_PASSWORD));
    assert.ok(!texts.includes('kraken') && !texts.includes('XBT/USD'), JSON.stringify(texts.length));
  });

  it('masks a notebook cell', async function () {
    let notebook: vscode.NotebookDocument;
    try {
      notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.file(path.join(dir, 'research.ipynb')));
    } catch {
      return this.skip(); // no Jupyter serializer in this host
    }
    await vscode.window.showNotebookDocument(notebook);
    const cell = () => vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'vscode-notebook-cell' && e.document.getText().includes('api_secret'));
    const texts = await waitForMasks(api, cell, (t) => t.includes(NOTEBOOK_SECRET));
    assert.deepStrictEqual(texts, [NOTEBOOK_SECRET]);
  });

  it('masks both sides of a diff editor', async () => {
    const left = vscode.Uri.file(path.join(dir, 'config.json'));
    const right = vscode.Uri.file(path.join(dir, 'bot.py'));
    // Alone on screen, so the editors found below are the diff's two sides.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('vscode.diff', left, right, 'config ↔ bot');
    const side = (uri: vscode.Uri) => () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    await waitForMasks(api, side(left), (t) => t.includes(KRAKEN_KEY));
    await waitForMasks(api, side(right), (t) => t.includes(BINANCE_SECRET));
    assert.strictEqual(vscode.window.visibleTextEditors.length, 2);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('offers "Reveal for 10 seconds" on a mask, which unmasks that value once confirmed', async () => {
    const editor = await open(dir, 'config.json');
    const span = api.screenShare.mode.spansFor(editor).find((s) => editor.document.lineAt(s.line).text.slice(s.start, s.end) === KRAKEN_KEY)!;
    const actions = await codeActionsAt(editor.document.uri, new vscode.Range(span.line, span.start + 1, span.line, span.start + 1));
    const reveal = actions.find((a) => a.title === 'Reveal for 10 seconds');
    assert.ok(reveal?.command, JSON.stringify(actions.map((a) => a.title)));
    const asked: boolean[] = [];
    const original = api.screenShare.confirmation.ask;
    try {
      api.screenShare.confirmation.ask = async () => (asked.push(false), false);
      await vscode.commands.executeCommand(reveal.command.command, ...(reveal.command.arguments ?? []));
      assert.ok(maskedTexts(api, editor).includes(KRAKEN_KEY), 'declining keeps the mask');
      api.screenShare.confirmation.ask = async () => (asked.push(true), true);
      await vscode.commands.executeCommand(reveal.command.command, ...(reveal.command.arguments ?? []));
      assert.ok(!maskedTexts(api, editor).includes(KRAKEN_KEY), 'confirming reveals the value');
      assert.ok(maskedTexts(api, editor).includes(KRAKEN_PASSWORD), 'only that value');
      assert.deepStrictEqual(asked, [false, true]);
    } finally {
      api.screenShare.confirmation.ask = original;
    }
  });

  it('shows no unmasked value in any KeyGuard text: diagnostics, hovers, status bar', async () => {
    const texts: string[] = [];
    for (const name of ['.env', 'bot.py', 'config.json']) {
      const uri = vscode.Uri.file(path.join(dir, name));
      for (const d of keyGuardDiagnostics(uri)) texts.push(d.message, JSON.stringify(d.code), ...(d.relatedInformation ?? []).map((r) => r.message));
      const doc = await vscode.workspace.openTextDocument(uri);
      for (const value of ALL) {
        const at = doc.getText().indexOf(value);
        if (at === -1) continue;
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(at + 2));
        for (const h of hovers ?? []) for (const c of h.contents) texts.push(typeof c === 'string' ? c : 'value' in c ? c.value : '');
      }
    }
    const status = api.screenShare.status;
    texts.push(status.text, String(status.tooltip));
    assert.ok(texts.length > 2);
    const leaks = ALL.filter((v) => texts.some((t) => t.includes(v)));
    assert.deepStrictEqual(leaks.map((v) => v.slice(0, 4)), []);
  });

  it('the toggle turns it off and removes every mask', async () => {
    const editor = await open(dir, '.env');
    const off = await vscode.commands.executeCommand<boolean>('keyguard.toggleScreenShare');
    assert.strictEqual(off, false);
    assert.deepStrictEqual(api.screenShare.mode.spansFor(editor), []);
    const minimap = vscode.workspace.getConfiguration('editor.minimap').inspect<boolean>('renderCharacters');
    assert.strictEqual(minimap?.globalValue, undefined, 'the user\'s own (unset) value is back');
  });
});
