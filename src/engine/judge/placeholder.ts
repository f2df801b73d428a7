// Placeholders, templates and typed-by-hand values (`your_api_key`, `${API_KEY}`, `keykeykey`, `abcd1234…`): not secrets.
import { distinctCharacters } from '../text/entropy';

// Fragments seen in placeholders across real bot repositories (see real-bot-conventions.md). Long ones
// count anywhere in the value; short ones only as a whole word of it (`your_api_key`, `yourApiKey`, `key-here`),
// because passphrases are words too: "Awesome!Bot" holds "some", "Backtest2024" holds "test".
const PLACEHOLDER_WORDS = [
  'your', 'xxxx', 'yyyy', 'zzzz', 'example', 'insert', 'placeholder', 'replace', 'changeme', 'change_me',
  'dummy', 'redacted', 'sample', 'apikey', 'api_key', 'api-key',
  'secret', 'password', 'passphrase', 'keykey', 'abcdef', '123456', 'lorem', 'foobar',
  'paste', 'notreal', 'not_real', 'invalid',
];
/** Any of the words in a value, as one regex (one pass instead of a search per word); the 5+ letter ones. */
const ANY_PLACEHOLDER_WORD = wordAlternation(PLACEHOLDER_WORDS);
const LONG_PLACEHOLDER_WORD = wordAlternation(PLACEHOLDER_WORDS.filter((w) => w.length >= 5));
const PLACEHOLDER_SEGMENTS = new Set(['fake', 'mock', 'stub', 'here', 'todo', 'fixme', 'test', 'some', 'enter', 'put', 'xxx']);
const SEGMENT_MIN = Math.min(...[...PLACEHOLDER_SEGMENTS].map((w) => w.length));
const SEGMENT_MAX = Math.max(...[...PLACEHOLDER_SEGMENTS].map((w) => w.length));
/** The segments as numbers (segmentKey): a word of a value is looked up without a slice of it. */
const SEGMENT_KEYS = new Set([...PLACEHOLDER_SEGMENTS].map((w) => segmentKey(w, 0, w.length)));
const TYPED_RUN = /0123456789|abcdefgh|qwerty/;
// Template syntax, not mere symbols: `${VAR}`, `$VAR`, `%VAR%`, `{{ x }}`, `{api_key}`, `<api-key>`, `%s`,
// `***`, `…`. A real passphrase may well hold `$`, `%`, `*`, `<` or `{` on their own.
const TEMPLATE = /\$\{|\$\(|^\$[A-Za-z_]|^%[A-Za-z_][A-Za-z0-9_]*%$|\{\{|\{[A-Za-z_][A-Za-z0-9_.-]*\}|<[A-Za-z_][A-Za-z0-9 _.-]*>|%\(?[A-Za-z_]*\)?[sd](?![A-Za-z0-9])|\*\*|…|\.\.\.|^-?1$/;

/** A regex that finds any of the literal words. */
function wordAlternation(words: readonly string[], flags = ''): RegExp {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'), flags);
}

/** ASCII codes with A–Z lowered: a table, not a test (random mixed-case keys made that branch a coin toss). */
const LOWER = Uint8Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c));

/** The code at `i` with A–Z lowered: of an ASCII string, its lowercase's; of a lowercased string, its own. */
function lowerAt(v: string, i: number): number {
  const c = v.charCodeAt(i);
  return c < 128 ? LOWER[c] : c;
}

/** True when the whole value repeats a unit of at most 8 characters (`keykeykey`, `abababab`), letter case aside. */
function isPeriodic(value: string): boolean {
  for (let p = 1; p <= 8 && p * 2 <= value.length; p++) {
    let periodic = true;
    for (let i = p; i < value.length; i++) {
      if (lowerAt(value, i) !== lowerAt(value, i - p)) { periodic = false; break; }
    }
    if (periodic) return true;
  }
  return false;
}

/** Words of a value: split at non-letters and at lower-to-upper case changes (`yourApiKey` → your, api, key). */
function words(value: string): string[] {
  return value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/);
}

/**
 * A run of lower-case ASCII letters (at most 6) as a number, five bits a letter: two runs have the same key exactly
 * when they are the same word (letters are 1–26, and a longer run's key exceeds every shorter one's).
 */
function segmentKey(v: string, from: number, to: number): number {
  let key = 0;
  for (let j = to - 1; j >= from; j--) key = key * 32 + (v.charCodeAt(j) - 96);
  return key;
}

/** A character outside ASCII (a regex: twice as fast as a loop over the codes). */
const NON_ASCII = /[^\x00-\x7f]/;

/** True for a string of ASCII characters only: their lowercase has the same length and offsets. */
function isAscii(value: string): boolean {
  return !NON_ASCII.test(value);
}

/**
 * True when a word of the value (as `words` splits it) is a placeholder segment. ASCII values are split in
 * place (`v` is their lowercase), without the copies `words` makes: every value of a candidate passes here.
 */
function hasPlaceholderSegment(value: string, v: string): boolean {
  if (!isAscii(value)) return words(value).some((w) => PLACEHOLDER_SEGMENTS.has(w));
  let from = -1;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 0;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    // A word ends at a non-letter, and between a lower-case letter and an upper-case one.
    const boundary = !letter || (c <= 90 && i > 0 && value.charCodeAt(i - 1) >= 97 && value.charCodeAt(i - 1) <= 122);
    if (boundary && from !== -1) {
      const n = i - from;
      // The word is letters of an ASCII value, so `v` holds it as a–z: its key stands for it.
      if (n >= SEGMENT_MIN && n <= SEGMENT_MAX && SEGMENT_KEYS.has(segmentKey(v, from, i))) return true;
      from = -1;
    }
    if (letter && from === -1) from = i;
  }
  return false;
}

/**
 * The literal words any check of isPlaceholder looks for in a short (≤ 40) or long value, as one regex each (see
 * isPlaceholder), ignoring case: of an ASCII value, as they are found in its lowercase.
 */
const TYPED_WORDS = ['0123456789', 'abcdefgh', 'qwerty', 'xxxxxxxx'];
const LITERAL_WORDS = [...PLACEHOLDER_WORDS, ...PLACEHOLDER_SEGMENTS, ...TYPED_WORDS];
const SHORT_LITERALS = wordAlternation(LITERAL_WORDS, 'i');
const LONG_LITERALS = wordAlternation([...PLACEHOLDER_WORDS.filter((w) => w.length >= 5), ...TYPED_WORDS], 'i');

/** ASCII letters (either case) as 1–26 and digits as 27–36; 0 for every other code. */
const ALNUM_INDEX = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 97 && c <= 122 ? c - 96 : c >= 65 && c <= 90 ? c - 64 : c >= 48 && c <= 57 ? c - 21 : 0);

/** The index of three codes in FIRST_TRIGRAMS. */
function trigram(a: number, b: number, c: number): number {
  return (a * 37 + b) * 37 + c;
}

/** The first three characters of every literal word (letter case aside); undefined when one does not start with three. */
const FIRST_TRIGRAMS = ((): Uint8Array | undefined => {
  const table = new Uint8Array(37 * 37 * 37);
  for (const w of LITERAL_WORDS) {
    const [a, b, c] = [0, 1, 2].map((i) => (w.charCodeAt(i) < 128 ? ALNUM_INDEX[w.charCodeAt(i)] : 0));
    if (!a || !b || !c) return undefined;
    table[trigram(a, b, c)] = 1;
  }
  return table;
})();

/**
 * False when no literal word can occur in the value, letter case aside: it holds none of their first three characters.
 * A walk with a table look-up per character, where the regex of ~45 words cost three times as much; few random keys
 * hold one (the regex then decides).
 */
function mayHoldLiteral(v: string): boolean {
  if (!FIRST_TRIGRAMS) return true;
  let a = 0;
  let b = 0;
  for (let i = 0; i < v.length; i++) {
    const code = v.charCodeAt(i);
    const c = code < 128 ? ALNUM_INDEX[code] : 0;
    if (c !== 0 && b !== 0 && a !== 0 && FIRST_TRIGRAMS[trigram(a, b, c)] !== 0) return true;
    a = b;
    b = c;
  }
  return false;
}

/**
 * True when fewer than `n` distinct characters make the value, letter case aside (`v` is ASCII or lowercased); stops
 * at the n-th (random keys reach six in a few characters).
 */
function fewerDistinctThan(v: string, n: number): boolean {
  // One bit per ASCII code, in four words; other characters take the counting table.
  let m0 = 0, m1 = 0, m2 = 0, m3 = 0, seen = 0;
  for (let i = 0; i < v.length; i++) {
    const c = lowerAt(v, i);
    if (c > 127) return distinctCharacters(v) < n;
    const bit = 1 << (c & 31);
    const w = c >> 5;
    const had = w === 0 ? m0 & bit : w === 1 ? m1 & bit : w === 2 ? m2 & bit : m3 & bit;
    if (had !== 0) continue;
    if (w === 0) m0 |= bit; else if (w === 1) m1 |= bit; else if (w === 2) m2 |= bit; else m3 |= bit;
    if (++seen >= n) return false;
  }
  return true;
}

/**
 * True when the value was typed by hand, in one pass (three separate walks were a fifth of a file of assignments):
 * seven letters in alphabet order (`…klmnopqrstuvwx…`, once in 10^12 by chance); ten of one character in a row
 * (`.` of a regex: not a line break) after the leading a's; or most of it in counting runs of four or more
 * (`abcd1234-efgh-5678-ijkl-9012mnop3456`: letters in alphabet order, digits counting up, 9 wrapping to 0), at
 * least three of them (a random value has one such run once in ~1,000 and three almost never).
 */
function typedRuns(v: string): boolean {
  const n = v.length;
  if (!hasSteps(v)) return false;
  // hasRunOfTen's run starts after the leading a's.
  let lead = 0;
  while (lead < n && lowerAt(v, lead) === 97) lead++;
  let same = lead < n && !isLineBreak(v.charCodeAt(lead)) ? 1 : 0;
  let ascending = 1;
  let counting = 1;
  let covered = 0;
  let runs = 0;
  let p = lowerAt(v, 0);
  for (let i = 1; i < n; i++) {
    const c = lowerAt(v, i);
    let next: boolean;
    if (c === p + 1) {
      ascending = c >= 97 && c <= 122 ? ascending + 1 : 1;
      if (ascending >= 7) return true;
      next = (p >= 97 && c <= 122) || (p >= 48 && c <= 57);
    } else {
      ascending = 1;
      next = p === 57 && c === 48;
    }
    if (next) counting++;
    else {
      if (counting >= 4) { covered += counting; runs++; }
      counting = 1;
    }
    if (i > lead) {
      same = isLineBreak(c) ? 0 : same !== 0 && c === p ? same + 1 : 1;
      if (same >= 10) return true;
    }
    p = c;
  }
  if (counting >= 4) { covered += counting; runs++; }
  if (runs < 3) return false;
  let alnum = 0;
  for (let i = 0; i < n; i++) {
    const c = lowerAt(v, i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) alnum++;
  }
  return covered * 10 >= alnum * 6;
}

/**
 * False when no three steps in a row go up by one, repeat a character or wrap 9 to 0 (letter case aside): each of
 * typedRuns' shapes needs such a streak (a run of seven letters, ten of one character, a counting run of four), and
 * a random key has none, so most values are told by this lighter walk.
 */
function hasSteps(v: string): boolean {
  let streak = 0;
  let p = lowerAt(v, 0);
  for (let i = 1; i < v.length; i++) {
    const c = lowerAt(v, i);
    if (c === p + 1 || c === p || (p === 57 && c === 48)) {
      if (++streak === 3) return true;
    } else streak = 0;
    p = c;
  }
  return false;
}

/** A line break to `.` of a regex. */
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** True when the value is a placeholder, a template or a pattern rather than a secret. */
export function isPlaceholder(value: string): boolean {
  if (value.length === 0 || TEMPLATE.test(value)) return true;
  // The checks up to the literal words read an ASCII value case-folded in place: its lowercase was a third of
  // this function's time, and only a value holding one of the words needs it.
  const folded = isAscii(value) ? value : value.toLowerCase();
  if (isPeriodic(folded)) return true;
  if (folded.length >= 8 && fewerDistinctThan(folded, 6)) return true;
  // Typed, not drawn. Ten of one character inside a key is padding (`sk-proj-AAAAAAAAAA…`); a leading run of A's
  // is the shape of Twitter's real bearer tokens, so it does not count.
  if (typedRuns(folded)) return true;
  const short = folded.length <= 40;
  // Every check below needs one of its literal words in `v` (a placeholder segment is a substring of the lowercase
  // value too): a random key holds none, and one regex run tells.
  if (!mayHoldLiteral(folded) || !(short ? SHORT_LITERALS : LONG_LITERALS).test(folded)) return false;
  const v = value.toLowerCase();
  // Eight x's in a row (`github_pat_xxxxxxxx…`; Twitter's real bearer tokens do start with a run of A's).
  if (TYPED_RUN.test(v) || v.includes('xxxxxxxx')) return true;
  // In long random values a short word turns up by chance (~1e-6 per position): demand 5+ letters there.
  if ((short ? ANY_PLACEHOLDER_WORD : LONG_PLACEHOLDER_WORD).test(v)) return true;
  return short && hasPlaceholderSegment(value, v);
}
