// Per-scan state: the text, its lines, keyword windows, assignment sites and near look-ups, built lazily.
import type { PatternSpec, Requirement } from '../defineDetector';
import { LineIndex } from '../text/lineIndex';
import type { FileKind } from '../types';
import { findAssignSites, matchAfterSites, type AssignSites } from './assignSites';
import { NearLookup } from './nearLookup';
import { lineStartWithin } from './regexCache';
import type { PlannedPattern, ScanPlan } from './scanPlan';
import type { ScanLimit } from './scanLimit';

export type { ScanLimit } from './scanLimit';

/** Long lines (minified code, one-line JSON) are scanned in windows this wide around a keyword hit. */
export const DEFAULT_MAX_WINDOW = 4096;
/**
 * Windows closer than this are merged: one regex run over a longer span costs less than many short runs
 * (each run has a fixed setup cost). Patterns are linear, so merging never changes the complexity.
 * Measured on the bench corpus: 256/128 scanned 25% faster than 2048/2048; since name assignments no
 * longer use windows, 64/32 is another 5-7% faster (bot code mentions "key" often, but not everywhere).
 */
const MERGE_GAP = 32;
/** Granularity of the keyword prefilter: a chunk with a keyword is scanned whole. */
const CHUNK = 64;

/** A matched span: the value (or the named thing), the name it was assigned to, the ccxt id when captured. */
export interface Hit {
  start: number;
  end: number;
  name?: string;
  ex?: string;
}

/** Per-scan state shared by all detectors: the text, lines and keyword windows. */
export class ScanState {
  private lineIndex: LineIndex | undefined;
  /** Windows as flat [start, end, start, end, …] lists, per keyword set. */
  private readonly windowCache: Array<number[] | undefined>;
  private readonly matchCache: Array<Array<{ m: RegExpMatchArray; offset: number }> | undefined>;

  private chunkHits: number[][] | undefined;
  private lineStarts: Int32Array | undefined;
  private lineEnds: Int32Array | undefined;
  private sites: AssignSites | undefined;
  private siteCandidates: ReadonlyArray<readonly number[]> | undefined;
  /** What lies near a value: requirements and keyword distances. */
  private readonly near: NearLookup;

  constructor(
    readonly text: string, readonly path: string, readonly kind: FileKind, readonly maxWindow: number,
    private readonly plan: ScanPlan, private readonly limit?: ScanLimit,
  ) {
    this.lineIndex = limit?.lines;
    this.near = new NearLookup(text);
    this.windowCache = new Array(plan.windowSlots);
    this.matchCache = new Array(plan.matchSlots);
  }

  /** Chunk indices per keyword id, from one pass over the text on first use. */
  private hits(): number[][] {
    if (!this.chunkHits) {
      const marks = new Uint8Array(Math.ceil(this.text.length / CHUNK) + 1);
      if (this.limit) {
        // The limit's chunks only, numbered as in the whole text (the slice starts on a chunk boundary).
        const first = Math.floor(this.limit.from / CHUNK);
        this.chunkHits = this.plan.table.chunksOf(this.text.slice(first * CHUNK, this.limit.to), CHUNK, marks.subarray(first));
        for (const list of this.chunkHits) for (let i = 0; i < list.length; i++) list[i] += first;
        this.lineBounds(marks, first);
      } else {
        this.chunkHits = this.plan.table.chunksOf(this.text, CHUNK, marks);
        this.lineBounds(marks, 0);
      }
    }
    return this.chunkHits;
  }

  /**
   * The line start and end around every chunk holding a keyword, in one ascending pass: each search starts
   * where the last one ended, so the whole pass reads the text once and allocates nothing per chunk.
   * Bounds stay within maxWindow of the chunk (a 10 MB minified line is not one window).
   */
  private lineBounds(marks: Uint8Array, first: number): void {
    const { text, maxWindow } = this;
    const starts = (this.lineStarts = new Int32Array(marks.length));
    const ends = (this.lineEnds = new Int32Array(marks.length));
    let before = first === 0 ? -1 : text.lastIndexOf('\n', first * CHUNK - 1); // the last line break before the current chunk (or -1)
    let next = text.indexOf('\n', first * CHUNK); // the first line break at or after the current chunk's start
    let after = next; // the first line break at or after the current chunk's end
    for (let c = first; c < marks.length; c++) {
      if (marks[c] === 0) continue;
      const chunkStart = c * CHUNK;
      const chunkEnd = Math.min(text.length, chunkStart + CHUNK);
      if (next !== -1 && next < chunkStart) {
        // lastIndexOf stops at the latest break before the chunk, which is at or after `next`.
        before = text.lastIndexOf('\n', chunkStart - 1);
        next = text.indexOf('\n', chunkStart);
      }
      if (after !== -1 && after < chunkEnd) after = next !== -1 && next >= chunkEnd ? next : text.indexOf('\n', chunkEnd);
      starts[c] = Math.max(before + 1, chunkStart - maxWindow);
      ends[c] = Math.min(after === -1 ? text.length : after, chunkEnd + maxWindow);
    }
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

  /** Line index, built on first use: most scans of clean files never need it. */
  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  /** A pattern's windows, flat, computed once per keyword set: several regexes often share one. */
  private windows(pp: PlannedPattern): number[] {
    return (this.windowCache[pp.windowSlot] ??= this.computeWindows(pp.keywordIds, pp.linesBefore, pp.linesAfter));
  }

  /**
   * Merged, non-overlapping [start, end) windows around the lines holding any of the keywords, flat. Merges
   * the chunk lists of the keywords (k-way, linear), widens each chunk to whole lines plus the context lines
   * the pattern asks for, and joins neighbours. Dense files become one window.
   */
  private computeWindows(keywordIds: readonly number[], linesBefore: number, linesAfter: number): number[] {
    const { text, maxWindow } = this;
    // No keywords: the pattern's own shape is precise enough to run on the whole file.
    if (keywordIds.length === 0) {
      const from = this.limit?.from ?? 0;
      const to = this.limit?.to ?? text.length;
      return to > from ? [from, to] : [];
    }
    const all = this.hits();
    const lists = keywordIds.map((id) => all[id]).filter((l) => l.length > 0);
    const pos = lists.map(() => 0);
    const out: number[] = [];
    for (;;) {
      let c = -1;
      for (let i = 0; i < lists.length; i++) if (pos[i] < lists[i].length && (c === -1 || lists[i][pos[i]] < c)) c = lists[i][pos[i]];
      if (c === -1) break;
      for (let i = 0; i < lists.length; i++) if (pos[i] < lists[i].length && lists[i][pos[i]] === c) pos[i]++;
      const chunkStart = c * CHUNK;
      const chunkEnd = Math.min(text.length, chunkStart + CHUNK);
      // Whole lines, but never more than maxWindow beyond the chunk: on a 10 MB minified line each
      // boundary search stays bounded, so the walk stays linear.
      let start = this.lineStarts![c];
      for (let i = 0; i < linesBefore && start > 0 && chunkStart - start < maxWindow; i++) start = lineStartWithin(text, start - 1, maxWindow);
      let end = this.lineEnds![c];
      for (let i = 0; i < linesAfter && end < text.length && end - chunkEnd < maxWindow; i++) end = this.lineEndWithin(end + 1);
      const last = out.length - 1;
      if (last > 0 && start <= out[last] + MERGE_GAP) out[last] = Math.max(out[last], end);
      else out.push(start, end);
    }
    return out;
  }

  /** The line break at or after `pos` (-1: none), remembered: the context lines of neighbouring chunks ask again. */
  private breakFrom = 0;
  private breakAt = -2;
  private breakAtOrAfter(pos: number): number {
    if (this.breakAt !== -2 && pos >= this.breakFrom && (this.breakAt === -1 || pos <= this.breakAt)) return this.breakAt;
    this.breakFrom = pos;
    return (this.breakAt = this.text.indexOf('\n', pos));
  }

  /** End of the line at `pos`, at most maxWindow characters ahead. */
  private lineEndWithin(pos: number): number {
    const to = Math.min(this.text.length, pos + this.maxWindow);
    const at = this.breakAtOrAfter(pos);
    return at !== -1 && at < to ? at : to;
  }

  /**
   * Every match of a regex in a set of windows, computed once per scan: detectors that share a pattern
   * (the same source, e.g. a name-assignment shape with different name tests) share one regex run.
   */
  private matches(pp: PlannedPattern): Array<{ m: RegExpMatchArray; offset: number }> {
    let found = this.matchCache[pp.matchSlot];
    if (!found) {
      const out: Array<{ m: RegExpMatchArray; offset: number }> = [];
      const { re } = pp.spec;
      const windows = this.windows(pp);
      for (let w = 0; w < windows.length; w += 2) {
        const ws = windows[w];
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
   * Spans of an assignment pattern's values. The file's assignments are found once, on first use, on the
   * lines holding a keyword of an assignment pattern that applies to this file. Their name tests (or, for
   * the two that accept any name, their values) contain a keyword, so this loses nothing.
   */
  assignedHits(p: PatternSpec): Hit[] {
    const value = p.afterAssign!;
    if (!this.sites || !this.siteCandidates) {
      const active = this.activeAssignPatterns();
      this.sites = findAssignSites(this.text, this.assignWindows(active));
      this.siteCandidates = this.plan.names.candidates(this.sites, active);
    }
    const { sites, siteCandidates: candidates } = this;
    return matchAfterSites(this.text, sites, candidates[this.plan.names.indexOf(p)], value).map(({ m, site }) => {
      const span = m.indices?.groups?.v ?? m.indices?.[0] ?? [sites.value[site], value.lastIndex];
      return { start: span[0], end: span[1], name: sites.name[site], ex: m.groups?.ex };
    });
  }

  /** Which assignment patterns (in the name classifier's order) apply: file kind and file words. */
  private activeAssignPatterns(): boolean[] {
    const active: boolean[] = [];
    for (const pp of this.plan.assignPatterns) {
      active[this.plan.names.indexOf(pp.spec)] = (!pp.spec.files || pp.spec.files.includes(this.kind)) && (!pp.fileIds || this.containsAny(pp.fileIds));
    }
    return active;
  }

  /** Keyword windows of the assignment patterns that apply to this text. */
  private assignWindows(active: readonly boolean[]): number[] {
    const ids = new Set<number>();
    for (const pp of this.plan.assignPatterns) {
      if (!active[this.plan.names.indexOf(pp.spec)]) continue;
      for (const id of pp.keywordIds) ids.add(id);
    }
    return ids.size ? this.computeWindows([...ids], 0, 0) : [];
  }

  /** Spans of a pattern's matches in its keyword windows. */
  regexHits(pp: PlannedPattern): Hit[] {
    const out: Hit[] = [];
    for (const { m, offset } of this.matches(pp)) {
      // The finding covers the value (`v`); without one, the named thing (`name`: a method, a path).
      const span = m.indices?.groups?.[pp.spec.valueGroup ?? 'v'] ?? m.indices?.groups?.name ?? m.indices?.[0];
      if (span) out.push({ start: offset + span[0], end: offset + span[1], name: m.groups?.name, ex: m.groups?.ex });
    }
    return out;
  }

  /** True when the requirement holds for a value at [start, end). */
  meets(req: Requirement | undefined, start: number, end: number): { ok: boolean; ex?: string } {
    return this.near.meets(req, start, end);
  }

  /** How far before `start` the nearest of `words` occurs (see NearLookup.distanceTo). */
  distanceTo(words: readonly string[], start: number, limit = 4000): number {
    return this.near.distanceTo(words, start, limit);
  }
}
