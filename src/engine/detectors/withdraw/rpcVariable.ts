// The RPC method string kept in a local variable a few lines above its private-API call: `const endpoint = "Withdraw";`
// then `queryPrivateApi(endpoint, params)`. The call is the withdrawal, as `query_private('Withdraw', …)` is
// (RPC_STRING in callShapes.ts); the variable only carries the method's name to it.
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { EXCHANGE_NEAR } from './shared';
import { rpcActionExchanges } from './table';
import { writeVerbArgument } from './rpcVerb';

/**
 * A variable handed first to a private-API call (the names RPC_STRING accepts), on the call's line or the next. The
 * match starts at the call's `(`, which the regex engine skips to, and looks behind it for the call's name: starting
 * at every identifier and looking behind for the `(` cost ~4% of a whole scan. The bounded blanks keep it linear.
 */
const RPC_VARIABLE = String.raw`\((?<=(?:(?<![A-Za-z])(?:private|query|api|rpc)|Private|PRIVATE|Query|Api|API|Rpc|RPC)[A-Za-z0-9_]{0,30}[ \t]{0,16}\()[ \t]{0,16}(?:\r?\n[ \t]{0,16})?(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,40})(?=[ \t]{0,16}(?:\r?\n[ \t]{0,16})?[,)])`;

/** A name assigned a short string literal: `method = "Withdraw"`, `const endpoint: string = 'Withdraw'`. */
const ASSIGNED_LITERAL = /(?<![\w$.])([A-Za-z_$][\w$]{0,40})[ \t]*(?::[^=\n]{1,40})?=[ \t]*["']([A-Za-z_]{1,40})["']/g;

/**
 * Keeps a variable assigned an RPC withdrawal method (ccxt's table: `Withdraw`, `WithdrawCancel`) in the 600
 * characters above; a plural resource only with a write verb among the call's arguments.
 */
const assignedRpcAction: Validator = {
  name: 'variable-holds-rpc-withdraw',
  reach: { before: 600, after: 0 },
  test: (value, ctx) => {
    const above = ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start);
    // One fixed regex over the window (no regex built per match: the scan's first pass would compile each).
    const m = [...above.matchAll(ASSIGNED_LITERAL)].filter((a) => a[1] === value).pop();
    if (m === undefined || !/withdraw/i.test(m[2]) || rpcActionExchanges(m[2]) === undefined) return false;
    // A plural resource (`'withdrawals'`) is listed unless the call's own arguments pass a write verb.
    return !/s$/i.test(m[2]) || writeVerbArgument(ctx.text, ctx.end);
  },
};

/** The pattern (spread into withdraw/library-call): read from the method string's line through the call a few lines below. */
export const RPC_VARIABLE_PATTERN: PatternSpec = { re: rx(RPC_VARIABLE), keywords: ['withdraw'], linesAfter: 6, validate: [assignedRpcAction], requires: { exchangeNear: EXCHANGE_NEAR } };

/** Examples, for withdraw/library-call's record. */
export const RPC_VARIABLE_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `const sendOut = async (qty) => {\n  const method = "Withdraw";\n  const body = \`asset=XBT&key=\${KEY_NAME}&amount=\${qty}\`;\n  return await privateApiCall(\n    ⟦method⟧,\n    body\n  );\n};`, path: 'dca.js' },
  ],
  negative: [
    // A read method in the variable (the withdrawal's status), and a variable reassigned to a read before the call.
    { text: `const method = "WithdrawStatus";\nconst rows = await privateApiCall(method, "asset=XBT");`, path: 'dca.js' },
    { text: `def status(self, wid=None):\n    call = 'withdrawals'\n    return self.api_request(call, None)`, path: 'client.py' },
    { text: `let method = "Withdraw";\nmethod = "Balance";\nconst b = await privateApiCall(method, "");`, path: 'dca.js' },
  ],
};
