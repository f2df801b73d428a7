// How far a finding depends on the text around its value, per pattern, from the pattern's data: its regex (an upper
// bound on what a match and its look-arounds read), its `near` look-ups and its validators' declared reach. The
// editor's incremental rescan (find/incremental.ts) rescans only where an edit can change findings; one global
// maximum (a JWT's 6,200 characters, a withdrawal verb 8,000 ahead) made every region 22,000 characters wide.
import type { Detector, Validator } from '../defineDetector';
import { ASSIGN_SITE } from './assignSites';
import { planFor, type PlannedPattern } from './scanPlan';

/**
 * An upper bound on what a match reads: characters of its bounded parts, unbounded runs that cannot cross a line
 * (`[ \t]*`: each at most a line long), and line breaks (Infinity: no bound).
 */
export interface Span {
  readonly chars: number;
  readonly runs: number;
  readonly breaks: number;
}

/**
 * A pattern whose regex bounds neither its length nor its line breaks (`\s+`) is assumed to read at most this
 * many characters, as the rescan always assumed of every pattern.
 */
export const UNBOUNDED_SPAN = 8000 + 400;
/** What a validator that reads the context without declaring its reach is assumed to read. */
export const UNDECLARED_VALIDATOR = { before: 4000 + 400, after: 8000 + 400 } as const;

const NOTHING: Span = { chars: 0, runs: 0, breaks: 0 };
const NO_BOUND: Span = { chars: Infinity, runs: Infinity, breaks: Infinity };
const add = (a: Span, b: Span): Span => ({ chars: a.chars + b.chars, runs: a.runs + b.runs, breaks: a.breaks + b.breaks });
const either = (a: Span, b: Span): Span => ({ chars: Math.max(a.chars, b.chars), runs: Math.max(a.runs, b.runs), breaks: Math.max(a.breaks, b.breaks) });
const mul = (x: number, n: number): number => (x === 0 ? 0 : x * n);

/** An atom repeated at most `n` times (Infinity: `*`, `+`, `{m,}`). */
function repeated(a: Span, n: number): Span {
  if (n !== Infinity) return { chars: mul(a.chars, n), runs: mul(a.runs, n), breaks: mul(a.breaks, n) };
  if (a.chars === 0 && a.runs === 0 && a.breaks === 0) return NOTHING;
  // Without line breaks a run stays on one line.
  return a.breaks === 0 ? { chars: 0, runs: 1, breaks: 0 } : NO_BOUND;
}

/**
 * An upper bound on what a match of `re` reads. A look-around at any point of the match reads no further than the
 * longest one (`look`) before the match's start or after its end; a back-reference reads at most what its group does.
 */
export function regexSpan(re: RegExp): Span {
  const source = re.source;
  const flags = re.flags.replace(/[gyd]/g, '');
  const groups: Span[] = [];
  const names = new Map<string, number>();
  let look = NOTHING;
  let i = 0;
  const alternatives = (): Span => {
    let best = sequence();
    while (source[i] === '|') {
      i++;
      best = either(best, sequence());
    }
    return best;
  };
  const sequence = (): Span => {
    let total = NOTHING;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let a = atom();
      const q = /^(?:\*|\+|\?|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(i, i + 24));
      if (q) {
        i += q[0].length;
        const c = q[0][0];
        a = repeated(a, c === '*' || c === '+' ? Infinity : c === '?' ? 1 : q[2] === undefined ? Number(q[1]) : q[3] === '' ? Infinity : Number(q[3]));
      }
      total = add(total, a);
    }
    return total;
  };
  // One character: a line break when the atom can match one.
  const one = (atomSource: string): Span => {
    let breaks = 1;
    try {
      breaks = new RegExp(atomSource, flags).test('\n') ? 1 : 0;
    } catch {
      // unparseable alone: assume it can
    }
    return { chars: 1, runs: 0, breaks };
  };
  const atom = (): Span => {
    const start = i;
    const c = source[i];
    if (c === '(') {
      i++;
      let index = -1;
      let around = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?=', i) || source.startsWith('?!', i)) [i, around] = [i + 2, true];
      else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) [i, around] = [i + 3, true];
      else {
        index = groups.length;
        groups.push(NO_BOUND); // until its end: a reference inside it has no bound
        if (source.startsWith('?<', i)) {
          const close = source.indexOf('>', i);
          names.set(source.slice(i + 2, close), index);
          i = close + 1;
        }
      }
      const inner = alternatives();
      if (source[i] !== ')') throw new Error(`regexSpan: unbalanced group in ${re}`);
      i++;
      if (index !== -1) groups[index] = inner;
      if (!around) return inner;
      look = either(look, inner);
      return NOTHING;
    }
    if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      return one(source.slice(start, i));
    }
    if (c === '\\') {
      const n = source[i + 1];
      if (n === 'b' || n === 'B') {
        i += 2;
        return NOTHING;
      }
      if (n === 'k') {
        const close = source.indexOf('>', i);
        const index = names.get(source.slice(i + 3, close));
        i = close + 1;
        return index === undefined ? NO_BOUND : groups[index];
      }
      if (/[1-9]/.test(n)) {
        const digits = /^\d+/.exec(source.slice(i + 1))![0];
        i += 1 + digits.length;
        return groups[Number(digits) - 1] ?? NO_BOUND;
      }
      const long = /^\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[pP]\{[^}]*\}|0)/.exec(source.slice(i, i + 16));
      i += long ? long[0].length : 2;
      return one(source.slice(start, i));
    }
    if (c === '^' || c === '$') {
      i++;
      return NOTHING;
    }
    i++;
    // `.` (a line break under the s flag), or a literal character.
    return c === '.' ? one('.') : { chars: 1, runs: 0, breaks: c === '\n' ? 1 : 0 };
  };
  const span = alternatives();
  return i < source.length ? NO_BOUND : add(add(span, look), look);
}

/** The characters a span reads in a text whose lines are at most `longest` characters long. */
export function spanChars(span: Span, longest: number): number {
  const byRuns = span.chars + mul(span.runs, longest);
  const byLines = span.breaks === Infinity ? Infinity : (span.breaks + 1) * (longest + 1);
  const chars = Math.min(byRuns, byLines);
  return Number.isFinite(chars) ? chars : UNBOUNDED_SPAN;
}

/** What a pattern's findings read besides the match: validators and near look-ups, before the value's start and after its end. */
export interface PatternReach {
  readonly pp: PlannedPattern;
  readonly span: Span;
  readonly before: number;
  readonly after: number;
}

/** The reach of every planned pattern of a detector list, and the validators that read the whole text. */
export interface PlanReach {
  readonly patterns: readonly PatternReach[];
  /** The assignment-site regex, which every assignment pattern runs first. */
  readonly siteSpan: Span;
  readonly fileWide: readonly RegExp[];
}

const reaches = new WeakMap<readonly Detector[], PlanReach>();

/** What one validator reads beyond the value's lines; one whose test takes only the value reads nothing. */
function validatorReach(v: Validator): { before: number; after: number } {
  if (v.fileWide || v.test.length < 2) return { before: 0, after: 0 };
  return v.reach ?? UNDECLARED_VALIDATOR;
}

/** The reach of a detector list's patterns, computed once. */
export function planReach(detectors: readonly Detector[]): PlanReach {
  let reach = reaches.get(detectors);
  if (reach) return reach;
  const plan = planFor(detectors);
  const patterns: PatternReach[] = [];
  const fileWide = new Set<RegExp>();
  for (const d of detectors) {
    for (const pp of plan.patterns.get(d) ?? []) {
      let before = 0;
      let after = 0;
      for (const v of [...(d.validate ?? []), ...(pp.spec.validate ?? [])]) {
        if (v.fileWide) fileWide.add(v.fileWide);
        const r = validatorReach(v);
        before = Math.max(before, r.before);
        after = Math.max(after, r.after);
      }
      const r = pp.spec.requires;
      for (const near of [r?.near, r?.notNear, ...(r?.exchangeNear ?? [])]) {
        if (!near) continue;
        before = Math.max(before, near.before);
        after = Math.max(after, near.after ?? 0);
      }
      patterns.push({ pp, span: regexSpan(pp.spec.re), before, after });
    }
  }
  reach = { patterns, siteSpan: regexSpan(ASSIGN_SITE), fileWide: [...fileWide] };
  reaches.set(detectors, reach);
  return reach;
}

/** How far findings reach from their value, each way, given the rules that can run on a text. */
export interface Reach {
  /** Characters a finding reads before its value's start. */
  readonly before: number;
  /** Characters a finding reads after its value's start (its value included). */
  readonly after: number;
  /** Characters a match reads: how far back a match that runs into a region may start. */
  readonly span: number;
  /** Context lines a keyword window may add on either side of its own line. */
  readonly contextLines: number;
}

/**
 * The reach of the patterns that can run on a text holding the keywords `present`, whose lines are at most
 * `longest` characters long. A pattern whose keywords the text lacks never runs, so a withdrawal verb's 8,000
 * characters do not widen the rescan of a file that never mentions a withdrawal.
 */
export function reachOf(detectors: readonly Detector[], present: readonly boolean[], longest: number): Reach {
  const { patterns, siteSpan } = planReach(detectors);
  let before = 0;
  let after = 0;
  let span = 0;
  let contextLines = 0;
  for (const r of patterns) {
    const { pp } = r;
    if (pp.keywordIds.length !== 0 && !pp.keywordIds.some((id) => present[id])) continue;
    if (pp.fileIds && !pp.fileIds.some((id) => present[id])) continue;
    contextLines = Math.max(contextLines, pp.linesBefore, pp.linesAfter);
    // An assignment pattern's match starts at its name, found by the site regex.
    const chars = spanChars(r.span, longest) + (pp.spec.afterAssign ? spanChars(siteSpan, longest) : 0);
    span = Math.max(span, chars);
    before = Math.max(before, chars, r.before);
    after = Math.max(after, chars + r.after);
  }
  return { before, after, span, contextLines };
}
