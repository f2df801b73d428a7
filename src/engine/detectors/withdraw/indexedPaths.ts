// Where a text uses, or defines, a path constant the workspace index links to another file (crossfile/pathConstants.ts):
// `request_post(…, WITHDRAW_KRW)` with the constant in `constant.rs`, `this.http.post(API.SEND, body)`, `.uri(Path.
// WITHDRAW_COIN.url())`, a Spring field bound to a config key. The scan judges each use as a same-file constant's
// use (constants.ts: its verb checks and query vetoes), and reports a definition another file posts.
import type { Validator } from '../../defineDetector';
import type { FileKind, PathConstant } from '../../types';
import { inComment, inString } from '../../judge/codeContext';
import { matchActionPath } from './table';
import { isGenericWithdrawPath, isUnknownWithdrawPath } from './pathShape';

/**
 * A path whose POST moves funds, as far as the path tells: a withdrawal action the table knows, an unknown or
 * unversioned withdrawal path, or a send, batch-send or off-ramp tail (`/api/transfers/send`). Only names with such a
 * path are handed to other files; their uses still need a write verb (constants.ts).
 */
export function isActionPath(path: string): boolean {
  const p = path.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  return matchActionPath(p) !== undefined || isUnknownWithdrawPath(p) || isGenericWithdrawPath(p) || SEND_TAIL.test(p);
}

/** Paths that end in a send of money or an off-ramp (`/transfers/send`, `/payments/send-batch`, `/transfers/offramp`); a chat's `/messages/send` is not one. */
export const SEND_TAIL = /\/(?:transfers?|payments?|payouts?|funds|wallets?|coins?|crypto|tokens?)\/(?:send|send[-_]?batch|batch[-_]?send|off[-_]?ramp)\/?$/i;

/** Keeps a path written in the code that ends in a send of money or an off-ramp (SEND_TAIL): its write verb must be proven. */
export const moneySendPath: Validator = { name: 'money-send-path', test: (value) => SEND_TAIL.test(value.replace(/[?#].*$/, '')) };

/** The lines a money-send path sits on hold one of these (lowercase). */
export const MONEY_SEND_KEYWORDS = ['/send', 'offramp', 'off-ramp', 'off_ramp'];

const escape = (s: string): string => s.replace(/[.$-]/g, (c) => `\\${c}`);

/** Names too plain to link by a bare use (`send`, `SEND`): a use must qualify them (`API.SEND`). */
export const PLAIN_NAME = /^(?:[A-Za-z][a-z]{0,11}|[A-Z]{1,5})$/;

/**
 * The constants a text may use, by the name it writes: each by its own name, a config key (`bitvavo.withdraw-path`)
 * by the field Spring binds it to (`@Value("${bitvavo.withdraw-path}") private String withdrawPath;`).
 */
export function constantMap(text: string, entries: readonly PathConstant[]): Map<string, PathConstant> {
  const out = new Map<string, PathConstant>();
  for (const c of entries) {
    if (!/[.-]/.test(c.name)) {
      out.set(c.name, c);
      continue;
    }
    const bound = new RegExp(String.raw`\$\{${escape(c.name)}(?::[^}\n]{0,100})?\}["'][ \t]*\)[ \t\r\n]*(?:(?:private|protected|public|final|static|val|var|lateinit)[ \t]+)*(?:[A-Za-z_][\w<>?]*[ \t]+)?([A-Za-z_]\w*)`, 'g');
    for (const m of text.matchAll(bound)) out.set(m[1], c);
  }
  return out;
}

/** One use of a linked constant: the span of the name as written last (`SEND` of `API.SEND`). */
export interface IndexedUse {
  start: number;
  end: number;
  name: string;
  constant: PathConstant;
}

/** What follows a name that defines or calls it rather than reading it: `=`, `:`, `(`. */
const NOT_A_READ = /^[ \t]*(?:[(=]|:(?!:))/;
/** A declaration's type or keyword just before the name (`private String withdrawPath;`). */
const DECLARED = /\b(?:String|string|str|final|val|var|let|const|static)[ \t]+$/;
/** An import statement still open before the name (`use crate::constant::{⏎    URL_SERVER,⏎`, `import {⏎  API,`). */
// Only an open `{…` list may span lines: a Python or Kotlin `import x` line has no `;` to end it.
const IMPORT_OPEN = /(?:^|\n)[ \t]*(?:pub[ \t]+)?(?:use|import)\b[^;()\n]*(?:\{[^;(){}]*)?$/;
/** A line that imports names. */
const IMPORT_LINE = /^[ \t]*(?:import|from|use|require|using|#include)\b|\brequire[ \t]*\(/;
/** A server's route registration or handler annotation the name is the path of (`router.post(ROUTES.WITHDRAW, auth, h)`, `@PostMapping(Paths.SEND)`). */
const ROUTE_OPEN = /(?:\b(?:app|router|server|routes?|bp|blueprint|fastify)\.(?:post|put|delete|patch|route|all)|@(?:Post|Put|Delete|Request)Mapping|\[Http(?:Post|Put|Delete))[ \t]*\([ \t]*(?:(?:path|value)[ \t]*=[ \t]*)?(?:[A-Za-z_$][\w$]*[ \t]*(?:\.|::)[ \t]*){0,3}$/;

/** The text of `start`'s line before it, at most 200 characters (searched within those: a long line costs no more). */
function lineBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 200), start);
  return window.slice(window.lastIndexOf('\n') + 1);
}

/** True when a name at `start` is imported or is a server route's path there, not a request's. */
export function importedOrRouted(text: string, start: number): boolean {
  const before = lineBefore(text, start);
  return IMPORT_LINE.test(before) || ROUTE_OPEN.test(before) || IMPORT_OPEN.test(text.slice(Math.max(0, start - 400), start));
}

/** The uses of the map's names in a text, outside comments, strings (a template's `${…}` is code), imports and definitions. */
export function indexedUses(text: string, kind: FileKind, map: ReadonlyMap<string, PathConstant>): IndexedUse[] {
  const names = [...map.keys()].sort((a, b) => b.length - a.length).map(escape);
  if (names.length === 0) return [];
  const out: IndexedUse[] = [];
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\w$])(${names.join('|')})(?![\w$])`, 'g'))) {
    const start = m.index;
    const end = start + m[1].length;
    // The line before the name, its last 200 characters (a minified line is long).
    const before = lineBefore(text, start);
    if (NOT_A_READ.test(text.slice(end, end + 60)) || importedOrRouted(text, start)) continue;
    const qualified = /(?:\.|::|->)[ \t]*$/.test(before);
    if (!qualified && (PLAIN_NAME.test(m[1]) || DECLARED.test(before))) continue;
    if (inComment(text, start, kind) || (inString(text, start) && !placeholder(before, text.slice(end, end + 40)))) continue;
    out.push({ start, end, name: m[1], constant: map.get(m[1])! });
  }
  return out;
}

/** True for a name in a string's placeholder: a template's `${API.SEND}`, Rust's `format!("{URL_SERVER}{URL_KRW}")`, an f-string's `{API.SEND}`. */
function placeholder(before: string, after: string): boolean {
  return /\$\{[^}]*$/.test(before) || (/\{[\w$.:]*$/.test(before) && /^[\w.()]*\}/.test(after));
}

/** The spans of a text's own definitions that other files post (scan option `postedConstants`): the path on its line. */
export function postedDefinitions(text: string, posted: readonly PathConstant[]): Array<{ start: number; end: number; constant: PathConstant }> {
  const out: Array<{ start: number; end: number; constant: PathConstant }> = [];
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  for (const c of posted) {
    if (c.line >= starts.length) continue;
    const from = starts[c.line];
    const i = text.slice(from, c.line + 1 < starts.length ? starts[c.line + 1] : undefined).indexOf(c.path);
    // A file changed since it was indexed: its definition is found again at the next scan.
    if (i !== -1) out.push({ start: from + i, end: from + i + c.path.length, constant: c });
  }
  return out;
}

/** A name or file cut to `n` characters for a one-line message. */
const short = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/** The sentence of a linked use: the constant and where it is defined (`Withdrawal endpoint SEND (api.ts:3) posted here.`). */
export function linkedUseMessage(name: string, c: PathConstant): string {
  return `Withdrawal endpoint ${short(name, 36)} (${short(c.file.slice(c.file.lastIndexOf('/') + 1), 30)}:${c.line + 1}) posted here.`;
}

/** The sentence of a definition another file posts. */
export function postedDefinitionMessage(c: PathConstant): string {
  return `Withdrawal endpoint ${short(c.name, 36)}: another file of the workspace posts it.`;
}
