// Name assignments (`NAME = `, `"name": `, `name := `) and naming calls (`os.getenv("NAME", `, `.setApiKey(`,
// `--api-key `) are found once per file, so that the three dozen name-based patterns do not each run the
// whole regex over the text: each pattern tries only its value part, and only after the names it accepts.
import type { PatternSpec } from '../defineDetector';
import { NAMED_ASSIGN, NAMED_CALLS, siteForms } from '../detectors/fragments';
import { acceptsName } from '../judge/nameTest';

// Every value part starts with at least six non-space characters (prefix, quote, value), so an operator
// followed by fewer can neither match nor hide a match: it is not a site.
// The whole site shape (the reach of a site, the ReDoS check); the scan runs its forms one by one (FORM_SITES).
export const ASSIGN_SITE = new RegExp(`${siteForms(() => '(')}(?=\\S{6})`, 'g');
/**
 * ASSIGN_SITE's forms as one regex each, in its order, each with its value lookahead: at a given offset
 * ASSIGN_SITE matches as the first of them that matches there. Separate runs are ~1.5× faster than the
 * alternation, which V8 tries form after form at every offset that could start any of them. Plain groups,
 * not named: exec then allocates no groups object per site; group 1 holds the name.
 */
const FORM_SITES = [NAMED_ASSIGN, ...NAMED_CALLS].map((f) => new RegExp(`(?:${f.replace('(?<name>', '(')})(?=\\S{6})`, 'g'));
/** Number of site forms: the assignment, then each naming call (ASSIGN_SITE's group i + 1 holds form i's name). */
const FORMS = FORM_SITES.length;
/** Windows at least this long run the forms one by one; shorter ones the whole alternation (see findAssignSites). */
const SPLIT_FROM = 2048;
/** The candidates of a pattern that does not apply to the file: shared, never written. */
const NONE: number[] = [];
/** Distinct names remembered per pattern list; a workspace repeats the same few hundred. */
const NAME_CACHE_LIMIT = 20000;

/** The assignments of one text, in text order: operator offset, value offset, line (counted from the first window), name. */
export interface AssignSites {
  readonly op: number[];
  readonly value: number[];
  readonly line: number[];
  readonly name: string[];
}

/**
 * Finds every name assignment of a text (every offset where ASSIGN_SITE matches), within the given ascending
 * windows of whole lines (flat [start, end, …]: the lines holding a keyword of some assignment pattern), or everywhere.
 */
export function findAssignSites(text: string, windows: readonly number[] = [0, text.length]): AssignSites {
  const op: number[] = [];
  const value: number[] = [];
  const line: number[] = [];
  const name: string[] = [];
  // Lines are counted from the first window: the numbers are only compared with each other (same line or not).
  let lineNo = 0;
  let nextBreak = windows.length ? text.indexOf('\n', windows[0]) : -1;
  // The next match of each form at or after the last site (long windows).
  const heads: Array<RegExpExecArray | null> = FORM_SITES.map(() => null);
  for (let w = 0; w < windows.length; w += 2) {
    const ws = windows[w];
    const we = windows[w + 1];
    const slice = ws === 0 && we === text.length ? text : text.slice(ws, we);
    // Short windows (a few lines) run the whole alternation: seven runs each cost more than they save there.
    const split = we - ws >= SPLIT_FROM;
    if (split) {
      for (let f = 0; f < FORM_SITES.length; f++) {
        FORM_SITES[f].lastIndex = 0;
        heads[f] = FORM_SITES[f].exec(slice);
      }
    } else ASSIGN_SITE.lastIndex = 0;
    for (;;) {
      let m: RegExpExecArray | null;
      let g = 1;
      if (split) {
        // The earliest match, the first form's among those at one offset: what ASSIGN_SITE finds.
        let k = -1;
        for (let f = 0; f < heads.length; f++) {
          const h = heads[f];
          if (h && (k === -1 || h.index < heads[k]!.index)) k = f;
        }
        m = k === -1 ? null : heads[k];
      } else {
        m = ASSIGN_SITE.exec(slice);
        while (m && g < FORMS && m[g] === undefined) g++; // the last form's group needs no test
      }
      if (!m) break;
      const at = ws + m.index;
      while (nextBreak !== -1 && nextBreak < at) {
        lineNo++;
        nextBreak = text.indexOf('\n', nextBreak + 1);
      }
      op.push(at);
      value.push(at + m[0].length);
      line.push(lineNo);
      name.push(m[g] === 'default' ? defaultOwner(text, at) ?? m[g] : m[g]);
      // Sites may overlap (`.setdefault(` holds `setdefault(`): every start is a site, and the replay below
      // decides which match hides which, as one global run of the whole regex would.
      if (!split) {
        ASSIGN_SITE.lastIndex = m.index + 1;
        continue;
      }
      for (let f = 0; f < heads.length; f++) {
        const h = heads[f];
        if (h && h.index === m.index) {
          FORM_SITES[f].lastIndex = m.index + 1;
          heads[f] = FORM_SITES[f].exec(slice);
        }
      }
    }
  }
  return { op, value, line, name };
}

/**
 * The name a `default=` stands for, from its line: the option it is the default of
 * (`parser.add_argument("--api-key", default="…")`, `@click.option("--secret", default=…)`) or the field
 * (`secret_key: str = Field(default="…")`).
 */
function defaultOwner(text: string, at: number): string | undefined {
  const line = text.slice(Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 300), at);
  const field = /([A-Za-z_][A-Za-z0-9_]{0,60})[ \t]*(?::[^=\n]{1,60})?=[ \t]*Field\($/.exec(line.slice(0, line.lastIndexOf('(') + 1));
  if (field) return field[1];
  let flag: string | undefined;
  for (const f of line.matchAll(/["']--([A-Za-z][A-Za-z0-9_-]{1,40})["']/g)) flag = f[1];
  return flag;
}

/** The top-level alternatives of a regex source (`a|(b|c)|d` gives `a`, `(b|c)`, `d`). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Which assignment patterns of a detector list accept a name, cached per name. */
export class NameClassifier {
  private readonly index = new Map<PatternSpec, number>();
  private readonly cache = new Map<string, readonly number[]>();

  /**
   * Every selective name test in one regex per flag set: most names (`a12`, `i`, `data`) fail it in one run, and
   * then only the patterns that take any name (`.*`: a value with its own prefix, `bg_…`) can accept them.
   */
  private readonly anyName: RegExp[];
  private readonly takeAny: number[] = [];

  constructor(private readonly patterns: readonly PatternSpec[]) {
    patterns.forEach((p, i) => this.index.set(p, i));
    const byFlags = new Map<string, Set<string>>();
    patterns.forEach((p, i) => {
      if (!p.name) return;
      if (topLevelAlternatives(p.name.source).includes('.*')) {
        this.takeAny.push(i);
        return;
      }
      const flags = p.name.flags.replace(/[gy]/g, '');
      if (!byFlags.has(flags)) byFlags.set(flags, new Set());
      byFlags.get(flags)!.add(p.name.source);
    });
    this.anyName = [...byFlags].map(([flags, sources]) => new RegExp([...sources].map((src) => `(?:${src})`).join('|'), flags));
    // A `.*` alternative accepts every name; without a notName test (or a stateful flag) the answer is the same for all.
    if (this.takeAny.every((i) => !patterns[i].notName && !/[gy]/.test(patterns[i].name!.flags))) this.anyNameHits = this.takeAny.length ? this.takeAny : NONE;
  }

  /** What the patterns that take any name answer for every name the selective tests reject, when it is one list. */
  private readonly anyNameHits: readonly number[] | undefined;

  /** False when no selective name test accepts `name` (tried whole and by its last part, as acceptsName does). */
  private mayAccept(name: string): boolean {
    const dot = name.lastIndexOf('.');
    const last = dot > 0 && dot < name.length - 1 ? name.slice(dot + 1) : undefined;
    for (const re of this.anyName) if (re.test(name) || (last !== undefined && re.test(last))) return true;
    return false;
  }

  /** Position of an assignment pattern in this classifier's list. */
  indexOf(p: PatternSpec): number {
    const i = this.index.get(p);
    if (i === undefined) throw new Error('pattern is not an assignment pattern of this detector list');
    return i;
  }

  /** Indices of the patterns whose name test accepts `name` (and whose notName test does not reject it). */
  accepting(name: string): readonly number[] {
    let hit = this.cache.get(name);
    if (!hit) {
      if (this.mayAccept(name)) {
        const list: number[] = [];
        for (let i = 0; i < this.patterns.length; i++) {
          const p = this.patterns[i];
          if (p.name && acceptsName(p, name)) list.push(i);
        }
        hit = list.length ? list : NONE;
      } else if (this.anyNameHits) {
        // Only the patterns that take any name can accept it, and they accept every name alike. Remembered while
        // there is room, never at the cost of a clear: a minified bundle's 100,000 new names would churn the cache.
        if (this.cache.size < NAME_CACHE_LIMIT) this.cache.set(name, this.anyNameHits);
        return this.anyNameHits;
      } else {
        const list: number[] = [];
        for (const i of this.takeAny) if (acceptsName(this.patterns[i], name)) list.push(i);
        hit = list.length ? list : NONE;
      }
      if (this.cache.size >= NAME_CACHE_LIMIT) this.cache.clear();
      this.cache.set(name, hit);
    }
    return hit;
  }

  /** For each pattern that applies to the file (`active`), the ascending indices of the sites whose name it accepts. */
  candidates(sites: AssignSites, active: readonly boolean[]): ReadonlyArray<readonly number[]> {
    const names = sites.name;
    // Runs of sites the same applying patterns accept (first site, list): a file of `api_secret = "…"` lines is one, a
    // bundle's names none accepts another. `api_secret` is accepted by 32 exchanges' patterns; a file's words leave a few.
    const runAt: number[] = [];
    const runList: Array<readonly number[]> = [];
    let lastName: string | undefined;
    let lastAll: readonly number[] | undefined;
    let list: readonly number[] | undefined;
    // Indexed loops: a for-of over a file's thousands of sites made an iterator result per step until it was optimized.
    for (let s = 0; s < names.length; s++) {
      if (names[s] === lastName) continue;
      const all = this.accepting((lastName = names[s]));
      if (all === lastAll) continue;
      lastAll = all;
      // Compared in place: a bundle's names each get their own list from the classifier.
      if (list !== undefined && sameApplying(all, active, list)) continue;
      list = all.filter((a) => active[a]);
      runAt.push(s);
      runList.push(list);
    }
    runAt.push(names.length);
    // Made at their size (pushing regrew them); most patterns keep the shared empty list.
    const counts = new Uint32Array(this.patterns.length);
    for (let r = 0; r < runList.length; r++) for (const a of runList[r]) counts[a] += runAt[r + 1] - runAt[r];
    const out: number[][] = new Array<number[]>(this.patterns.length).fill(NONE);
    const filled = new Uint32Array(this.patterns.length);
    for (let a = 0; a < counts.length; a++) if (counts[a] !== 0) out[a] = new Array<number>(counts[a]);
    for (let r = 0; r < runList.length; r++) {
      for (const a of runList[r]) {
        const to = out[a];
        for (let s = runAt[r]; s < runAt[r + 1]; s++) to[filled[a]++] = s;
      }
    }
    return out;
  }
}

/** True when the patterns of `all` that apply (`active`) are `list`, in order. */
function sameApplying(all: readonly number[], active: readonly boolean[], list: readonly number[]): boolean {
  let k = 0;
  for (let i = 0; i < all.length; i++) {
    if (!active[all[i]]) continue;
    if (k === list.length || list[k] !== all[i]) return false;
    k++;
  }
  return k === list.length;
}

/**
 * Matches of a sticky value regex after the candidate sites, exactly as one global run of the whole
 * assignment regex finds them: a match hides the assignments inside it, so the other sites on a candidate's
 * line are tried too, in order (a value never spans lines, so other lines cannot hide it).
 */
export function matchAfterSites(
  text: string, sites: AssignSites, candidates: readonly number[], value: RegExp,
): Array<{ m: RegExpExecArray; site: number }> {
  const out: Array<{ m: RegExpExecArray; site: number }> = [];
  eachMatchAfterSites(text, sites, candidates, value, (m, site) => out.push({ m, site }));
  return out;
}

/**
 * matchAfterSites, handing each match to `visit` as it is found: a file of thousands of assignments then
 * keeps no match objects (with their indices) alive until the last one, which made every young-generation
 * collection copy them all.
 */
export function eachMatchAfterSites(
  text: string, sites: AssignSites, candidates: readonly number[], value: RegExp, visit: (m: RegExpExecArray, site: number) => void,
): void {
  let lastEnd = 0;
  let j = 0;
  for (let q = 0; q < candidates.length; q++) {
    const c = candidates[q];
    while (j < c && sites.line[j] !== sites.line[c]) j++;
    for (; j < c; j++) {
      if (sites.op[j] < lastEnd) continue;
      value.lastIndex = sites.value[j];
      if (value.exec(text)) lastEnd = value.lastIndex;
    }
    j = c + 1;
    if (sites.op[c] < lastEnd) continue;
    value.lastIndex = sites.value[c];
    const m = value.exec(text);
    if (m) {
      lastEnd = value.lastIndex;
      visit(m, c);
    }
  }
}
