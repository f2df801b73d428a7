// Plans "Move to environment variable": the code edits that replace hard-coded secrets by environment
// lookups, and the .env text that receives them. Pure: text in, edits and texts out.
import { fileKindOf } from '../text/fileKind';
import type { Finding } from '../types';
import { loaderEdits } from './dotenvLoader';
import { addExampleVar, upsertEnvVar } from './dotenvFile';
import { envFallbackAt, envLookupFor, importEditFor } from './envLookup';
import type { TextEdit } from './textEdit';
import { CannotMove } from './cannotMove';

/** Freqtrade reads credentials from these variables (`__` separates config levels). */
const FREQTRADE_VARS: Record<string, string> = {
  'exchange.key': 'FREQTRADE__EXCHANGE__KEY',
  'exchange.secret': 'FREQTRADE__EXCHANGE__SECRET',
  'exchange.password': 'FREQTRADE__EXCHANGE__PASSWORD',
  'exchange.uid': 'FREQTRADE__EXCHANGE__UID',
  'telegram.token': 'FREQTRADE__TELEGRAM__TOKEN',
};

/** One secret to move: its finding and its current text. */
export interface MoveRequest {
  finding: Finding;
  value: string;
  /** What .env gets instead of `value` (a rotated key replaces the old one found in the code). */
  newValue?: string;
}

/** The whole fix: edits to the code file, the new .env (and .env.example) text, and what to tell the user. */
export interface MovePlan {
  codeEdits: TextEdit[];
  envText: string;
  exampleText?: string;
  /** Variables written, in order. */
  names: string[];
  /** Sentences for the user (e.g. which variable a config file now expects). */
  notes: string[];
}

export { CannotMove } from './cannotMove';

/** Options of a move: also make the program load `.env` (the "…and load .env" variant). */
export interface MoveOptions {
  loadDotenv?: boolean;
}

/** Plans moving one or more secrets of one file to environment variables written to `.env`. */
export function planMoveToEnv(text: string, path: string, requests: readonly MoveRequest[], envText: string | undefined, exampleText?: string, options: MoveOptions = {}): MovePlan {
  const kind = fileKindOf(path);
  if (kind === 'env') throw new CannotMove('This value is already in an env file: make sure git ignores the file instead.');
  const plan: MovePlan = { codeEdits: [], envText: envText ?? '', exampleText, names: [], notes: [] };
  let readsEnv = false;
  const freqtrade = kind === 'json' && /"exchange"\s*:\s*\{/.test(text) && /"(?:stake_currency|max_open_trades|dry_run)"/.test(text);
  for (const { finding, value, newValue } of [...requests].sort((a, b) => a.finding.range.start - b.finding.range.start)) {
    if (text.slice(finding.range.start, finding.range.end) !== value) throw new CannotMove('The document changed since KeyGuard found this value: run the fix again on the current text.');
    let name = finding.envName ?? 'SECRET';
    if (freqtrade) name = freqtradeVar(text, finding.range.start) ?? name;
    // A hard-coded fallback of a lookup (`os.getenv("K", "…")`, `process.env.K || "…"`): the code already
    // reads K, so K gets the value and the fallback goes — unless K holds another value in .env already.
    const literal0 = literalExtent(text, finding.range.start, finding.range.end);
    const fallback = envFallbackAt(kind, text, literal0.start);
    if (fallback) {
      const upsertFb = upsertEnvVar(plan.envText, fallback.name, newValue ?? value);
      if (upsertFb.name === fallback.name) {
        plan.envText = upsertFb.text;
        plan.names.push(fallback.name);
        if (plan.exampleText !== undefined) plan.exampleText = addExampleVar(plan.exampleText, fallback.name);
        plan.codeEdits.push({ start: fallback.start, end: literal0.end, newText: fallback.replacement });
        readsEnv = true;
        continue;
      }
    }
    const upsert = upsertEnvVar(plan.envText, name, newValue ?? value);
    plan.envText = upsert.text;
    plan.names.push(upsert.name);
    if (plan.exampleText !== undefined) plan.exampleText = addExampleVar(plan.exampleText, upsert.name);
    if (kind === 'dockerfile') {
      // Images keep ENV values in their layers: the line goes, and the value comes at run time instead.
      const lineStart = text.lastIndexOf('\n', finding.range.start - 1) + 1;
      const nl = text.indexOf('\n', finding.range.start);
      const lineEnd = nl === -1 ? text.length : nl + 1;
      if (/^[ \t]*ENV\b/i.test(text.slice(lineStart, lineEnd))) {
        plan.codeEdits.push({ start: lineStart, end: lineEnd, newText: '' });
        plan.notes.push(`The ENV line is removed: image layers keep every ENV value. Pass ${upsert.name} at run time: docker run --env-file .env …`);
        continue;
      }
    }
    const literal = literalExtent(text, finding.range.start, finding.range.end);
    const lookup = envLookupFor(kind, upsert.name);
    if (lookup === undefined || kind === 'yaml' && !/\b(?:services|environment)\s*:/.test(text)) {
      // Config formats cannot read the environment: the value is emptied and the user told what to set.
      plan.codeEdits.push({ start: finding.range.start, end: finding.range.end, newText: '' });
      plan.notes.push(freqtrade
        ? `freqtrade reads ${upsert.name} from the environment: the value in ${path} is now empty.`
        : `${path} cannot read environment variables: its value is now empty; set ${upsert.name} where the program loads this file.`);
      continue;
    }
    plan.codeEdits.push({ start: literal.start, end: literal.end, newText: lookup });
  }
  const imp = importEditFor(kind, text);
  const looksUp = plan.codeEdits.some((e) => e.newText !== '' && e.newText !== '!');
  const inserts: TextEdit[] = [];
  if (imp && looksUp) inserts.push({ start: imp.offset, end: imp.offset, newText: imp.text });
  if (options.loadDotenv && (looksUp || readsEnv)) {
    const loader = loaderEdits(kind, text);
    if (!loader) throw new CannotMove('KeyGuard found no place to load .env in this file (a Go file needs func main).');
    inserts.push(...loader);
  }
  // Nothing goes before a byte order mark: it must stay the file's first character.
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  plan.codeEdits.push(...mergeInserts(inserts.map((e) => (e.start < bom ? { ...e, start: bom, end: bom } : e))));
  return plan;
}

/** Joins inserts at the same offset into one edit, in the order given (applying them separately would reverse them). */
function mergeInserts(edits: TextEdit[]): TextEdit[] {
  const byOffset = new Map<number, TextEdit>();
  for (const e of edits) {
    const prev = byOffset.get(e.start);
    byOffset.set(e.start, prev ? { ...prev, newText: prev.newText + e.newText } : { ...e });
  }
  return [...byOffset.values()];
}

/** The span of the string literal around a value: quotes (JSON-escaped too) and string prefixes included. */
export function literalExtent(text: string, start: number, end: number): { start: number; end: number } {
  // JSON-escaped quotes inside notebooks and JSON strings: \"value\"
  if (text.slice(start - 2, start) === '\\"' && text.slice(end, end + 2) === '\\"') return { start: start - 2, end: end + 2 };
  const open = text[start - 1];
  if ((open !== '"' && open !== "'" && open !== '`') || text[end] !== open) return { start, end };
  let s = start - 1;
  // Python r/b/u/f prefixes, C# @ and $ (a letter run that is a whole word, not the end of an identifier).
  while (s > 0 && /[rbufRBUF@$]/.test(text[s - 1]) && !/[A-Za-z0-9_]/.test(text[s - 2] ?? '')) s -= 1;
  return { start: s, end: end + 1 };
}

/** The freqtrade variable for the JSON field holding an offset (`exchange.key` → FREQTRADE__EXCHANGE__KEY). */
function freqtradeVar(text: string, offset: number): string | undefined {
  const before = text.slice(Math.max(0, offset - 400), offset);
  const field = /"(\w+)"\s*:\s*"?$/.exec(before)?.[1];
  const section = [...before.matchAll(/"(\w+)"\s*:\s*\{/g)].pop()?.[1];
  return field && section ? FREQTRADE_VARS[`${section}.${field}`] : undefined;
}
