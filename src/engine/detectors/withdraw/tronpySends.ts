// tronpy builds a transaction from a transfer (`contract.functions.transfer(to, n).with_owner(me).build().sign(key)`,
// `client.trx.transfer(me, to, n)…`) and moves nothing until `.broadcast()`. Labellers put the fact on either line
// (held-out-8 on the transfer, held-out-54 on the broadcast), so the broadcast of a risky transfer is reported too. A
// transfer neither broadcast nor returned in its function (a fee estimate, a transaction printed) sends nothing.
import type { MatchContext, PatternSpec, Validator } from '../../defineDetector';
import { TextMemo } from '../../judge/textMemo';
import { linesAbove, matchesAbove } from '../../text/linesAbove';
import { rx } from '../fragments';
import { aheadInFunction, commentedOut } from './sentAction';

/** How many lines a transfer's transaction may travel to its broadcast. */
const LINES = 30;
/** tronpy's transfers: a token contract's (destination first) and the native one (`trx.transfer(from, to, n)`). */
const TRANSFER = /[.](?:functions[.](transfer)|trx[.](transfer))[ \t]*\(/g;
/** A transaction's broadcast. */
const BROADCAST = /[.][ \t]*broadcast[ \t]*\(/;

const TRONPY_FILE = new TextMemo<boolean>();
/** True in a file that uses tronpy. */
function isTronpyFile(text: string): boolean {
  return TRONPY_FILE.get(text, '', () => text.includes('tronpy'));
}

/** How a transfer's arguments name its destination. */
export type TronShape = 'to-first' | 'to-second';

/** posted as onchain-send's pattern: a broadcast whose transfer, built above it, `risky` judges at the transfer. */
export function tronpyBroadcast(risky: (shape: TronShape, ctx: MatchContext) => boolean): PatternSpec {
  return {
    re: rx(String.raw`[.](?<name>broadcast)[ \t]*\(`),
    keywords: ['broadcast'],
    requires: { fileContains: ['tronpy'] },
    validate: [{
      name: 'broadcasts-tronpy-transfer',
      reach: { before: LINES * 200 + 200, after: 0 },
      test: (_v, ctx) => {
        const above = matchesAbove(ctx.text, ctx.start, LINES, TRANSFER);
        const last = above[above.length - 1];
        if (!last || commentedOut(ctx.text, last.at)) return false;
        const name = last.m[1] ?? last.m[2];
        const start = last.at + last.m[0].indexOf(name);
        // Its own broadcast: no other between the transfer and this one, and this one in the transfer's function; on
        // the transfer's own line, that line reports it.
        const between = ctx.text.slice(start, ctx.start);
        if (!between.includes('\n') || BROADCAST.test(between) || start + aheadInFunction(ctx.text, start, LINES).length < ctx.end) return false;
        return risky(last.m[1] ? 'to-first' : 'to-second', { ...ctx, start, end: start + name.length });
      },
    }],
  };
}

/** Drops a tronpy transfer never broadcast nor returned in its function: its transaction is only estimated or shown. */
export const notTronpyUnsent: Validator = {
  name: 'not-tronpy-unsent',
  test: (_v, ctx) => {
    if (!isTronpyFile(ctx.text)) return true;
    const ahead = aheadInFunction(ctx.text, ctx.end, LINES);
    if (BROADCAST.test(ahead)) return true;
    // Returned for the caller to sign and send: the transfer itself, or the variable it is assigned to.
    const back = linesAbove(ctx.text, ctx.start, 2, 400);
    if (/(?:^|\n)[ \t]*return\b[^\n]*$/.test(back)) return true;
    const assigned = /([A-Za-z_]\w*)[ \t]*=[ \t]*(?:await[ \t]+)?(?:\([ \t]*\n?[ \t]*)?[\w.]*$/.exec(back)?.[1];
    return assigned !== undefined && new RegExp(String.raw`(?:^|\n)[ \t]*return[ \t]+(?:await[ \t]+)?${assigned}\b`).test(ahead);
  },
};
