// Counts per character code in one shared table, reset after each use: no Map per value (entropy runs on
// every candidate, and those Maps were a tenth of the engine's garbage).
const counts = new Uint32Array(0x10000);
/** The distinct codes of the value being tallied, `seenCount` of them: a typed list, so no array regrows per value. */
let seen = new Uint16Array(256);
let seenCount = 0;

/** Tallies the characters of `value` into `counts`; `seen` lists each distinct code once. */
function tally(value: string): void {
  if (seen.length < value.length && seen.length < 0x10000) seen = new Uint16Array(Math.min(0x10000, value.length * 2));
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (counts[c]++ === 0) seen[seenCount++] = c;
  }
}

/** Clears what `tally` set. */
function reset(): void {
  for (let i = 0; i < seenCount; i++) counts[seen[i]] = 0;
  seenCount = 0;
}

/** Values up to this long take their entropy terms from a table (TERMS); longer ones compute them. */
const TERM_LENGTHS = 128;
/** Per value length, `p * log2(p)` for p = count / length, filled on first use: the same numbers, one log each. */
const TERMS: Array<Float64Array | undefined> = [];

/** The entropy terms of every count for values of length `n` (≤ TERM_LENGTHS). */
function termsFor(n: number): Float64Array {
  let t = TERMS[n];
  if (!t) {
    t = TERMS[n] = new Float64Array(n + 1);
    for (let c = 1; c <= n; c++) {
      const p = c / n;
      t[c] = p * Math.log2(p);
    }
  }
  return t;
}

/** Shannon entropy of a string in bits per character. */
export function shannonEntropy(value: string): number {
  const n = value.length;
  if (n === 0) return 0;
  tally(value);
  // Locals, and each count cleared as it is read (no second walk for reset): entropy runs on every candidate.
  const list = seen;
  const k = seenCount;
  seenCount = 0;
  let bits = 0;
  if (n <= TERM_LENGTHS) {
    // A log per distinct character per value was most of this: the terms repeat, so they come from a table.
    const terms = termsFor(n);
    for (let i = 0; i < k; i++) {
      const c = list[i];
      bits -= terms[counts[c]];
      counts[c] = 0;
    }
  } else {
    for (let i = 0; i < k; i++) {
      const c = list[i];
      const p = counts[c] / n;
      bits -= p * Math.log2(p);
      counts[c] = 0;
    }
  }
  return bits;
}

/** Number of distinct characters in a string. */
export function distinctCharacters(value: string): number {
  tally(value);
  const n = seenCount;
  reset();
  return n;
}

/** Number of character classes (lower, upper, digit, other) present in a string. */
export function characterClasses(value: string): number {
  let lower = 0, upper = 0, digit = 0, other = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}
