// Incremental rescans for the editor: after an edit, only the part of the text whose findings can change is
// scanned again; findings elsewhere are kept and shifted. The result is the full scan's, or a full scan is done.
// Keyword windows are anchored at their keywords (find/scanState.ts), so the part is the edit widened by how far
// a finding reaches: its window, its rule's look-ups, the validators'.
import type { Detector } from '../defineDetector';
import { fileKindOf } from '../text/fileKind';
import { LineIndex } from '../text/lineIndex';
import type { Finding, ScanOptions, ScanResult } from '../types';
import { scanWith } from './scan';
import { planFor } from './scanPlan';
import { DEFAULT_MAX_WINDOW, type ScanLimit } from './scanState';

/** One replacement in the previous text: [start, end) became `text` (VS Code's rangeOffset/rangeLength/text). */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Texts shorter than this are scanned whole: their full scan costs no more than the bookkeeping. */
export const DEFAULT_FULL_SCAN_BELOW = 64 * 1024;
/**
 * Constructs whose state reaches arbitrarily far: triple-quoted strings (docstrings), block comments and JSDoc,
 * PEM armour, Rust test modules. An edit whose lines hold one (before or after) rescans the whole text.
 */
const STATE_TOKENS = /"""|'''|\\"\\"\\"|\/\*|\*\/|-----|#\[cfg\(test\)\]/;
/**
 * How far a finding's look-ups reach back from its start, whatever its rule: the exchange words that decide
 * between two claims (findings/dedupe.ts: 4,000) and the validators' look-backs (at most 2,000), with room.
 */
const LOOK_BACK = 4000 + 400;
/**
 * How far a finding's match and look-ups reach ahead of its start, whatever its rule: the longest bounded value
 * (a JWT, ~6,200) and the withdrawal verb read 8,000 characters ahead (withdrawVerb.ts), with room.
 */
const LOOK_AHEAD = 8000 + 400;
/** Room for the keyword itself beyond its window's start. */
const KEYWORD_ROOM = 64;

/** How far findings reach from their start, each way, given the rules that can run on a text. */
interface Reach {
  readonly before: number;
  readonly after: number;
  /** Context lines a keyword window may add on either side of its own line. */
  readonly contextLines: number;
}

/**
 * The reach of the patterns that can run on a text holding the keywords `present`: their `near` look-ups and
 * context lines. A pattern whose keywords the text lacks never runs, so its 20,000-character look-up does not
 * widen the rescan of a file that never mentions a withdrawal.
 */
function reachOf(detectors: readonly Detector[], present: readonly boolean[]): Reach {
  let before = LOOK_BACK;
  let after = LOOK_AHEAD;
  let contextLines = 0;
  for (const pps of planFor(detectors).patterns.values()) {
    for (const pp of pps) {
      if (pp.keywordIds.length !== 0 && !pp.keywordIds.some((id) => present[id])) continue;
      if (pp.fileIds && !pp.fileIds.some((id) => present[id])) continue;
      contextLines = Math.max(contextLines, pp.linesBefore, pp.linesAfter);
      const r = pp.spec.requires;
      for (const near of [r?.near, r?.notNear, ...(r?.exchangeNear ?? [])]) {
        if (!near) continue;
        before = Math.max(before, near.before);
        after = Math.max(after, near.after ?? 0);
      }
    }
  }
  return { before, after, contextLines };
}

const switches = new WeakMap<readonly Detector[], Set<number>>();

/** The keyword-table ids some rule needs anywhere in the file (`requires.fileContains`). */
function fileSwitches(detectors: readonly Detector[]): Set<number> {
  let ids = switches.get(detectors);
  if (!ids) {
    ids = new Set([...planFor(detectors).patterns.values()].flatMap((pps) => pps.flatMap((pp) => pp.fileIds ?? [])));
    switches.set(detectors, ids);
  }
  return ids;
}

/** Per keyword-table id, how often the text holds the keyword. */
function keywordCounts(detectors: readonly Detector[], text: string): Int32Array {
  return Int32Array.from(planFor(detectors).table.positionsOf(text), (hits) => hits.length);
}

/** Length of the longest line of a text. */
function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    longest = Math.max(longest, i - start);
    start = i + 1;
  }
  return Math.max(longest, text.length - start);
}

/** Start of the line holding `pos`. */
function lineStartOf(text: string, pos: number): number {
  return pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
}

/** End of the line holding `pos` (its line break, or the text's end). */
function lineEndOf(text: string, pos: number): number {
  const i = text.indexOf('\n', pos);
  return i === -1 ? text.length : i;
}

/** A finding moved by `delta` characters and `lines` lines (it sits after the edit, on lines of its own). */
function shifted(f: Finding, delta: number, lines: number): Finding {
  const r = f.range;
  return { ...f, range: { ...r, start: r.start + delta, end: r.end + delta, startLine: r.startLine + lines, endLine: r.endLine + lines } };
}

/** What a region rescan needs to know of the whole text, learnt on the first one after a full scan. */
interface Known {
  /** Per keyword-table id: how often the text holds it, kept up to date edit by edit. */
  readonly counts: Int32Array;
  /** Per keyword-table id: the text holds it (which rules run). */
  present: boolean[];
  reach: Reach;
  /** The longest line so far: an upper bound, raised by edits, reset by full scans. */
  longest: number;
}

/**
 * One document's findings, kept up to date edit by edit. Pure: the text and the edits come in, findings go out.
 * `fullScans` and `partialScans` count how each update was done (for tests and the bench).
 */
export class IncrementalScan {
  private text: string;
  private lines: LineIndex;
  private result: ScanResult;
  private known: Known | undefined;
  private readonly maxWindow: number;
  fullScans = 0;
  partialScans = 0;
  /** Characters the region rescans covered, in all (the bench's load-independent measure of their cost). */
  rescannedChars = 0;

  constructor(
    private readonly detectors: readonly Detector[], text: string, private readonly options: ScanOptions = {},
    private readonly fullScanBelow = DEFAULT_FULL_SCAN_BELOW,
  ) {
    this.maxWindow = options.maxWindow ?? DEFAULT_MAX_WINDOW;
    this.text = text;
    this.lines = new LineIndex(text);
    this.result = this.full(text);
  }

  /** The findings of the current text, as a full scan gives them. */
  get current(): ScanResult {
    return this.result;
  }

  /** Applies one event's changes to the text (`newText` is the document after them) and returns the findings. */
  update(newText: string, changes: readonly TextChange[]): ScanResult {
    const old = this.text;
    if (changes.length === 0 && newText === old) return this.result;
    const change = changes.length === 1 ? changes[0] : undefined;
    const consistent = change !== undefined && change.start >= 0 && change.start <= change.end && change.end <= old.length
      && newText.length === old.length - (change.end - change.start) + change.text.length && newText.startsWith(change.text, change.start);
    const oldLineCount = this.lines.lineCount;
    this.lines = consistent ? this.lines.edited(newText, change.start, change.end, change.text.length) : new LineIndex(newText);
    this.text = newText;
    this.result = (consistent && this.partial(old, newText, change, this.lines.lineCount - oldLineCount)) || this.full(newText);
    return this.result;
  }

  /** A full scan; what the region rescans learn of the text is learnt again. */
  private full(text: string): ScanResult {
    this.fullScans++;
    this.known = undefined;
    return scanWith(this.detectors, text, this.options);
  }

  /** The rescan of the region an edit can change, or undefined when only a full scan is certain to be right. */
  private partial(old: string, text: string, change: TextChange, lineDelta: number): ScanResult | undefined {
    const prev = this.result;
    if (prev.skipped || text.length < this.fullScanBelow) return undefined;
    const kind = fileKindOf(this.options.path ?? '');
    // A notebook's cell kind is read 100,000 characters back; a Rust test module counts braces from its start.
    if (kind === 'notebook' || (kind === 'rust' && text.includes('#[cfg(test)]'))) return undefined;
    const delta = change.text.length - (change.end - change.start);
    const lineStart = lineStartOf(old, change.start);
    const oldLines = old.slice(lineStart, lineEndOf(old, change.end));
    const newLines = text.slice(lineStart, lineEndOf(text, change.start + change.text.length));
    if (STATE_TOKENS.test(oldLines) || STATE_TOKENS.test(newLines)) return undefined;
    if (!this.known) {
      const counts = keywordCounts(this.detectors, old);
      const present = Array.from(counts, (n) => n > 0);
      this.known = { counts, present, reach: reachOf(this.detectors, present), longest: longestLine(old) };
    }
    const known = this.known;
    // Which keywords the file holds decides which rules run (keywords never span lines, so counting them on the
    // edited lines keeps the file's counts). A rule that starts or stops running for a keyword of the edited lines
    // has its windows there; a rule switched on by a keyword anywhere in the file (`fileContains`) may find things
    // anywhere: a full scan.
    const removed = keywordCounts(this.detectors, oldLines);
    const added = keywordCounts(this.detectors, newLines);
    let changed = false;
    for (let id = 0; id < removed.length; id++) {
      if (removed[id] === added[id]) continue;
      known.counts[id] += added[id] - removed[id];
      if ((known.counts[id] > 0) === known.present[id]) continue;
      if (fileSwitches(this.detectors).has(id)) return undefined;
      changed = true;
    }
    if (changed) {
      known.present = Array.from(known.counts, (n) => n > 0);
      const r = reachOf(this.detectors, known.present);
      // Findings of rules that just stopped running sit in the zone of the old reach.
      known.reach = { before: Math.max(r.before, known.reach.before), after: Math.max(r.after, known.reach.after), contextLines: Math.max(r.contextLines, known.reach.contextLines) };
    }
    known.longest = Math.max(known.longest, longestLine(newLines));
    // A keyword's window is its line, at most maxWindow either side, and its rule's context lines, each at most
    // maxWindow long: on short-lined code a few hundred characters. Long context (a PEM block's 200 lines) serves
    // matches that start at their keyword and are bounded (LOOK_AHEAD): four maxWindow spans cover the rest.
    const lineReach = Math.min(this.maxWindow, known.longest + 1);
    const windowReach = Math.min((1 + known.reach.contextLines) * lineReach, 4 * this.maxWindow) + KEYWORD_ROOM;
    // The zone: findings whose window or look-ups can reach the edited lines.
    const editEnd = lineStart + newLines.length;
    const zoneStart = lineStartOf(text, lineStart - known.reach.after - windowReach);
    const zoneEnd = lineEndOf(text, editEnd + known.reach.before + windowReach);
    // The scan runs wider: every window reaching into the zone is whole, and a match that starts before the zone
    // and runs into it is found as the full scan finds it.
    const from = lineStartOf(text, zoneStart - windowReach - LOOK_AHEAD);
    const to = lineEndOf(text, zoneEnd + windowReach);
    if (to - from > text.length * 0.9) return undefined;
    const limit: ScanLimit = { from, to, present: known.present, lines: this.lines };
    const scanned = scanWith(this.detectors, text, this.options, limit);
    if (scanned.skipped) return undefined;
    const findings: Finding[] = [];
    for (const f of prev.findings) if (f.range.start < zoneStart) findings.push(f);
    for (const f of scanned.findings) if (f.range.start >= zoneStart && (f.range.start < zoneEnd || zoneEnd === text.length)) findings.push(f);
    if (zoneEnd < text.length) for (const f of prev.findings) if (f.range.start + delta >= zoneEnd) findings.push(shifted(f, delta, lineDelta));
    this.partialScans++;
    this.rescannedChars += to - from;
    (this as any).dbg = { zone: zoneEnd - zoneStart, region: to - from, reach: known.reach, windowReach };
    return { findings };
  }
}

/**
 * One change that does what a sequence of single changes did, each given in the text its predecessor left
 * (successive TextDocumentChangeEvents); `finalText` is the text after the last. Undefined for no changes.
 */
export function mergeChanges(changes: readonly TextChange[], finalText: string): TextChange | undefined {
  let start0 = 0, end0 = 0; // the covering span in the first text
  let start = 0, end = 0; // the same span in the current text
  changes.forEach((c, i) => {
    if (i === 0) {
      [start0, end0, start] = [c.start, c.end, c.start];
    } else {
      const s = Math.min(start, c.start);
      const e = Math.max(end, c.end);
      start0 -= start - s; // the text before the covering span is the first text's
      end0 += e - end; // and the text after it is the first text's, shifted
      [start, end] = [s, e];
    }
    end = (i === 0 ? c.start : end) + (i === 0 ? c.text.length : c.text.length - (c.end - c.start));
  });
  return changes.length ? { start: start0, end: end0, text: finalText.slice(start, end) } : undefined;
}
