// The editor's workspace index of fund movers (crossfile/fundMovers.ts), kept file by file as files are diagnosed,
// changed and deleted: what the CLI computes in one pass (crossFilePass.ts), here updated in place. A file's
// movers come from its findings: its own, and its calls of other files' movers (a caller of a mover is one in
// turn, up to MAX_LAYERS, as in the CLI). Where a file defines or calls the movers' names needs the names of all
// files, so when names are added the other files need a second look (`stale`), which the caller takes by
// reading them again; the look asks only for the names added since the file's last one.
import { fileKindOf } from '../text/fileKind';
import type { Finding, Mover } from '../types';
import { crossFileMovers, MAX_LAYERS, moverKey, moverSites, moversOf, nameUses, type FileSummary, type MoverSite } from './fundMovers';

type Uses = Omit<FileSummary, 'movers'>;

/** One file's part: its mover sites, and its uses of the names added up to generation `usesAt` (undefined: none yet). */
interface Entry {
  sites: MoverSite[];
  uses?: Uses;
  usesAt?: number;
}

/** Fund movers of one workspace folder, by `/`-separated path relative to it. Pure: texts and findings come in. */
export class MoverIndex {
  private readonly files = new Map<string, Entry>();
  /** The mover names of all files, each with the generation that added it. */
  private readonly names = new Map<string, number>();
  private generation = 0;
  /** The newest generation among the current names: a file whose uses are older is stale. */
  private latest = 0;
  private linked = new Map<string, Mover[]>();

  /**
   * Records a diagnosed file: its mover sites from its findings and its uses of the names. Returns false when
   * nothing the index knows of it changed (most lints: no settle needed).
   */
  setFile(path: string, text: string, findings: readonly Finding[]): boolean {
    const sites = moverSites(text, fileKindOf(path), findings, path);
    const had = this.files.get(path);
    const entry: Entry = { sites };
    this.files.set(path, entry);
    if (sites.length || had?.sites.length) this.updateNames();
    if (this.names.size) this.setUses(path, text);
    return !had || JSON.stringify([had.sites, had.uses]) !== JSON.stringify([entry.sites, entry.uses]);
  }

  /** Records where a file (already recorded) uses the names added since its last look: the second look at a stale file. */
  setUses(path: string, text: string): void {
    const entry = this.files.get(path);
    if (!entry) return;
    const since = entry.usesAt ?? -1;
    const fresh = [...this.names].filter(([, g]) => g > since).map(([n]) => n);
    if (fresh.length) entry.uses = merged(entry.usesAt === undefined ? undefined : entry.uses, nameUses(text, fresh));
    entry.usesAt = this.generation;
  }

  /** Forgets a file (deleted, or no longer scanned); with `subtree`, every file under the folder `path` too. */
  delete(path: string, subtree = false): void {
    let moved = false;
    for (const p of subtree ? [...this.files.keys()].filter((k) => k === path || k.startsWith(`${path}/`)) : [path]) {
      moved = (this.files.get(p)?.sites.length ?? 0) > 0 || moved;
      this.files.delete(p);
    }
    if (moved) this.updateNames();
  }

  /** True when the index knows the file. */
  has(path: string): boolean {
    return this.files.has(path);
  }

  /** Files whose uses were taken before some current name was added (none while no file defines a mover). */
  stale(): string[] {
    if (this.names.size === 0) return [];
    return [...this.files].filter(([, e]) => !this.current(e)).map(([p]) => p);
  }

  /** True when a settle may re-diagnose the file: it calls a mover's name, or calls another file's mover now. */
  mayChange(path: string): boolean {
    return (this.files.get(path)?.uses?.calls.length ?? 0) > 0 || this.linked.has(path);
  }

  /**
   * Recomputes which files call another file's mover, layer by layer as the CLI does: first the movers of the
   * files' own findings, then also the functions that call a mover linked in the layer before. Returns the files
   * whose answer changed.
   */
  settle(): string[] {
    let next = new Map<string, Mover[]>();
    for (let layer = 0; layer < MAX_LAYERS && this.names.size; layer++) {
      const summaries = new Map<string, FileSummary>();
      for (const [p, e] of this.files) {
        if (!e.uses || !this.current(e)) continue;
        const callees = new Set((next.get(p) ?? []).map((m) => m.name));
        const movers = moversOf(e.sites, p, (name) => callees.has(name));
        // A file that neither defines nor calls a mover's name links nothing: most files, left out.
        if (movers.length || e.uses.defs.length || e.uses.calls.length) summaries.set(p, { movers, ...e.uses });
      }
      const layerLinks = summaries.size ? crossFileMovers(summaries) : new Map<string, Mover[]>();
      // Nothing new linked: the next layers would find the same.
      const same = layerLinks.size === next.size && [...layerLinks].every(([p, m]) => moverKey(m) === moverKey(next.get(p)));
      next = layerLinks;
      if (same) break;
    }
    const changed = [...new Set([...this.linked.keys(), ...next.keys()])]
      .filter((p) => JSON.stringify(this.linked.get(p)) !== JSON.stringify(next.get(p)));
    this.linked = next;
    return changed;
  }

  /** The other files' movers a file calls, as of the last settle (undefined for most files). */
  moversFor(path: string): Mover[] | undefined {
    return this.linked.get(path);
  }

  /** True when a file's uses cover every current name. */
  private current(e: Entry): boolean {
    return e.usesAt !== undefined && e.usesAt >= this.latest;
  }

  /**
   * Brings the names up to the files' sites. An added name gets a new generation (the files looked at before it
   * are stale); a dropped one makes nothing stale: a file's uses of it link nothing while no file moves funds by it.
   */
  private updateNames(): void {
    const now = new Set([...this.files.values()].flatMap((e) => e.sites.map((s) => s.name)));
    for (const n of [...this.names.keys()]) if (!now.has(n)) this.names.delete(n);
    const added = [...now].filter((n) => !this.names.has(n));
    if (added.length) this.generation++;
    for (const n of added) this.names.set(n, this.generation);
    this.latest = Math.max(0, ...this.names.values());
  }
}

/** Uses of two looks at one text merged, each list sorted (so a re-recorded file compares equal). */
function merged(a: Uses | undefined, b: Uses): Uses {
  const union = (x: readonly string[] = [], y: readonly string[]) => [...new Set([...x, ...y])].sort();
  return { defs: union(a?.defs, b.defs), calls: union(a?.calls, b.calls), imports: union(a?.imports, b.imports) };
}
