// Name assignments (`NAME = `, `"name": `, `name := `) and naming calls (`os.getenv("NAME", `, `.setApiKey(`,
// `--api-key `) are found once per file, so that the three dozen name-based patterns do not each run the
// whole regex over the text: each pattern tries only its value part, and only after the names it accepts.
import { NAMED_ASSIGN, NAMED_CALLS, siteForms } from '../detectors/fragments';
import { linesAbove } from '../text/linesAbove';

// Every value part starts with at least six non-space characters (prefix, quote, value), so an operator
// followed by fewer can neither match nor hide a match: it is not a site.
// The whole site shape (the reach of a site, the ReDoS check); the scan runs its forms one by one (FORM_SITES).
export const ASSIGN_SITE = new RegExp(`${siteForms(() => '(')}(?=\\S{6})`, 'g');
/**
 * Every character a site can start with: the assignment's operators (`:`, `=`, `<`), the first letters of the naming
 * calls (`setenv(`, `putenv(`, `Setenv(`, `getenv(`, `Getenv(`, `fetch(`, `env(`, `define(`, `process.env.`,
 * `os.environ`, `ENV[`, `$_ENV[`), a setter's `.`, a flag's or parameter's `-`, a macro's `#` or `%`.
 */
const SITE_STARTS = '[:=<sSpgGfedoE$.#%-]';
/**
 * ASSIGN_SITE behind a look-ahead of its start characters: the same matches, but V8 then tries the seven forms only
 * where one can start, not at every offset of a window (the site search is a tenth of a scan).
 */
const SITE_SCAN = new RegExp(`(?=${SITE_STARTS})${ASSIGN_SITE.source}`, 'g');
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
    } else SITE_SCAN.lastIndex = 0;
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
        m = SITE_SCAN.exec(slice);
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
        SITE_SCAN.lastIndex = m.index + 1;
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
  const line = linesAbove(text, at, 1, 300);
  const field = /([A-Za-z_][A-Za-z0-9_]{0,60})[ \t]*(?::[^=\n]{1,60})?=[ \t]*Field\($/.exec(line.slice(0, line.lastIndexOf('(') + 1));
  if (field) return field[1];
  let flag: string | undefined;
  for (const f of line.matchAll(/["']--([A-Za-z][A-Za-z0-9_-]{1,40})["']/g)) flag = f[1];
  return flag;
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
