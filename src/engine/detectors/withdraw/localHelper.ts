// A bot's own withdrawal helper called with plain arguments (`await initiateBtcWithdrawal(total)`), where the helper is
// defined in the same file and its own body makes the withdrawal: the action's name handed to the exchange's private
// API (`privateApi('Withdraw', params)`, `const endpoint = "Withdraw"`) or a client's withdraw method. The helper-call
// rule wants a wallet, an address or a coin among the arguments; here the helper's body says what the call does.
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { cachedFunctionSpans } from '../../judge/functionSpans';
import { rx } from '../fragments';
import { anyActionName, isWithdrawCall } from './callShapes';
import { notAStub } from '../../judge/stubFunction';

/** A withdrawal action written in a body: a string literal naming it, or a receiver's withdraw method called. */
const ACTION_LITERAL = /["'`]([\w/.-]{0,60}?[Ww]ithdraw[\w/.-]{0,60})["'`]|(?:\.|->)[ \t]*([A-Za-z_]{0,40}[Ww]ithdraw[A-Za-z_]{0,40})[ \t]*\(/g;

/** True when one of the body's literals or method calls is a withdrawal action (not a history, fee or status query). */
function bodyWithdraws(body: string): boolean {
  for (const m of body.matchAll(ACTION_LITERAL)) {
    // A key of the helper's own records (`data['withdrawals'].append(w)`, `{'withdrawal': w}`) is bookkeeping, not an action.
    if (m[1] !== undefined && (body[m.index - 1] === '[' || /^[ \t]*[:\]]/.test(body.slice(m.index + m[0].length, m.index + m[0].length + 4)))) continue;
    const last = (m[1] ?? m[2]).split(/[/.]/).filter(Boolean).pop() ?? '';
    if (/^withdrawals?$/i.test(last) || isWithdrawCall(last)) return true;
  }
  return false;
}

/** A helper that builds, encodes or checks an action for another call to send (`buildWithdrawAction(…)`). */
const BUILDER = /^_*(?:build|make|encode|serialize|sign|hash|format|prepare|compose|construct|parse|validate|to)(?:[A-Z_]|$)|(?:Call|Request|Builder|Params|Payload|Body)$/;

/** Keeps a call of a helper this file defines (elsewhere than around the call) whose body makes the withdrawal. */
const helperBodyWithdraws: Validator = {
  name: 'local-helper-body-withdraws',
  test: (value, ctx) => {
    if (BUILDER.test(value)) return false;
    // With no argument it is a script's or an example's main function (`withdrawFunds();`), not a helper handed an amount.
    const open = ctx.text.indexOf('(', ctx.end);
    if (open === -1 || /^\(\s*\)/.test(ctx.text.slice(open, open + 200))) return false;
    const spans = cachedFunctionSpans(ctx.text, ctx.kind);
    const own = spans.find((s) => s.name === value);
    // The call sits outside the helper (a retry inside it is its own plumbing).
    if (!own || (own.start <= ctx.start && ctx.start <= own.end)) return false;
    const head = ctx.text.indexOf('\n', own.start);
    return head !== -1 && head < own.end && bodyWithdraws(ctx.text.slice(head, own.end));
  },
};

/** The pattern (spread into withdraw/helper-call with its shared call checks): a bare call of a withdraw-named helper. */
export const LOCAL_HELPER_PATTERN = (bareHelper: string, checks: readonly Validator[]): PatternSpec => ({
  re: rx(bareHelper),
  // A stub whose comment names the call it will make (`# TODO: exchange.withdraw(…)` then `pass`) makes none.
  validate: [anyActionName, helperBodyWithdraws, notAStub, ...checks],
});

/** Examples of the pattern, for withdraw/helper-call's record. */
export const LOCAL_HELPER_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `const initiateBtcWithdrawal = async (amount) => {\n  return privateApi('Withdraw', { asset: 'XBT', key: PAYOUT_KEY, amount });\n};\n\nexports.handler = async () => {\n  const total = await balance();\n  if (total > LIMIT) await ⟦initiateBtcWithdrawal⟧(total);\n};`, path: 'cron.js' },
    { text: `def run_monthly():\n    due = monthly_amount()\n    ⟦submit_withdrawal⟧(due)\n\ndef submit_withdrawal(amount):\n    endpoint = "Withdraw"\n    return private_query(endpoint, {"asset": "XBT", "amount": amount})`, path: 'dca.py' },
  ],
  negative: [
    { text: `def submit_withdrawal(amount):\n    # TODO: private_query("Withdraw", {"asset": "XBT", "amount": amount})\n    pass\n\ndef run_monthly():\n    submit_withdrawal(monthly_amount())`, path: 'dca.py' },
    // The helper's body only reads history or fees; a helper defined in another file (the cross-file index's).
    { text: `const executeWithdrawalCheck = async (amount) => {\n  return privateApi('WithdrawStatus', { asset: 'XBT' });\n};\nawait executeWithdrawalCheck(5);`, path: 'cron.js' },
    { text: `const { initiateBtcWithdrawal } = require('./payout');\nawait initiateBtcWithdrawal(total);`, path: 'cron.js' },
    // The helper retrying itself: one withdrawal, reported inside it.
    { text: `def gas_withdraw(to, retry=0):\n    try:\n        private_query("Withdraw", {"asset": "APT", "address": to})\n    except Exception:\n        if retry < 3:\n            gas_withdraw(to, retry=retry + 1)`, path: 'modules/cex.py' },
    // The helper only books the request in the bot's own records.
    { text: `def create_withdrawal(user_id, amount):\n    data = load_db()\n    w = {'id': len(data['withdrawals']) + 1, 'amount': amount}\n    data['withdrawals'].append(w)\n    save_db(data)\n    return w['id']\n\nasync def cash_out(message, amount):\n    wid = create_withdrawal(message.from_user.id, amount)`, path: 'bot.py' },
    // An example's main function called with no argument; an SDK's per-coin variant inside its withdraw method.
    { text: `async function withdrawFunds() {\n  const r = await client.submitWithdrawal({ currency: 'USD', amount: '5' });\n}\n\nwithdrawFunds();`, path: 'examples/withdrawFunds.ts' },
    { text: `function withdrawFunds(cur, amount, address) {\n  if (cur === 'XRP') return withdrawRippleFunds(amount, address);\n}\nfunction withdrawRippleFunds(amount, address) {\n  return post('ripple_withdrawal', { amount, address });\n}`, path: 'AccountRaw.js' },
    // A generated client's request builder (`withdrawCall(…)` makes the HTTP call object its caller executes).
    { text: `public okhttp3.Call withdrawCall(LedgerRecord body, ApiCallback cb) throws ApiException {\n    String path = "/withdrawals";\n    return client.buildCall(path, "POST", body, cb);\n}\n\nprivate okhttp3.Call withdrawValidateBeforeCall(LedgerRecord body, ApiCallback cb) throws ApiException {\n    return withdrawCall(body, cb);\n}`, path: 'WithdrawalApi.java' },
    // A builder of the action another call signs and sends.
    { text: `function buildWithdrawAction(amount, time) {\n  return { type: 'withdraw3', amount, time };\n}\nexport function pull(client, p) {\n  return signed(client, { action: buildWithdrawAction(p.amount, Date.now()) });\n}`, path: 'src/rest/pull.ts' },
    // A retry inside the helper itself.
    { text: `const initiateBtcWithdrawal = async (amount, tries) => {\n  const r = await privateApi('Withdraw', { amount });\n  if (!r.ok && tries) return initiateBtcWithdrawal(amount, tries - 1);\n  return r;\n};`, path: 'cron.js' },
  ],
};
