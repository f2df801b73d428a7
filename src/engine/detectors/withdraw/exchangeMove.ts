// A bot's own mover of funds between two exchanges: `moveMoney('LTC', 1.5, 'gemini', 'yobit')`,
// `transfer_funds(coin, amt, from_exchange, to_exchange)`. Funds cannot move from one exchange to another without a
// withdrawal from the first to a deposit address of the second, whatever the helper is called and wherever it is
// defined (an arbitrage library the repository vendors, a module of its own).
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { callArguments } from '../../judge/callArguments';
import { rx } from '../fragments';
import { ACTION_ENDPOINTS } from './table';

/** ccxt ids of the exchanges with a withdrawal endpoint (`'gemini'`, `"binance"`): an exchange funds can leave. */
const EXCHANGE_IDS = new Set(ACTION_ENDPOINTS.flatMap((e) => e.exchanges));

/** An argument naming an exchange: a ccxt id literal, or a name that says exchange (`fromExchange`, `ev.exchange`, `dst_exchange`). */
function namesExchange(arg: string): boolean {
  const lit = /^["'`]([a-z0-9]{2,20})["'`]$/.exec(arg.trim());
  if (lit) return EXCHANGE_IDS.has(lit[1]);
  const last = arg.trim().split(/[.>]/).pop() ?? '';
  return /^(?:(?:from|to|src|dst|source|target|dest|origin|other)_?)?[Ee]xchange(?:_?(?:id|name|Id|Name))?$/.test(last);
}

/** Keeps a call whose arguments name two exchanges: where the funds leave and where they arrive. */
const betweenExchanges: Validator = {
  name: 'moves-between-exchanges',
  reach: { before: 0, after: 600 },
  test: (_v, ctx) => {
    const open = ctx.text.indexOf('(', ctx.end);
    if (open === -1 || open - ctx.end > 8) return false;
    return callArguments(ctx.text, open).filter(namesExchange).length >= 2;
  },
};

/** The pattern (spread into withdraw/helper-call): a mover named for money or funds, called across two exchanges. */
export const EXCHANGE_MOVE_PATTERN = (checks: readonly Validator[]): PatternSpec => ({
  re: rx(String.raw`(?<![A-Za-z0-9_$])(?<name>_?(?:move|transfer|shift|send|bridge|rebalance)_?(?:[Mm]oney|MONEY|[Ff]unds|FUNDS)[A-Za-z0-9_]{0,30})[ \t]*\(`),
  keywords: ['money', 'funds'],
  linesAfter: 3,
  validate: [betweenExchanges, ...checks],
});

/** Examples of the pattern, for withdraw/helper-call's record. */
export const EXCHANGE_MOVE_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `const r = await arb.⟦moveFundsAsync⟧('XRP', 250, 'kraken', 'bitstamp');`, path: 'scripts/rebalance.js' },
    { text: `res = self.⟦transfer_funds⟧(\n    leg.asset, leg.from_exchange, leg.to_exchange, leg.qty\n)`, path: 'arb/executor.py' },
  ],
  negative: [
    // Between the user's own accounts of one exchange, or two users of one ledger; no exchange named twice.
    { text: `await client.transferFunds('USDT', 50, 'spot', 'futures');`, path: 'rebalance.js' },
    { text: `ledger.move_money(from_user, to_user, amount)`, path: 'bank.py' },
    { text: `const plan = move_funds_plan('XRP', 'kraken', 'someplace');`, path: 'plan.py' },
    // The mover's own definition.
    { text: `class Arb {\n  async moveFundsAsync(coin, amount, fromExchange, toExchange) {\n    return this.route(coin, amount);\n  }\n}`, path: 'arb.js' },
  ],
};
