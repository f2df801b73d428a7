import { createHash } from 'crypto';
import * as path from 'path';
import * as vscode from 'vscode';
import { log } from '../log';
import { describeSecretHistory, findRepo, nodeFs, SecretHistory, type Finding, type Git, type SecretHistoryHit } from '../../engine';

// History lookups wait until the document has been quiet this long: never one per keystroke.
const LOOKUP_DELAY_MS = 2000;

/**
 * Adds "already committed in abc1234 and pushed to origin/main" to secret findings whose value is in the
 * repository's history. Lookups run lazily in the background; answers are kept by a hash of the value.
 */
export class SecretHistoryNotes implements vscode.Disposable {
  private history: SecretHistory;
  /** sha256(folder, value) → where it was committed (null: it never was). */
  private readonly known = new Map<string, SecretHistoryHit | null>();
  private readonly pending = new Map<string, { uri: vscode.Uri; values: Map<string, string>; timer: ReturnType<typeof setTimeout> }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a file whose secrets turned out to be committed: its diagnostics need the note. */
  readonly onDidChange = this.changed.event;

  constructor(git: Git) {
    this.history = new SecretHistory(git);
  }

  /** Uses another git runner (trust granted) and forgets every answer. */
  setGit(git: Git): void {
    this.history = new SecretHistory(git);
    this.known.clear();
  }

  /** Forgets answers after commits, pushes or checkouts; the next scan asks again (cheaply, if refs are unchanged). */
  invalidate(): void {
    this.known.clear();
  }

  /** Appends the history sentence to findings whose value is known to be committed; with `lookUp`, queues unknown values. */
  annotate(uri: vscode.Uri, text: string, findings: Finding[], lookUp: boolean): Finding[] {
    if (uri.scheme !== 'file' || !vscode.workspace.isTrusted) return findings;
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
    return findings.map((f) => {
      if (f.category !== 'secret' || f.publicTestValue) return f;
      const value = text.slice(f.range.start, f.range.end);
      const key = createHash('sha256').update(`${folder}\0${value}`).digest('hex');
      const hit = this.known.get(key);
      if (hit === undefined && lookUp) this.queue(uri, key, value);
      // `history` is for the findings view (see views/findingGroups.ts HistoryState).
      return hit ? { ...f, severity: 'error', message: `${f.message} ${describeSecretHistory(hit)}`, history: { commit: hit.commit, pushedTo: hit.pushedTo } } : f;
    });
  }

  /** Queues a value for the file's next lookup, restarting its quiet-period timer. */
  private queue(uri: vscode.Uri, key: string, value: string): void {
    const id = uri.toString();
    const entry = this.pending.get(id) ?? { uri, values: new Map<string, string>(), timer: undefined as unknown as ReturnType<typeof setTimeout> };
    clearTimeout(entry.timer);
    entry.values.set(key, value);
    entry.timer = setTimeout(() => void this.lookUp(id), LOOKUP_DELAY_MS);
    this.pending.set(id, entry);
  }

  /** Looks the queued values up and signals the file if any was committed. */
  private async lookUp(id: string): Promise<void> {
    const entry = this.pending.get(id);
    this.pending.delete(id);
    if (!entry) return;
    const repo = await findRepo(nodeFs, path.dirname(entry.uri.fsPath));
    let anyHit = false;
    let failed: string | undefined;
    await Promise.all([...entry.values].map(async ([key, value]) => {
      try {
        const hit = repo ? await this.history.find(repo.root, value) : undefined;
        this.known.set(key, hit ?? null);
        anyHit ||= Boolean(hit);
      } catch (e) {
        // Unknown is not "never committed": remember nothing, so the next open or save asks again.
        failed = e instanceof Error ? e.message : String(e);
      }
    }));
    if (failed) log().warn(`Could not read the git history of ${entry.uri.fsPath}: ${failed}`);
    if (anyHit) this.changed.fire(entry.uri);
  }

  dispose(): void {
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    this.changed.dispose();
  }
}
