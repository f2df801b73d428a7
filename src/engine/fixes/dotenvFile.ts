// Writes NAME=value into a .env text without touching anything else in it.
import { envAssignments } from '../workspace/envText';
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

/** Quotes a value the way python-dotenv and the `dotenv` npm package both read back unchanged. */
export function dotenvValue(value: string): string {
  if (/^[A-Za-z0-9_./:@+=,-]*$/.test(value)) return value;
  if (!value.includes("'") && !value.includes('\n')) return `'${value}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Adds `name=value` to a .env text (created when undefined): appends, keeps bytes and line endings, never duplicates. */
export function upsertEnvVar(envText: string | undefined, name: string, value: string): EnvUpsert {
  const text = envText ?? '';
  const existing = new Map(envAssignments(text).map((a) => [a.name, a.value]));
  let final = name;
  for (let i = 2; existing.has(final); i++) {
    if (existing.get(final) === value) return { text, name: final, reused: true };
    final = `${name}_${i}`;
  }
  const eol = lineBreakOf(text);
  const sep = text.length === 0 || text.endsWith('\n') ? '' : eol;
  return { text: `${text}${sep}${final}=${dotenvValue(value)}${eol}`, name: final, reused: false };
}

/** Adds `name=` to a .env.example text unless the name is there. */
export function addExampleVar(exampleText: string, name: string): string {
  if (envAssignments(exampleText).some((a) => a.name === name)) return exampleText;
  const eol = lineBreakOf(exampleText);
  const sep = exampleText.length === 0 || exampleText.endsWith('\n') ? '' : eol;
  return `${exampleText}${sep}${name}=${eol}`;
}
