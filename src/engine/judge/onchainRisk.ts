// What makes an on-chain send a withdrawal worth a warning: where the funds go and how much of the wallet leaves.
// Text analysis only (no parser): the call's own arguments, the transaction object built a few lines above it,
// and the assignments that feed them, followed through names a few steps back.
import { callArguments } from './callArguments';
import { callerGivesRisk, paramGivenLiteral, paysFromFaucet } from './onchainCallers';
import { paysPayee } from './payee';
import { bare, lineOf, localWindow, type SendShape } from './sendShape';
import { TextMemo } from './textMemo';
import { lineEndWithin, linesAboveStart } from '../text/linesAbove';

/**
 * Address literals: EVM (`0x` + 40 hex, or an exchange-module subaccount id of 64), Tron (`T` + 33 base58), a
 * Cosmos bech32 account (`cosmos1…`, `inj1…`), TON (`EQ…`/`UQ…` + 46 base64url), Monero (`4…`/`8…`, 95 base58),
 * a Solana key wrapped in `PublicKey("…")` / `Pubkey.from_string("…")`.
 */
export const ADDRESS_LITERAL = /["'`](?:0x[0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?|T[1-9A-HJ-NP-Za-km-z]{33}|[a-z]{2,12}1[02-9ac-hj-np-z]{38,58}|[EUk0]Q[A-Za-z0-9_-]{46}|[48][1-9A-HJ-NP-Za-km-z]{94})["'`]|(?:PublicKey\(|Pubkey\.from_string\()[ \t]*["'`][1-9A-HJ-NP-Za-km-z]{32,44}["'`]/;
/**
 * True for a placeholder EVM address written out (`"0x2222…2222"`, `"0x1000…0000"`, `"0x000…001"`): one digit
 * repeated 39 times, with one other at either end. An example's stand-in, or a burn, no payee.
 */
export function isPlaceholderAddress(literal: string): boolean {
  const m = /^["'`]0x([0-9a-fA-F]{40})["'`]$/.exec(literal);
  if (!m) return false;
  const hex = m[1].toLowerCase();
  return /^(.)\1{38}/.test(hex.slice(1)) || /^(.)\1{38}$/.test(hex.slice(0, 39));
}

const ADDRESS_LITERALS = new RegExp(ADDRESS_LITERAL.source, 'g');
/** Addresses written out in an expression, placeholders left out (the test `feeds` asks). */
const REAL_ADDRESS = {
  test: (expr: string): boolean => [...expr.matchAll(ADDRESS_LITERALS)].some((m) => !isPlaceholderAddress(m[0])) || ENS_NAME.test(expr),
};
/** An ENS name written out (`"vitalik.eth"`): ethers resolves it to its owner's address, a fixed destination. */
const ENS_NAME = /["'`][a-z0-9-]{3,}(?:\.[a-z0-9-]+)*\.eth["'`]/;
/** Run-time decoding that hides a value from a reader: base64, char codes, hex to text. */
const DECODED = /b64decode|base64\.(?:b64)?decode|atob\(|Buffer\.from\([^()\n]{0,80},[ \t]*["']base64["']|fromCharCode|bytes\.fromhex\([^()\n]{0,80}\)\.decode|codecs\.decode/;
/**
 * The wallet's balance: what a sweep sends (all of it, or a share). Not Solana's rent-exempt minimum
 * (`getMinimumBalanceForRentExemption(space)`): the lamports a new account is funded with, not the wallet's funds.
 */
const BALANCE = /(?<!minimum_?)balance(?!_?for_?rent)/i;

const IDENT = /[A-Za-z_$][A-Za-z0-9_$]*/g;
const KEYWORDS = new Set(['await', 'new', 'int', 'float', 'str', 'Number', 'String', 'BigInt', 'this', 'self', 'const', 'let', 'var', 'return', 'true', 'false', 'None', 'null']);

/** Per text, its assignments by name (released when the scan ends: no file text stays behind). */
const ASSIGNMENTS = new TextMemo<Map<string, Array<{ line: number; rhs: string }>>>();

/** Every `name = value` of a text by name (also `const`/`let`/`var`, `self.name`, Python annotations), once per text. */
function assignments(text: string): Map<string, Array<{ line: number; rhs: string }>> {
  return ASSIGNMENTS.get(text, '', () => readAssignments(text));
}

/** assignments, without the memo. */
function readAssignments(text: string): Map<string, Array<{ line: number; rhs: string }>> {
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
  return byName;
}

/**
 * True when an expression, or a name it uses (followed back through assignments, up to four steps), matches the
 * test; `fromLine` limits the assignments to those at or after that line (a function's own, for amounts). With
 * `useLine`, a name reassigned above that line is read from its nearest assignment only: a `dest` set for a fee
 * estimate in one function is not the `dest` another function sends to.
 */
function feeds(text: string, expr: string, test: { test(s: string): boolean }, fromLine = 0, useLine?: number, depth = 4, seen = new Set<string>()): boolean {
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


/** A local development chain (Hardhat, Ganache, Anvil): its accounts are fixed by design. */
const LOCAL_CHAIN = /chain_?[Ii]d["']?[ \t]*[:=][ \t]*(?:31337|1337)\b|(?:localhost|127\.0\.0\.1):8545|\b(?:hardhat|ganache|anvil)\b/;
/** Per text, whether it names a local chain (asked at every send). */
const LOCAL_TEXT = new TextMemo<boolean>();

/** A loop that waits for the balance to reach a sum before sending (`while bal < goal: sleep`): a forwarder. */
const AWAITS_FUNDS = /\bwhile\b[^\n]{0,80}(?:balance|\bbal\b)/i;

/** Function heads whose name says the code pays others or empties wallets (a bot's withdraw, an airdrop, a sweep). */
export const PAYOUT_HEAD = /withdraw|airdrop|payout|sweep|drain|disperse|multi_?send/i;
/** A collection of other people's or other wallets' addresses: what a payout or sweep loop walks over. */
const ADDRESS_LIST = String.raw`[A-Za-z0-9_$.]*(?:wallet|address|addrs|recipient|receiver)[A-Za-z0-9_$]*`;

/** The name a function head defines (`def pay(`, `function pay(`, `const pay = async (`), if any. */
function headName(head: string | undefined): string | undefined {
  return head ? /(?:\bdef|\bfunction|\bfunc|\bfn|\bconst|\blet|\bvar)[ \t]+([A-Za-z_$][A-Za-z0-9_$]*)/.exec(head)?.[1] : undefined;
}

/** Loops over a list of addresses or wallets: `for (const item of wallets)`, `addresses.map((item`. */
const ADDRESS_LOOP = new RegExp(String.raw`for[ \t]*\(?[ \t]*(?:const|let|var)?[ \t]*([A-Za-z_$][A-Za-z0-9_$]*)[ \t]+(?:of|in)[ \t]+${ADDRESS_LIST}|${ADDRESS_LIST}[.](?:map|forEach)\([ \t]*(?:async[ \t]*)?\(?[ \t]*([A-Za-z_$][A-Za-z0-9_$]*)`, 'gi');
/** Per text, its address loops (where each starts, its item's name), read once: not once per send. */
const ADDRESS_LOOPS = new TextMemo<Array<{ index: number; item: string }>>();
/** Per text and callee, calledPerAddress's answer: a file's sends often share one builder. */
const PER_ADDRESS = new TextMemo<boolean>();

/** True when the text loops over a list of addresses or wallets and passes the loop's item to `callee(`. */
export function calledPerAddress(text: string, callee: string): boolean {
  return PER_ADDRESS.get(text, callee, () => loopsCall(text, callee));
}

/** calledPerAddress without the per-callee memo: each of the text's address loops (found once per text) is read. */
function loopsCall(text: string, callee: string): boolean {
  const loops = ADDRESS_LOOPS.get(text, '', () => [...text.matchAll(ADDRESS_LOOP)].map((m) => ({ index: m.index as number, item: m[1] ?? m[2] })));
  for (const { index, item } of loops) {
    const body = text.slice(index, index + 600);
    if (new RegExp(String.raw`(?<![A-Za-z0-9_$])${callee}[ \t]*\([^()\n]{0,120}(?<![A-Za-z0-9_$])${item}(?![A-Za-z0-9_$])`).test(body)) return true;
  }
  return false;
}

/**
 * Why a send is risky, or undefined for an ordinary transfer (the user's own wallet is a common destination).
 * `demo` (an example or test file) drops the fixed-destination reason: a literal there is the example's address;
 * it and `path` (a file named for approvals, wraps, swaps, deposits) keep a payee's transfer information (payee.ts).
 * `indented` reads the enclosing functions by indentation (Python, Ruby).
 * A shape read elsewhere (`shape.at`: the transaction a helper was handed, built in another function) is judged there.
 */
export function sendRisk(text: string, at: number, shape: SendShape, demo = false, indented = false, path = ''): string | undefined {
  const where = shape.at ?? at;
  if (shape.destinations.length > 0 && shape.destinations.every((d) => isPlaceholderAddress(d.trim()))) return undefined;
  // A bridge send takes the funds off this chain to the recipient it names (bridgeSends.ts), whoever that is.
  if (shape.bridge) return 'bridge-out';
  const local = localWindow(text, where, 40);
  // Back to the account that signs it: a swap or liquidity add whose `to` is the transaction's own `from`.
  if (shape.destinations.length > 0 && shape.destinations.every((d) => sentFrom(local.text, d.trim()))) return undefined;
  const fixedCounts = !demo && !LOCAL_TEXT.get(text, '', () => LOCAL_CHAIN.test(text));
  const useLine = lineOf(text, where);
  if (fixedCounts && shape.destinations.some((d) => feeds(text, d, REAL_ADDRESS, 0, useLine))) return 'fixed-destination';
  if (shape.destinations.some((d) => feeds(text, d, DECODED, 0, useLine))) return 'decoded-destination';
  // Amounts follow the assignments of the lines above only: `amount` is a common name.
  if (shape.amounts.some((a) => feeds(text, a, BALANCE, Math.max(0, lineOf(text, where) - 40)))) return 'whole-balance';
  if (local.head && PAYOUT_HEAD.test(local.head)) return 'payout-function';
  if (shape.many) return 'batch-payout';
  if (paysFromFaucet(text, local.text)) return 'faucet';
  if (AWAITS_FUNDS.test(local.text) && /sleep/i.test(local.text)) return 'forwards-deposit';
  const literalAt = (arg: string, line: number) => feeds(text, arg, REAL_ADDRESS, 0, line);
  if (fixedCounts && shape.destinations.some((d) => paramGivenLiteral(text, local.head, d, literalAt))) return 'fixed-destination';
  // The function that sends is called in this file from a withdraw or sweep function, or handed the balance.
  const caller = callerGivesRisk(text, where, PAYOUT_HEAD, (arg, line) => feeds(text, arg, BALANCE, Math.max(0, line - 40), line), indented);
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

/** True when the window names `dest` as a transaction's sender (`'from': wallet_address`, `from=acct`, `from: me.address`). */
function sentFrom(window: string, dest: string): boolean {
  if (!/^[A-Za-z_$][\w$.]{0,80}$/.test(dest)) return false;
  return new RegExp(String.raw`["']?\bfrom["']?[ \t]*[:=][ \t]*${dest.replace(/[.$]/g, '\\$&')}(?![\w$.])`).test(window);
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
  const around = text.slice(linesAboveStart(text, open, 4, 2000), lineEndWithin(text, open));
  // JavaScript's async iteration too (`for await (let addr of addrs)`).
  const loop = new RegExp(String.raw`for[ \t]*(?:await[ \t]*)?\(?[ \t]*(?:const|let|var)?[ \t]*${args[0]}[ \t]+(?:of|in)[ \t]+(?<list>${ADDRESS_LIST})`, 'i').exec(around);
  return loop !== null && !/mail|phone|sms/i.test(loop.groups!.list);
}
