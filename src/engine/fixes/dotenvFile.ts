// Writes NAME=value into a .env text without touching anything else in it.
import { envAssignments } from '../workspace/envText';
import { CannotMove } from './cannotMove';
import { lineBreakOf } from './textEdit';

/** The outcome of adding a variable to a .env text. */
export interface EnvUpsert {
  /** The new .env text (unchanged when the variable already held this value). */
  text: string;
  /** The name used: the requested one, or a suffixed one when that name holds a different value. */
  name: string;
  /** True when the variable was already there with the same value. */
  reused: boolean;
}

// The two loaders disagree on escapes: Node's dotenv keeps every backslash except `\n`/`\r` in double
// quotes and never unescapes quotes; python-dotenv decodes `\\ \' \"` (and more in double quotes) and
// expands `${NAME}` in every value, quoted or not. So a value is written in the one form both read back
// byte for byte, or refused.

/** Backslashes python-dotenv would decode: before a backslash or quote (either quoting), or last. */
const SINGLE_QUOTE_ESCAPE = /\\(?:[\\']|$)/;
/** In double quotes python-dotenv also decodes \a \b \f \n \r \t \v and \" (Node only \n and \r). */
const DOUBLE_QUOTE_ESCAPE = /\\(?:[\\'"abfnrtv\n\r]|$)/;

/** A bare value both read as written: no `#` or line break, printable ASCII first and last, not opening with a quote. */
const BARE = /^[!-~](?:[^#\r\n]*[!-~])?$/;

/** `.env` text for a value that Node's dotenv and python-dotenv both read back unchanged; undefined if none exists. */
export function dotenvValue(value: string): string | undefined {
  if (/\$\{[^}]*\}/.test(value)) return undefined; // python-dotenv expands it, whatever the quotes
  if (/^[A-Za-z0-9_./:@+=,-]*$/.test(value)) return value;
  if (!/['\r\n]/.test(value) && !SINGLE_QUOTE_ESCAPE.test(value)) return `'${value}'`;
  if (!value.includes('"') && !DOUBLE_QUOTE_ESCAPE.test(value)) return `"${value.replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
  // Both quote kinds: bare, which neither loader unescapes, if nothing in it ends or trims a bare value.
  if (BARE.test(value) && !/^['"`]|#/.test(value)) return value;
  return undefined;
}

/** Why a value cannot go to .env (shown to the user; never contains the value). */
export const UNWRITABLE_ENV_VALUE = 'This value cannot be written to .env so that both Node\'s dotenv and python-dotenv read it back unchanged '
  + '(it holds ${…}, which python-dotenv expands, or both quote kinds with backslashes): store it in KeyGuard secret storage instead, or set the variable yourself.';

/**
 * Adds `name=value` to a .env text (created when undefined): appends, keeps bytes and line endings, never
 * duplicates. Throws CannotMove for a value no quoting keeps intact.
 */
export function upsertEnvVar(envText: string | undefined, name: string, value: string): EnvUpsert {
  const text = envText ?? '';
  const existing = new Map(envAssignments(text).map((a) => [a.name, a.value]));
  let final = name;
  for (let i = 2; existing.has(final); i++) {
    if (existing.get(final) === value) return { text, name: final, reused: true };
    final = `${name}_${i}`;
  }
  const written = dotenvValue(value);
  if (written === undefined) throw new CannotMove(UNWRITABLE_ENV_VALUE);
  const eol = lineBreakOf(text);
  const sep = text.length === 0 || text.endsWith('\n') ? '' : eol;
  return { text: `${text}${sep}${final}=${written}${eol}`, name: final, reused: false };
}

/** Adds `name=` to a .env.example text unless the name is there. */
export function addExampleVar(exampleText: string, name: string): string {
  if (envAssignments(exampleText).some((a) => a.name === name)) return exampleText;
  const eol = lineBreakOf(exampleText);
  const sep = exampleText.length === 0 || exampleText.endsWith('\n') ? '' : eol;
  return `${exampleText}${sep}${name}=${eol}`;
}
