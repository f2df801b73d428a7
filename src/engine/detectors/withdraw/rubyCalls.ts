// Ruby and Crystal withdrawal calls without parentheses (`client.withdraw currency: "BTC", address: a, amount: 1`),
// for withdraw/library-call (calls.ts): the same names, receivers and arguments as the parenthesised call
// shapes, with the arguments opened by a space. Only in Ruby-syntax files, where a bare call is the idiom.
import type { Example, PatternSpec } from '../../defineDetector';
import { notInString } from '../../judge/codeContext';
import { rx } from '../fragments';
import { notApiPlumbing } from './apiHelper';
import { notBookkeeping } from './bookkeeping';
import { actionName, BREAK_AFTER, CLIENT_RECEIVER, notAccessor, RECV } from './callShapes';
import { notCaseDispatch } from './caseDispatch';
import { notOwnLayer, notSelfRetry } from './helperCalls';
import { notPagedQuery } from './resourceQuery';
import { EXCHANGE_LIBS, EXCHANGE_NEAR } from './shared';

/**
 * The arguments opened by a space: a name, an instance variable, a string, a symbol or a number, never a keyword
 * (`w.withdraw if ok`), an operator (`x.withdraw_count + 1`, `a.withdraw = b`), a block (`{ |w|`) or a ternary's `:`.
 * A `!` may end the name (`wallet.withdraw! amount`); a `?` is a predicate, not a call.
 */
const OPEN = String.raw`!?[ \t]{1,8}(?!(?:if|unless|and|or|not|do|then|rescue|while|until|end|in)\b)(?=[A-Za-z_@"']|:[A-Za-z_"]|\d)`;
/** A coin or a destination among the arguments, on the call's line (a bare call ends with its line). */
const RUBY_CRYPTO_ARGS = String.raw`(?=[^\n#]{0,200}?(?:\baddress|\baddr\b|\bto_?addr|\bcoin\b|\bcurrency\b|\bchain\b|\bnetwork\b|\bmemo\b|["':](?:BTC|XBT|ETH|USDT|USDC|LTC|DOGE|XRP|TRX|btc|eth|usdt|usdc|ltc|doge|xrp|trx)\b))`;
const BARE_RUBY = String.raw`(?<name>withdraw|withdrawal)${OPEN}`;

/** The library-call rule's patterns for bare Ruby calls (spread into its record). */
export const RUBY_CALL_PATTERNS: readonly PatternSpec[] = [
  // A name with a withdraw segment and more (`client.create_withdrawal currency: …`).
  {
    re: rx(String.raw`${RECV}${BREAK_AFTER}(?<name>[A-Za-z0-9_]{0,80}?[Ww]ithdraw[A-Za-z0-9_]{0,80})${OPEN}`),
    keywords: ['withdraw'],
    files: ['ruby'],
    validate: [notInString, actionName(true), notAccessor, notBookkeeping, notSelfRetry, notOwnLayer, notApiPlumbing, notCaseDispatch, notPagedQuery],
    requires: { exchangeNear: EXCHANGE_NEAR },
  },
  // The bare verb on a client-like receiver, in a file requiring an exchange gem, or with a coin or an address.
  { re: rx(CLIENT_RECEIVER + BARE_RUBY), keywords: ['withdraw'], files: ['ruby'], validate: [notInString], requires: { exchangeNear: EXCHANGE_NEAR } },
  { re: rx(RECV + BARE_RUBY), keywords: ['withdraw'], files: ['ruby'], validate: [notInString], requires: { fileContains: EXCHANGE_LIBS, exchangeNear: EXCHANGE_NEAR } },
  { re: rx(RECV + BARE_RUBY + RUBY_CRYPTO_ARGS), keywords: ['withdraw'], files: ['ruby'], validate: [notInString], requires: { exchangeNear: EXCHANGE_NEAR } },
];

/** Examples of the bare Ruby calls (spread into the rule's examples). */
export const RUBY_CALL_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `def cash_out(user)\n  res = @client.⟦withdraw⟧ currency: "BTC", address: user.btc_address, amount: 0.25\nend`, path: 'lib/payouts.rb' },
    { text: `require "kucoin"\nresult = kc.⟦withdraw⟧ :usdt, amount, dest\n`, path: 'bin/sweep.rb' },
    { text: `def run\n  @gateway.⟦create_withdrawal⟧ "LTC", payee, amount\nend`, path: 'app/jobs/payout_job.rb' },
    { text: `ledger.⟦withdraw⟧ coin: "DOGE", to_address: addr, amount: n`, path: 'tip_bot/commands/cash.rb' },
    // Crystal reads as Ruby.
    { text: `def payout(id : Int64)\n  @wallet.⟦withdraw⟧! @address, amount\nend`, path: 'src/tipbot/payout.cr' },
  ],
  negative: [
    // A declaration, an assignment, a query, a block, a keyword or an operator after the name, a predicate.
    { text: `def self.withdraw currency, amount\n  signed_request currency: currency, amount: amount\nend\ndef Client.withdraw(coin, address)\n  nil\nend`, path: 'lib/client.rb' },
    { text: `@client.withdraw_limit = 10\nx = @client.withdraw_history limit: 5\n@client.withdrawals.each { |w| puts w }`, path: 'lib/report.rb' },
    { text: `account.withdraw { |w| w.cancel }\nwallet.withdraw if ready\ntotal = user.withdraw_count + 1`, path: 'lib/misc.rb' },
    { text: `return unless @client.withdraw_enabled? amount\nputs "use client.withdraw currency: BTC"`, path: 'lib/check.rb' },
    // A bank kata's account on a plain receiver, no coin, no exchange gem.
    { text: `account.withdraw 50\nexpect(account.balance).to eq(50)`, path: 'spec/account_spec.rb' },
    // The same shape outside Ruby is no call.
    { text: `client.withdraw currency, amount`, path: 'notes.py' },
  ],
};
