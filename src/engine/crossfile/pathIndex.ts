// The editor's workspace index of path constants (pathConstants.ts), kept file by file as files are diagnosed,
// changed and deleted: what the CLI's pathConstantPass.ts computes in two passes, here updated in place. A file's own
// names come from its text; which linked names it uses needs the names of all files, so when the links change the
// other files need a second look (`stale`), which the caller takes by reading them again. Which constants a file
// posts comes from its findings, scanned with the constants the last settle handed it; a definer then gets them.
import { fileKindOf } from '../text/fileKind';
import type { Finding, PathConstant } from '../types';
import { filePathConstants, linkPathConstants, nearestConstant, postedConstantsOf, usedPathConstants, type PathLinks, type PathOptions } from './pathConstants';

/** One file's part: its own names, its uses of the links of generation `usesAt`, the linked constants it posts. */
interface Entry {
  own: PathConstant[];
  uses?: PathConstant[];
  usesAt?: number;
  posted: PathConstant[];
}

/** Path constants of one workspace folder, by `/`-separated path relative to it. Pure: texts and findings come in. */
export class PathIndex {
  private readonly files = new Map<string, Entry>();
  private linked: PathLinks = new Map<string, PathConstant[]>();
  private linkKey = '';
  /** Bumped when the links change: a file whose uses are older is stale. */
  private generation = 0;
  /** The options each file was handed at the last settle (most files: none). */
  private handed = new Map<string, PathOptions>();

  /**
   * Records a diagnosed file, scanned with optionsFor(path): its names, its uses, the constants it posts. Returns
   * false when nothing the index knows of it changed.
   */
  setFile(path: string, text: string, findings: readonly Finding[]): boolean {
    const kind = fileKindOf(path);
    const had = this.files.get(path);
    const given = this.handed.get(path)?.pathConstants ?? [];
    const entry: Entry = { own: filePathConstants(text, path, kind), posted: given.length ? postedConstantsOf(text, kind, given, findings) : [] };
    this.files.set(path, entry);
    if (entry.own.length || had?.own.length) this.relink();
    this.setUses(path, text);
    return !had || JSON.stringify([had.own, had.uses, had.posted]) !== JSON.stringify([entry.own, entry.uses, entry.posted]);
  }

  /** Records which linked names a file (already recorded) uses: the second look at a stale file. */
  setUses(path: string, text: string): void {
    const entry = this.files.get(path);
    if (!entry) return;
    entry.uses = this.linked.size ? usedPathConstants(text, path, fileKindOf(path), this.linked) : [];
    entry.usesAt = this.generation;
  }

  /** Forgets a file (deleted, or no longer scanned); with `subtree`, every file under the folder `path` too. */
  delete(path: string, subtree = false): void {
    let named = false;
    for (const p of subtree ? [...this.files.keys()].filter((k) => k === path || k.startsWith(`${path}/`)) : [path]) {
      named = (this.files.get(p)?.own.length ?? 0) > 0 || named;
      this.files.delete(p);
    }
    if (named) this.relink();
  }

  /** Files whose uses were taken before the current links (none while nothing is linked). */
  stale(): string[] {
    return [...this.files].filter(([, e]) => e.usesAt !== this.generation).map(([p]) => p);
  }

  /** True when a settle may re-diagnose the file: it uses a linked name, or was handed options. */
  mayChange(path: string): boolean {
    return (this.files.get(path)?.uses?.length ?? 0) > 0 || this.handed.has(path);
  }

  /** Recomputes each file's options (its uses, the constants others post of its own); returns the files whose options changed. */
  settle(): string[] {
    const next = new Map<string, PathOptions>();
    for (const [p, e] of this.files) if (e.usesAt === this.generation && e.uses?.length) next.set(p, { pathConstants: e.uses });
    const posted = new Map<string, PathConstant[]>();
    for (const [p, e] of this.files) {
      // Posted under the options of an older settle: only constants still linked and still handed to that file.
      for (const c of e.posted) {
        if (!this.linked.get(c.name)?.some((d) => sameConstant(d, c)) || !next.get(p)?.pathConstants?.some((u) => sameConstant(u, c)) || !this.files.has(c.file)) continue;
        const list = posted.get(c.file) ?? posted.set(c.file, []).get(c.file)!;
        if (!list.some((x) => x.name === c.name)) list.push(c);
      }
    }
    for (const [file, list] of posted) next.set(file, { ...next.get(file), postedConstants: list.sort((a, b) => a.line - b.line) });
    const changed = [...new Set([...this.handed.keys(), ...next.keys()])].filter((p) => JSON.stringify(this.handed.get(p)) !== JSON.stringify(next.get(p)));
    this.handed = next;
    return changed;
  }

  /** The path-constant options of a file as of the last settle (undefined for most files). */
  optionsFor(path: string): PathOptions | undefined {
    return this.handed.get(path);
  }

  /** True when the index knows the file. */
  has(path: string): boolean {
    return this.files.has(path);
  }

  /**
   * Links the files' names again. Only a name added (or defined in other files) makes every file stale, since
   * which names a file uses is read from its text; a constant that moved a line, changed its path or lost its link
   * is updated in the files' uses in place (typing in a constants file re-reads nothing).
   */
  private relink(): void {
    const linked = linkPathConstants([...this.files.values()].map((e) => e.own));
    const key = JSON.stringify([...linked].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    if (key === this.linkKey) return;
    // Added: a linked name whose defining files changed (which definition is nearest a file may change with them).
    const filesOf = (defs: readonly PathConstant[] | undefined) => (defs ?? []).map((c) => c.file).join('\n');
    const added = [...linked].some(([name, defs]) => filesOf(defs) !== filesOf(this.linked.get(name)));
    this.linked = linked;
    this.linkKey = key;
    if (!added) {
      for (const [p, e] of this.files) {
        if (e.uses?.length) e.uses = e.uses.map((u) => nearestConstant(linked.get(u.name), p)).filter((c): c is PathConstant => c !== undefined && c.file !== p);
      }
      return;
    }
    this.generation++;
    if (linked.size === 0) for (const e of this.files.values()) [e.uses, e.usesAt] = [[], this.generation];
  }
}

/** True when two records name the same definition. */
function sameConstant(a: PathConstant | undefined, b: PathConstant): boolean {
  return a !== undefined && a.name === b.name && a.path === b.path && a.file === b.file && a.line === b.line;
}
