// Where a chain SDK's send takes the funds from and sends them to, read the way its table entry says
// (chainSendTable.ts: a positional argument, named fields, a builder chain, Hedera's debit and credit legs),
// and whether a destination is the signer's own address. chainSends.ts judges the send with these.
import { callArguments } from '../../judge/callArguments';
import { fieldShape, localWindow } from '../../judge/sendShape';
import type { DestSpec } from './chainSendTable';

/**
 * Expressions that hold the signer's own address, whatever the SDK (Sui's CLI config names it the active address: bare,
 * the client's or its config's, never another object's: `customer.active_address` is someone else's).
 */
const OWN = /(?<![\w$.])(?:(?:self|this)\.)?(?:[A-Za-z_]{0,20}[Cc]lient\.)?(?:config\.)?(?:active_?[Aa]ddress\b|get_?[Aa]ctive_?[Aa]ddress\()|toSuiAddress\(|publicKeyHash\(|wallet(?:\(\))?\.address\(|\.getAddress\(\)|getOperatorAccountI[Dd]|current_account_id\(|operator_?(?:account_?)?i[dD]\b|\bchange_?[Aa]ddress\b|\b(?:my|own)_?(?:[Aa]ddress|[Ww]allet|[Aa]ccount)\b/;
/** A call chained to quote the fee or dry-run the transfer, not to send it. */
const ESTIMATE = /^\s*\.\s*(?:estimate\w*|simulate\w*|paymentInfo|payment_info|dryRun|dry_run)\b/i;

/** The offset just after the bracket that closes the one at `open`, or -1. */
function closeOf(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < Math.min(text.length, open + 1200); i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && --depth === 0) return i + 1;
  }
  return -1;
}

/** An expression without spaces, `&`, `await` and `.into()`-style conversions: what is compared. */
export function norm(expr: string): string {
  return expr.replace(/\bawait\b|&|\s+/g, '').replace(/\.(?:into|clone|to_owned)\(\)$/, '');
}

/** The right-hand side of the last assignment to `name` before `at` (one line, any language's form). */
export function assigned(text: string, name: string, at: number): string | undefined {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) return undefined;
  const re = new RegExp(String.raw`(?<![A-Za-z0-9_$.])${name.replace(/\$/g, '\\$')}[ \t]*(?::[^=\n]{0,60})?:?=(?![=>])[ \t]*([^\n]{1,300})`, 'g');
  let rhs: string | undefined;
  for (const m of text.slice(Math.max(0, at - 6000), at).matchAll(re)) rhs = m[1];
  return rhs;
}

/** A text as a literal regex source. */
function escaped(s: string): string {
  return s.replace(/[.*+?^$|()[\]{}\\]/g, '\\$&');
}

/** The sender a transaction was opened for (`client.transaction(initial_sender=who)`), in its assignment's right side. */
const INITIAL_SENDER = /\b(?:initial_sender|initialSender)[ \t]*[=:][ \t]*([A-Za-z_$][\w$.]{0,100})(?![\w$.])/;

/**
 * True when the transaction the call adds to (its receiver, `txn.transfer_objects(…)`) was opened for this sender:
 * the receiver's last assignment above the call (`txn = client.transaction(initial_sender=who)`) names it.
 */
function declaredSender(text: string, dest: string, at: number): boolean {
  // The last field's value may keep the call's closing bracket (`recipient=who)`).
  dest = dest.replace(/[)\]}]+$/, '');
  const recv = /([A-Za-z_$][\w$]{0,60})[ \t]*\??\.[ \t]*$/.exec(text.slice(Math.max(0, at - 80), at))?.[1];
  if (!recv || !/^[A-Za-z_$][\w$.]*$/.test(dest)) return false;
  const rhs = assigned(text, recv, at);
  return rhs !== undefined && INITIAL_SENDER.exec(rhs)?.[1] === dest;
}

/** True when a destination is the signer's own: the sender itself, an own-address call, or derived from either. */
export function isOwn(text: string, dest: string, senders: string[], at: number): boolean {
  const d = norm(dest);
  // The sender as a whole name inside the expression (`ata(&payer.pubkey())`), never as a part of a longer one.
  const uses = (e: string, s: string) => new RegExp(String.raw`(?<![A-Za-z0-9_$.])${escaped(s)}(?![A-Za-z0-9_$])`).test(e);
  const own = (e: string) => OWN.test(e) || senders.some((s) => s !== '' && uses(norm(e), s));
  if (own(d) || declaredSender(text, d, at)) return true;
  const rhs = assigned(text, d.replace(/^(?:self|this)\./, ''), at);
  return rhs !== undefined && own(rhs);
}

/** Destinations and senders of one matched call, read the way its table entry says. */
export function ends(text: string, start: number, end: number, spec: DestSpec): { dests: string[]; senders: string[] } | undefined {
  if (spec.kind === 'next') {
    const m = /^["']\s*,\s*([^,()\n]+)/.exec(text.slice(end, end + 200));
    return m ? { dests: [m[1]], senders: [] } : undefined;
  }
  if (spec.kind === 'chained') {
    const stop = text.slice(end, end + 1200).search(/[.]\s*build\s*\(|;/);
    const chain = text.slice(end, stop === -1 ? end + 1200 : end + stop);
    return { dests: chainedValues(chain, spec.keys), senders: spec.from ? chainedValues(chain, spec.from) : [] };
  }
  if (spec.kind === 'list') {
    const m = new RegExp(String.raw`(?:${spec.keys})["']?\s*[:=]\s*\[`).exec(text.slice(end, end + 300));
    if (!m) return undefined;
    const first = callArguments(text, end + m.index + m[0].length - 1)[0];
    return first ? { dests: [first], senders: [] } : undefined;
  }
  if (spec.kind === 'built') return built(text, start, end, spec);
  if (spec.kind === 'receiver') {
    const before = text.slice(Math.max(0, start - 400), start);
    const at = before.lastIndexOf(spec.ctor);
    const first = at === -1 ? undefined : callArguments(before, before.indexOf('(', at + spec.ctor.length))[0];
    return first ? { dests: [first], senders: [] } : undefined;
  }
  const open = text.slice(end, end + 40).search(/[({]/);
  if (open === -1) return undefined;
  const at = end + open;
  if (ESTIMATE.test(text.slice(Math.max(at, closeOf(text, at)), closeOf(text, at) + 80))) return undefined;
  if (spec.kind === 'fields') {
    // The call's own fields: up to its closing bracket (800 characters when it does not close within the cap), and
    // a Kotlin trailing lambda's (`contract.transfer(pk) { destination = … }` sets the transfer's fields).
    let close = closeOf(text, at);
    const lambda = close === -1 ? null : /^[ \t]*\{/.exec(text.slice(close, close + 40));
    if (lambda) close = closeOf(text, close + lambda[0].length - 1);
    const body = text.slice(at, close === -1 ? at + 800 : close);
    return { dests: fieldShape(body, spec.keys, 'amount').destinations, senders: spec.from ? fieldShape(body, spec.from, 'amount').destinations : [] };
  }
  if (spec.kind === 'arg') {
    const args = callArguments(text, at);
    const senders = [spec.from, spec.signer].flatMap((i) => (i !== undefined && args[i] ? [args[i]] : []));
    return args[spec.n] ? { dests: [args[spec.n]], senders } : undefined;
  }
  return legs(text, start);
}

const SETTERS = new Map<string, RegExp>();
/** The regex finding `.key(` or `..key =` for these keys: one per table entry's (fixed) keys, built on first use. */
function setterOf(keys: string): RegExp {
  let re = SETTERS.get(keys);
  if (!re) SETTERS.set(keys, (re = new RegExp(String.raw`[.][ \t]*(?:${keys})[ \t]*(\(|=(?!=))`, 'g')));
  return re;
}

/** The values a builder chain sets for these keys: `.key(value)` or a cascade's `..key = value`. */
function chainedValues(chain: string, keys: string): string[] {
  const out: string[] = [];
  // matchAll copies the regex (and its lastIndex): the shared one is never advanced.
  for (const m of chain.matchAll(setterOf(keys))) {
    const at = m.index + m[0].length;
    const value = m[1] === '(' ? callArguments(chain, at - 1)[0] : /^[ \t]*([^\n;,]{1,160})/.exec(chain.slice(at))?.[1];
    if (value) out.push(value.trim());
  }
  return out;
}

/** Hedera's legs: accounts debited (negative amount, or an NFT's sender) and credited, up to the execute or freeze. */
function legs(text: string, start: number): { dests: string[]; senders: string[] } | undefined {
  const stop = text.slice(start, start + 1500).search(/\.\s*(?:execute|Execute|freezeWith|FreezeWith|freeze_with)\s*\(/);
  const chain = text.slice(start, stop === -1 ? start + 1500 : start + stop);
  const dests: string[] = [];
  const senders: string[] = [];
  // A leg may follow a comment line (`.\n // negated: taken out\n AddHbarTransfer(…)`).
  for (const m of chain.matchAll(/\.(?:\s|\/\/[^\n]*)*add_?(hbar|token|nft)_?transfer\w*\s*\(/gi)) {
    const args = callArguments(chain, m.index + m[0].length - 1);
    const kind = m[1].toLowerCase();
    if (kind === 'nft') { if (args.length >= 3) { senders.push(args[1]); dests.push(args[2]); } continue; }
    const [account, amount] = kind === 'hbar' ? [args[0], args[1]] : [args[1], args[2]];
    if (account === undefined || amount === undefined) continue;
    (/^-|\(\s*-|negated/i.test(amount.trim()) ? senders : dests).push(account);
  }
  return dests.length > 0 ? { dests, senders } : undefined;
}

/** The object a call is made on (`w` of `w.Send(`), or undefined for a bare call. */
export function receiverOf(text: string, start: number): string | undefined {
  return /([A-Za-z_$][\w$]{0,60})[ \t]*\??\.[ \t]*$/.exec(text.slice(Math.max(0, start - 80), start))?.[1];
}

/** A context handed first to a Go call (`ctx`, `context.Background()`): never where funds go. */
const CONTEXT_ARG = /^(?:ctx|context\.\w+\(\))$/;
const BUILDERS = new Map<string, RegExp>();
/** The regex finding the builder calls of a `built` entry (fixed per entry, built on first use). */
function buildersOf(calls: string): RegExp {
  let re = BUILDERS.get(calls);
  if (!re) BUILDERS.set(calls, (re = new RegExp(String.raw`(?<![A-Za-z0-9_$])(?:${calls})[ \t]*\(`, 'g')));
  return re;
}

/** The destinations of the messages built above a send and in its own arguments (a `built` entry). */
function built(text: string, start: number, end: number, spec: { calls: string; keys: string; lines: number }): { dests: string[]; senders: string[] } | undefined {
  const open = text.indexOf('(', end);
  const close = open === -1 ? -1 : closeOf(text, open);
  const region = localWindow(text, start, spec.lines).text + text.slice(start, close === -1 ? end : close);
  const dests = fieldShape(region, spec.keys, 'amount').destinations;
  for (const m of region.matchAll(buildersOf(spec.calls))) {
    const first = callArguments(region, m.index + m[0].length - 1).find((a) => !CONTEXT_ARG.test(norm(a)));
    if (first) dests.push(first);
  }
  return dests.length > 0 ? { dests, senders: [] } : undefined;
}
