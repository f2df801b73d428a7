// Incremental rescans for the editor: after an edit, only the part of the text whose findings can change is
// scanned again; findings elsewhere are kept and shifted. The result is the full scan's, or a full scan is done.
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

/** Keyword chunks, as the scanner counts them. */
const CHUNK = 64;
/** Texts shorter than this are scanned whole: their full scan costs no more than the bookkeeping. */
export const DEFAULT_FULL_SCAN_BELOW = 64 * 1024;
/**
 * Constructs whose state reaches arbitrarily far: triple-quoted strings (docstrings), block comments and JSDoc,
 * PEM armour, Rust test modules. An edit whose lines hold one (before or after) rescans the whole text.
 */
const STATE_TOKENS = /"""|'''|\\"\\"\\"|\/\*|\*\/|-----|#\[cfg\(test\)\]/;
/** Look-ups of validators that are not `requires.near` (verbLaterInFunction reads 8,000 characters ahead, dedupe 4,000). */
const VALIDATOR_REACH = 8000 + 400;

/**
 * How far a finding's result reaches from its start, each way: its keyword window (two maxWindow spans
 * either side of the keyword chunk), the `near` look-ups of its pattern, and the validators' look-ups.
 */
function reachOf(detectors: readonly Detector[], maxWindow: number): { before: number; after: number } {
  const windowReach = 4 * maxWindow + 2 * CHUNK;
  let before = Math.max(windowReach, VALIDATOR_REACH);
  let after = before;
  for (const d of detectors) {
    for (const p of d.patterns) {
      const r = p.requires;
      for (const near of [r?.near, r?.notNear, ...(r?.exchangeNear ?? [])]) {
        if (!near) continue;
        before = Math.max(before, near.before + windowReach);
        after = Math.max(after, (near.after ?? 0) + windowReach);
      }
    }
  }
  return { before, after };
}

/** Per keyword-table id, true when the text holds the keyword. */
function presence(detectors: readonly Detector[], text: string): boolean[] {
  return planFor(detectors).table.chunksOf(text, CHUNK).map((hits) => hits.length > 0);
}

/** The ids of the keywords a piece of text holds. */
function keywordsIn(detectors: readonly Detector[], text: string): string {
  const ids: number[] = [];
  planFor(detectors).table.chunksOf(text, CHUNK).forEach((hits, id) => hits.length > 0 && ids.push(id));
  return ids.join(',');
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

/**
 * One document's findings, kept up to date edit by edit. Pure: the text and the edits come in, findings go out.
 * `fullScans` and `partialScans` count how each update was done (for tests and the bench).
 */
export class IncrementalScan {
  private text: string;
  private lines: LineIndex;
  private result: ScanResult;
  private present: boolean[] | undefined;
  private readonly reach: { before: number; after: number };
  fullScans = 0;
  partialScans = 0;

  constructor(
    private readonly detectors: readonly Detector[], text: string, private readonly options: ScanOptions = {},
    private readonly fullScanBelow = DEFAULT_FULL_SCAN_BELOW,
  ) {
    this.reach = reachOf(detectors, options.maxWindow ?? DEFAULT_MAX_WINDOW);
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

  /** A full scan, remembering which keywords the text holds. */
  private full(text: string): ScanResult {
    this.fullScans++;
    this.present = undefined;
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
    // Which keywords the file holds decides which rules run at all: unchanged when the edited lines held the same ones.
    if (keywordsIn(this.detectors, oldLines) !== keywordsIn(this.detectors, newLines)) return undefined;
    // Findings whose look-arounds reach the edit are found again; the scan runs a window wider still, so that its
    // keyword windows and regex runs at the zone's edges are those of the full scan.
    const editEnd = lineStart + newLines.length;
    const zoneStart = lineStartOf(text, lineStart - this.reach.after);
    // Keyword windows start at the line of their 64-character chunk, counted from the text's start: an edit that
    // shifts the text after it by other than a multiple of 64 can change findings anywhere after it.
    const zoneEnd = delta % CHUNK === 0 ? lineEndOf(text, editEnd + this.reach.before) : text.length;
    const margin = Math.max(this.reach.after, 4 * (this.options.maxWindow ?? DEFAULT_MAX_WINDOW));
    const from = lineStartOf(text, zoneStart - margin);
    const to = lineEndOf(text, zoneEnd + margin);
    if (to - from > text.length * 0.9) return undefined;
    this.present ??= presence(this.detectors, old);
    const limit: ScanLimit = { from, to, present: this.present, lines: this.lines };
    const scanned = scanWith(this.detectors, text, this.options, limit);
    if (scanned.skipped) return undefined;
    const findings: Finding[] = [];
    for (const f of prev.findings) if (f.range.start < zoneStart) findings.push(f);
    for (const f of scanned.findings) if (f.range.start >= zoneStart && (f.range.start < zoneEnd || zoneEnd === text.length)) findings.push(f);
    if (zoneEnd < text.length) for (const f of prev.findings) if (f.range.start + delta >= zoneEnd) findings.push(shifted(f, delta, lineDelta));
    this.partialScans++;
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
