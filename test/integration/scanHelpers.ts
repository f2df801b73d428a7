// Helpers of the scan-on-open tests (trusted and restricted): files written behind the editor's back, and
// waits on the extension's handling of disk changes.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { KeyGuardTestApi } from '../../src/extension/main';
import type { HandledBatch } from '../../src/extension/scan/DiskChanges';
import { scratchRoot } from './helpers';

// The python-bot fixture's made-up pair (random values, never real keys).
const KEY = 'u6WRx81a6Zx92Z04OA2t7sFSWcjxWPxBXC55IyqREMOXCh3uYIm8RNVUIIXgm3nX';
const SECRET = '7YtT3EhOhzX3N9tnKqZaHjiDIgnAKRAFzll9793aQf02twE5p4fQ0DvUWOIf3mXN';

/** Resolves with the first handled batch of disk changes that includes `uri` (or a folder holding it). */
export function handled(api: KeyGuardTestApi, uri: vscode.Uri, timeoutMs = 20_000): Promise<HandledBatch> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no disk-change batch with ${uri.fsPath}`)); }, timeoutMs);
    const sub = api.scan.disk.onDidHandle((b) => {
      if (![...b.changed, ...b.deleted].some((u) => u.fsPath === uri.fsPath || uri.fsPath.startsWith(u.fsPath + path.sep))) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(b);
    });
  });
}

/**
 * Does a disk change (`act`) and resolves with the batch that handled it. code-server's file watcher sometimes
 * never watches a folder copied in one go (CI saw it miss every write into one fixture folder for 40 s): when
 * the watcher has not reported the change within 10 s, the change is done again and its event is handed to
 * the extension's watcher entry directly, so the test proves the handling, not code-server's watcher.
 */
export async function changeUntilHandled(api: KeyGuardTestApi, uri: vscode.Uri, act: () => void | Promise<void>): Promise<HandledBatch> {
  const batch = handled(api, uri, 10_000);
  await act();
  try {
    return await batch;
  } catch {
    console.log(`      (the watcher lost the change of ${path.basename(uri.fsPath)}; its event is fed directly)`);
  }
  const again = handled(api, uri);
  await act();
  api.scan.disk.notice(uri, !fs.existsSync(uri.fsPath));
  return again;
}

/** Writes a Python file holding a Binance secret into a new folder of the scratch workspace. */
export function writeKeyFile(name: string): vscode.Uri {
  const dir = path.join(scratchRoot(), name);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'keys.py');
  fs.writeFileSync(file, `from binance.client import Client\n\nclient = Client("${KEY}", "${SECRET}")\n`);
  return vscode.Uri.file(file);
}

