// The extension's memory of what exchanges answered about found keys, keyed by a hash of the value
// (applyVerdicts.ts) and kept in workspaceState, so the answer survives rescans and restarts.
import * as vscode from 'vscode';
import { fingerprint, type FoundKeyVerdict } from '../diagnostics/applyVerdicts';

const STATE_KEY = 'keyguard.keyVerdicts';
/** Old answers go: a key's state changes on the exchange, and the store must not grow forever. */
const MAX_ENTRIES = 500;

/** Verdicts by fingerprint; fires when one is recorded. */
export class KeyVerdicts implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  /** The verdict recorded for a fingerprint. */
  get(print: string): FoundKeyVerdict | undefined {
    return this.all()[print];
  }

  /** Records one answer for every part of a key (its key and its secret): each of their findings shows it. */
  async record(values: ReadonlyArray<string | undefined>, verdict: FoundKeyVerdict): Promise<void> {
    const all = { ...this.all() };
    for (const v of values) if (v) all[fingerprint(v)] = verdict;
    const kept = Object.entries(all).sort((a, b) => b[1].checkedAt - a[1].checkedAt).slice(0, MAX_ENTRIES);
    await this.state.update(STATE_KEY, Object.fromEntries(kept));
    this.changed.fire();
  }

  private all(): Record<string, FoundKeyVerdict> {
    return this.state.get<Record<string, FoundKeyVerdict>>(STATE_KEY, {});
  }

  dispose(): void {
    this.changed.dispose();
  }
}
