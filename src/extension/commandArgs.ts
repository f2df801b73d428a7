// Commands that act on keys take arguments only from KeyGuard itself: a workspace's tasks.json or
// launch.json (`${command:…}` inputs), key bindings and other extensions can run any command with any
// arguments and no prompt, so their arguments must never pick, store, rotate or delete keys.
import * as vscode from 'vscode';
import { log } from './log';
import { testHooksEnabled, testSwitches } from './testHooks';

const own = new WeakSet<object>();

/** Marks an argument KeyGuard itself builds (Stored Keys rows, its own follow-up commands) as its own. */
export function ownArg<T extends object>(arg: T): T {
  own.add(arg);
  return arg;
}

/**
 * True when a command may act on `arg`: none given, one KeyGuard built, or (test builds run by the test
 * harness only) any. Otherwise says why nothing happened and returns false.
 */
export function argAllowed(arg: unknown, title: string): boolean {
  if (arg === undefined || arg === null) return true;
  if (typeof arg === 'object' && own.has(arg)) return true;
  if (KEYGUARD_TEST_BUILD && testHooksEnabled() && testSwitches.acceptScriptedArgs) return true;
  log().warn(`${title}: refused arguments that did not come from KeyGuard (a task, launch configuration, key binding or another extension)`);
  void vscode.window.showWarningMessage(`KeyGuard: "${title}" does not accept arguments from tasks, launch configurations, key bindings or other extensions. Run it from the Command Palette or the Stored Keys view.`);
  return false;
}

/** True in a trusted workspace; otherwise says that `what` needs trust and returns false. */
export function trusted(what: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(`KeyGuard ${what} only in a trusted workspace: trust this folder first.`);
  return false;
}
