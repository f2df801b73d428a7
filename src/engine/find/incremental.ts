// Incremental rescans for the editor: after an edit, only the part of the text whose findings can change is
// scanned again; findings elsewhere are kept and shifted. The result is the full scan's, or a full scan is done.
// Keyword windows are anchored at their keywords (find/scanState.ts), so the part is the edit widened by how far
// a finding reaches: its window, and its rule's match, look-ups and validators (find/reach.ts), per rule that runs.
import type { Detector } from '../defineDetector';
import { RUST_TEST_CFG_HINT } from '../findings/contextSeverity';
import { fileKindOf } from '../text/fileKind';
import { LineIndex } from '../text/lineIndex';
import type { Finding, ScanOptions, ScanResult } from '../types';
import { WORD_DISTANCE_LIMIT } from './nearLookup';
import { planReach, reachOf, type Reach } from './reach';
import { scanWith } from './scan';
import { planFor } from './scanPlan';
import { DEFAULT_MAX_WINDOW, type ScanLimit, type ScanNotes } from './scanState';

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
const STATE_TOKENS = new RegExp(String.raw`"""|'''|\\"\\"\\"|\/\*|\*\/|-----|${RUST_TEST_CFG_HINT.source}`);
/** Room for the keyword itself beyond its window's start. */
const KEYWORD_ROOM = 64;

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
  return planFor(detectors).table.countsOf(text);
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
  /** The longest line so far: an upper bound, raised by edits, reset by full scans. */
  longest: number;
  /** The reach of the rules that run, for `longest`; widened, never narrowed, until the next full scan. */
  reach: Reach;
}

/** The larger of two reaches, each way. */
function wider(a: Reach, b: Reach): Reach {
  return { before: Math.max(a.before, b.before), after: Math.max(a.after, b.after), span: Math.max(a.span, b.span), contextLines: Math.max(a.contextLines, b.contextLines) };
}

/** Offsets in the new text: those after the edit moved by `delta`, those inside the replaced span dropped (rescanned). */
function movedAfter(offsets: readonly number[], editStart: number, oldEnd: number, delta: number): number[] {
  const out: number[] = [];
  for (const at of offsets) {
    if (at < editStart) out.push(at);
    else if (at >= oldEnd) out.push(at + delta);
  }
  return out;
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
  /** Where dedupe weighed exchange words in the current text (ascending; see ScanNotes). */
  private contested: number[] = [];
  private readonly maxWindow: number;
  fullScans = 0;
  partialScans = 0;
  /** Characters the region rescans covered, in all, and the last one's (the bench's load-independent measure). */
  rescannedChars = 0;
  lastRegion = 0;

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
    const notes: ScanNotes = { contested: [] };
    const result = scanWith(this.detectors, text, this.options, undefined, notes);
    this.contested = [...new Set(notes.contested)].sort((a, b) => a - b);
    return result;
  }

  /** The rescan of the region an edit can change, or undefined when only a full scan is certain to be right. */
  private partial(old: string, text: string, change: TextChange, lineDelta: number): ScanResult | undefined {
    const prev = this.result;
    if (prev.skipped || text.length < this.fullScanBelow) return undefined;
    const kind = fileKindOf(this.options.path ?? '');
    // A notebook's cell kind is read 100,000 characters back; a Rust test module counts braces from its start.
    if (kind === 'notebook' || (kind === 'rust' && RUST_TEST_CFG_HINT.test(text))) return undefined;
    const delta = change.text.length - (change.end - change.start);
    const lineStart = lineStartOf(old, change.start);
    const oldLines = old.slice(lineStart, lineEndOf(old, change.end));
    const newLines = text.slice(lineStart, lineEndOf(text, change.start + change.text.length));
    if (STATE_TOKENS.test(oldLines) || STATE_TOKENS.test(newLines)) return undefined;
    // A validator that asks the whole text one question (a Firebase config anywhere) may answer otherwise.
    if (planReach(this.detectors).fileWide.some((re) => re.test(oldLines) || re.test(newLines))) return undefined;
    if (!this.known) {
      const counts = keywordCounts(this.detectors, old);
      const present = Array.from(counts, (n) => n > 0);
      const longest = longestLine(old);
      this.known = { counts, present, longest, reach: reachOf(this.detectors, present, longest) };
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
    if (changed) known.present = Array.from(known.counts, (n) => n > 0);
    const longest = Math.max(known.longest, longestLine(newLines));
    // Findings of rules that just stopped running sit in the zone of the old reach: the reach only widens.
    if (changed || longest > known.longest) known.reach = wider(known.reach, reachOf(this.detectors, known.present, longest));
    known.longest = longest;
    const { reach } = known;
    // A keyword's window is its line, at most maxWindow either side, and its rule's context lines, each at most
    // maxWindow long: on short-lined code a few hundred characters. Long context (a PEM block's 200 lines) serves
    // matches that start at their keyword and are bounded (reach.span): four maxWindow spans cover the rest.
    const lineReach = Math.min(this.maxWindow, known.longest + 1);
    const windowReach = Math.min((1 + reach.contextLines) * lineReach, 4 * this.maxWindow) + KEYWORD_ROOM;
    // The zone: findings whose window or look-ups can reach the edited lines, and those of the line after them (a
    // suppression comment on the line above a finding drops it).
    const editEnd = lineStart + newLines.length;
    let zoneStart = lineStartOf(text, lineStart - reach.after - windowReach);
    let zoneEnd = Math.max(lineEndOf(text, editEnd + reach.before + windowReach), lineEndOf(text, Math.min(text.length, editEnd + 1)));
    // Spans where dedupe weighed exchange words within reach of the edit: who wins there may change.
    const contested = movedAfter(this.contested, change.start, change.end, delta);
    for (const at of contested) {
      if (at < lineStart - WORD_DISTANCE_LIMIT || at > editEnd + WORD_DISTANCE_LIMIT) continue;
      zoneStart = Math.min(zoneStart, lineStartOf(text, at));
      zoneEnd = Math.max(zoneEnd, lineEndOf(text, at));
    }
    // The scan runs wider: every window reaching into the zone is whole, and a match that starts before the zone
    // and runs into it (or ends after it) is found as the full scan finds it.
    const from = lineStartOf(text, zoneStart - windowReach - reach.span);
    const to = lineEndOf(text, zoneEnd + windowReach + reach.span);
    if (to - from > text.length * 0.9) return undefined;
    const limit: ScanLimit = { from, to, present: known.present, lines: this.lines };
    const notes: ScanNotes = { contested: [] };
    const scanned = scanWith(this.detectors, text, this.options, limit, notes);
    if (scanned.skipped) return undefined;
    const inZone = (at: number): boolean => at >= zoneStart && (at < zoneEnd || zoneEnd === text.length);
    const findings: Finding[] = [];
    for (const f of prev.findings) if (f.range.start < zoneStart) findings.push(f);
    for (const f of scanned.findings) if (inZone(f.range.start)) findings.push(f);
    if (zoneEnd < text.length) for (const f of prev.findings) if (f.range.start + delta >= zoneEnd) findings.push(shifted(f, delta, lineDelta));
    this.contested = [...new Set([...contested.filter((at) => !inZone(at)), ...notes.contested.filter(inZone)])].sort((a, b) => a - b);
    this.partialScans++;
    this.rescannedChars += to - from;
    this.lastRegion = to - from;
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
