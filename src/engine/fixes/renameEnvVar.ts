// "Rename Environment Variable": renames a variable in the code's env lookups and in .env / .env.example
// together, so the program keeps reading the value. Pure: texts in, edits out.
import { envAssignments } from '../workspace/envText';
import type { TextEdit } from './textEdit';

/** Why a rename cannot be done; the message never contains a value. */
export class CannotRename extends Error {}

// An occurrence counts when an env lookup precedes it on the same line (os.environ[", process.env., ${…).
const LOOKUP_BEFORE = /(?:environ(?:\.get)?\s*\(?\s*\[?\s*|getenv\s*\(\s*|Getenv\s*\(\s*|env::var\s*\(\s*|GetEnvironmentVariable\s*\(\s*|process\.env\s*(?:\.|\[\s*)|ENV(?:\.fetch\s*\(\s*|\[\s*)|\$\{?|expect\s*\(\s*)["'`]?$/;

/** True for a name shells and dotenv accept. */
export function isEnvVarName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

/** Edits that rename `from` to `to` in the env lookups of a code text (and in Rust's "… is not set" message). */
export function renameInCode(text: string, from: string, to: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const re = new RegExp(`(?<![A-Za-z0-9_])${from}(?![A-Za-z0-9_])`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const before = text.slice(Math.max(lineStart, m.index - 80), m.index);
    if (LOOKUP_BEFORE.test(before)) edits.push({ start: m.index, end: m.index + from.length, newText: to });
  }
  return edits;
}

/** Edits that rename the assignment of `from` in a .env text; refuses when `to` is already there with another value. */
export function renameInEnvFile(envText: string, from: string, to: string): TextEdit[] {
  const assignments = envAssignments(envText);
  const source = assignments.find((a) => a.name === from);
  const target = assignments.find((a) => a.name === to);
  if (target && (!source || target.value !== source.value)) throw new CannotRename(`${to} is already set in the env file to another value: choose another name.`);
  if (!source) return [];
  const lines = envText.split('\n');
  let offset = 0;
  for (let i = 0; i < source.line; i++) offset += lines[i].length + 1;
  const at = envText.indexOf(from, offset);
  if (at < 0) return [];
  // With an equal value already under the new name, the old line goes instead of duplicating it.
  if (target) return [{ start: offset, end: offset + lines[source.line].length + (source.line < lines.length - 1 ? 1 : 0), newText: '' }];
  return [{ start: at, end: at + from.length, newText: to }];
}
