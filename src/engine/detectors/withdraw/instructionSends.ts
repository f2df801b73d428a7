// A Solana transfer instruction moves nothing until a call sends the transaction that holds it
// (`new Transaction().add(SystemProgram.transfer({…}))` then `sendAndConfirmTransaction(connection, tx, [payer])`).
// One transfer, one fact: where such a send follows in the same function, the send is reported and the instruction is
// not; an instruction returned or handed on unsent is reported where it is built.
import type { MatchContext, Validator } from '../../defineDetector';
import { linesAbove } from '../../text/linesAbove';
import { aheadInFunction, commentedOut } from './sentAction';

/** How far below an instruction its send is looked for, in lines. */
const MAX_LINES = 30;
/** web3.js's and wallet adapters' sends of a transaction, and agent kits' send helpers. */
const SEND_NAMES = ['sendTransaction', 'sendRawTransaction', 'signAndSendTransaction', 'sendAndConfirmTransaction', 'sendAndConfirmRawTransaction', 'signOrSendTX'];
/** A send call (methods on a connection or wallet; the functions bare). */
export const SEND_CALL = String.raw`(?:[.][ \t]*(?<name>sendTransaction|sendRawTransaction|signAndSendTransaction)|(?<![A-Za-z0-9_$.])(?<fn>sendAndConfirmTransaction|sendAndConfirmRawTransaction|signOrSendTX))(?=[ \t]*\()`;
const SEND_CALL_G = new RegExp(SEND_CALL, 'g');
/** Its keywords. */
export const SEND_KEYWORDS = SEND_NAMES.map((n) => n.toLowerCase());

/** Offset of the name of the first send call within 15 lines after `at`, in the same function; -1 when none. */
export function firstSendAfter(text: string, at: number): number {
  const ahead = aheadInFunction(text, at, MAX_LINES);
  SEND_CALL_G.lastIndex = 0;
  for (let m = SEND_CALL_G.exec(ahead); m; m = SEND_CALL_G.exec(ahead)) {
    const start = at + m.index + m[0].length - (m.groups!.name ?? m.groups!.fn).length;
    if (!commentedOut(text, start)) return start;
  }
  return -1;
}

/**
 * Keeps a send call that is the first one after an instruction above it (within 15 lines) that `pays` judges to
 * pay another address; `instructions` finds the instruction calls' name spans in a window.
 */
export function sendsPayingInstruction(instructions: RegExp, pays: (ctx: MatchContext) => boolean): Validator {
  return {
    name: 'sends-paying-instruction',
    reach: { before: MAX_LINES * 200, after: 0 },
    test: (_v, ctx) => {
      const above = linesAbove(ctx.text, ctx.start, MAX_LINES, MAX_LINES * 200);
      const base = ctx.start - above.length;
      for (const m of above.matchAll(new RegExp(instructions.source, 'g'))) {
        const name = m.groups!.name;
        const start = base + m.index + m[0].lastIndexOf(name);
        const end = start + name.length;
        if (firstSendAfter(ctx.text, end) === ctx.start && pays({ ...ctx, start, end })) return true;
      }
      return false;
    },
  };
}

/** A transaction's fee priced or simulated (`connection.getFeeForMessage(tx.compileMessage())`). */
const PRICED = /getFeeForMessage|simulateTransaction|getEstimatedFee|estimate[A-Z_]/;

/** True when the instruction ending at `at` is followed, in its function, by a pricing of its transaction and no send: a fee estimate. */
export function onlyPriced(text: string, at: number): boolean {
  return firstSendAfter(text, at) === -1 && PRICED.test(aheadInFunction(text, at, MAX_LINES));
}

/** Drops an instruction a send below reports (sendsPayingInstruction). */
export const notSentBelow: Validator = {
  name: 'instruction-not-sent-below',
  reach: { before: 0, after: MAX_LINES * 200 },
  test: (_v, ctx) => firstSendAfter(ctx.text, ctx.end) === -1,
};
