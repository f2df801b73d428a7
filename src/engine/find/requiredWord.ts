// The longest literal every match of a regex must contain, found from its source. The keyword search then finds its
// occurrences with the keywords, and a window without one is never given to the regex: most windows of most patterns
// hold their keyword but not the rest of the shape (`await withdraw…(`, `new …WithdrawRequest`).

/** Shorter literals (`(`, `0x`) occur in nearly every window: looking for them would cost more than it saves. */
const MIN_LENGTH = 3;

/**
 * The longest run of literal characters (ASCII, lowercased for the keyword table) that the text matched by `re`
 * always holds, or undefined when the source has none or uses a construct this reader does not follow. Conservative:
 * only top-level sequences and mandatory groups without alternatives are read; lookarounds and classes break a run.
 */
export function requiredWord(re: RegExp): string | undefined {
  // Under `iu`, `ſ` matches `s` and `K` (Kelvin) `k`, which the ASCII keyword search does not fold; `v` nests classes.
  if ((re.flags.includes('i') && re.flags.includes('u')) || re.flags.includes('v')) return undefined;
  const src = re.source;
  const words: string[] = [];
  let i = 0;
  /** Reads a quantifier at i: its minimum count, 1 without one, -1 when `{` is not a quantifier. */
  const quantifier = (): number => {
    const c = src[i];
    let min = 1;
    if (c === '?' || c === '*') { min = 0; i++; }
    else if (c === '+') i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
      if (!m) return -1;
      min = Number(m[1]);
      i += m[0].length;
    } else return 1;
    if (src[i] === '?') i++;
    return min;
  };
  /** Reads a sequence up to `)` or the end; false when it cannot be followed (then nothing is trusted). */
  const sequence = (required: boolean): boolean => {
    const start = words.length;
    let run = '';
    const end = (): void => {
      if (required && run.length >= MIN_LENGTH) words.push(run);
      run = '';
    };
    while (i < src.length && src[i] !== ')') {
      const c = src[i];
      if (c === '|') {
        // An alternative: nothing at this level is required; read the rest only to find the closing parenthesis.
        run = '';
        i++;
        if (!sequence(false)) return false;
        words.length = start;
        required = false;
        continue;
      }
      let literal: string | undefined;
      if (c === '(') {
        end();
        let inner = required;
        if (src.startsWith('(?:', i)) i += 3;
        else if (src.startsWith('(?=', i) || src.startsWith('(?!', i)) { inner = false; i += 3; }
        else if (src.startsWith('(?<=', i) || src.startsWith('(?<!', i)) { inner = false; i += 4; }
        else if (src.startsWith('(?<', i)) i = src.indexOf('>', i) + 1;
        else if (src[i + 1] === '?') return false;
        else i++;
        const before = words.length;
        if (!sequence(inner) || src[i] !== ')') return false;
        i++;
        const min = quantifier();
        if (min < 0) return false;
        if (min === 0) words.length = before;
        continue;
      }
      if (c === '[') {
        i++;
        if (src[i] === '^') i++;
        if (src[i] === ']') i++;
        while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
        if (i >= src.length) return false;
        i++;
      } else if (c === '\\') {
        const d = src[i + 1];
        if (d === undefined) return false;
        if (/[A-Za-z0-9]/.test(d)) {
          // Classes, assertions and control characters are one character; code escapes and back-references are not read.
          if (!'bBdDwWsSnrtvf'.includes(d)) return false;
        } else literal = d;
        i += 2;
      } else if (c === '.' || c === '^' || c === '$') {
        i++;
      } else if (c === '{' || c === '}' || c === ']' || c === '*' || c === '+' || c === '?') {
        return false;
      } else {
        literal = c;
        i++;
      }
      const at = i;
      const min = quantifier();
      if (min < 0) return false;
      if (literal === undefined || literal.charCodeAt(0) >= 0x80 || min === 0) {
        end();
        continue;
      }
      run += literal;
      // A repeated character: what follows is not adjacent to its first copy in every match.
      if (i !== at) end();
    }
    end();
    return true;
  };
  if (!sequence(true) || i !== src.length) return undefined;
  let best: string | undefined;
  for (const w of words) if (!best || w.length > best.length) best = w;
  // A periodic word (`aaaa`) has its overlapping occurrences thinned by the keyword search: not usable.
  return best && !periodic(best) ? best.toLowerCase() : undefined;
}

/** True when `w` repeats a period of at most half its length. */
function periodic(w: string): boolean {
  for (let p = 1; p * 2 <= w.length; p++) if (w.slice(p) === w.slice(0, w.length - p)) return true;
  return false;
}
