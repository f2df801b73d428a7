// Shared helpers of the integration suite: fixture copies in the scratch workspace and waits on events.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

/** The scratch workspace folder the launcher opened (writable; at start it holds only the scan-on-open fixture). */
export function scratchRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration launcher must open a scratch folder');
  return folder.uri.fsPath;
}

let copies = 0;

/** Copies `test/fixtures/workspaces/<name>` into a fresh folder of the scratch workspace and returns it. */
export function copyFixture(name: string): string {
  const source = path.resolve(__dirname, '../../../test/fixtures/workspaces', name);
  assert.ok(fs.existsSync(source), `fixture ${name} not found at ${source}`);
  const dest = path.join(scratchRoot(), `${name}-${++copies}`);
  fs.cpSync(source, dest, { recursive: true });
  return dest;
}

/** Activates KeyGuard and returns its test-only API (the development build under the test harness only). */
export async function activateKeyGuard<T = unknown>(): Promise<T> {
  const ext = vscode.extensions.getExtension<T>('keyguard.trading-key-guard');
  assert.ok(ext, 'KeyGuard is not installed in this extension host');
  const api = await ext.activate();
  assert.ok(api, 'KeyGuard returned no test API: run the development build with KEYGUARD_TEST_HOOKS=1 (the harness does)');
  return api;
}

/** The rule id of a diagnostic (`secret/binance-api-secret`…). */
export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

/** KeyGuard's diagnostics of a file. */
export function keyGuardDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'KeyGuard');
}

/** Resolves once `predicate` holds for the KeyGuard diagnostics of `uri`, waiting on change events (no sleeping). */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const now = keyGuardDiagnostics(uri);
    if (predicate(now)) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for diagnostics of ${uri.fsPath}; have: ${JSON.stringify(keyGuardDiagnostics(uri).map(codeOf))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = keyGuardDiagnostics(uri);
      if (predicate(d)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
  });
}

/**
 * Code actions at a range. A request made while a language extension activates for a freshly opened model
 * can come back "Canceled" (the editor simply asks again); so do we, a few times.
 */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind = vscode.CodeActionKind.QuickFix.value): Promise<vscode.CodeAction[]> {
  await vscode.workspace.openTextDocument(uri);
  for (let attempt = 1; ; attempt++) {
    try {
      return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
    } catch (e) {
      if (attempt >= 5 || !/Canceled/.test(String((e as Error)?.message ?? e))) throw e;
    }
  }
}

/** Resolves with a file's text once `predicate` holds for it, woken by file-system events (no polling sleeps). */
export function waitForFileText(file: string, predicate: (text: string) => boolean, timeoutMs = 20_000): Promise<string> {
  const read = () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  return new Promise((resolve, reject) => {
    const done = (fail?: Error) => {
      clearTimeout(timer);
      watcher.close();
      if (fail) reject(fail);
      else resolve(read());
    };
    const check = () => { if (predicate(read())) done(); };
    const watcher = fs.watch(path.dirname(file), () => check());
    const timer = setTimeout(() => done(new Error(`timed out waiting for ${file}; it holds ${read().length} characters`)), timeoutMs);
    check();
  });
}
