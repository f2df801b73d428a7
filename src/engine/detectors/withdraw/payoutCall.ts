// A payout handed its destination: `dapp.payout(amount, target_address: dest)`, `await payoutFn({ address: w.address,
// amount: w.amount })`. Of the send-call shape's verbs (sendCalls.ts, information), "pay out" is the one that
// says funds leave for someone else: a provider's or a custody client's payout to the address it is given. A payout
// function this file defines is left to its body (the send inside is the site).
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { cachedFunctionSpans } from '../../judge/functionSpans';
import { rx } from '../fragments';
import { sendsToAddress } from './sendCalls';

/** Names that read or describe payouts rather than make one. */
const QUERY = /history|list|status|info|detail|report|estimate|quote|fee|limit|schedule|preview|summary|stat/i;

/**
 * Keeps a payout call whose callee is neither a function of this file nor one it imports from a module of the
 * workspace (`const { payOut } = require('../wallets/hot')`): those the cross-file index follows to their transfer.
 */
const notLocalPayout: Validator = {
  name: 'payout-not-defined-in-workspace',
  test: (value, ctx) => {
    if (QUERY.test(value) || cachedFunctionSpans(ctx.text, ctx.kind).some((s) => s.name === value)) return false;
    return !new RegExp(String.raw`^[^\n]*\b(?:require|import|from)\b[^\n]*\b${value}\b|^[^\n]*\b${value}\b[^\n]*\b(?:require\(|from[ \t]+["'])`, 'm').test(ctx.text);
  },
};

/** The pattern (spread into withdraw/helper-call): a `payout…` call with a destination and an amount among its arguments. */
export const PAYOUT_CALL_PATTERN = (checks: readonly Validator[]): PatternSpec => ({
  re: rx(String.raw`(?<![A-Za-z0-9_$])(?<name>_?(?:payout|pay_out|payOut|Payout|PayOut)(?:[A-Z_][A-Za-z0-9_]{0,30})?)[ \t]*\(`),
  keywords: ['payout', 'pay_out'],
  linesAfter: 6,
  validate: [sendsToAddress, notLocalPayout, ...checks],
});

/** Examples of the pattern, for withdraw/helper-call's record. */
export const PAYOUT_CALL_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `module PayBot\n  def cash_out\n    Bot.custody.⟦payout⟧(sum, target_address: user_address)\n  end\nend`, path: 'bot/service/cash_out.rb' },
    { text: `async run({ row, payoutFn }) {\n  const r = await ⟦payoutFn⟧({\n    address: row.address,\n    amount: row.amount,\n  });\n}`, path: 'engines/payouts.js' },
  ],
  negative: [
    // The payout method of this file (its body is reported); a payout history query; no destination handed over.
    { text: `class Pay:\n    def payout_scholar(self, name, amount, address):\n        return self.client.transfer(address, amount)\n\n    def run(self, acc):\n        self.payout_scholar(acc['name'], 5, acc['payout_address'])`, path: 'payments.py' },
    { text: `rows = api.payout_history(address=wallet_address, amount_min=5)`, path: 'stats.py' },
    { text: `total = payout_total(amount, rate)`, path: 'calc.py' },
    { text: `const { payOut } = require('../wallets/hot');\nawait payOut(user.address, 5);`, path: 'commands/pay.js' },
  ],
};
