// What makes an on-chain send a withdrawal worth a warning: where the funds go and how much of the wallet leaves.
// Text analysis only (no parser): the call's own arguments, the transaction object built a few lines above it,
// and the assignments that feed them, followed through names a few steps back.

/** Address literals: EVM (`0x` + 40 hex), Tron (`T` + 33 base58), a Solana key wrapped in `PublicKey("…")`. */
const ADDRESS_LITERAL = /["'`](?:0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})["'`]|PublicKey\([ \t]*["'`][1-9A-HJ-NP-Za-km-z]{32,44}["'`]/;
/** Run-time decoding that hides a value from a reader: base64, char codes, hex to text. */
const DECODED = /b64decode|base64\.(?:b64)?decode|atob\(|Buffer\.from\([^()\n]{0,80},[ \t]*["']base64["']|fromCharCode|bytes\.fromhex\([^()\n]{0,80}\)\.decode|codecs\.decode/;
/** The wallet's balance: what a sweep sends (all of it, or a share). */
const BALANCE = /balance/i;
/** Names that hold a destination among a call's arguments. */
const DEST_NAME = /(?:^|[._])(?:to|dest\w*|destination|target\w*|recipient\w*|receiver\w*|wallet\w*|addr\w*|address\w*|to_?[Aa]ddr\w*|[A-Za-z]*(?:Address|Wallet|Recipient|Dest|Target)\w*)$/;
/** Names that hold no destination even when they say address (the token contract itself). */
const NOT_DEST_NAME = /token|contract|mint|program|spender|from|sender|owner/i;
/** A function or handler head: the nearest one above a call says what the code around it does. */
const FUNCTION_HEAD = /\bdef[ \t]+\w+|\bfunction\b|\bfunc[ \t]|\bfn[ \t]+\w+|=>[ \t]*\{?[ \t]*$|\.on(?:Text|Command|Message)?\(|\.command\(|@\w+\.(?:route|post|get|message_handler|command)/;

const IDENT = /[A-Za-z_$][A-Za-z0-9_$]*/g;
const KEYWORDS = new Set(['await', 'new', 'int', 'float', 'str', 'Number', 'String', 'BigInt', 'this', 'self', 'const', 'let', 'var', 'return', 'true', 'false', 'None', 'null']);

let lastAssignments: { text: string; byName: Map<string, Array<{ line: number; rhs: string }>> } | undefined;

/** Every `name = value` of a text by name (also `const`/`let`/`var`, `self.name`, Python annotations), once per text. */
function assignments(text: string): Map<string, Array<{ line: number; rhs: string }>> {
  if (lastAssignments?.text === text) return lastAssignments.byName;
  const byName = new Map<string, Array<{ line: number; rhs: string }>>();
  const re = /^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var|final)[ \t]+)?(?:self\.|this\.)?([A-Za-z_$][A-Za-z0-9_$]*)[ \t]*(?::[^=\n]{1,60})?=(?![=>])[ \t]*([^\n]{1,300})/;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].indexOf('=') === -1) continue;
    const m = re.exec(lines[i]);
    if (!m) continue;
    const list = byName.get(m[1]) ?? [];
    list.push({ line: i, rhs: m[2] });
    byName.set(m[1], list);
  }
  lastAssignments = { text, byName };
  return byName;
}

/**
 * True when an expression, or a name it uses (followed back through assignments, up to four steps), matches the
 * test; `fromLine` limits the assignments to those at or after that line (a function's own, for amounts).
 */
function feeds(text: string, expr: string, test: RegExp, fromLine = 0, depth = 4, seen = new Set<string>()): boolean {
  if (test.test(expr)) return true;
  if (depth === 0) return false;
  const byName = assignments(text);
  for (const id of expr.replace(/(["'`])(?:\\.|(?!\1).){0,200}\1/g, '').match(IDENT) ?? []) {
    if (KEYWORDS.has(id) || seen.has(id)) continue;
    seen.add(id);
    for (const a of byName.get(id) ?? []) {
      if (a.line >= fromLine && feeds(text, a.rhs, test, fromLine, depth - 1, seen)) return true;
    }
  }
  return false;
}

/** The arguments of the call whose `(` is at `open`, split at top-level commas (at most 800 characters read). */
export function callArguments(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let from = open + 1;
  let quote = '';
  for (let i = open; i < Math.min(text.length, open + 800); i++) {
    const c = text[i];
    if (quote) { if (c === quote && text[i - 1] !== '\\') quote = ''; continue; }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) { args.push(text.slice(from, i).trim()); return args.filter(Boolean); }
    } else if (c === ',' && depth === 1) { args.push(text.slice(from, i).trim()); from = i + 1; }
  }
  return args.filter(Boolean);
}

/** The values of the given keys (`to: x`, `'to': x`, `toPubkey: x`) in a text, up to a comma, brace or line end. */
function fieldValues(text: string, keys: string): string[] {
  const re = new RegExp(String.raw`(?<![A-Za-z0-9_$])["']?(?:${keys})["']?[ \t]*[:=][ \t]*([^,\n}]{1,160})`, 'g');
  return [...text.matchAll(re)].map((m) => m[1]);
}

/** Where a send goes and how much: the expressions that say so around one call. */
export interface SendShape {
  destinations: string[];
  amounts: string[];
}

/** The 0-based line of an offset. */
function lineOf(text: string, at: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The lines above a call, up to `lines` and never past the function head before it. */
function localWindow(text: string, at: number, lines: number): { text: string; firstLine: number; head?: string } {
  let start = at;
  for (let i = 0; i < lines && start > 0; i++) start = text.lastIndexOf('\n', start - 1);
  start = Math.max(0, start);
  const above = text.slice(start, at);
  const rows = above.split('\n');
  let headAt = -1;
  for (let i = rows.length - 1; i >= 0; i--) if (FUNCTION_HEAD.test(rows[i])) { headAt = i; break; }
  const kept = headAt === -1 ? rows : rows.slice(headAt);
  return { text: kept.join('\n'), firstLine: lineOf(text, at) - kept.length + 1, head: headAt === -1 ? undefined : rows[headAt] };
}

/** A local development chain (Hardhat, Ganache, Anvil): its accounts are fixed by design. */
const LOCAL_CHAIN = /chain_?[Ii]d["']?[ \t]*[:=][ \t]*(?:31337|1337)\b|(?:localhost|127\.0\.0\.1):8545|\b(?:hardhat|ganache|anvil)\b/;

/**
 * Why a send is risky, or undefined for an ordinary transfer (the user's own wallet is a common destination).
 * `demo` (an example or test file) drops the fixed-destination reason: a literal there is the example's address.
 */
export function sendRisk(text: string, at: number, shape: SendShape, demo = false): string | undefined {
  const local = localWindow(text, at, 40);
  const fixedCounts = !demo && !LOCAL_CHAIN.test(text);
  if (fixedCounts && shape.destinations.some((d) => feeds(text, d, ADDRESS_LITERAL))) return 'fixed-destination';
  if (shape.destinations.some((d) => feeds(text, d, DECODED))) return 'decoded-destination';
  // Amounts follow the assignments of the lines above only: `amount` is a common name.
  if (shape.amounts.some((a) => feeds(text, a, BALANCE, Math.max(0, lineOf(text, at) - 40)))) return 'whole-balance';
  if (local.head && /withdraw/i.test(local.head)) return 'withdraw-handler';
  // A payout loop: the destination is the loop's item over a list of wallets or addresses.
  for (const d of shape.destinations) {
    const item = /^([A-Za-z_$][A-Za-z0-9_$]*)/.exec(d)?.[1];
    if (item && new RegExp(String.raw`for[ \t]*\(?[ \t]*(?:const|let|var)?[ \t]*${item}[ \t]+(?:of|in)[ \t]+[A-Za-z0-9_$.]*(?:wallet|address|recipient|receiver)`, 'i').test(local.text)) return 'payout-loop';
  }
  return undefined;
}

/** The destination and amount expressions of a send whose call name ends at `nameEnd`, by the kind of call. */
export function sendShape(text: string, nameEnd: number, kind: 'tx' | 'to-first' | 'to-second' | 'fields' | 'named'): SendShape {
  const open = text.indexOf('(', nameEnd);
  const args = open === -1 || open - nameEnd > 40 ? [] : callArguments(text, open);
  if (kind === 'to-first') return { destinations: args.slice(0, 1), amounts: args.slice(1, 2) };
  if (kind === 'to-second') return { destinations: args.slice(1, 2), amounts: args.slice(2, 3) };
  if (kind === 'named') {
    return { destinations: args.filter((a) => DEST_NAME.test(bare(a)) && !NOT_DEST_NAME.test(bare(a))), amounts: args.filter((a) => /amount|value|balance|qty|quantity/i.test(a)) };
  }
  // A transaction object: inline, or built in the lines above (`tx = {'to': …, 'value': …}` then signed and sent).
  const own = args.join(',');
  const scope = kind === 'fields' ? own : `${localWindow(text, nameEnd, 25).text}\n${own}`;
  return {
    destinations: fieldValues(scope, 'to|toPubkey|recipient|destination|to_address'),
    amounts: fieldValues(scope, 'value|lamports|amount'),
  };
}

/** An argument without call wrappers and member prefixes: `int_from_hex(self.target)` → `target`. */
function bare(arg: string): string {
  const inner = /\(([^()]*)\)\s*$/.exec(arg)?.[1] ?? arg;
  return inner.split('=').pop()!.trim().split('.').pop()!.trim();
}
