// The bare verb called with a request built as a withdrawal a few lines above: `req := fiat.WithdrawRequest{ID: id,
// Amount: n}` then `fiat.Withdraw(req)`, `var r = new WithdrawRequest(coin, to, n); api.withdraw(r)`. The request type
// says what the call does when the receiver (a package, a module, a service) does not.
import type { Example, Validator } from '../defineDetector';
import { callArguments } from '../judge/callArguments';

/** A withdrawal request type, constructed: Go's literal, `new T(`, Python's `T(`, with a package before it or not. */
const REQUEST_TYPE = String.raw`(?:new[ \t]+)?(?:[A-Za-z_][\w]*\.)*(?:Crypto|Fiat|Coin|Create|Submit|Apply)?Withdraw(?:al)?(?:Request|Req|Params|Order)[ \t]*[({]`;

/** Keeps a call one of whose arguments was assigned such a request in the 40 lines above. */
export const argBuiltAsWithdrawRequest: Validator = {
  name: 'withdraw-request-argument',
  reach: { before: 3000, after: 400 },
  test: (_v, ctx) => {
    const open = ctx.text.indexOf('(', ctx.end);
    if (open === -1 || open - ctx.end > 4) return false;
    const above = ctx.text.slice(Math.max(0, ctx.start - 3000), ctx.start);
    return callArguments(ctx.text, open).map((a) => a.trim().replace(/^&/, '')).filter((a) => /^[A-Za-z_$][\w$]*$/.test(a)).some((a) =>
      new RegExp(String.raw`(?:^|[^\w$.])${a.replace(/\$/g, '\\$')}[ \t]*(?::[ \t]*[\w$.<>]+[ \t]*)?:?=[ \t]*&?${REQUEST_TYPE}`).test(above));
  },
};

/** Examples, for withdraw/library-call's record. */
export const REQUEST_ARG_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `req := payout.WithdrawRequest{Account: acct, Amount: amt}\nres, err := payout.⟦Withdraw⟧(req)`, path: 'cmd/cash.go' },
    { text: `var r = new CryptoWithdrawRequest(coin, dest, qty);\nvar id = funds.⟦withdraw⟧(r);`, path: 'Cashout.java' },
  ],
  negative: [
    // A history query built as its own request type; a withdraw of a vault given an amount only.
    { text: `q := payout.WithdrawHistoryRequest{Page: 1}\nrows, err := payout.Withdraw(q)`, path: 'cmd/hist.go' },
    { text: `n := vault.Withdraw(amount)`, path: 'farm.go' },
  ],
};
