// Where an on-chain send goes and how much: the destination and amount expressions around one call, read by the
// kind of call (a transaction object, positional arguments, named fields, a command line). onchainRisk.ts judges
// them. Text analysis only (no parser).
import { callArguments, callEnd } from './callArguments';
import { cliOperands } from './cliOperands';
import { linesAbove } from '../text/linesAbove';
import { INDEXED_TEXT, TextMemo } from './textMemo';
import { BRIDGE_SENDS, bridgeSendOf } from './bridgeSends';

/** Names that hold a destination among a call's arguments. */
export const DEST_NAME = /(?:^|[._])(?:to|dest\w*|destination|target\w*|recipient\w*|receiver\w*|reciever\w*|wallet\w*|addr\w*|address\w*|to_?[Aa]ddr\w*|[A-Za-z]*(?:Address|Wallet|Recipient|Dest|Target)\w*|TO|[A-Z0-9_]*(?:RECIPIENT|RECEIVER|RECIEVER|DEST|TARGET|ADDRESS|ADDR|WALLET)[A-Z0-9_]*)$/;
/** An address or ENS name written out as an argument (`transfer("vitalik.eth", n)`, `transfer("0x8f3a…", n)`). */
const WRITTEN_DEST = /^["'`](?:0x[0-9a-fA-F]{40}|[a-z0-9-]{3,}(?:\.[a-z0-9-]+)*\.eth)["'`]$/;
/** Names that hold no destination even when they say address (the token contract itself, an instruction or lookup table over addresses). */
export const NOT_DEST_NAME = /token|contract|mint|program|spender|from|sender|owner|instruction|lookup/i;
/** A function or handler head: the nearest one above a call says what the code around it does. */
const FUNCTION_HEAD = /\bdef[ \t]+\w+|\bfunction\b|\bfunc[ \t]|\bfn[ \t]+\w+|=>[ \t]*\{?[ \t]*$|\.on(?:Text|Command|Message)?\(|\.command\(|@\w+\.(?:route|post|get|message_handler|command)/;

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
  /** A cross-chain bridge send encoded in the transaction (its function's name, bridgeSends.ts): the funds leave the chain. */
  bridge?: string;
}

/** Per long text, the offsets of its line feeds: every send asks for its line, and counting from the top each time is quadratic. */
const NEWLINES = new TextMemo<number[]>();

/** The 0-based line of an offset. */
export function lineOf(text: string, at: number): number {
  if (text.length <= INDEXED_TEXT) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) n++;
    return n;
  }
  const feeds = NEWLINES.get(text, '', () => {
    const all: number[] = [];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) all.push(i);
    return all;
  });
  // The count of line feeds before `at`.
  let lo = 0;
  let hi = feeds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (feeds[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lines above a call, up to `lines` and never past the function head before it. */
export function localWindow(text: string, at: number, lines: number): { text: string; firstLine: number; head?: string } {
  const above = linesAbove(text, at, lines, lines * 300);
  const rows = above.split('\n');
  let headAt = -1;
  for (let i = rows.length - 1; i >= 0; i--) if (FUNCTION_HEAD.test(rows[i])) { headAt = i; break; }
  const kept = headAt === -1 ? rows : rows.slice(headAt);
  return { text: kept.join('\n'), firstLine: lineOf(text, at) - kept.length + 1, head: headAt === -1 ? undefined : rows[headAt] };
}

/** Solana token instructions: `createTransferInstruction(source, destination, owner, amount)`, and the checked form. */
const SPL_TRANSFER = /(?<![A-Za-z0-9_$])(createTransferInstruction|createTransferCheckedInstruction)[ \t]*\(/g;
/** go-ethereum's legacy transaction: `types.NewTransaction(nonce, to, value, gasLimit, gasPrice, data)`. */
const GO_TX = /(?<![A-Za-z0-9_$])NewTransaction[ \t]*\(/g;
/** The fields that name a transaction's destination and amount (JS, Python, Go struct literals). */
const DEST_KEYS = 'to|To|toPubkey|to_pubkey|recipient|destination|to_address';
/** The same without the bare `to`, which names the contract when the payee is encoded in the data. */
const PAYEE_KEYS = 'toPubkey|to_pubkey|recipient|destination|to_address';
/** In a send's own named arguments `address` is the payee too (monero-wallet-rpc's `{"address": …, "amount": …}`). */
const FIELD_DEST_KEYS = `${DEST_KEYS}|toAddress|address|destination_?[Aa]d{1,2}ress`;
const AMOUNT_KEYS = 'value|Value|lamports|amount';
/** Where a transaction's data names the contract function it calls: viem's field, ethers' and web3.py's encoders, web3's `methods`. */
const ENCODED_AT = String.raw`(?:functionName["']?[ \t]*:[ \t]*["']|(?:encodeFunctionData|encode_?[Aa][Bb][Ii])\([ \t]*(?:fn_name[ \t]*=[ \t]*)?["']|\.methods\.)`;
/** The functions whose payee is among their arguments: token and NFT transfers, and bridge sends (bridgeSends.ts), as regex alternatives. */
export const PAYING = ['transfer', 'transferFrom', 'safeTransferFrom', 'safeBatchTransferFrom', ...Object.keys(BRIDGE_SENDS)].join('|');
/**
 * A token transfer encoded into the transaction's data: viem's `functionName: 'transfer', args: [to, n]`, ethers'
 * `encodeFunctionData('transfer', [to, n])`, web3's `methods.transfer(to, n)`. The payee is the call's recipient (the
 * first argument of `transfer`, the second of the NFT forms), not the transaction's `to` (the token contract).
 * A bridge send encoded the same way pays its recipient on another chain.
 */
const ENCODED_TRANSFER = new RegExp(String.raw`${ENCODED_AT}(${PAYING})\b`, 'g');
/** The function names ENCODED_TRANSFER reads a payee from. */
const ENCODED_TRANSFER_NAME = new RegExp(String.raw`^(?:${PAYING})$`);
/** Any contract call encoded into a transaction's data, its function's name in group 1 (the forms ENCODED_TRANSFER reads). */
const ENCODED_CALL = new RegExp(String.raw`${ENCODED_AT}([A-Za-z_$][\w$]*)`);
/** A list given as the call's `args` (viem's object field, web3.py's keyword). */
const ARGS_LIST = /(?<![A-Za-z0-9_$])args["']?[ \t]*[:=][ \t]*\[/;

/** Where the bracket around `at` closes: its first unmatched closer (or 600 characters on), so a read stays in its call. */
function enclosingEnd(text: string, at: number): number {
  const end = Math.min(text.length, at + 600);
  let depth = 0;
  for (let i = at; i < end; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') { if (depth === 0) return i; depth--; }
  }
  return end;
}

/** The recipients and amounts of the token transfers encoded in a scope (ENCODED_TRANSFER). */
function encodedTransfers(scope: string): SendShape {
  const destinations: string[] = [];
  const amounts: string[] = [];
  let bridge: string | undefined;
  for (const m of scope.matchAll(ENCODED_TRANSFER)) {
    const bridged = bridgeSendOf(m[1]);
    if (bridged) bridge = m[1];
    const after = m.index + m[0].length;
    // web3's call's own arguments; ethers' list right after the name; else the `args` list of the same call or object.
    let list = -1;
    if (m[0].startsWith('.methods')) list = /^[ \t]*\(/.test(scope.slice(after, after + 8)) ? scope.indexOf('(', after) : -1;
    else {
      const next = /^["'][ \t]*,[ \t]*\[/.exec(scope.slice(after, after + 40));
      const field = next ? null : ARGS_LIST.exec(scope.slice(after, enclosingEnd(scope, after)));
      list = next ? after + next[0].length - 1 : field ? after + field.index + field[0].length - 1 : -1;
    }
    if (list === -1) continue;
    const args = callArguments(scope, list);
    const to = bridged ? bridged.recipient : m[1] === 'transfer' ? 0 : 1;
    destinations.push(...args.slice(to, to + 1));
    if (!bridged) amounts.push(...args.slice(to + 1, to + 2));
  }
  return { destinations, amounts, bridge };
}

/** Destinations and amounts of a scope: transaction fields and positional instruction arguments. */
function scopeShape(scope: string, calls = false): SendShape {
  const encoded = encodedTransfers(scope);
  // With a transfer encoded into its data, the transaction's `to` is the token contract: the payee is the transfer's.
  // With another call encoded (`approve`, `mint`), `to` is the contract it calls: no payee.
  const destinations = encoded.destinations.length > 0 || calls ? [...fieldValues(scope, PAYEE_KEYS), ...encoded.destinations] : fieldValues(scope, DEST_KEYS);
  const amounts = [...fieldValues(scope, AMOUNT_KEYS), ...encoded.amounts];
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
  return { destinations, amounts, ...(encoded.bridge ? { bridge: encoded.bridge } : {}) };
}

/**
 * The transactions a file builds in object literals (`return { to, value }`), each with its place: what a helper
 * that only signs and sends a transaction it was handed is sending.
 */
function builtTransactions(text: string): SendShape[] {
  return BUILT.get(text, '', () => readBuiltTransactions(text));
}

/** Per text, its built transactions (a file's every handed-in send asks the same). */
const BUILT = new TextMemo<SendShape[]>();

/** builtTransactions, without the memo. */
function readBuiltTransactions(text: string): SendShape[] {
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

export type ShapeKind = 'tx' | 'to-first' | 'to-second' | 'fields' | 'stellar-op' | 'named' | 'contract-args' | 'batch' | 'ledger' | 'cli' | 'cli-spl';

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
  // A bridge's send called by its name (`functions.bridgeAsset(1, me, n, …)`): its recipient is at its own place.
  const bridge = /[A-Za-z_$][\w$]*$/.exec(text.slice(Math.max(0, nameEnd - 60), nameEnd))?.[0];
  const bridged = bridge === undefined ? undefined : bridgeSendOf(bridge);
  if (bridged) return { destinations: args.slice(bridged.recipient, bridged.recipient + 1), amounts: [], bridge };
  // An XRPL transaction submitted: its `Destination` and `Amount`, set in the lines above or among the arguments.
  if (kind === 'ledger') return fieldShape(`${localWindow(text, nameEnd, 40).text}\n${args.join(',')}`, 'Destination|destination', 'Amount|amount');
  // A single options object (tonweb's `wallet.methods.transfer({ toAddress, amount, seqno })`) names its fields.
  if (kind === 'to-first' && args[0]?.startsWith('{')) return fieldShape(args[0], FIELD_DEST_KEYS, AMOUNT_KEYS);
  if (kind === 'to-first') return { destinations: args.slice(0, 1), amounts: args.slice(1, 2) };
  if (kind === 'to-second') return { destinations: args.slice(1, 2), amounts: args.slice(2, 3) };
  if (kind === 'named') {
    return { destinations: args.filter((a) => (DEST_NAME.test(bare(a)) && !NOT_DEST_NAME.test(bare(a))) || WRITTEN_DEST.test(a)), amounts: args.filter((a) => /amount|value|balance|qty|quantity/i.test(a)) };
  }
  if (kind === 'contract-args') {
    // viem's `writeContract({ functionName: 'transfer', args: [to, amount] })`.
    // Also web3.py's `contract.encode_abi("transfer", args=[to, amount])`.
    const end = open === -1 ? -1 : callEnd(text, open);
    const own = open === -1 ? '' : text.slice(open, end === -1 ? open + 600 : end);
    const list = ARGS_LIST.exec(own);
    const inner = list ? callArguments(own, list.index + list[0].length - 1) : [];
    // An NFT's transfer (`transferFrom(from, to, id)`, `safeTransferFrom`) names the sender first; a bridge send
    // (`functionName: 'depositForBurn'`) its recipient at its own place: the call's own function name says which.
    const name = /functionName["']?[ \t]*:[ \t]*["']([A-Za-z_$][\w$]*)["']/.exec(own)?.[1] ?? '';
    const bridged = bridgeSendOf(name);
    const to = bridged ? bridged.recipient : /^(?:transferFrom|safeTransferFrom|safeBatchTransferFrom)$/.test(name) ? 1 : 0;
    if (bridged) return { destinations: inner.slice(to, to + 1), amounts: [], bridge: name };
    return { destinations: inner.slice(to, to + 1), amounts: inner.slice(to + 1, to + 2) };
  }
  // A batch transfer (`wallet.batch_transfer(data_list=[TransferData(destination=…), …])`): several payees at once.
  if (kind === 'batch') return { ...fieldShape(args.join(','), FIELD_DEST_KEYS, AMOUNT_KEYS), many: true };
  // A transaction object: inline, or built in the lines above (`tx = {'to': …, 'value': …}` then signed and sent).
  const own = args.join(',');
  if (kind === 'fields') return fieldShape(own, FIELD_DEST_KEYS, AMOUNT_KEYS);
  // py-stellar-base's operations take the destination first, by keyword or by position (`append_payment_op(dest, asset, "5")`).
  if (kind === 'stellar-op') {
    const named = fieldShape(own, FIELD_DEST_KEYS, AMOUNT_KEYS);
    const positional = args[0] !== undefined && !/^[A-Za-z_]\w*[ \t]*=/.test(args[0]);
    return named.destinations.length > 0 || !positional ? named : { destinations: args.slice(0, 1), amounts: args.slice(2, 3) };
  }
  const called = ENCODED_CALL.exec(own)?.[1];
  return scopeShape(`${localWindow(text, nameEnd, 25).text}\n${own}`, called !== undefined && !ENCODED_TRANSFER_NAME.test(called));
}

/** An argument without call wrappers and member prefixes: `int_from_hex(self.target)` → `target`. */
export function bare(arg: string): string {
  const inner = /\(([^()]*)\)\s*$/.exec(arg)?.[1] ?? arg;
  return inner.split('=').pop()!.trim().split('.').pop()!.trim();
}
