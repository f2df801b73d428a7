// starknet.py prepares a contract's calls (`paraclear.functions["withdraw"].prepare_invoke_v1(…)`) and an account
// executes them together below (`await account.execute_v1(calls=calls, max_fee=…)`): nothing moves before the execute.
// One request, one fact: the execute is reported when a call it runs withdraws or transfers to a recipient.
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { callArguments } from '../../judge/callArguments';
import { linesAbove } from '../../text/linesAbove';
import { rx } from '../fragments';
import { aheadInFunction } from './sentAction';
import { isWithdrawActionName } from './table';

/** How far above the execute its prepared calls are looked for, in lines. */
const MAX_LINES = 20;
/** A prepared call, named by index or attribute (`functions["initiate_withdraw"].prepare_invoke_v3(`). */
const PREPARED = /\.functions(?:\[["']([A-Za-z_]{1,60})["']\]|\.([A-Za-z_]{1,60}))\.prepare_invoke(?:_v[13])?[ \t]*\(/g;
/** An account's execute of prepared calls (a bare `.execute(` only on an account: `db.execute("…")` is SQL). */
const EXECUTE = /(?:[.][ \t]*(execute_v1|execute_v3)|[Aa]ccount[.][ \t]*(execute))[ \t]*\(/;

/** True when a prepared call moves funds out: a withdrawal action, or a transfer to a recipient. */
function movesFunds(name: string, args: readonly string[]): boolean {
  if (isWithdrawActionName(name)) return true;
  return /^transfer$/i.test(name) && args.some((a) => /^(?:recipient|to|receiver)[ \t]*=/.test(a));
}

/** Keeps an execute that is the first one after a prepared call above it that moves funds (in the same function). */
const executesPreparedMove: Validator = {
  name: 'executes-prepared-move',
  reach: { before: MAX_LINES * 200, after: 0 },
  test: (_v, ctx) => {
    const above = linesAbove(ctx.text, ctx.start, MAX_LINES, MAX_LINES * 200);
    const base = ctx.start - above.length;
    for (const m of above.matchAll(PREPARED)) {
      const after = base + m.index + m[0].length;
      // The call's own arguments: a keyword after it (a log line's `to=`) is not its recipient.
      if (!movesFunds(m[1] ?? m[2], callArguments(ctx.text, after - 1))) continue;
      const next = EXECUTE.exec(aheadInFunction(ctx.text, after, MAX_LINES));
      if (next && after + next.index + next[0].indexOf(next[1] ?? next[2]) === ctx.start) return true;
    }
    return false;
  },
};

/** The library-call rule's pattern: the execute, its window opened by the prepared calls above it. */
export const PREPARED_CALL_PATTERN: PatternSpec = {
  re: rx(String.raw`(?<name>(?<=[.])(?:execute_v1|execute_v3)|(?<=[Aa]ccount[.])execute)(?=[ \t]*\()`),
  keywords: ['prepare_invoke'],
  linesAfter: MAX_LINES,
  exchange: 'Starknet',
  validate: [executesPreparedMove],
  requires: { fileContains: ['starknet'] },
};

/** Its examples (spread into the library-call record). */
export const PREPARED_CALL_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `from starknet_py.contract import Contract\nasync def pull(account, vault, bridge, to, n):\n    calls = [\n        vault.functions["withdraw"].prepare_invoke_v1(token_address=usdc, amount=n),\n        bridge.functions["initiate_withdraw"].prepare_invoke_v1(l1_recipient=to, amount=n),\n    ]\n    info = await account.⟦execute_v1⟧(calls=calls, max_fee=fee)`, path: 'withdraw.py' },
    { text: `from starknet_py.contract import Contract\ncalls = [usdc.functions["transfer"].prepare_invoke_v3(recipient=other.address, amount=n)]\nr = await acct.⟦execute_v3⟧(calls=calls, auto_estimate=True)`, path: 'send.py' },
  ],
  negative: [
    // A deposit and an approval executed; a transfer back to the account itself is no recipient argument.
    { text: `from starknet_py.contract import Contract\ncalls = [\n    usdc.functions["approve"].prepare_invoke_v1(spender=vault.address, amount=n),\n    vault.functions["deposit"].prepare_invoke_v1(token_address=usdc, amount=n),\n]\nawait account.execute_v1(calls=calls, max_fee=fee)`, path: 'deposit.py' },
    { text: `from starknet_py.contract import Contract\ncall = vault.functions["withdraw_history"].prepare_invoke_v1(user=me)\nawait account.execute_v1(calls=[call], max_fee=fee)`, path: 'rows.py' },
    // SQL executed between the prepared call and the account's execute; a transfer whose `to=` is a log's (review).
    { text: `from starknet_py.contract import Contract\ncalls = [vault.functions["withdraw"].prepare_invoke_v1(token_address=usdc, amount=n)]\ndb.execute("INSERT INTO pulls VALUES (?)", (n,))`, path: 'pull.py' },
    { text: `from starknet_py.contract import Contract\ncalls = [usdc.functions["transfer"].prepare_invoke_v3(account.address, n)]\nlog.info("to=%s", account.address)\nr = await account.execute_v3(calls=calls, auto_estimate=True)`, path: 'self.py' },
  ],
};
