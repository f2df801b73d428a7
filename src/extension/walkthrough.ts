// The walkthrough's steps tick on `onContext:` keys set here after a command succeeded — never merely
// because a command ran (a cancelled scan or a refused store is not a finished step).
import * as vscode from 'vscode';

/** The context keys the walkthrough's completion events name (package.json, contributes.walkthroughs). */
export const WalkthroughKeys = {
  scanned: 'keyguard.walkthrough.scanned',
  moved: 'keyguard.walkthrough.moved',
  stored: 'keyguard.walkthrough.stored',
  checked: 'keyguard.walkthrough.checked',
  historyScanned: 'keyguard.walkthrough.historyScanned',
} as const;

/** Ticks a walkthrough step. */
export function stepDone(key: (typeof WalkthroughKeys)[keyof typeof WalkthroughKeys]): void {
  void vscode.commands.executeCommand('setContext', key, true);
}

/** Wraps a command so that its step ticks when `succeeded` says its result is a success. */
export function ticking<A extends unknown[], R>(key: (typeof WalkthroughKeys)[keyof typeof WalkthroughKeys], succeeded: (result: R) => boolean, run: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const result: R = await run(...args);
    if (succeeded(result)) stepDone(key);
    return result;
  };
}
