// Which names a workspace gives request paths to. SDKs and bots write a withdrawal path once, in a constants file
// (`pub const WITHDRAW_KRW: &str = "/v1/withdraws/krw";`, `export const API = { SEND: '/api/transfers/send' }`, a Java
// enum `WITHDRAW_COIN("/v1/withdraws/coin")`, a Spring `application.yaml` key), and post it in another. The engine
// scans one file at a time, so a workspace scan sums up each file's path names here and hands a file the other
// files' paths it uses (scan option `pathConstants`, read by detectors/withdraw/constants.ts), and a constants file
// the names other files post (scan option `postedConstants`, reported where they are defined).
import type { FileKind, Finding, PathConstant, ScanOptions } from '../types';
import { constantMap, indexedUses, isActionPath, PLAIN_NAME } from '../detectors/withdraw/indexedPaths';

export type { PathConstant } from '../types';

/** A request path: `/v1/withdraws/krw`, `/withdrawal`, `https://host/api/x`, `api/v3/withdraw` (two segments without the slash), no file or module path. */
const PATH = String.raw`(?:https?://[\w.:-]{1,100})?(?:/[\w{}.:-]{1,60}(?:/[\w{}.:-]{1,60}){0,12}|[\w{}.:-]{1,60}(?:/[\w{}.:-]{1,60}){1,12})/?`;
const PATH_RE = new RegExp(`^${PATH}$`);
/** A file or module path, not a request's: an extension, a relative start. */
const FILE_PATH = /\.(?:[jt]sx?|mjs|cjs|py|rs|go|java|json|ya?ml|html?|css|png|svg|jpe?g|md|txt|sh|php|rb|proto)$|^\.\.?\//i;
/** Cheap gate: a quoted string with a slash, or a config value starting with one. */
const PATH_LOOKING = /["'`](?:https?:\/\/[^"'`\s]{1,100})?(?:\/[\w{}-]|[\w{}.-]{1,60}\/[\w{}-])|[:=][ \t]*\/[\w{}-]/;

/** Field names of a request object (`{ url: '/x', method: 'POST' }`) and keyword arguments: they name no constant. */
const GENERIC = /^(?:url|uri|path|pathname|endpoint|route|href|link|src|base|base_?url|baseURL|prefix|to|from|redirect|location|target|resource|api|value|default|name|host)$/i;

/** A quoted request path: each is looked at with the line before it (most files hold few). */
const LITERAL = new RegExp(String.raw`["'\`](${PATH})["'\`]`, 'g');
/** Before the path: `NAME = `, `const NAME: &str = `, `NAME := `, `static final String NAME = `, `val NAME = `. */
const ASSIGN_BEFORE = /(?<![\w$.])([A-Za-z_$][\w$]{0,60})[ \t]*(?::[^=\n;]{0,60})?[ \t]*:?=[ \t]*$/;
/** Before the path: an object, dict or hash member (`SEND: `, `"send": `, `send => `). */
const MEMBER_BEFORE = /(?:^|[{,(])[ \t]*(?:readonly[ \t]+)?["']?([A-Za-z_$][\w$]{0,60})["']?[ \t]*(?::|=>)[ \t]*$/;
/** Around the path: an enum member with a path argument, other arguments (a verb) beside it: `WITHDRAW_COIN("/v1/…")`, `SEND(HttpMethod.POST, "/…")`. */
const ENUM_BEFORE = /^[ \t]*([A-Z][A-Z0-9_]{1,60})[ \t]*\(([^()\n]{0,80})$/;
const ENUM_AFTER = /^([^()\n]{0,80})\)/;

/** The names a file gives a request path to, as plain data (an empty list for most files). */
export function filePathConstants(text: string, file: string, kind: FileKind): PathConstant[] {
  // Prose (a README's example) defines nothing the code reads.
  if (kind === 'markdown' || kind === 'text' || !PATH_LOOKING.test(text)) return [];
  const out: PathConstant[] = [];
  const seen = new Set<string>();
  const lines = lineStarts(text);
  const add = (name: string, path: string, at: number, posts?: boolean) => {
    if (GENERIC.test(name) || FILE_PATH.test(path) || seen.has(name)) return;
    seen.add(name);
    // Only an action's path is kept: any other quoted string with a slash (a secret may have one) is held as empty,
    // enough to tell that the name means something else here (linkPathConstants), and never kept in an index.
    out.push({ name, path: isActionPath(path) ? path : '', file, line: lineOf(lines, at), ...(posts === undefined ? {} : { posts }) });
  };
  if (kind === 'yaml' || kind === 'ini') {
    for (const c of configKeys(text, kind)) add(c.name, c.path, c.at);
    return out;
  }
  for (const m of text.matchAll(LITERAL)) {
    const at = m.index + 1;
    // The line start from the table (a search back per path would cost the square of a long line's length).
    const lineStart = lines[lineOf(lines, m.index)];
    const before = text.slice(Math.max(lineStart, m.index - 200), m.index);
    const e = ENUM_BEFORE.exec(before);
    const rest = e && ENUM_AFTER.exec(text.slice(at + m[1].length + 1, at + m[1].length + 82));
    if (e && rest) {
      const args = `${e[2]} ${rest[1]}`;
      add(e[1], m[1], at, /\b(?:POST|DELETE|PUT)\b/i.test(args) ? true : /\bGET\b/i.test(args) ? false : undefined);
      continue;
    }
    const name = ASSIGN_BEFORE.exec(before)?.[1] ?? MEMBER_BEFORE.exec(before)?.[1];
    if (name) add(name, m[1], at);
  }
  return out;
}

/** YAML keys with a path value, dotted by indentation (`bitvavo:⏎  withdraw-path: /withdrawal` → `bitvavo.withdraw-path`); `.properties` lines. */
function configKeys(text: string, kind: FileKind): Array<{ name: string; path: string; at: number }> {
  const out: Array<{ name: string; path: string; at: number }> = [];
  const stack: Array<{ indent: number; key: string }> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const m = /^([ \t]*)([\w.-]{1,80})[ \t]*([:=])(.*)$/.exec(line);
    if (m && (kind === 'yaml' ? m[3] === ':' : true)) {
      const indent = m[1].length;
      while (kind === 'yaml' && stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
      const key = [...stack.map((s) => s.key), m[2]].join('.');
      // The value without a trailing comment and its quotes.
      const value = m[4].replace(/(?:^|[ \t])#.*$/, '').trim().replace(/^(["'])(.*)\1$/, '$2');
      if (value && PATH_RE.test(value) && value.includes('/')) out.push({ name: key, path: value, at: at + line.indexOf(value, m[1].length + m[2].length) });
      else if (!value && kind === 'yaml') stack.push({ indent, key: m[2] });
    }
    at += line.length + 1;
  }
  return out;
}

/** Each linkable name's definitions, one per file: a name some file gives an action's path (isActionPath). */
export type PathLinks = ReadonlyMap<string, readonly PathConstant[]>;

/**
 * The linkable names of a workspace with their definitions. Which one a file uses is the nearest (nearestConstant):
 * template-cloned connectors (`OKEX/okex/consts.py`, `XT/xt/consts.py`) give one name different paths.
 */
export function linkPathConstants(perFile: Iterable<readonly PathConstant[]>): Map<string, PathConstant[]> {
  const byName = new Map<string, PathConstant[]>();
  for (const list of perFile) for (const c of list) (byName.get(c.name) ?? byName.set(c.name, []).get(c.name)!).push(c);
  const out = new Map<string, PathConstant[]>();
  for (const [k, defs] of byName) if (defs.some((c) => isActionPath(c.path))) out.set(k, defs);
  return out;
}

/**
 * The definition a file sees: of those in the folder sharing most leading segments with the file's, the first when
 * they agree on an action's path and verb; none when they differ (as near, as good as ambiguous) or it is no action.
 */
export function nearestConstant(defs: readonly PathConstant[] | undefined, file: string): PathConstant | undefined {
  if (!defs?.length) return undefined;
  let best: PathConstant[] = [];
  let bestScore = -1;
  for (const c of defs) {
    const score = sharedFolders(c.file, file);
    if (score > bestScore) [best, bestScore] = [[c], score];
    else if (score === bestScore) best.push(c);
  }
  const first = best[0];
  return isActionPath(first.path) && best.every((c) => c.path === first.path && c.posts === first.posts) ? first : undefined;
}

/** How many leading folders two `/`-separated file paths share. */
function sharedFolders(a: string, b: string): number {
  const x = a.split('/').slice(0, -1);
  const y = b.split('/').slice(0, -1);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** The constants a file sees under each linked name (nearestConstant), other files' only. */
export function linkedFor(links: PathLinks, file: string): PathConstant[] {
  const out: PathConstant[] = [];
  for (const defs of links.values()) {
    const c = nearestConstant(defs, file);
    if (c && c.file !== file) out.push(c);
  }
  return out;
}

/**
 * The linked constants a text uses from other files (`WITHDRAW_KRW`, `constants.WITHDRAW_KRW`, `API.SEND`,
 * `Path.WITHDRAW_COIN.url()`, a config key in `@Value("${…}")`); a name the text defines itself is its own.
 */
export function usedPathConstants(text: string, file: string, kind: FileKind, links: PathLinks): PathConstant[] {
  const others = linkedFor(links, file);
  const used = new Set(usedPathNames(text, file, kind, others.map((c) => c.name)));
  return others.filter((c) => used.has(c.name));
}

/** usedPathConstants by names only (what a worker is sent: names, not records); the caller drops the file's own links. */
export function usedPathNames(text: string, file: string, kind: FileKind, names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const own = new Set(filePathConstants(text, file, kind).map((c) => c.name));
  return names.filter((name) => !own.has(name) && text.includes(name) && (/[.-]/.test(name) ? text.includes(`\${${name}`) : usesName(text, name)));
}

/** True when the text names the constant outside its own definition: qualified, or bare when the name is specific. */
function usesName(text: string, name: string): boolean {
  const re = new RegExp(String.raw`(?<![\w$])${name.replace(/\$/g, '\\$')}(?![\w$])`, 'g');
  for (const m of text.matchAll(re)) {
    if (/^[ \t]*(?::[^=\n]{0,40})?:?=(?!=)/.test(text.slice(m.index + name.length, m.index + name.length + 50))) continue;
    if (!PLAIN_NAME.test(name) || /(?:\.|::)[ \t]*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return true;
  }
  return false;
}

/** Offsets where each line starts. */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** The 0-based line of an offset. */
function lineOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The rule whose findings at a linked constant's use say the use posts it. */
const REST_ENDPOINT = 'withdraw/rest-endpoint';

/** The linked constants a scanned text posts: those with a rest-endpoint finding at a use (a scan given `used`). */
export function postedConstantsOf(text: string, kind: FileKind, used: readonly PathConstant[], findings: readonly Finding[]): PathConstant[] {
  const at = new Set(findings.filter((f) => f.id === REST_ENDPOINT).map((f) => f.range.start));
  const out = new Set<PathConstant>();
  for (const u of indexedUses(text, kind, constantMap(text, used))) if (at.has(u.start)) out.add(u.constant);
  return [...out];
}

/** The path-constant scan options of one file. */
export type PathOptions = Pick<ScanOptions, 'pathConstants' | 'postedConstants'>;

/**
 * For a workspace held in memory (tests, the editor), each file's path-constant options: the linked constants it
 * uses, and its own that other files post (found by scanning the users with theirs: `scan`).
 */
export function workspacePathOptions(files: ReadonlyArray<{ path: string; text: string; kind: FileKind }>, scan: (file: { path: string; text: string }, options: PathOptions) => readonly Finding[]): Map<string, PathOptions> {
  const linked = linkPathConstants(files.map((f) => filePathConstants(f.text, f.path, f.kind)));
  const out = new Map<string, PathOptions>();
  if (linked.size === 0) return out;
  const posted = new Map<string, PathConstant[]>();
  for (const f of files) {
    const used = usedPathConstants(f.text, f.path, f.kind, linked);
    if (used.length === 0) continue;
    out.set(f.path, { pathConstants: used });
    for (const c of postedConstantsOf(f.text, f.kind, used, scan(f, { pathConstants: used }))) {
      const list = posted.get(c.file) ?? posted.set(c.file, []).get(c.file)!;
      if (!list.includes(c)) list.push(c);
    }
  }
  for (const [file, list] of posted) out.set(file, { ...out.get(file), postedConstants: list });
  return out;
}
