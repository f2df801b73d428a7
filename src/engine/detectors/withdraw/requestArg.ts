// The bare verb called with a request built as a withdrawal a few lines above: `req := fiat.WithdrawRequest{ID: id,
// Amount: n}` then `fiat.Withdraw(req)`, `var r = new WithdrawRequest(coin, to, n); api.withdraw(r)`. The request type
// says what the call does when the receiver (a package, a module, a service) does not.
import type { Example, Validator } from '../../defineDetector';
import { callArguments } from '../../judge/callArguments';

/** A withdrawal request type, constructed: Go's literal, `new T(`, Python's `T(`, with a package before it or not. */
const REQUEST_TYPE = String.raw`(?:new[ \t]+)?(?:[A-Za-z_][\w]*\.)*(?:Crypto|Fiat|Coin|Create|Submit|Apply)?Withdraw(?:al)?(?:Request|Req|Params|Order)[ \t]*[({]`;

/** A name assigned such a request: `req := fiat.WithdrawRequest{`, `var r = new CryptoWithdrawRequest(`. */
const ASSIGNED_REQUEST = new RegExp(String.raw`(?:^|[^\w$.])([A-Za-z_$][\w$]{0,40})[ \t]*(?::[ \t]*[\w$.<>]+[ \t]*)?:?=[ \t]*&?${REQUEST_TYPE}`, 'g');

/** A parameter map given a destination address: `parameters.put("address", a)`, `p.Add("address", a)`, `p["address"] = a`. */
// The index form only as an assignment: `log(account["address"])` reads an address and gives none.
const ADDRESS_PUT = /(?:^|[^\w$.])([A-Za-z_$][\w$]{0,40})(?:\.(?:put|Add|add|set|append)\([ \t]*["'](?:address|to_?[Aa]ddress|addr)["']|\[[ \t]*["'](?:address|to_?[Aa]ddress|addr)["'][ \t]*\][ \t]*=(?!=))/g;

/** Keeps a call one of whose arguments was assigned such a request in the 40 lines above. */
export const argBuiltAsWithdrawRequest: Validator = {
  name: 'withdraw-request-argument',
  reach: { before: 3000, after: 400 },
  test: (_v, ctx) => {
    const open = ctx.text.indexOf('(', ctx.end);
    if (open === -1 || open - ctx.end > 4) return false;
    const above = ctx.text.slice(Math.max(0, ctx.start - 3000), ctx.start);
    // One fixed regex over the window: the names assigned a withdrawal request (no regex built per match).
    const built = new Set(/ithdraw/.test(above) ? [...above.matchAll(ASSIGNED_REQUEST)].map((m) => m[1]) : []);
    // Or a parameter map given the destination address above (`parameters.put("address", …)`, `p["address"] = …`).
    for (const m of above.matchAll(ADDRESS_PUT)) built.add(m[1]);
    return callArguments(ctx.text, open).some((a) => built.has(a.trim().replace(/^&/, '')));
  },
};

/** Examples, for withdraw/library-call's record. */
export const REQUEST_ARG_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `req := payout.WithdrawRequest{Account: acct, Amount: amt}\nres, err := payout.⟦Withdraw⟧(req)`, path: 'cmd/cash.go' },
    { text: `var r = new CryptoWithdrawRequest(coin, dest, qty);\nvar id = funds.⟦withdraw⟧(r);`, path: 'Cashout.java' },
    // A parameter map given the destination address, handed to a section's withdraw.
    { text: `Map<String, Object> p = new HashMap<>();\np.put("address", dest);\np.put("amount", "1");\nString r = client.createWallet().⟦withdraw⟧(p);`, path: 'examples/PullExample.java' },
  ],
  negative: [
    // A history query built as its own request type; a withdraw of a vault given an amount only.
    { text: `q := payout.WithdrawHistoryRequest{Page: 1}\nrows, err := payout.Withdraw(q)`, path: 'cmd/hist.go' },
    { text: `n := vault.Withdraw(amount)`, path: 'farm.go' },
    // A map given no address: a vault's shares taken out.
    { text: `Map<String, Object> p = new HashMap<>();\np.put("shares", "1");\nvault.withdraw(p);`, path: 'Farm.java' },
    // The request's link built for the call that sends it.
    { text: `values := api.createLinkWithdrawCoinsToAddress(t)\nbody, err := api.sendRequest(values)`, path: 'apis/trade/functions.go' },
    // A response type's constructor from its package, filled from a withdrawal's answer.
    { text: `body, err := api.sendRequest(values)\nresp := responses.NewWithdrawCoinsToAddress()\nerr = json.Unmarshal(body, &resp)`, path: 'apis/trade/functions.go' },
    // An address read from the argument, not given to it: a bank account's withdrawal.
    { text: `def close(account, amount):\n    log.info("closing %s", account["address"])\n    return bank.withdraw(account, amount)`, path: 'bank.py' },
  ],
};
