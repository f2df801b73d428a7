// Adding an ignore pattern to a .gitignore as text: no I/O, every existing byte kept.
import ignore from 'ignore';
import { baseName } from '../text/fileKind';

/** Options of `addIgnoreEntry`. */
export interface AddIgnoreOptions {
  /** A `.env.example` sits next to the env file: make sure the new pattern never hides it. */
  exampleExists?: boolean;
  /** Committable env files to keep visible (`.env.example`, `.env.sample`…); defaults to `.env.example` when `exampleExists`. */
  examples?: readonly string[];
  /** Paths (relative to the .gitignore's folder) the entry is meant to ignore; derived from the entry when absent. */
  paths?: readonly string[];
}

/** The pattern that ignores an env file and its siblings, the way GitHub's templates write it. */
export function ignoreEntryFor(envPath: string): string {
  const name = baseName(envPath);
  if (name === '.env' || name === '.envrc') return name;
  if (name.startsWith('.env.')) return '.env.*';
  if (name.endsWith('.env')) return '*.env';
  return name;
}

/** A concrete file name a pattern stands for: `.env.*` → `.env.local`, `/.env` → `.env`. */
function samplePath(entry: string): string {
  return entry.replace(/^\//, '').replace(/\/$/, '').replace(/\*+/g, 'local').replace(/\?/g, 'x');
}

/** The line break a text uses (CRLF when any line has one), LF for an empty text. */
function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : !text.includes('\n') && text.includes('\r') ? '\r' : '\n';
}

/**
 * Returns the .gitignore text with `entry` appended, unless the text already ignores what the entry would
 * (`.env`, `/.env`, `.env*`, `*.env`… all count), plus `!.env.example`-style lines for committable examples.
 * Existing bytes and line endings are kept; a line break is added before the new lines only when the text
 * lacks a final one. Returns the text unchanged when nothing is missing.
 */
export function addIgnoreEntry(gitignoreText: string | undefined, entry: string, options: AddIgnoreOptions = {}): string {
  const text = gitignoreText ?? '';
  const eol = lineBreakOf(text);
  const targets = options.paths?.length ? options.paths : [samplePath(entry)];
  const added: string[] = [];
  if (!targets.every((t) => ignore().add(text).ignores(t))) added.push(entry);
  const examples = options.examples ?? (options.exampleExists ? ['.env.example'] : []);
  for (const example of examples) {
    const verdict = ignore().add(text).add(added).test(example);
    if (!verdict.unignored) added.push(`!${example}`);
  }
  if (added.length === 0) return text;
  const needsBreak = text !== '' && !/[\r\n]$/.test(text);
  return `${text}${needsBreak ? eol : ''}${added.join(eol)}${eol}`;
}
