// A withdrawal's parts returned by a private helper, then sent by the client's generic request a few lines on
// (`path, params, extra = self._withdrawal(ccy, amt, …)` then `data = self.request(path, body=params)`): the request
// leaves at the second line, so that line is the withdrawal; the helper only assembles the path and the body.
import type { MatchContext, PatternSpec, Validator } from '../../defineDetector';
import { lineEndWithin, linesAbove } from '../../text/linesAbove';
import { rx } from '../fragments';
import { isWithdrawActionName } from './table';

/** How many lines the parts may travel from the helper to the request. */
const LINES = 14;

/** A tuple assignment from a helper on the receiver: `path, params, extra_data = self._withdrawal(` (targets, helper). */
const UNPACKED = /(?:^|\n)[ \t]*((?:[A-Za-z_]\w{0,40}[ \t]*,[ \t]*){1,6}[A-Za-z_]\w{0,40})[ \t]*=[ \t]*(?:await[ \t]+)?(?:self|this|cls)\.(_[A-Za-z_]\w{0,60})[ \t]*\(/g;

/** The client's generic request handed a variable first: `self.request(path, …)`, `self.async_request(path, …)`. */
const REQUEST = String.raw`(?<![A-Za-z0-9_$])(?:[a-z_]{0,20})?request[ \t]*\([ \t]*(?<name>[A-Za-z_][A-Za-z0-9_]{0,40})[ \t]*[,)]`;
const REQUEST_ALL = new RegExp(REQUEST, 'g');

/** True for a private helper named for a withdrawal action (`_withdrawal`, `_cancel_withdrawal`). */
function unpacksWithdrawal(helper: string): boolean {
  return /^_+[A-Za-z]/.test(helper) && isWithdrawActionName(helper.replace(/^_+/, ''));
}

/** The last tuple assignment in `back` that names `name` among its targets, if its helper is a withdrawal's. */
function unpackedWithdrawal(back: string, name: string): boolean {
  let last: RegExpMatchArray | undefined;
  for (const m of back.matchAll(UNPACKED)) if (m[1].split(',').some((t) => t.trim() === name)) last = m;
  return last !== undefined && unpacksWithdrawal(last[2]);
}

/** Keeps a request handed a variable that a withdrawal helper's tuple assigned in the lines above. */
export const sendsUnpackedWithdrawal: Validator = {
  name: 'sends-unpacked-withdrawal',
  reach: { before: LINES * 300, after: 0 },
  test: (name, ctx) => unpackedWithdrawal(linesAbove(ctx.text, ctx.start, LINES, LINES * 300), name),
};

/** posted-path's pattern for the request's line. */
export const unpackedRequest: PatternSpec = { re: rx(REQUEST), linesAfter: LINES, needs: ['request'], validate: [sendsUnpackedWithdrawal] };

/** Drops a withdrawal helper's call whose parts a request sends in the lines below: that line reports it. */
export const notRequestedBelow: Validator = {
  name: 'not-requested-below',
  test: (helper, ctx: MatchContext) => {
    if (!unpacksWithdrawal(helper)) return true;
    const end = lineEndWithin(ctx.text, ctx.end, 300);
    const below = ctx.text.slice(end, end + LINES * 300);
    for (const m of below.matchAll(REQUEST_ALL)) {
      const at = end + (m.index ?? 0);
      if (unpackedWithdrawal(linesAbove(ctx.text, at, LINES, LINES * 300), m.groups!.name)) return false;
    }
    return true;
  },
};

/** Examples: posted-path reports the request (positive); library-call leaves the helper's line (negative there). */
export const UNPACKED_REQUEST_EXAMPLES = {
  positive: [
    { text: `def pull_coins(self, coin, amount, address):\n    path, body, meta = self._withdrawal(\n        coin, amount, address\n    )\n    resp = self.request(⟦path⟧, body=body, meta=meta)\n    return resp`, path: 'exchanges/okx/wallet.py' },
    { text: `async def drop_pull(self, pull_id):\n    path, body, meta = self._cancel_withdrawal(pull_id)\n    return await self.async_request(⟦path⟧, body=body)`, path: 'exchanges/okx/wallet.py' },
  ],
  negative: [
    // A query helper's parts; a withdrawal helper's parts reassigned before the request.
    { text: `def deposit_address(self, coin):\n    path, body, meta = self._get_deposit_address(coin)\n    return self.request(path, body=body)`, path: 'wallet.py' },
    { text: `path, body, meta = self._withdrawal(coin, amount)\npath, body, meta = self._get_withdrawal_history(coin)\nreturn self.request(path, body=body)`, path: 'wallet.py' },
  ],
};

/** library-call's negative: the helper's line, whose parts the request below sends. */
export const UNPACKED_HELPER_NEGATIVE = { text: UNPACKED_REQUEST_EXAMPLES.positive[0].text.replace(/[⟦⟧]/g, ''), path: 'exchanges/okx/wallet.py' };
