// Inner layers of an SDK that look like withdrawal calls but are the SDK wiring itself: a generated client's public
// method handing its call to its raw layer (`return self._raw_client.create_withdraw(…)` in Fern-generated SDKs; the
// user's `client.withdraw.create_withdraw(…)` is the call), and a sub-API object built from its parent
// (`self.withdrawal = withdrawal(self)`: a lowercase class constructed with the client, no funds moved).
import type { Example, Validator } from '../../defineDetector';
import { cachedFunctionSpans } from '../../judge/functionSpans';

/** The raw layer of a generated client, reached from inside the SDK class (`self._raw_client.`, `this._rawClient.`). */
const RAW_LAYER_BEFORE = /(?:^|[^\w$.])(?:self|this)\.(?:_?raw_?[Cc]lient|_?rawClient)[ \t]*\.$/;

/** Drops a call through the SDK's own raw-client layer. */
export const notRawClientLayer: Validator = {
  name: 'not-a-raw-client-layer',
  reach: { before: 40, after: 0 },
  test: (_v, ctx) => !RAW_LAYER_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)),
};

/**
 * Drops a call of this file's own method through an accessor named for its class (`client.Wallet.WithdrawCurrency(…)`
 * inside `class Wallet`, which defines `WithdrawCurrency(`): a convenience method of the SDK reusing its own request,
 * whose site is the method's own body.
 */
export const notOwnClassMethod: Validator = {
  name: 'not-own-class-method',
  test: (value, ctx) => {
    const cls = /(?:^|[^\w$])([A-Z][A-Za-z0-9_]{0,60})[ \t]*\.[ \t]*$/.exec(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))?.[1];
    if (cls === undefined || !new RegExp(String.raw`\bclass[ \t]+${cls}\b`).test(ctx.text)) return true;
    // The file's own functions, as the other helper judges read them (functionSpans.ts).
    return !cachedFunctionSpans(ctx.text, ctx.kind).some((f) => f.name === value);
  },
};

/** Drops a call whose only argument is the enclosing object (`withdrawal(self)`, `new withdraw(this)`): a sub-API built. */
export const notSubApiBuilt: Validator = {
  name: 'not-a-sub-api-built',
  reach: { before: 0, after: 40 },
  test: (_v, ctx) => !/^[ \t]*\([ \t]*(?:self|this)[ \t]*\)/.test(ctx.text.slice(ctx.end, ctx.end + 40)),
};

/** Negative examples of the helper-call rule for a sub-API built from its client. */
export const SUB_API_NEGATIVES: Example[] = [
  { text: `from .withdrawal import withdrawal\n\nclass Client:\n    def __init__(self, key):\n        self.withdrawal = withdrawal(self)`, path: 'client.py' },
  { text: `import { withdraw } from './restEndpoint';\nexport class Api {\n  constructor() {\n    this.pulls = withdraw(this);\n  }\n}`, path: 'api.js' },
];

/** Negative examples of the library-call rule for the raw layer and for errors named after a withdrawal. */
export const SDK_LAYER_NEGATIVES: Example[] = [
  { text: `class PullClient:\n    def create_withdraw(self, *, ticker, amount, address):\n        r = self._raw_client.create_withdraw(ticker=ticker, amount=amount, address=address)\n        return r.data`, path: 'src/sdk/pull/client.py' },
  { text: `import { Kraken } from 'kraken';\nasync createWithdraw(req) {\n  const r = await this._rawClient.createWithdraw(req);\n  return r.data;\n}`, path: 'src/pull/Client.ts' },
  { text: `import "github.com/example/kraken"\nif requested > limit {\n\treturn nil, errs.NewWithdrawLimitError(limit, requested)\n}`, path: 'kraken.go' },
  // An SDK class's convenience method reusing the class's own withdrawal through the client's accessor for it.
  { text: `using Binance.Net;\npublic class Funds\n{\n    public string WithdrawCoin(string coin, decimal amount, string address)\n    {\n        return Send(BuildPull(coin, amount, address));\n    }\n\n    public string PullAndWait(string coin, decimal amount, string address)\n    {\n        var id = client.Funds.WithdrawCoin(coin, amount, address);\n        return client.Funds.WaitWithdrawal(id);\n    }\n}`, path: 'Requests/Funds.cs' },
];
