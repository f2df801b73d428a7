import type { Detector, MatchContext, PatternSpec, Requirement } from './detector';
import { fileKindOf, isLockfile, isTestPath, looksBinary } from './fileKind';
import { LineIndex } from './lineIndex';
import { mask } from './mask';
import { isPublicTestValue } from './publicTestValues';
import { isSuppressed } from './suppressions';
import type { FileKind, Finding, ScanOptions, ScanResult, Severity } from './types';
import { exchangeFromCcxtId, envNameFor } from './naming';

/** Long lines (minified code, one-line JSON) are scanned in windows this wide around a keyword hit. */
const DEFAULT_MAX_WINDOW = 4096;

const DOWNGRADE: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info', hint: 'hint' };

/** Per-scan state shared by all detectors: the text, its lowercase copy, lines and keyword hits. */
class ScanState {
  readonly lower: string;
  readonly lines: LineIndex;
  private readonly hits = new Map<string, number[]>();

  constructor(readonly text: string, readonly path: string, readonly kind: FileKind, readonly maxWindow: number) {
    this.lower = text.toLowerCase();
    this.lines = new LineIndex(text);
  }

  /** Offsets of every occurrence of a lowercase keyword, computed once per scan. */
  keywordHits(keyword: string): number[] {
    let found = this.hits.get(keyword);
    if (!found) {
      found = [];
      let i = this.lower.indexOf(keyword);
      while (i !== -1) {
        found.push(i);
        i = this.lower.indexOf(keyword, i + keyword.length);
      }
      this.hits.set(keyword, found);
    }
    return found;
  }

  /** Merged, non-overlapping [start, end) windows around the hits of any of the keywords. */
  windows(keywords: readonly string[], linesBefore: number, linesAfter: number): Array<[number, number]> {
    let hits: number[] = [];
    for (const k of keywords) {
      const h = this.keywordHits(k);
      if (h.length) hits = hits.length ? hits.concat(h) : h;
    }
    if (hits.length === 0) return [];
    if (keywords.length > 1) hits = hits.slice().sort((a, b) => a - b);
    const out: Array<[number, number]> = [];
    let lastLine = -1;
    for (const hit of hits) {
      const line = this.lines.lineOf(hit);
      if (line === lastLine && out.length && hit < out[out.length - 1][1]) continue;
      lastLine = line;
      let start = this.lines.lineStart(Math.max(0, line - linesBefore));
      let end = this.lines.lineEnd(Math.min(this.lines.lineCount - 1, line + linesAfter));
      // A window never exceeds maxWindow on each side of the hit, so scanning stays linear.
      if (hit - start > this.maxWindow) start = hit - this.maxWindow;
      if (end - hit > this.maxWindow) end = hit + this.maxWindow;
      const prev = out[out.length - 1];
      if (prev && start <= prev[1]) prev[1] = Math.max(prev[1], end);
      else out.push([start, end]);
    }
    return out;
  }

  /** True when the requirement holds for a value at [start, end). */
  meets(req: Requirement | undefined, start: number, end: number): { ok: boolean; ex?: string } {
    if (!req) return { ok: true };
    let ex: string | undefined;
    if (req.near) {
      const m = this.around(req.near, start, end);
      if (!m) return { ok: false };
      ex = m.groups?.ex;
    }
    if (req.notNear && this.around(req.notNear, start, end)) return { ok: false };
    return { ok: true, ex };
  }

  /** Last match of `pattern` in the window around a value (the closest one before it wins). */
  private around(near: { pattern: RegExp; before: number; after?: number }, start: number, end: number) {
    const from = Math.max(0, start - near.before);
    const slice = this.text.slice(from, end + (near.after ?? 0));
    const re = globalVersion(near.pattern);
    let last: RegExpExecArray | null = null;
    for (const m of slice.matchAll(re)) last = m;
    return last;
  }
}

const globalCache = new WeakMap<RegExp, RegExp>();

/** The same regex with the `g` flag, compiled once. */
function globalVersion(re: RegExp): RegExp {
  let g = globalCache.get(re);
  if (!g) {
    g = re.global ? re : new RegExp(re.source, re.flags + 'g');
    globalCache.set(re, g);
  }
  return g;
}

/** Scans one text with the given detectors and returns masked, de-duplicated, sorted findings. */
export function scanWith(detectors: readonly Detector[], text: string, options: ScanOptions = {}): ScanResult {
  const path = (options.path ?? '').replace(/\\/g, '/');
  if (path && isLockfile(path)) return { findings: [], skipped: 'lockfile' };
  if (looksBinary(text)) return { findings: [], skipped: 'binary' };
  const kind = fileKindOf(path);
  const state = new ScanState(text, path, kind, options.maxWindow ?? DEFAULT_MAX_WINDOW);
  const disabled = new Set(options.disabledCategories ?? []);
  const testPath = path !== '' && isTestPath(path);
  const found: Array<{ finding: Finding; order: number }> = [];

  detectors.forEach((d, order) => {
    if (disabled.has(d.category)) return;
    if (d.files && !d.files.includes(kind)) return;
    for (const p of d.patterns) {
      if (p.files && !p.files.includes(kind)) continue;
      for (const finding of matchPattern(state, d, p)) {
        if (isSuppressed(state.lines, finding.range.startLine, d.category)) continue;
        const override = options.severityOverrides?.[d.category];
        if (override) finding.severity = override;
        if (testPath && d.category === 'secret') {
          finding.severity = DOWNGRADE[finding.severity];
          finding.inTestPath = true;
          finding.message += ' (In a test or example file, so reported at lower severity; a real key here is still a leak.)';
        }
        found.push({ finding, order });
      }
    }
  });
  return { findings: dedupe(found) };
}

/** Runs one pattern of a detector over its keyword windows. */
function matchPattern(state: ScanState, d: Detector, p: PatternSpec): Finding[] {
  const out: Finding[] = [];
  if (p.requires?.fileContains && !p.requires.fileContains.some((w) => state.lower.includes(w))) return out;
  const windows = state.windows(p.keywords ?? d.keywords, p.linesBefore ?? 0, p.linesAfter ?? 0);
  for (const [ws, we] of windows) {
    const slice = state.text.slice(ws, we);
    for (const m of slice.matchAll(p.re)) {
      const span = m.indices?.groups?.v ?? m.indices?.[0];
      if (!span) continue;
      const start = ws + span[0];
      const end = ws + span[1];
      const name = m.groups?.name;
      if (p.name && !(name && p.name.test(name))) continue;
      if (p.notName && name && p.notName.test(name)) continue;
      const value = state.text.slice(start, end);
      const ctx: MatchContext = { text: state.text, start, end, path: state.path, kind: state.kind };
      if (d.validate && !d.validate.every((v) => v.test(value, ctx))) continue;
      const req = state.meets(p.requires, start, end);
      if (!req.ok) continue;
      out.push(makeFinding(state, d, p, value, start, end, m.groups?.ex ?? req.ex, name));
    }
  }
  return out;
}

/** Builds the user-facing finding: range, masked value, exchange, message. */
function makeFinding(
  state: ScanState, d: Detector, p: PatternSpec, value: string, start: number, end: number,
  ccxtId: string | undefined, assignedName: string | undefined,
): Finding {
  const s = state.lines.position(start);
  const e = state.lines.position(end);
  const exchange = d.exchange ?? (ccxtId ? exchangeFromCcxtId(ccxtId) : undefined);
  const role = p.role ?? d.role;
  const masked = mask(value);
  const publicValue = d.category === 'secret' && isPublicTestValue(value);
  let message = d.message
    .replace(/\{exchange\}/g, exchange ?? 'exchange')
    .replace(/\{masked\}/g, masked)
    .replace(/\{name\}/g, assignedName ?? 'this name');
  if (publicValue) {
    message = `${d.title} ${masked} is a well-known public test value: fine on a local dev chain, but anything sent to it on a real network is taken at once.`;
  }
  return {
    id: d.id,
    category: d.category,
    severity: publicValue ? 'info' : d.severity,
    title: exchange && !d.exchange && !d.title.includes(exchange) ? `${exchange} ${d.title}` : d.title,
    message,
    range: { start, end, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column },
    masked,
    exchange,
    role,
    envName: d.envName ?? envNameFor(exchange, role, assignedName),
    assignedName,
    publicTestValue: publicValue || undefined,
  };
}

/** Keeps one finding per overlapping span, preferring the detector listed first (the most specific). */
function dedupe(found: Array<{ finding: Finding; order: number }>): Finding[] {
  found.sort((a, b) => a.finding.range.start - b.finding.range.start || a.order - b.order);
  const kept: Array<{ finding: Finding; order: number }> = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.finding.range.start < last.finding.range.end && f.finding.category === last.finding.category) {
      if (f.order < last.order) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  return kept.map((k) => k.finding);
}
