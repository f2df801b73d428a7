// Per-scan state: the text, its lines, keyword windows, assignment sites and near look-ups, built lazily.
import type { Requirement } from '../defineDetector';
import { LineIndex } from '../text/lineIndex';
import type { FileKind } from '../types';
import { eachMatchAfterSites, findAssignSites, type AssignSites } from './assignSites';
import { NearLookup, WORD_DISTANCE_LIMIT } from './nearLookup';
import { kindPlan, type KindPlan, type PlannedPattern, type ScanPlan } from './scanPlan';
import { gatedPatternsOf } from './gatedPatterns';
import type { ScanLimit } from './scanLimit';
import { lineWindowsOf, MERGE_GAP, WindowMerger } from './lineWindows';
import { CharCursor, needCursor, needListsOf, windowHolds } from './needs';

export type { ScanLimit, ScanNotes } from './scanLimit';

/** Long lines (minified code, one-line JSON) are scanned in windows this wide around a keyword hit. */
export const DEFAULT_MAX_WINDOW = 4096;

/** Takes one matched span: the value (or the named thing), the name it was assigned to, the ccxt id when captured. */
export type HitVisitor = (start: number, end: number, name: string | undefined, ex: string | undefined) => void;

/** Per-scan state shared by all detectors: the text, lines and keyword windows. */
export class ScanState {
  private lineIndex: LineIndex | undefined;
  /** Windows as flat [start, end, start, end, …] lists, per keyword set. */
  private readonly windowCache: Array<number[] | undefined>;
  private readonly matchCache: Array<Array<{ m: RegExpMatchArray; offset: number }> | undefined>;

  /** Per keyword id: start offsets of its occurrences, and (on first use) the bounds of their lines. */
  private keywordHits: number[][] | undefined;
  /** The ids of the keywords that occur (a full scan's; a region rescan reads `limit.present`). */
  private presentIds: readonly number[] = [];
  private readonly lineBoundsOf: Array<number[] | undefined> = [];
  private sites: AssignSites | undefined;
  private siteCandidates: ReadonlyArray<readonly number[]> | undefined;
  /** What lies near a value: requirements and keyword distances. */
  private readonly near: NearLookup;
  /** The plan's patterns that can run on this file's kind. */
  private readonly forKind: KindPlan;
  /** Joins keywords' line windows into patterns' windows. */
  private readonly merger: WindowMerger;

  constructor(
    readonly text: string, readonly path: string, readonly kind: FileKind, readonly maxWindow: number,
    private readonly plan: ScanPlan, private readonly limit?: ScanLimit,
  ) {
    this.lineIndex = limit?.lines;
    this.near = new NearLookup(text);
    this.forKind = kindPlan(plan, kind);
    this.merger = new WindowMerger(text, maxWindow, plan.table);
    // Sparse: most files fill a few slots of the hundreds (an array per slot count cost a few KB per file).
    this.windowCache = [];
    this.matchCache = [];
  }

  /** Keyword offsets per keyword id, from one pass over the text (or the limit's range) on first use. */
  private hits(): number[][] {
    if (!this.keywordHits) {
      const { limit, text } = this;
      const found = limit ? this.plan.table.occurrencesOf(text.slice(limit.from, limit.to), limit.from) : this.plan.table.occurrencesOf(text);
      this.keywordHits = found.at;
      this.presentIds = found.present;
    }
    return this.keywordHits;
  }

  /** A keyword's line windows (find/lineWindows.ts), computed once per scan. */
  private lineWindows(id: number): number[] {
    return (this.lineBoundsOf[id] ??= lineWindowsOf(this.text, this.hits()[id], this.plan.table.lengthOf(id), this.maxWindow, MERGE_GAP));
  }

  /** Per file slot, whether the text holds one of its words: 0 not asked yet, 1 yes, 2 no. */
  private fileWords: Uint8Array | undefined;

  /** True when the pattern has no file words (`requires.fileContains`) or the text holds one of them. */
  holdsFileWords(pp: PlannedPattern): boolean {
    return pp.fileSlot === -1 || this.holdsSlot(pp.fileSlot, pp.fileIds!);
  }

  /** True when the text holds one of a file slot's words (table ids `ids`), asked once per slot. */
  private holdsSlot(slot: number, ids: readonly number[]): boolean {
    const memo = (this.fileWords ??= new Uint8Array(this.plan.fileSlots));
    if (memo[slot] === 0) memo[slot] = this.containsAny(ids) ? 1 : 2;
    return memo[slot] === 1;
  }

  /** True when one of the keywords (table ids) occurs anywhere in the text. */
  containsAny(ids: readonly number[]): boolean {
    const present = this.limit?.present;
    if (present) {
      for (let i = 0; i < ids.length; i++) if (present[ids[i]]) return true;
      return false;
    }
    const all = this.hits();
    for (let i = 0; i < ids.length; i++) if (all[ids[i]].length !== 0) return true;
    return false;
  }

  /**
   * The plan's `flat` indices of the patterns gated by a keyword the text holds, or by none, ascending: only those
   * that can run on this file's kind (their detector's and their own `files`), and whose file words the text holds.
   */
  gatedPatterns(): readonly number[] {
    const flags = this.limit?.present;
    let present: readonly number[];
    if (flags) {
      // A region rescan knows which keywords its file holds, not where: the ids it flags.
      const ids: number[] = [];
      for (let id = 0; id < flags.length; id++) if (flags[id]) ids.push(id);
      present = ids;
    } else {
      this.hits();
      present = this.presentIds;
    }
    return gatedPatternsOf(this.forKind, present, (slot, ids) => this.holdsSlot(slot, ids));
  }

  /** Line index, built on first use: most scans of clean files never need it. */
  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  /** Next occurrences of the characters that patterns require (find/requiredChars.ts), on first use. */
  private chars: CharCursor | undefined;

  /** A pattern's windows, flat, computed once per keyword set: several regexes often share one. */
  private windows(pp: PlannedPattern): number[] {
    return (this.windowCache[pp.windowSlot] ??= this.computeWindows(pp.keywordIds, pp.linesBefore, pp.linesAfter));
  }

  /**
   * Merged, non-overlapping [start, end) windows around the lines holding any of the keywords, flat. Merges
   * the occurrence lists of the keywords in text order, widens each occurrence's line window by the context
   * lines the pattern asks for, and joins neighbours. Dense files become one window.
   */
  private computeWindows(keywordIds: readonly number[], linesBefore: number, linesAfter: number): number[] {
    const { text } = this;
    // No keywords: the pattern's own shape is precise enough to run on the whole file.
    if (keywordIds.length === 0) {
      const from = this.limit?.from ?? 0;
      const to = this.limit?.to ?? text.length;
      return to > from ? [from, to] : [];
    }
    const all = this.hits();
    const ids: number[] = [];
    const lists: number[][] = [];
    for (const id of keywordIds) {
      if (all[id].length === 0) continue;
      ids.push(id);
      lists.push(this.lineWindows(id));
    }
    return this.merger.merge(lists, ids, linesBefore, linesAfter);
  }

  /**
   * Every match of a regex in a set of windows, computed once per scan: detectors that share a pattern
   * (the same source, e.g. a name-assignment shape with different name tests) share one regex run.
   */
  private matches(pp: PlannedPattern): Array<{ m: RegExpMatchArray; offset: number }> {
    let found = this.matchCache[pp.matchSlot];
    if (!found) {
      const out: Array<{ m: RegExpMatchArray; offset: number }> = [];
      // A region rescan knows the words of its range only: it runs every window.
      const needs = this.limit ? undefined : needListsOf(this.text, pp, this.hits());
      const { needSets } = pp;
      const chars = needSets && (this.chars ??= new CharCursor(this.text));
      // A required character the text lacks: no window can match, none is computed.
      const windows = needs === null || (chars && !chars.holdsAll(needSets, 0, this.text.length)) ? [] : this.windows(pp);
      const cursor = needs && needCursor(needs);
      const { re } = pp;
      for (let w = 0; w < windows.length; w += 2) {
        const ws = windows[w];
        if (cursor && !windowHolds(this.text, needs, cursor, ws, windows[w + 1])) continue;
        if (chars && !chars.holdsAll(needSets, ws, windows[w + 1])) continue;
        const slice = this.text.slice(ws, windows[w + 1]);
        // exec with lastIndex, not matchAll: matchAll clones the regex on every call.
        re.lastIndex = 0;
        for (let m = re.exec(slice); m; m = re.exec(slice)) {
          out.push({ m, offset: ws });
          if (m[0].length === 0) re.lastIndex++;
        }
      }
      found = this.matchCache[pp.matchSlot] = out;
    }
    return found;
  }

  /**
   * Hands each span of an assignment pattern's values to `visit`, in text order, as it is found: no object or list
   * per hit (a file of thousands of assignments made one of each). The file's assignments are found once, on first
   * use, on the lines holding a keyword of an assignment pattern that applies to this file. Their name tests (or,
   * for the two that accept any name, their values) contain a keyword, so this loses nothing.
   */
  eachAssignedHit(pp: PlannedPattern, visit: HitVisitor): void {
    const value = pp.afterAssign!;
    const list = this.assignedCandidates(pp);
    const sites = this.sites!;
    const fast = pp.fastValue;
    if (fast) {
      eachMatchAfterSites(this.text, sites, list, fast.re, (m, site) => {
        visit(fast.start(m), fast.end(m), sites.name[site], m.groups?.ex);
      });
      return;
    }
    eachMatchAfterSites(this.text, sites, list, value, (m, site) => {
      const span = m.indices?.groups?.v ?? m.indices?.[0] ?? [sites.value[site], value.lastIndex];
      visit(span[0], span[1], sites.name[site], m.groups?.ex);
    });
  }

  /** The sites whose name an assignment pattern accepts; the file's sites are found on the first call. */
  private assignedCandidates(pp: PlannedPattern): readonly number[] {
    if (!this.sites || !this.siteCandidates) {
      const active = this.activeAssignPatterns();
      this.sites = findAssignSites(this.text, this.assignWindows(active));
      this.siteCandidates = this.plan.names.candidates(this.sites, active);
    }
    return this.siteCandidates[pp.nameSlot];
  }

  /** False when a pattern has nothing to visit (no candidate site, no match): most gated patterns of a file. */
  mayHit(pp: PlannedPattern): boolean {
    return (pp.afterAssign ? this.assignedCandidates(pp) : this.matches(pp)).length !== 0;
  }

  /** Which assignment patterns (in the name classifier's order) apply: file kind, file words and path. */
  private activeAssignPatterns(): boolean[] {
    const { assignPatterns, assignIndex } = this.forKind;
    // Filled, not written at scattered indices (which made a holey array per file).
    const active: boolean[] = new Array<boolean>(this.plan.assignPatterns.length).fill(false);
    for (let i = 0; i < assignPatterns.length; i++) {
      const pp = assignPatterns[i];
      active[assignIndex[i]] = this.holdsFileWords(pp) && (!pp.path || pp.path(this.path));
    }
    return active;
  }

  /** Keyword windows of the assignment patterns that apply to this text: of the keywords it holds, those one of them has. */
  private assignWindows(active: readonly boolean[]): number[] {
    const { assignKeywordIds, assignUsers, assignIndex } = this.forKind;
    const all = this.hits();
    const ids: number[] = [];
    for (let k = 0; k < assignKeywordIds.length; k++) {
      const id = assignKeywordIds[k];
      // An absent keyword adds no window (computeWindows skips it too).
      if (all[id].length === 0) continue;
      const users = assignUsers[k];
      let u = 0;
      while (u < users.length && !active[assignIndex[users[u]]]) u++;
      if (u < users.length) ids.push(id);
    }
    return ids.length ? this.computeWindows(ids, 0, 0) : [];
  }

  /** Hands each span of a pattern's matches in its keyword windows to `visit`, in text order. */
  eachRegexHit(pp: PlannedPattern, visit: HitVisitor): void {
    const found = this.matches(pp);
    const group = pp.valueGroup ?? 'v';
    for (let i = 0; i < found.length; i++) {
      const { m, offset } = found[i];
      // The finding covers the value (`v`); without one, the named thing (`name`: a method, a path).
      const span = m.indices?.groups?.[group] ?? m.indices?.groups?.name ?? m.indices?.[0];
      if (span) visit(offset + span[0], offset + span[1], m.groups?.name, m.groups?.ex);
    }
  }

  /** True when the requirement holds for a value at [start, end). */
  meets(req: Requirement | undefined, start: number, end: number): { ok: boolean; ex?: string } {
    return this.near.meets(req, start, end);
  }

  /** How far before `start` the nearest of `words` occurs (see NearLookup.distanceTo). */
  distanceTo(words: readonly string[], start: number, limit = WORD_DISTANCE_LIMIT): number {
    return this.near.distanceTo(words, start, limit);
  }
}
