// KeyGuard's output channel ("KeyGuard" in the Output view): what ran, how long it took, what failed.
// Values are never written here, only masked ones (`abcd…wxyz`), like everywhere else.
import * as vscode from 'vscode';

import { printable } from '../engine';

let channel: vscode.LogOutputChannel | undefined;

const WRITERS = new Set<PropertyKey>(['trace', 'debug', 'info', 'warn', 'error', 'append', 'appendLine', 'replace']);

/** The log channel, created on first use; file names and messages have their control characters escaped. */
export function log(): vscode.LogOutputChannel {
  return (channel ??= escaping(vscode.window.createOutputChannel('KeyGuard', { log: true })));
}

/** The channel with every written string passed through printable() (a file name could fake log lines). */
function escaping(raw: vscode.LogOutputChannel): vscode.LogOutputChannel {
  return new Proxy(raw, {
    get(target, p) {
      const v = Reflect.get(target, p, target) as unknown;
      if (typeof v !== 'function') return v;
      if (!WRITERS.has(p)) return v.bind(target);
      return (first: unknown, ...rest: unknown[]) => v.call(target, typeof first === 'string' ? printable(first) : first, ...rest);
    },
  });
}

/** Disposes the channel with the extension. */
export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}
