// Which name-assignment patterns accept a site's name (find/assignSites.ts finds the sites): one combined test
// rejects most names at once, and each accepted name's list of patterns is cached for the rest of the workspace.
import type { PatternSpec } from '../defineDetector';
import { acceptsName } from '../judge/nameTest';
import type { AssignSites } from './assignSites';

/** The candidates of a pattern that does not apply to the file: shared, never written. */
const NONE: number[] = [];
/** Distinct names remembered per pattern list; a workspace repeats the same few hundred. */
const NAME_CACHE_LIMIT = 20000;

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
