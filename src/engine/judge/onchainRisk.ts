// What makes an on-chain send a withdrawal worth a warning: where the funds go and how much of the wallet leaves.
// Text analysis only (no parser): the call's own arguments, the transaction object built a few lines above it,
// and the assignments that feed them, followed through names a few steps back.
import { callArguments } from './callArguments';
import { cliOperands } from './cliOperands';
import { callerGivesRisk, paramGivenLiteral, paysFromFaucet } from './onchainCallers';
import { paysPayee } from './payee';

/**
 * Address literals: EVM (`0x` + 40 hex, or an exchange-module subaccount id of 64), Tron (`T` + 33 base58), a
 * Cosmos bech32 account (`cosmos1…`, `inj1…`), TON (`EQ…`/`UQ…` + 46 base64url), Monero (`4…`/`8…`, 95 base58),
 * a Solana key wrapped in `PublicKey("…")` / `Pubkey.from_string("…")`.
 */
export const ADDRESS_LITERAL = /["'`](?:0x[0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?|T[1-9A-HJ-NP-Za-km-z]{33}|[a-z]{2,12}1[02-9ac-hj-np-z]{38,58}|[EUk0]Q[A-Za-z0-9_-]{46}|[48][1-9A-HJ-NP-Za-km-z]{94})["'`]|(?:PublicKey\(|Pubkey\.from_string\()[ \t]*["'`][1-9A-HJ-NP-Za-km-z]{32,44}["'`]/;
/** Run-time decoding that hides a value from a reader: base64, char codes, hex to text. */
const DECODED = /b64decode|base64\.(?:b64)?decode|atob\(|Buffer\.from\([^()\n]{0,80},[ \t]*["']base64["']|fromCharCode|bytes\.fromhex\([^()\n]{0,80}\)\.decode|codecs\.decode/;
/** The wallet's balance: what a sweep sends (all of it, or a share). */
const BALANCE = /balance/i;
/** Names that hold a destination among a call's arguments. */
export const DEST_NAME = /(?:^|[._])(?:to|dest\w*|destination|target\w*|recipient\w*|receiver\w*|wallet\w*|addr\w*|address\w*|to_?[Aa]ddr\w*|[A-Za-z]*(?:Address|Wallet|Recipient|Dest|Target)\w*)$/;
/** Names that hold no destination even when they say address (the token contract itself). */
export const NOT_DEST_NAME = /token|contract|mint|program|spender|from|sender|owner/i;
/** A function or handler head: the nearest one above a call says what the code around it does. */
const FUNCTION_HEAD = /\bdef[ \t]+\w+|\bfunction\b|\bfunc[ \t]|\bfn[ \t]+\w+|=>[ \t]*\{?[ \t]*$|\.on(?:Text|Command|Message)?\(|\.command\(|@\w+\.(?:route|post|get|message_handler|command)/;

const IDENT = /[A-Za-z_$][A-Za-z0-9_$]*/g;
const KEYWORDS = new Set(['await', 'new', 'int', 'float', 'str', 'Number', 'String', 'BigInt', 'this', 'self', 'const', 'let', 'var', 'return', 'true', 'false', 'None', 'null']);

let lastAssignments: { text: string; byName: Map<string, Array<{ line: number; rhs: string }>> } | undefined;

/** Every `name = value` of a text by name (also `const`/`let`/`var`, `self.name`, Python annotations), once per text. */
function assignments(text: string): Map<string, Array<{ line: number; rhs: string }>> {
  if (lastAssignments?.text === text) return lastAssignments.byName;
  const byName = new Map<string, Array<{ line: number; rhs: string }>>();
  const re = /^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var|final)[ \t]+)?(?:self\.|this\.)?([A-Za-z_$][A-Za-z0-9_$]*)(?:[ \t]*,[ \t]*[A-Za-z_$][A-Za-z0-9_$]*)*[ \t]*(?::[^=\n]{1,60})?:?=(?![=>])[ \t]*([^\n]{1,300})/;
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
 * test; `fromLine` limits the assignments to those at or after that line (a function's own, for amounts). With
 * `useLine`, a name reassigned above that line is read from its nearest assignment only: a `dest` set for a fee
 * estimate in one function is not the `dest` another function sends to.
 */
function feeds(text: string, expr: string, test: RegExp, fromLine = 0, useLine?: number, depth = 4, seen = new Set<string>()): boolean {
  if (test.test(expr)) return true;
  if (depth === 0) return false;
  const byName = assignments(text);
  for (const id of expr.replace(/(["'`])(?:\\.|(?!\1).){0,200}\1/g, '').match(IDENT) ?? []) {
    if (KEYWORDS.has(id) || seen.has(id)) continue;
    seen.add(id);
    // A shell variable is assigned without its `$` (`AMOUNT=…`, then `$AMOUNT`).
    const all = (byName.get(id) ?? byName.get(id.replace(/^\$/, '')) ?? []).filter((a) => a.line >= fromLine);
    const above = useLine === undefined ? [] : all.filter((a) => a.line <= useLine);
    for (const a of above.length > 0 ? above.slice(-1) : all) {
      if (feeds(text, a.rhs, test, fromLine, useLine === undefined ? undefined : a.line, depth - 1, seen)) return true;
    }
  }
  return false;
}


/** The values of the given keys (`to: x`, `'to': x`, `toPubkey: x`) in a text, up to a comma, brace or line end. */
function fieldValues(text: string, keys: string): string[] {
  const re = new RegExp(String.raw`(?<![A-Za-z0-9_$])["']?(${keys})["']?[ \t]*[:=][ \t]*([^,\n}]{1,160})`, 'g');
  return [...text.matchAll(re)].filter((m) => !normalisesItself(text, m)).map((m) => m[2]);
}

/** A member that only normalises its own value (`data.to = data.to.toLowerCase()`) sets no destination. */
function normalisesItself(text: string, m: RegExpMatchArray): boolean {
  const owner = /([A-Za-z_$][A-Za-z0-9_$.]*)[.]$/.exec(text.slice(Math.max(0, (m.index ?? 0) - 60), m.index))?.[1];
  return owner !== undefined && m[2].startsWith(`${owner}.${m[1]}`);
}

/** The destination and amount of a message built with named fields (`to_address="…"`, `{ toAddress: … }`). */
export function fieldShape(args: string, destKeys: string, amountKeys: string): SendShape {
  return { destinations: fieldValues(args, destKeys), amounts: fieldValues(args, amountKeys) };
}

/** Where a send goes and how much: the expressions that say so around one call. */
export interface SendShape {
  destinations: string[];
  amounts: string[];
  /** Where the shape was read when not at the send itself. */
  at?: number;
  /** One transaction paying a list of destinations (a batch transfer): a payout. */
  many?: boolean;
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

/** A loop that waits for the balance to reach a sum before sending (`while bal < goal: sleep`): a forwarder. */
const AWAITS_FUNDS = /\bwhile\b[^\n]{0,80}(?:balance|\bbal\b)/i;

/** Function heads whose name says the code pays others or empties wallets (a bot's withdraw, an airdrop, a sweep). */
export const PAYOUT_HEAD = /withdraw|airdrop|payout|sweep|drain|disperse|multi_?send/i;
/** A collection of other people's or other wallets' addresses: what a payout or sweep loop walks over. */
const ADDRESS_LIST = String.raw`[A-Za-z0-9_$.]*(?:wallet|address|recipient|receiver)[A-Za-z0-9_$]*`;

/** The name a function head defines (`def pay(`, `function pay(`, `const pay = async (`), if any. */
function headName(head: string | undefined): string | undefined {
  return head ? /(?:\bdef|\bfunction|\bfunc|\bfn|\bconst|\blet|\bvar)[ \t]+([A-Za-z_$][A-Za-z0-9_$]*)/.exec(head)?.[1] : undefined;
}

/** True when the text loops over a list of addresses or wallets and passes the loop's item to `callee(`. */
export function calledPerAddress(text: string, callee: string): boolean {
  const loops = new RegExp(String.raw`for[ \t]*\(?[ \t]*(?:const|let|var)?[ \t]*([A-Za-z_$][A-Za-z0-9_$]*)[ \t]+(?:of|in)[ \t]+${ADDRESS_LIST}|${ADDRESS_LIST}[.](?:map|forEach)\([ \t]*(?:async[ \t]*)?\(?[ \t]*([A-Za-z_$][A-Za-z0-9_$]*)`, 'gi');
  for (const m of text.matchAll(loops)) {
    const item = m[1] ?? m[2];
    const body = text.slice(m.index, m.index + 600);
    if (new RegExp(String.raw`(?<![A-Za-z0-9_$])${callee}[ \t]*\([^()\n]{0,120}(?<![A-Za-z0-9_$])${item}(?![A-Za-z0-9_$])`).test(body)) return true;
  }
  return false;
}

/**
 * Why a send is risky, or undefined for an ordinary transfer (the user's own wallet is a common destination).
 * `demo` (an example or test file) drops the fixed-destination reason: a literal there is the example's address;
 * it and `path` (a file named for approvals, wraps, swaps, deposits) keep a payee's transfer information (payee.ts).
 * `python` reads the enclosing functions by indentation.
 * A shape read elsewhere (`shape.at`: the transaction a helper was handed, built in another function) is judged there.
 */
export function sendRisk(text: string, at: number, shape: SendShape, demo = false, python = false, path = ''): string | undefined {
  const where = shape.at ?? at;
  const local = localWindow(text, where, 40);
  const fixedCounts = !demo && !LOCAL_CHAIN.test(text);
  const useLine = lineOf(text, where);
  if (fixedCounts && shape.destinations.some((d) => feeds(text, d, ADDRESS_LITERAL, 0, useLine))) return 'fixed-destination';
  if (shape.destinations.some((d) => feeds(text, d, DECODED, 0, useLine))) return 'decoded-destination';
  // Amounts follow the assignments of the lines above only: `amount` is a common name.
  if (shape.amounts.some((a) => feeds(text, a, BALANCE, Math.max(0, lineOf(text, where) - 40)))) return 'whole-balance';
  if (local.head && PAYOUT_HEAD.test(local.head)) return 'payout-function';
  if (shape.many) return 'batch-payout';
  if (paysFromFaucet(text, local.text)) return 'faucet';
  if (AWAITS_FUNDS.test(local.text) && /sleep/i.test(local.text)) return 'forwards-deposit';
  const literalAt = (arg: string, line: number) => feeds(text, arg, ADDRESS_LITERAL, 0, line);
  if (fixedCounts && shape.destinations.some((d) => paramGivenLiteral(text, local.head, d, literalAt))) return 'fixed-destination';
  // The function that sends is called in this file from a withdraw or sweep function, or handed the balance.
  const caller = callerGivesRisk(text, where, PAYOUT_HEAD, (arg, line) => feeds(text, arg, BALANCE, Math.max(0, line - 40), line), python);
  if (caller) return caller;
  // A payout loop: the destination is the loop's item over a list of wallets or addresses.
  for (const d of shape.destinations) {
    // The loop is above the call, or a comprehension among its arguments (`[{"address": a} for a in addresses]`);
    // its item may be wrapped (`HexBytes(address)`, `Pubkey.from_string(a)`): any name of the expression.
    const around = `${local.text}${text.slice(where, where + 400)}`;
    const names = d.replace(/(["'`])(?:\\.|(?!\1).){0,200}\1/g, '').match(IDENT) ?? [];
    for (const item of names.slice(0, 4).map((n) => n.replace(/\$/g, '\\$'))) if (!KEYWORDS.has(item) && new RegExp(String.raw`for[ \t]*\(?[ \t]*(?:const|let|var)?[ \t]*${item}[ \t]+(?:of|in)[ \t]+${ADDRESS_LIST}`, 'i').test(around)) return 'payout-loop';
  }
  // The function that builds the transaction is called once per address of a list.
  const builder = headName(local.head);
  if (builder && shape.destinations.length > 0 && calledPerAddress(text, builder)) return 'payout-loop';
  // Anything else leaving for a payee (payee.ts). A demo's transfer stays information (its addresses are the
  // example's), as does a local chain's (its accounts are fixed), and a helper's that signs what it is handed: any
  // object of the file with a `to` may be what it sends (a type annotation too), the builder's transfer says where.
  if (fixedCounts && shape.at === undefined && paysPayee(shape.destinations, local.head, local.text, path, (d, re) => feeds(text, d, re, 0, useLine))) return 'external-destination';
  return undefined;
}

/** Solana token instructions: `createTransferInstruction(source, destination, owner, amount)`, and the checked form. */
const SPL_TRANSFER = /(?<![A-Za-z0-9_$])(createTransferInstruction|createTransferCheckedInstruction)[ \t]*\(/g;
/** go-ethereum's legacy transaction: `types.NewTransaction(nonce, to, value, gasLimit, gasPrice, data)`. */
const GO_TX = /(?<![A-Za-z0-9_$])NewTransaction[ \t]*\(/g;
/** The fields that name a transaction's destination and amount (JS, Python, Go struct literals). */
const DEST_KEYS = 'to|To|toPubkey|to_pubkey|recipient|destination|to_address';
/** In a send's own named arguments `address` is the payee too (monero-wallet-rpc's `{"address": …, "amount": …}`). */
const FIELD_DEST_KEYS = `${DEST_KEYS}|toAddress|address|destination_?[Aa]d{1,2}ress`;
const AMOUNT_KEYS = 'value|Value|lamports|amount';

/** Destinations and amounts of a scope: transaction fields and positional instruction arguments. */
function scopeShape(scope: string): SendShape {
  const destinations = fieldValues(scope, DEST_KEYS);
  const amounts = fieldValues(scope, AMOUNT_KEYS);
  for (const m of scope.matchAll(SPL_TRANSFER)) {
    const args = callArguments(scope, m.index + m[0].length - 1);
    const checked = m[1] === 'createTransferCheckedInstruction';
    destinations.push(...args.slice(checked ? 2 : 1, checked ? 3 : 2));
    amounts.push(...args.slice(checked ? 4 : 3, checked ? 5 : 4));
  }
  for (const m of scope.matchAll(GO_TX)) {
    const args = callArguments(scope, m.index + m[0].length - 1);
    destinations.push(...args.slice(1, 2));
    amounts.push(...args.slice(2, 3));
  }
  return { destinations, amounts };
}

/**
 * The transactions a file builds in object literals (`return { to, value }`), each with its place: what a helper
 * that only signs and sends a transaction it was handed is sending.
 */
function builtTransactions(text: string): SendShape[] {
  const shapes: SendShape[] = [];
  for (const m of text.matchAll(/(?<![A-Za-z0-9_$])["']?to["']?[ \t]*:[ \t]*[^,\n}]{1,160}/g)) {
    const scope = text.slice(Math.max(0, m.index - 300), m.index + 300);
    if (!/(?<![A-Za-z0-9_$])["']?value["']?[ \t]*:/.test(scope)) continue;
    shapes.push({ ...scopeShape(scope), at: m.index });
    if (shapes.length === 8) break;
  }
  return shapes;
}

/** Every shape that may describe a send: its own (see `sendShape`), or for a handed-in transaction, the file's. */
export function sendShapes(text: string, nameEnd: number, kind: ShapeKind): SendShape[] {
  const own = sendShape(text, nameEnd, kind);
  if (kind !== 'tx' || own.destinations.length > 0) return [own];
  return [own, ...builtTransactions(text)];
}

export type ShapeKind = 'tx' | 'to-first' | 'to-second' | 'fields' | 'named' | 'contract-args' | 'batch' | 'ledger' | 'cli' | 'cli-spl';

/** The destination and amount expressions of a send whose call name ends at `nameEnd`, by the kind of call. */
export function sendShape(text: string, nameEnd: number, kind: ShapeKind): SendShape {
  // A command line (`solana transfer <to> <amount>`, `spl-token transfer <mint> <amount> <to>`): words, not arguments.
  if (kind === 'cli' || kind === 'cli-spl') {
    const lineEnd = text.indexOf('\n', nameEnd);
    const words = cliOperands(text.slice(nameEnd, lineEnd === -1 ? undefined : lineEnd));
    return kind === 'cli' ? { destinations: words.slice(0, 1), amounts: words.slice(1, 2) } : { destinations: words.slice(2, 3), amounts: words.slice(1, 2) };
  }
  const open = text.indexOf('(', nameEnd);
  const args = open === -1 || open - nameEnd > 40 ? [] : callArguments(text, open);
  // An XRPL transaction submitted: its `Destination` and `Amount`, set in the lines above or among the arguments.
  if (kind === 'ledger') return fieldShape(`${localWindow(text, nameEnd, 40).text}\n${args.join(',')}`, 'Destination|destination', 'Amount|amount');
  // A single options object (tonweb's `wallet.methods.transfer({ toAddress, amount, seqno })`) names its fields.
  if (kind === 'to-first' && args[0]?.startsWith('{')) return fieldShape(args[0], FIELD_DEST_KEYS, AMOUNT_KEYS);
  if (kind === 'to-first') return { destinations: args.slice(0, 1), amounts: args.slice(1, 2) };
  if (kind === 'to-second') return { destinations: args.slice(1, 2), amounts: args.slice(2, 3) };
  if (kind === 'named') {
    return { destinations: args.filter((a) => DEST_NAME.test(bare(a)) && !NOT_DEST_NAME.test(bare(a))), amounts: args.filter((a) => /amount|value|balance|qty|quantity/i.test(a)) };
  }
  if (kind === 'contract-args') {
    // viem's `writeContract({ functionName: 'transfer', args: [to, amount] })`.
    // Also web3.py's `contract.encode_abi("transfer", args=[to, amount])`.
    const list = open === -1 ? -1 : text.slice(open, open + 600).search(/(?<![A-Za-z0-9_$])args[ \t]*[:=][ \t]*\[/);
    const inner = list === -1 ? [] : callArguments(text, text.indexOf('[', open + list));
    return { destinations: inner.slice(0, 1), amounts: inner.slice(1, 2) };
  }
  // A batch transfer (`wallet.batch_transfer(data_list=[TransferData(destination=…), …])`): several payees at once.
  if (kind === 'batch') return { ...fieldShape(args.join(','), FIELD_DEST_KEYS, AMOUNT_KEYS), many: true };
  // A transaction object: inline, or built in the lines above (`tx = {'to': …, 'value': …}` then signed and sent).
  const own = args.join(',');
  if (kind === 'fields') return fieldShape(own, FIELD_DEST_KEYS, AMOUNT_KEYS);
  return scopeShape(`${localWindow(text, nameEnd, 25).text}\n${own}`);
}

/** An argument without call wrappers and member prefixes: `int_from_hex(self.target)` → `target`. */
function bare(arg: string): string {
  const inner = /\(([^()]*)\)\s*$/.exec(arg)?.[1] ?? arg;
  return inner.split('=').pop()!.trim().split('.').pop()!.trim();
}

/** An amount argument: a name that says so, or a number. */
const AMOUNT_ARG = /amount|qty|quantity|value|lamports|wei|^(?:sol|eth|bnb|usdt|usdc)\b|_(?:sol|eth|bnb)\b|^[0-9][0-9_.]*$/i;

/**
 * A wrapper's send called once per address of a list (`[w.send(r, amt) for r in address_list]`,
 * `for (const a of wallets) await s.send(a, amt)`): the call whose `(` is at `open` takes the loop's item first and
 * an amount second, and the loop (on its line or up to three lines above) walks a list of addresses or wallets.
 */
export function sendsPerAddress(text: string, open: number): boolean {
  const args = callArguments(text, open);
  if (args.length < 2 || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(args[0]) || !AMOUNT_ARG.test(bare(args[1]))) return false;
  const lineStart = text.lastIndexOf('\n', open) + 1;
  let from = lineStart;
  for (let i = 0; i < 3 && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
  const lineEnd = text.indexOf('\n', open);
  const around = text.slice(from, lineEnd === -1 ? text.length : lineEnd);
  const list = String.raw`(?<list>[A-Za-z0-9_$.]*(?:wallet|address|recipient|receiver)[A-Za-z0-9_$]*)`;
  const loop = new RegExp(String.raw`for[ \t]*\(?[ \t]*(?:const|let|var)?[ \t]*${args[0]}[ \t]+(?:of|in)[ \t]+${list}`, 'i').exec(around);
  return loop !== null && !/mail|phone|sms/i.test(loop.groups!.list);
}
