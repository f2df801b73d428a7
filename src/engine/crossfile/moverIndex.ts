// The editor's workspace index of fund movers (crossfile/fundMovers.ts), kept file by file as files are diagnosed,
// changed and deleted: what the CLI computes in one pass (crossFilePass.ts), here updated in place. A file's
// movers come from its own findings; where it defines or calls the movers' names needs the names of all files,
// so when they change the other files need a second look (`stale`), which the caller takes by reading them again.
import { withdrawWrapperCall } from '../detectors/withdrawWrapperCalls';
import { fileKindOf } from '../text/fileKind';
import type { Finding, Mover } from '../types';
import { crossFileMovers, fileMovers, nameUses, type FileSummary } from './fundMovers';

/** One file's part: its movers, and its uses of the names `usesFor` (undefined: not looked at for names yet). */
interface Entry {
  movers: Mover[];
  uses?: Omit<FileSummary, 'movers'>;
  usesFor?: string;
}

/** Fund movers of one workspace folder, by `/`-separated path relative to it. Pure: texts and findings come in. */
export class MoverIndex {
  private readonly files = new Map<string, Entry>();
  private names: string[] = [];
  private namesKey = '';
  private linked = new Map<string, Mover[]>();

  /**
   * Records a diagnosed file: its movers from its findings (calls of other files' movers aside) and its uses of
   * the names. Returns false when nothing the index knows of it changed (most lints: no settle needed).
   */
  setFile(path: string, text: string, findings: readonly Finding[]): boolean {
    const own = findings.filter((f) => f.id !== withdrawWrapperCall.id);
    const movers = fileMovers(text, path, fileKindOf(path), own);
    const had = this.files.get(path);
    const entry: Entry = { movers };
    this.files.set(path, entry);
    if (movers.length || had?.movers.length) this.updateNames();
    if (this.names.length) this.setUses(path, text);
    return !had || JSON.stringify(had) !== JSON.stringify(entry);
  }

  /** Records where a file (already recorded) uses the current names: the second look at a stale file. */
  setUses(path: string, text: string): void {
    const entry = this.files.get(path);
    if (entry) Object.assign(entry, { uses: nameUses(text, this.names), usesFor: this.namesKey });
  }

  /** Forgets a file (deleted, or no longer scanned); with `subtree`, every file under the folder `path` too. */
  delete(path: string, subtree = false): void {
    let moved = false;
    for (const p of subtree ? [...this.files.keys()].filter((k) => k === path || k.startsWith(`${path}/`)) : [path]) {
      moved = (this.files.get(p)?.movers.length ?? 0) > 0 || moved;
      this.files.delete(p);
    }
    if (moved) this.updateNames();
  }

  /** True when the index knows the file. */
  has(path: string): boolean {
    return this.files.has(path);
  }

  /** Files whose uses were taken for other names than the current ones (none while no file defines a mover). */
  stale(): string[] {
    if (this.names.length === 0) return [];
    return [...this.files].filter(([, e]) => e.usesFor !== this.namesKey).map(([p]) => p);
  }

  /** Recomputes which files call another file's mover; returns the files whose answer changed. */
  settle(): string[] {
    const summaries = new Map<string, FileSummary>();
    for (const [p, e] of this.names.length ? this.files : []) {
      // A file that neither defines nor calls a mover's name links nothing: most files, left out.
      if (e.uses && e.usesFor === this.namesKey && (e.movers.length || e.uses.defs.length || e.uses.calls.length)) summaries.set(p, { movers: e.movers, ...e.uses });
    }
    const next = summaries.size ? crossFileMovers(summaries) : new Map<string, Mover[]>();
    const changed = [...new Set([...this.linked.keys(), ...next.keys()])]
      .filter((p) => JSON.stringify(this.linked.get(p)) !== JSON.stringify(next.get(p)));
    this.linked = next;
    return changed;
  }

  /** The other files' movers a file calls, as of the last settle (undefined for most files). */
  moversFor(path: string): Mover[] | undefined {
    return this.linked.get(path);
  }

  /** The mover names of all files, sorted; a change makes every file's uses stale. */
  private updateNames(): void {
    this.names = [...new Set([...this.files.values()].flatMap((e) => e.movers.map((m) => m.name)))].sort();
    this.namesKey = this.names.join('\n');
  }
}
