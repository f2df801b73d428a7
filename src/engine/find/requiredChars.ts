// The punctuation a regex cannot match without: read from its source, for the window skip of find/needs.ts. A window
// of a keyword line that holds none of them (a comment that names a withdrawal, with no parenthesis or quote) cannot
// hold a match, lookarounds included: the regex runs on the window's slice and reads nothing outside it.

/** Characters worth a search: rare in code lines, so that windows without them are common. Letters, digits and spaces never are. */
const USEFUL = new Set('()[]{}"\'`=:;,.<>/\\|&!?@#$%^*+~-\n');
/** Sets larger than this cost more to look for than they skip. */
const MAX_SET = 3;
/** Sets checked per window: each further one skips fewer windows than it costs. */
const MAX_SETS = 3;
/** How common a character is in code, most common first: of two requirements the scan checks the rarer. */
const COMMON = '.(),"=_:\'-/;[]{}<>$*#+|@!%&?\\`~^\n';

/** A parse position in a regex source. */
interface Cursor {
  readonly src: string;
  i: number;
}

/**
 * Sets of characters of which every match of `re` reads at least one each (in its own text, lookarounds included),
 * rarest first: each set at most three characters, none a letter, digit or space. Undefined when no such set is
 * certain, or the source has a construct this reader does not know (it then never guesses).
 */
export function requiredChars(re: RegExp): string[][] | undefined {
  if (re.unicode || re.flags.includes('v')) return undefined;
  const c: Cursor = { src: re.source, i: 0 };
  try {
    // A plain sequence gives every set of its atoms; a top-level alternation one set, its union (read again).
    let sets: Array<Set<string>> = [];
    sequence(c, sets);
    if (c.src[c.i] === '|') {
      c.i = 0;
      const req = alternation(c);
      sets = req ? [req] : [];
    }
    if (c.i !== c.src.length) return undefined;
    const unique = [...new Map(sets.map((s) => [[...s].sort().join(''), s])).values()].sort((a, b) => (rarer(a, b) ? -1 : rarer(b, a) ? 1 : 0));
    return unique.length ? unique.slice(0, MAX_SETS).map((s) => [...s]) : undefined;
  } catch {
    return undefined;
  }
}

/** `a|b|…`: a match reads one of the union (each branch needs one of its own), none if a branch needs none. */
function alternation(c: Cursor): Set<string> | undefined {
  let req = sequence(c);
  let none = req === undefined;
  while (c.src[c.i] === '|') {
    c.i++;
    const next = sequence(c);
    if (next === undefined) none = true;
    else if (req) for (const ch of next) req.add(ch);
  }
  return none || !req || req.size > MAX_SET ? undefined : req;
}

/**
 * A run of quantified atoms: every atom that must match once gives a requirement; the rarest is returned, and each is
 * added to `all` (at the top level, where every one holds).
 */
function sequence(c: Cursor, all?: Array<Set<string>>): Set<string> | undefined {
  let best: Set<string> | undefined;
  while (c.i < c.src.length && c.src[c.i] !== '|' && c.src[c.i] !== ')') {
    const req = atom(c);
    const min = quantifierMin(c);
    if (!req || min === 0) continue;
    all?.push(req);
    if (!best || rarer(req, best)) best = req;
  }
  return best;
}

/** True when `a` is expected in fewer windows than `b`: fewer characters, then rarer ones. */
function rarer(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return a.size < b.size;
  const score = (s: Set<string>): number => Math.min(...[...s].map((ch) => COMMON.indexOf(ch)));
  return score(a) > score(b);
}

/** Reads a quantifier, if any, and returns its least count (1 without one). */
function quantifierMin(c: Cursor): number {
  const ch = c.src[c.i];
  let min = 1;
  if (ch === '*' || ch === '?') min = 0;
  else if (ch === '+') min = 1;
  else if (ch === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(c.src.slice(c.i));
    if (!m) return 1;
    c.i += m[0].length - 1;
    min = Number(m[1]);
  } else return 1;
  c.i++;
  if (c.src[c.i] === '?') c.i++;
  return min;
}

/** One atom: a group, a class, an escape or a character; its requirement (undefined: none). */
function atom(c: Cursor): Set<string> | undefined {
  const ch = c.src[c.i];
  if (ch === '(') return group(c);
  if (ch === '[') return charClass(c);
  if (ch === '\\') return escape(c);
  c.i++;
  if (ch === '.' || ch === '^' || ch === '$') return undefined;
  if (ch === '*' || ch === '+' || ch === '?') throw new Error('quantifier without atom');
  return single(ch);
}

/** A group: plain, named and positive lookarounds pass their requirement on; negative ones require nothing. */
function group(c: Cursor): Set<string> | undefined {
  const rest = c.src.slice(c.i);
  const open = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(rest)![0];
  if (rest.startsWith('(?') && open === '(') throw new Error('unknown group');
  c.i += open.length;
  const req = alternation(c);
  if (c.src[c.i] !== ')') throw new Error('unclosed group');
  c.i++;
  return open === '(?!' || open === '(?<!' ? undefined : req;
}

/** A character class: its characters when it is positive and lists only useful ones (no range, no class escape). */
function charClass(c: Cursor): Set<string> | undefined {
  c.i++;
  const negated = c.src[c.i] === '^';
  if (negated) c.i++;
  const chars = new Set<string>();
  let plain = true;
  // `[]` is an empty class in JavaScript, not one that starts with `]`.
  while (c.i < c.src.length && c.src[c.i] !== ']') {
    let ch = c.src[c.i++];
    if (ch === '\\') {
      const e = c.src[c.i++];
      const known = ESCAPED[e];
      if (known !== undefined) ch = known;
      else if (/[A-Za-z0-9]/.test(e)) {
        plain = false;
        continue;
      } else ch = e;
    }
    if (c.src[c.i] === '-' && c.src[c.i + 1] !== ']') plain = false;
    chars.add(ch);
  }
  if (c.src[c.i] !== ']') throw new Error('unclosed class');
  c.i++;
  if (negated || !plain || chars.size === 0 || chars.size > MAX_SET || [...chars].some((ch) => !USEFUL.has(ch))) return undefined;
  return chars;
}

/** Escapes that stand for one character. */
const ESCAPED: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

/** An escape outside a class: a literal character, or nothing certain (`\b`, `\d`, `\k<…>`, `\1`). */
function escape(c: Cursor): Set<string> | undefined {
  const e = c.src[c.i + 1];
  if (e === undefined) throw new Error('trailing backslash');
  c.i += 2;
  if (e === 'k' && c.src[c.i] === '<') {
    const end = c.src.indexOf('>', c.i);
    if (end === -1) throw new Error('bad reference');
    c.i = end + 1;
    return undefined;
  }
  if (e === 'x' || e === 'u' || e === 'c') throw new Error('escape not read');
  if (ESCAPED[e] !== undefined) return single(ESCAPED[e]);
  if (/[A-Za-z0-9]/.test(e)) return undefined;
  return single(e);
}

/** The requirement of one literal character: itself, when it is useful. */
function single(ch: string): Set<string> | undefined {
  return USEFUL.has(ch) ? new Set([ch]) : undefined;
}
