// Reading and rewriting env files as text: assignments, comments and line endings, no I/O.

/** One `NAME=value` line (or block, for a quoted value spanning lines) of an env file. */
export interface EnvAssignment {
  name: string;
  /** The value without its quotes; escapes are left as written. */
  value: string;
  /** 0-based line of the name. */
  line: number;
}

/** A line and the line break that ended it (`''` for a last line without one). */
interface RawLine {
  text: string;
  eol: string;
}

const ASSIGNMENT = /^(\s*)(export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]{0,200})([ \t]*[=:][ \t]*)(.*)$/;

/** Splits text into lines, keeping each line's own break so CRLF and LF survive a rewrite. */
function rawLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(start, m.index), eol: m[0] });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), eol: '' });
  return out;
}

/** Where a quoted value closes: [index after the closing quote in `s`], or -1 when it does not close here. */
function closingQuote(s: string, from: number, quote: string): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\' && quote === '"') i++;
    else if (s[i] === quote) return i + 1;
  }
  return -1;
}

/** A parsed assignment line: the parts to keep, its value, and how many following lines its value spans. */
interface ParsedLine {
  head: string;
  name: string;
  value: string;
  comment: string;
  extraLines: number;
}

/** Parses an assignment starting at line `i`; undefined for comments, blanks and commands. */
function parseAt(lines: RawLine[], i: number): ParsedLine | undefined {
  const m = ASSIGNMENT.exec(lines[i].text);
  if (!m) return undefined;
  const [, indent, exp = '', name, sep, rest] = m;
  const head = `${indent}${exp}${name}${sep.trimEnd()}`;
  const quote = rest[0];
  if (quote === '"' || quote === "'" || quote === '`') {
    let end = closingQuote(rest, 1, quote);
    if (end !== -1) return { head, name, value: rest.slice(1, end - 1), comment: trailingComment(rest.slice(end)), extraLines: 0 };
    // A quoted value spanning lines (PEM keys, JSON): it runs to the line holding the closing quote.
    const parts = [rest.slice(1)];
    for (let j = i + 1; j < lines.length; j++) {
      end = closingQuote(lines[j].text, 0, quote);
      if (end !== -1) {
        parts.push(lines[j].text.slice(0, end - 1));
        return { head, name, value: parts.join('\n'), comment: trailingComment(lines[j].text.slice(end)), extraLines: j - i };
      }
      parts.push(lines[j].text);
    }
    return { head, name, value: parts.join('\n'), comment: '', extraLines: lines.length - 1 - i };
  }
  const hash = /[ \t]#/.exec(rest);
  const value = (hash ? rest.slice(0, hash.index) : rest).trim();
  return { head, name, value, comment: hash ? rest.slice(hash.index) : '', extraLines: 0 };
}

/** A ` # comment` after a closing quote, kept as written; anything else after the quote is dropped. */
function trailingComment(after: string): string {
  return /^[ \t]+#/.test(after) ? after : '';
}

/** Every assignment of an env file, in order. */
export function envAssignments(text: string): EnvAssignment[] {
  const lines = rawLines(text);
  const out: EnvAssignment[] = [];
  for (let i = 0; i < lines.length; i++) {
    const p = parseAt(lines, i);
    if (!p) continue;
    out.push({ name: p.name, value: p.value, line: i });
    i += p.extraLines;
  }
  return out;
}

/**
 * `.env.example` text for an env file: the same names with empty values, comments and blank lines kept,
 * line endings as in the original. Lines that are neither (direnv commands, stray text) are dropped, since
 * they may carry values.
 */
export function envExampleFrom(envText: string): string {
  const lines = rawLines(envText.charCodeAt(0) === 0xfeff ? envText.slice(1) : envText);
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const { text } = lines[i];
    const p = parseAt(lines, i);
    if (p) {
      i += p.extraLines;
      out += `${p.head}${p.comment}${lines[i].eol}`;
    } else if (/^\s*(?:#|$)/.test(text)) {
      out += `${text}${lines[i].eol}`;
    }
  }
  return out;
}

/** True when every value is encrypted by dotenvx (`encrypted:…`): such files are made to be committed. */
export function isEncryptedEnv(assignments: readonly EnvAssignment[]): boolean {
  const values = assignments.filter((a) => !/^DOTENV_PUBLIC_KEY/.test(a.name) && a.value !== '');
  return values.length > 0 && values.every((a) => a.value.startsWith('encrypted:'));
}
