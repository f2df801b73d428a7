// Which functions of a workspace move funds, and which files call them from elsewhere. A bot's `commands/tip.js`
// calls `sendToken(user.address, amount)` from `core/chain.js`, where the transfer is; the engine scans one file at
// a time, so a scan first sums up each file (what it defines, which of those move funds, what it calls) and then
// hands each file the movers of other files it calls (scan option `movers`, see detectors/withdraw/wrapperCalls.ts).
import type { FileKind, Finding, Mover, Severity } from '../types';
import { withdrawSendCall } from '../detectors/withdraw/sendCalls';
import { withdrawHandlerSend } from '../detectors/withdraw/handlerSend';
import { withdrawWrapperCall } from '../detectors/withdraw/wrapperCalls';
import { enclosingSpan, functionSpans, headName } from '../judge/functionSpans';
import { nameSegments } from '../detectors/withdraw/table';
import { localCallers } from './localCallers';
import { lineEndWithin, lineStartWithin } from '../text/linesAbove';

export type { Mover } from '../types';

/** What a file tells the rest of the workspace about the movers' names: plain data, so a worker thread can send it. */
export interface FileSummary {
  /** The movers the file defines (its own findings made them). */
  movers: Mover[];
  /** Mover names the file defines (with or without a finding in the body). */
  defs: string[];
  /** Mover names the file calls (`name(`, `.name(`), each once. */
  calls: string[];
  /** Module file names the file imports (`../core/erc20` gives `erc20`), lowercase. */
  imports: string[];
}

/** Statement words that precede `(` without being calls. */
const NOT_CALLS = new Set(['if', 'for', 'while', 'switch', 'catch', 'return', 'function', 'elif', 'print', 'typeof', 'sizeof', 'await', 'with', 'super', 'require', 'import']);

/**
 * The functions of a scanned text that move funds: the named functions around its withdraw findings. Most files
 * have none, and cost nothing here.
 */
export function fileMovers(text: string, path: string, kind: FileKind, findings: readonly Finding[]): Mover[] {
  return moversOf(moverSites(text, kind, findings, path), path);
}

/**
 * A finding that makes the function around it a mover: the function's name and head line, the finding's severity,
 * and for a call of another file's mover (withdraw/wrapper-call) the name it calls, so that an index can tell
 * which layer of helpers the function belongs to (moverIndex.ts).
 */
export interface MoverSite {
  name: string;
  line: number;
  severity: Severity;
  calls?: string;
}

/**
 * The findings of a text that make their functions movers, in text order (moversOf sums them up); with the file's
 * `path`, an anonymous default export is a mover under the name its importers give it (`sendTokens.js` → `sendTokens`).
 */
export function moverSites(text: string, kind: FileKind, findings: readonly Finding[], path?: string): MoverSite[] {
  if (!findings.some((f) => f.category === 'withdraw')) return [];
  const spans = functionSpans(text, kind, path);
  const sites: MoverSite[] = [];
  const seeds: MoverSite[] = [];
  for (const f of findings) {
    // The send-call shape (also in a withdraw handler) is a call of a sender, not evidence that its function moves funds.
    if (f.category !== 'withdraw' || f.id === withdrawSendCall.id || f.id === withdrawHandlerSend.id) continue;
    const fn = enclosingSpan(spans, f.range.start);
    if (!fn || NEVER.test(fn.name) || NOT_CALLS.has(fn.name) || NOT_MOVING.test(fn.name) || FACTORY.test(fn.name) || readsByName(fn.name)) continue;
    // A withdrawal path in a function that sends no request (a signer hashing it, a URL builder) moves nothing there.
    const found = text.slice(f.range.start, f.range.end);
    if (found.includes('/') && !REQUEST.test(text.slice(fn.start, fn.end))) continue;
    const site: MoverSite = { name: fn.name, line: fn.line, severity: f.severity, ...(f.id === withdrawWrapperCall.id ? { calls: found } : {}) };
    sites.push(site);
    // Only a send or withdrawal of the function's own makes its same-file callers movers: a call of a helper
    // (this file's or another's) is already a layer up, and the layer above it is the same withdrawal again.
    if (f.id !== withdrawWrapperCall.id && f.id !== HELPER_CALL) seeds.push(site);
  }
  return seeds.length ? [...sites, ...localCallers(text, kind, spans, seeds, mayMove)] : sites;
}

/** withdraw/helper-call's id (a call of the bot's own withdrawal helper), named here to keep the detectors out of this module's imports. */
const HELPER_CALL = 'withdraw/helper-call';

/** True for a function name that may be a mover (not a hook, a statement word, a reader or a factory). */
function mayMove(name: string): boolean {
  return !NEVER.test(name) && !NOT_CALLS.has(name) && !NOT_MOVING.test(name) && !FACTORY.test(name);
}

/**
 * The movers of a file from its sites, each function once with its strongest finding; `follows` says which
 * calls of other files' movers count (by default all of them).
 */
export function moversOf(sites: readonly MoverSite[], path: string, follows: (callee: string) => boolean = () => true): Mover[] {
  const movers = new Map<string, Mover>();
  for (const s of sites) {
    if (s.calls !== undefined && !follows(s.calls)) continue;
    const had = movers.get(s.name);
    if (!had || RANK[s.severity] > RANK[had.severity]) movers.set(s.name, { name: s.name, path, line: s.line, severity: s.severity });
  }
  return [...movers.values()];
}

/**
 * Where a text uses the given names (the workspace's movers): which it defines, which it calls, and what it imports.
 * The second look a workspace scan takes, only when some file defines a mover.
 */
export function nameUses(text: string, names: readonly string[]): Omit<FileSummary, 'movers'> {
  const defs = new Set<string>();
  const calls = new Set<string>();
  if (names.length > 0) {
    const re = new RegExp(String.raw`(?<![\w$])(${names.map((n) => n.replace(/\$/g, '\\$')).join('|')})(?![\w$])([ \t]*\()?`, 'g');
    for (const m of text.matchAll(re)) {
      if (headName(text.slice(lineStartWithin(text, m.index), lineEndWithin(text, m.index))) === m[1]) defs.add(m[1]);
      else if (m[2] !== undefined) calls.add(m[1]);
    }
  }
  return { defs: [...defs], calls: [...calls], imports: calls.size ? importedModules(text) : [] };
}

/** How many layers of helpers a workspace scan follows (a command calls a service that calls the sender). */
export const MAX_LAYERS = 3;

/** A file a single-process workspace scan holds: its text and its current findings. */
export interface WorkspaceFile {
  path: string;
  text: string;
  kind: FileKind;
  findings: readonly Finding[];
}

/**
 * The movers every file of a workspace calls from another file, for callers holding all texts (tests, the editor).
 * With `rescan` (the file's findings given its movers), a caller of a mover becomes one in turn, up to MAX_LAYERS.
 */
export function workspaceMovers(files: readonly WorkspaceFile[], rescan?: (file: WorkspaceFile, movers: readonly Mover[]) => readonly Finding[]): Map<string, Mover[]> {
  let current = files.map((f) => ({ ...f }));
  let result = new Map<string, Mover[]>();
  for (let layer = 0; layer < MAX_LAYERS; layer++) {
    const movers = current.map((f) => fileMovers(f.text, f.path, f.kind, f.findings));
    const names = [...new Set(movers.flat().map((m) => m.name))];
    if (names.length === 0) return result;
    const summaries = new Map<string, FileSummary>();
    current.forEach((f, i) => summaries.set(f.path, { movers: movers[i], ...nameUses(f.text, names) }));
    const next = crossFileMovers(summaries);
    const changed = current.filter((f) => moverKey(next.get(f.path)) !== moverKey(result.get(f.path)));
    result = next;
    if (!rescan || changed.length === 0) return result;
    current = current.map((f) => (changed.includes(f) ? { ...f, findings: rescan(f, next.get(f.path) ?? []) } : f));
  }
  return result;
}

/** A list of movers as one comparable string. */
export function moverKey(movers: readonly Mover[] | undefined): string {
  return (movers ?? []).map((m) => `${m.path}:${m.name}:${m.severity}`).sort().join('|');
}

/**
 * Names too common to link two files by name alone (`send`, `transfer`, `run`): a call of one counts only when the
 * calling file imports the module that defines it.
 */
const COMMON = new Set([
  'main', 'run', 'start', 'stop', 'init', 'setup', 'send', 'transfer', 'execute', 'process', 'handle', 'handler', 'call',
  'request', 'post', 'get', 'put', 'update', 'create', 'submit', 'sign', 'broadcast', 'apply', 'invoke', 'fetch', 'exec',
  'perform', 'dispatch', 'callback', 'wrapper', 'query', 'pay', 'push', 'sendtransaction', 'send_transaction',
  'transact', 'withdraw', 'tip', 'action', 'task', 'job', 'work', 'step', 'tick', 'loop', 'load', 'save', 'build',
  'cancel', 'close', 'open', 'confirm', 'approve', 'execute_transaction', 'sendasync', 'transferasync',
]);

/** True for a common name in any case and with C#'s `Async` suffix (`Transfer`, `TransferAsync`, `send`). */
function isCommon(name: string): boolean {
  const n = name.toLowerCase();
  return COMMON.has(n) || COMMON.has(n.replace(/async$/, ''));
}

/** Names that are never a link: constructors, test hooks, one- to three-letter helpers. */
const NEVER = /^(?:__\w+__|constructor|new|default|test\w*|it|describe|setUp|tearDown|[A-Za-z_$][\w$]{0,2})$/;

/** Names that say a function reads, waits or approves: a send found in one is plumbing (an approval's transaction). */
const NOT_MOVING = /^(?:approve|allowance|estimate|get|fetch|check|wait|is|has|load|read|query|balance|on[A-Z_])/i;

/** Name segments of a function that lists or reads withdrawals (`withdrawalRecords`, `withdraw_history`, `withdrawStatus`). */
const READ_SEGMENTS = new Set(['records', 'record', 'history', 'histories', 'list', 'status', 'details', 'detail', 'quota', 'quotas']);

/** True when a function's name says it reads (a query word among its segments): a withdraw path in it is a query's. */
const readsByName = (name: string): boolean => nameSegments(name).some((s) => READ_SEGMENTS.has(s));

/** A request sent from a function body: an HTTP client's verb or a generic request helper (`requests.post(`, `this._call(`). */
const REQUEST = /(?:\b(?:post|put|delete|request|fetch|send|call|invoke|execute|exec|urlopen|curl_exec|Do|Post|Request|Send|Call|Execute|_?req\w*|axios|got|ajax)|\.(?:post|put|delete)\w*)[ \t]*[(<]/;

/** A factory that wires a bot's handlers (`createBot`, `setup_commands`): a send in one of them is that handler's. */
const FACTORY = /^(?:create|make|build|setup|init|register)_?(?:bot|app|server|client|router|handlers?|commands?|services?|api|program|cli)$/i;

/**
 * Module file names a text imports: JS `require('…')` / `from '…'`, Python `from a.b import` / `import a.b`, and the
 * modules a Python package import names (`from bot import wallet, store`: `wallet.py` and `store.py`), lowercase.
 */
export function importedModules(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:require\(|\bfrom[ \t]+|\bimport[ \t]+)["'`]?([\w@$./-]{1,200})/g)) {
    const last = m[1].replace(/\.(?:js|ts|mjs|cjs|jsx|tsx)$/, '').split(/[./]/).filter(Boolean).pop();
    if (last) out.add(last.toLowerCase());
  }
  for (const m of text.matchAll(/^[ \t]*from[ \t]+[\w.]{1,200}[ \t]+import[ \t]+([\w, \t]{1,300})$/gm)) {
    for (const name of m[1].split(',')) if (/^[ \t]*\w+[ \t]*$/.test(name)) out.add(name.trim().toLowerCase());
  }
  return [...out];
}

/**
 * For each file, the movers of other files it calls. A name links two files when every definition of it in the
 * workspace moves funds (a name some file defines harmlessly is ambiguous), the calling file does not define it
 * itself, and the name is specific, or the calling file imports a module that defines it.
 */
export function crossFileMovers(summaries: ReadonlyMap<string, FileSummary>): Map<string, Mover[]> {
  const definedIn = new Map<string, string[]>();
  const moverOf = new Map<string, Mover[]>();
  for (const [path, s] of summaries) {
    for (const d of s.defs) (definedIn.get(d) ?? definedIn.set(d, []).get(d)!).push(path);
    for (const m of s.movers) (moverOf.get(m.name) ?? moverOf.set(m.name, []).get(m.name)!).push(m);
  }
  // A name is usable from a file when every other file's definition of it moves funds (the file's own is its own).
  const usable = (name: string, path: string): Mover[] | undefined => {
    const movers = moverOf.get(name);
    const paths = (definedIn.get(name) ?? []).filter((p) => p !== path);
    return movers && paths.every((p) => movers.some((m) => m.path === p)) ? movers : undefined;
  };
  const out = new Map<string, Mover[]>();
  if (moverOf.size === 0) return out;
  for (const [path, s] of summaries) {
    const own = new Set(s.defs);
    const imports = new Set(s.imports);
    const list: Mover[] = [];
    for (const name of s.calls) {
      const movers = usable(name, path);
      if (!movers) continue;
      // A name the file defines itself links only through the module it imports (`store.withdraw(…)` in a bot whose
      // own `withdraw` command calls it): wrapperCalls then takes only the calls written with that module.
      const linked = movers.filter((m) => m.path !== path && (own.has(name) || isCommon(name) ? imports.has(stem(m.path)) : true));
      if (linked.length) list.push(strongest(linked));
    }
    if (list.length) out.set(path, list);
  }
  return out;
}

/** A path's file name without its extension, lowercase (`core/erc20.js` → `erc20`). */
function stem(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '').toLowerCase();
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** The mover with the strongest finding; of equals the first by path and line, whatever order the files came in. */
function strongest(movers: readonly Mover[]): Mover {
  const before = (a: Mover, b: Mover) => RANK[a.severity] - RANK[b.severity] || (a.path < b.path ? 1 : a.path > b.path ? -1 : b.line - a.line);
  return movers.reduce((a, b) => (before(b, a) > 0 ? b : a));
}
