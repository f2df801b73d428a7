// The span of a value regex's `v` group without the `d` flag: a match with indices cost ~10× one without, and
// a file of thousands of assignments paid that per value. When `v` is a top-level step of the pattern (not in an
// alternative, a group or under a quantifier), what precedes it is wrapped in a group of its own: `v` starts
// where that group's text ends. Other shapes keep the `d` regex.

/** A value regex without indices, and how to read a match's span from it. */
export interface SpanRegex {
  readonly re: RegExp;
  /** [start, end) of `v`, or of the whole match when `v` took no part. */
  span(m: RegExpExecArray): [number, number];
  /** span's start and end, read without a pair per match (every assigned value is read so). */
  start(m: RegExpExecArray): number;
  end(m: RegExpExecArray): number;
}

const PREFIX = 'kgValuePrefix';
const cache = new WeakMap<RegExp, SpanRegex | null>();

/** The index-free version of a sticky `d` value regex, or undefined when its shape needs the indices. */
export function spanRegexOf(value: RegExp): SpanRegex | undefined {
  let s = cache.get(value);
  if (s === undefined) cache.set(value, (s = build(value)));
  return s ?? undefined;
}

function build(value: RegExp): SpanRegex | null {
  const src = value.source;
  // Numbered back-references would shift with the new group; `v`-mode classes nest.
  if (/\\[1-9]/.test(src) || value.flags.includes('v') || src.includes(`<${PREFIX}>`)) return null;
  const at = topLevelV(src);
  if (at === -1) return null;
  // Without other named groups (every value regex so far), numbered groups: exec then makes no groups object per match.
  if ((src.match(NAMED_GROUP) ?? []).length === 1 && !src.includes('\\k<')) {
    const vGroup = capturingGroups(src.slice(0, at)) + 2;
    const re = new RegExp(`(${src.slice(0, at)})(${src.slice(at + '(?<v>'.length)}`, value.flags.replace('d', ''));
    const start = (m: RegExpExecArray): number => m[vGroup] === undefined ? m.index : m.index + m[1].length;
    const end = (m: RegExpExecArray): number => m[vGroup] === undefined ? m.index + m[0].length : m.index + m[1].length + m[vGroup].length;
    return { re, span: (m) => [start(m), end(m)], start, end };
  }
  const re = new RegExp(`(?<${PREFIX}>${src.slice(0, at)})${src.slice(at)}`, value.flags.replace('d', ''));
  const start = (m: RegExpExecArray): number => m.groups!.v === undefined ? m.index : m.index + m.groups![PREFIX].length;
  const end = (m: RegExpExecArray): number => {
    const v = m.groups!.v;
    return v === undefined ? m.index + m[0].length : m.index + m.groups![PREFIX].length + v.length;
  };
  return { re, span: (m) => [start(m), end(m)], start, end };
}

/** A named group's opening (not a look-behind's `(?<=` or `(?<!`). */
const NAMED_GROUP = /\(\?<(?![=!])/g;

/** Number of capturing groups a regex source opens: `(` not escaped, outside classes, not `(?`. */
function capturingGroups(src: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && src[i + 1] !== '?') n++;
  }
  return n;
}

/**
 * Offset of `(?<v>` when it opens a top-level group of a pattern without top-level alternatives and no
 * quantifier follows the group; -1 otherwise.
 */
function topLevelV(src: string): number {
  let depth = 0;
  let inClass = false;
  let vAt = -1;
  let vDepthEnd = -1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { inClass = c !== ']'; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') {
      if (depth === 0 && src.startsWith('(?<v>', i)) {
        if (vAt !== -1) return -1;
        vAt = i;
      }
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0 && vAt !== -1 && vDepthEnd === -1) {
        vDepthEnd = i;
        if (/^[?*+{]/.test(src.slice(i + 1, i + 2))) return -1;
      }
    } else if (c === '|' && depth === 0) return -1;
  }
  return vDepthEnd === -1 ? -1 : vAt;
}
