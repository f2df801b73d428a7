// The vault and a workspace env file that give the same variable different values: which one a bot gets
// depends on how it loads .env (python-dotenv and Node's dotenv keep a variable already set, unless told to
// override), so the user is told, with both values masked.
import { envAssignments, mask } from '../engine';

/** An env file's text and the path to show for it (relative to the workspace). */
export interface EnvFileText {
  path: string;
  text: string;
}

/** One variable defined differently in the vault and in an env file; only masked values are kept. */
export interface EnvConflict {
  name: string;
  /** The vault key that hands out the variable. */
  label: string;
  file: string;
  /** 0-based line of the assignment in the env file. */
  line: number;
  vaultMasked: string;
  envMasked: string;
  /** The env file's value spans several lines (a quoted PEM key): it cannot be commented out line by line. */
  multiline: boolean;
}

/** Variables (with the vault label that owns each) that env files assign a different, non-empty value. */
export function envConflicts(vars: Record<string, string>, owners: Record<string, string>, files: readonly EnvFileText[]): EnvConflict[] {
  const out: EnvConflict[] = [];
  for (const f of files) {
    for (const a of envAssignments(f.text)) {
      const vaultValue = vars[a.name];
      if (vaultValue === undefined || a.value.trim() === '' || a.value.trim() === vaultValue.trim()) continue;
      out.push({
        name: a.name, label: owners[a.name] ?? '', file: f.path, line: a.line,
        vaultMasked: mask(vaultValue), envMasked: mask(a.value), multiline: a.value.includes('\n'),
      });
    }
  }
  return out;
}

/** A stable key of a conflict (no values, only their masks), to warn once per session. */
export function conflictKey(c: EnvConflict): string {
  return [c.name, c.file, c.line, c.vaultMasked, c.envMasked].join('\u0000');
}

/** The warning: the first conflict in full (masked), the others by name. */
export function conflictMessage(conflicts: readonly EnvConflict[], handedTo: string): string {
  const [c, ...rest] = conflicts;
  const values = c.vaultMasked === c.envMasked ? `two different values (both show as ${c.envMasked})` : `${c.envMasked} in ${c.file}, ${c.vaultMasked} in the vault`;
  const more = rest.length ? ` ${rest.length === 1 ? 'Also' : `Also ${rest.length} more:`} ${[...new Set(rest.map((r) => r.name))].join(', ')}.` : '';
  return `KeyGuard: ${c.name} has ${values} ("${c.label}", ${c.file} line ${c.line + 1}). ${handedTo} get the vault's value; a bot that loads ${c.file} with override gets the file's.${more}`;
}

/** The env file's lines with the conflicting single-line assignments commented out (0-based line numbers). */
export function linesToComment(conflicts: readonly EnvConflict[], file: string): number[] {
  return [...new Set(conflicts.filter((c) => c.file === file && !c.multiline).map((c) => c.line))].sort((a, b) => a - b);
}
