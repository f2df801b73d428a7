// The lines above an offset, and the last assignment to a name in them. Every judge that looks a few lines up asks
// here, bounded in characters too: on a minified 1 MB line, walking back to the line's start per match made a scan
// quadratic in the line's length.

/**
 * Start of the last `lines` lines up to `at` (`at`'s own line counts), never more than `maxChars` back: a line's
 * start, or the bound (mid-line).
 */
export function linesAboveStart(text: string, at: number, lines: number, maxChars: number): number {
  const floor = Math.max(0, at - maxChars);
  // Searched in the window only: lastIndexOf on the whole text walks a minified line back to its start.
  const win = text.slice(floor, Math.max(floor, at));
  let from = win.length;
  for (let i = 0; i < lines && from > 0; i++) from = win.lastIndexOf('\n', from - 1);
  // Never past `at` (an empty window at offset 0).
  return Math.min(at, floor + from + 1);
}

/** Start of `at`'s line, at most 2,000 characters back (a judge reading its own line; see linesAboveStart). */
export function lineStartWithin(text: string, at: number): number {
  return linesAboveStart(text, at, 1, 2000);
}

/** End of `at`'s line (its newline or the text's end), at most `maxChars` ahead: a judge reading the rest of its line. */
export function lineEndWithin(text: string, at: number, maxChars = 2000): number {
  const stop = Math.min(text.length, at + maxChars);
  // Searched in the window only: indexOf on the whole text walks a minified line to its end per match.
  const nl = text.slice(at, stop).indexOf('\n');
  return nl === -1 ? stop : at + nl;
}

/** The text of up to `lines` lines before `at` (see linesAboveStart). */
export function linesAbove(text: string, at: number, lines: number, maxChars: number): string {
  return text.slice(linesAboveStart(text, at, lines, maxChars), at);
}

/** The matches of a global regex in the `lines` lines above `at` (200 characters a line at most), each with its offset in `text`. */
export function matchesAbove(text: string, at: number, lines: number, re: RegExp): Array<{ m: RegExpMatchArray; at: number }> {
  const above = linesAbove(text, at, lines, lines * 200);
  const base = at - above.length;
  return [...above.matchAll(re)].map((m) => ({ m, at: base + (m.index ?? 0) }));
}

const ASSIGN_CACHE = new Map<string, RegExp>();

/**
 * Where the last assignment to `name` in `back` starts and where its right-hand side starts: `name =`, `name: T =`,
 * Go's `name :=`, and when `prefixed` also `self.name =` / `this.name =`; never `==`, `=>`, a field (`x.name =`), a longer name
 * or a keyword argument passing the name on (`name=name,`, `name = name)` on its own line).
 */
export function lastAssignment(back: string, name: string, prefixed = false): { at: number; rhs: number } | undefined {
  const re = assignmentRegex(name, prefixed);
  let found: { at: number; rhs: number } | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(back); m; m = re.exec(back)) {
    const rhs = m.index + m[0].length;
    // A keyword argument handing the name on (`sign(request_path=request_path)`) assigns nothing.
    const lead = /^[ \t]*/.exec(back.slice(rhs, rhs + 40))![0].length;
    if (back.startsWith(name, rhs + lead) && /^\s*[,)]/.test(back.slice(rhs + lead + name.length, rhs + lead + name.length + 40))) continue;
    found = { at: m.index, rhs };
  }
  return found;
}

/** Where the first assignment to `name` in `back` starts (see lastAssignment), or -1. */
export function firstAssignment(back: string, name: string): number {
  const re = assignmentRegex(name, false);
  re.lastIndex = 0;
  return re.exec(back)?.index ?? -1;
}

/** The global regex of an assignment to `name`, compiled once per name. */
function assignmentRegex(name: string, prefixed: boolean): RegExp {
  const key = `${prefixed ? 1 : 0}${name}`;
  let re = ASSIGN_CACHE.get(key);
  if (!re) {
    if (ASSIGN_CACHE.size > 500) ASSIGN_CACHE.clear();
    const prefix = prefixed ? String.raw`(?:self\.|this\.)?` : '';
    re = new RegExp(String.raw`(?<![A-Za-z0-9_$.])${prefix}${name.replace(/\$/g, '\\$')}[ \t]*(?::[^=\n]{0,40})?=(?![=>])`, 'g');
    ASSIGN_CACHE.set(key, re);
  }
  return re;
}
