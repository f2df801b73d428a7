// A token contract's transfer built into a transaction (`usdc.functions.transfer(to, n).build_transaction({…})`) moves
// nothing until the signed transaction is sent a few lines below (`w3.eth.send_raw_transaction(signed.raw_transaction)`):
// one transfer, one fact, at that send. A transfer only estimated (`….estimate_gas({…})`) is never sent at all.
import type { Example, MatchContext, Validator } from '../../defineDetector';
import { closingBracket } from '../../judge/callArguments';
import { matchesAbove } from '../../text/linesAbove';
import { BRIDGE_SENDS } from '../../judge/bridgeSends';
import { aheadInFunction, commentedOut } from './sentAction';

/** tronweb's transaction builder, whose send calls return an unsigned transaction to sign and broadcast. */
const TRON_BUILDER = 'transactionBuilder';
/** How far below the build its send is looked for, in lines. */
const MAX_LINES = 30;
/** The method chained to the transfer call's closing parenthesis, on its line or the next ones. */
const CHAINED = /^\s*\.\s*(estimate_gas|estimateGas|build_transaction|buildTransaction|buildTransactionAsync)\s*\(/;
/** A signed transaction's send. */
const TX_SEND = /[.][ \t]*(send_raw_transaction|sendRawTransaction|sendSignedTransaction|send_transaction|sendTransaction)[ \t]*\(/g;
/**
 * Batch payout contracts' methods: one call pays every recipient of a list (disperse.app and its clones, the
 * multisender contracts' `multisendEther` / `multisendToken`, WTF Academy's airdrop `multiTransferETH` / `multiTransferToken`).
 */
export const BATCH_PAYOUTS = ['disperseEther', 'disperseToken', 'disperseTokenSimple', 'multisendEther', 'multisendToken', 'multiTransferETH', 'multiTransferToken'];
/**
 * The transfer calls such a build starts from (web3.py's `functions`, web3.js's `methods`; a batch payout, a bridge
 * send), or tronweb's builder, whose call is the build itself (`tx = tronWeb.transactionBuilder.sendTrx(to, n, from)`).
 */
const TRANSFER_CALL = new RegExp(String.raw`[.](?:(?:functions|methods)[.](transfer|${[...BATCH_PAYOUTS, ...Object.keys(BRIDGE_SENDS)].join('|')})|${TRON_BUILDER}[.](sendTrx|sendToken|sendAsset))[ \t]*\(`, 'g');

/**
 * The method `chained` finds (its group 1) after the call whose `(` follows `nameEnd` within `gap` characters, read up
 * to `look` characters past the call's closing parenthesis; undefined if none.
 */
export function chainedAfter(text: string, nameEnd: number, chained = CHAINED, gap = 10, look = 120): string | undefined {
  const open = text.indexOf('(', nameEnd);
  if (open === -1 || open - nameEnd > gap) return undefined;
  const close = closingBracket(text, open, 2000);
  return close === -1 ? undefined : chained.exec(text.slice(close + 1, close + 1 + look))?.[1];
}

/** The variable a call's result is assigned to on its own line (`txn = token.functions.transfer(…)`), before `start`. */
const ASSIGNED_TO = /(?:^|\n)[ \t]*(?:(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]{0,40})[ \t]*=[ \t]*[^=\n][^\n]*$/;

/**
 * The build method chained to the call ending at `nameEnd`, or, when its result is assigned, chained to that variable
 * within the next six lines (`txn = c.functions.transfer(to, n)` ⏎ `txn = txn.buildTransaction({…})`). Only a build:
 * a variable estimated for gas (`transaction.estimateGas(…)`) may still be encoded and sent.
 */
function builtAfter(text: string, start: number, nameEnd: number): string | undefined {
  const chained = chainedAfter(text, nameEnd);
  if (chained !== undefined) return chained;
  if (text.slice(Math.max(0, start - TRON_BUILDER.length - 1), start) === `${TRON_BUILDER}.`) return TRON_BUILDER;
  const name = ASSIGNED_TO.exec(text.slice(Math.max(0, start - 200), start))?.[1];
  if (name === undefined) return undefined;
  const close = closingBracket(text, text.indexOf('(', nameEnd), 2000);
  if (close === -1) return undefined;
  // Bounded and within the function (aheadInFunction): the rest of the file was sliced per candidate before.
  const next = aheadInFunction(text, close + 1, 7);
  const re = new RegExp(String.raw`(?<![\w$.])${name.replace(/\$/g, '\\$')}[ \t]*[.][ \t]*(build_transaction|buildTransaction|buildTransactionAsync)[ \t]*\(`);
  return re.exec(next)?.[1];
}

/** Offset of the first send of a signed transaction within 30 lines after `at`, in the same function; -1 when none. */
function firstTxSendAfter(text: string, at: number): number {
  const ahead = aheadInFunction(text, at, MAX_LINES);
  TX_SEND.lastIndex = 0;
  // A send commented out sends nothing (`# w3.eth.send_raw_transaction(…)`).
  for (let m = TX_SEND.exec(ahead); m; m = TX_SEND.exec(ahead)) if (!commentedOut(text, at + m.index)) return at + m.index + m[0].indexOf(m[1]);
  return -1;
}

/** Drops a transfer only estimated, or built into a transaction that a send below reports (sendsBuiltTransfer). */
export const notEstimatedOrSentBelow: Validator = {
  name: 'not-estimated-or-sent-below',
  reach: { before: 0, after: MAX_LINES * 200 + 2200 },
  test: (_v, ctx) => {
    const chained = builtAfter(ctx.text, ctx.start, ctx.end);
    if (chained === undefined) return true;
    if (/^estimate/i.test(chained)) return false;
    return firstTxSendAfter(ctx.text, ctx.end) === -1;
  },
};

/**
 * Keeps a send of a signed transaction that is the first send after a transfer built above it (within 30 lines)
 * which `risky` judges at the transfer call (the transfer's own shape: payee, fixed address, sweep).
 */
export function sendsBuiltTransfer(risky: (ctx: MatchContext, name: string) => boolean): Validator {
  return {
    name: 'sends-built-transfer',
    // The transfers within 30 lines above, and the send after each of them.
    reach: { before: MAX_LINES * 200 + 200, after: 0 },
    test: (_v, ctx) => {
      for (const { m, at } of matchesAbove(ctx.text, ctx.start, MAX_LINES, TRANSFER_CALL)) {
        const name = m[1] ?? m[2];
        const start = at + m[0].lastIndexOf(name);
        const end = start + name.length;
        const chained = builtAfter(ctx.text, start, end);
        if (chained === undefined || /^estimate/i.test(chained)) continue;
        if (firstTxSendAfter(ctx.text, end) === ctx.start && risky({ ...ctx, start, end }, m[2] ?? 'transfer')) return true;
      }
      return false;
    },
  };
}

/** The wider of two validators' reaches (undefined, "reads far", when either says nothing). */
function widerReach(a: Validator, b: Validator): Validator['reach'] {
  if (!a.reach || !b.reach) return undefined;
  return { before: Math.max(a.reach.before, b.reach.before), after: Math.max(a.reach.after, b.reach.after) };
}

/** Keeps a match either validator keeps. */
export function eitherOf(a: Validator, b: Validator): Validator {
  return { name: `${a.name}-or-${b.name}`, reach: widerReach(a, b), test: (v, ctx) => a.test(v, ctx) || b.test(v, ctx) };
}

/** Keeps a match the validator drops. */
export function notOf(a: Validator): Validator {
  return { name: `not-${a.name}`, reach: a.reach, test: (v, ctx) => !a.test(v, ctx) };
}

/** Examples of the rule (withdraw/onchain-send runs them). */
export const BUILT_TRANSFER_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    // A token transfer to a fixed wallet built, signed, then sent: the send is reported, the build is not.
    { text: `from web3 import Web3
PAYOUT = "0x8f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f70"
def pay(w3, usdc, acct, n):
    tx = usdc.functions.transfer(
        PAYOUT,
        n
    ).build_transaction({'from': acct.address, 'nonce': w3.eth.get_transaction_count(acct.address)})
    signed = acct.sign_transaction(tx)
    return w3.eth.⟦send_raw_transaction⟧(signed.raw_transaction)`, path: 'payout.py' },
    // The transfer assigned first and built on the next statement: still one fact, at the send.
    { text: `from web3 import Web3
for row in cur.fetchall():
    txn = token.functions.transfer(Web3.toChecksumAddress(row[0]), qty)
    txn = txn.buildTransaction({'gas': 51000, 'nonce': nonce})
    txn = web3.eth.account.signTransaction(txn, owner_key)
    txid = web3.eth.⟦sendRawTransaction⟧(txn.rawTransaction)`, path: 'rewarder.py' },
    // tronweb's builder makes the unsigned transaction; it leaves at the broadcast.
    { text: `const TronWeb = require('tronweb');
const PAYEE = "TAmZpShD3sPCLX1etDEALTNzVTDpW4Pxto";
async function payOut(tronWeb, sun) {
    const tx = await tronWeb.transactionBuilder.sendTrx(PAYEE, sun);
    const signedTx = await tronWeb.trx.sign(tx);
    return tronWeb.trx.⟦sendRawTransaction⟧(signedTx);
}`, path: 'payout.js' },
  ],
  negative: [
    // Only a gas estimate of the same transfer: nothing is sent.
    { text: `from web3 import Web3
PAYOUT = "0x8f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f70"
gas = usdc.functions.transfer(
    PAYOUT,
    n
).estimate_gas({'from': me})`, path: 'gas.py' },
  ],
};
