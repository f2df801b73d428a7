// A client's withdrawals resource, reached by the bare verb and read: `client.withdraw().all()`,
// `api.withdrawals().list(page)`. The empty call only picks the resource; what follows it decides, and a read moves
// nothing (`client.withdraw().create(params)` stays a withdrawal).
import type { Example, Validator } from '../../defineDetector';
import { callArguments } from '../../judge/callArguments';

/** A read of a resource: its listing, one record, its history or status. */
const READ = /^(?:all|list\w*|get\w*|find\w*|fetch\w*|history|histories|query\w*|search\w*|status|page\w*|count|each|first|last|show|index)$/;

/** Drops an empty call chained with a read method. */
export const notResourceRead: Validator = {
  name: 'not-a-resource-read',
  reach: { before: 0, after: 120 },
  test: (_v, ctx) => {
    const m = /^[ \t]*\([ \t]*\)[ \t]*(?:\r?\n[ \t]*)?\.[ \t]*([A-Za-z_]\w*)[ \t]*\(/.exec(ctx.text.slice(ctx.end, ctx.end + 120));
    return !m || !READ.test(m[1]);
  },
};

/** A paging argument (`page`, `pageSize`, `per_page`, `cursor`, `offset`): only a listing is read page by page. */
const PAGING = /^(?:page|page_?size|per_?page|page_?number|page_?no|cursor|offset)$/i;

/** Drops a call handed a page (`_client.WithdrawAllAsync(account, symbol, page, pageSize, from, ct)`): a listing. */
export const notPagedQuery: Validator = {
  name: 'not-a-paged-query',
  reach: { before: 0, after: 400 },
  test: (_v, ctx) => {
    const open = ctx.text.indexOf('(', ctx.end);
    if (open === -1 || open - ctx.end > 4) return true;
    // A named argument (`page=2`, `pageSize: 50`), or two plain variables so named (`page, pageSize`): one plain
    // `offset` or `cursor` may be anything (`withdraw_coin(code, amount, address, offset)`).
    let plain = 0;
    for (const a of callArguments(ctx.text, open)) {
      const named = /^[ \t]*[A-Za-z_]\w*[ \t]*(?:=(?!=)|:(?!:))/.test(a);
      if (!PAGING.test(a.split(/[=:]/)[0].trim())) continue;
      if (named || ++plain >= 2) return false;
    }
    return true;
  },
};

/** Examples, for withdraw/library-call's record. */
export const RESOURCE_READ_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `JSONObject r = client.⟦withdraw⟧().create(params);\nclient.withdraw().all();`, path: 'Payout.java' },
    // An amount or an address is no page.
    { text: `return _api.⟦WithdrawCoinAsync⟧(accountId, symbol, amount, address, ct);`, path: 'Funds.cs' },
    // One plain variable named like a page is no listing.
    { text: `import ccxt\nex = ccxt.kraken()\nex.⟦withdraw_coin⟧(code, amount, address, offset)`, path: 'pay.py' },
  ],
  negative: [
    { text: `JSONArray rows = client.withdraw().all();\nJSONObject one = api.withdrawal()\n    .get("42");`, path: 'History.java' },
    // A generated listing named by the verb, read page by page; the plural alone; a ledger record added after a send.
    { text: `return _api.WithdrawAllAsync(accountId, symbol, page, pageSize, from, ct);`, path: 'Funds.cs' },
    { text: `rows = client.withdraw_all(coin="BTC", page=2, per_page=50)`, path: 'report.py' },
    { text: `return exchange.withdrawals(this.auth);`, path: 'Account.java' },
    { text: `rsp, err := svc.V1Withdrawals(ctx, params, pagination)`, path: 'funds.go' },
    { text: `txid = node.sendtoaddress(addr, amount)\nreturn self.db.add_withdrawal(user_id, amount, txid)`, path: 'store.py' },
  ],
};
