// The send-call shape (sendCalls.ts) inside a withdrawal handler: `coin.send(address, amount)` in
// `commands/withdraw.js`, `api.transfer(address, n)` in `WithdrawCommand.java`, `SendTo(address, amount)` in a
// `Withdraw(…)` method, or a send whose arguments say they are a withdrawal (`user.getWithdrawAddress()`,
// `amountToWithdraw`). The bare shape is information (it also fits ledger moves and look-alikes); where the code says
// it is paying a withdrawal out to an address, it is the payout itself and a warning.
import { defineDetector, type Validator } from '../../defineDetector';
import { callArguments } from '../../judge/callArguments';
import { notInComment, notInString } from '../../judge/codeContext';
import { notADefinitionSite } from '../../judge/definitionSite';
import { cachedFunctionSpans, enclosingSpan } from '../../judge/functionSpans';
import { notADeclaration } from '../declaration';
import { SEND_CALL, SEND_CALL_WORDS, sendsToAddress } from './sendCalls';
import { CODE, WHY, WITHDRAW_ADVICE } from './shared';

/** A withdrawal or payout named: a file's or an argument's name. */
const WITHDRAW_WORD = /withdraw|payout|cash_?out/i;
/** A handler named for the withdrawal (`withdraw`, `handleWithdraw`, `cmd_payout`), not a sender that does more. */
const HANDLER_NAME = /^_?(?:(?:handle|on|cmd|do|process|exec(?:ute)?|run)_?)?(?:withdraw|payout|cash_?out)/i;
/** Senders of notifications, whatever their text says about a withdrawal. */
const NOTIFIER = /telegram|discord|slack|tweet|notif|webhook|toast|alert/i;
/** String literals, dropped from the arguments: a message's text or a lookup key is not the send's own words. */
const STRINGS = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`]*`/g;
/** Names that handle a withdrawal without paying it: its request, its approval queue, its history, its fee. */
const NOT_PAYING = /request|history|list|fee|estimate|valid|check|limit|status|cancel|deposit|test|mock|fake|simulat/i;

/**
 * Drops a tip sender (`tip(`, `tipUser(`): withdraw/send-call's regex and words, which this rule shares so that one
 * regex run serves both, also take `tip`; this rule never did.
 */
const notATipSender: Validator = { name: 'not-a-tip-sender', test: (value) => !/^_?[Tt]ip/.test(value) };

/** Keeps a send made by a withdrawal handler: its function's or file's name, or its own arguments, say withdraw. */
const inWithdrawHandler: Validator = {
  name: 'in-withdraw-handler',
  test: (value, ctx) => {
    const base = ctx.path.slice(ctx.path.lastIndexOf('/') + 1);
    if (NOT_PAYING.test(base) || NOTIFIER.test(value)) return false;
    const args = callArguments(ctx.text, ctx.text.indexOf('(', ctx.end)).join(', ').replace(STRINGS, '""');
    const spans = cachedFunctionSpans(ctx.text, ctx.kind);
    // A same-file function's call: the send inside it is where the funds move (and what the other rules judge).
    if (spans.some((sp) => sp.name === value)) return false;
    const outer = enclosingSpan(spans, ctx.start);
    if (outer && NOT_PAYING.test(outer.name)) return false;
    return WITHDRAW_WORD.test(args) || (outer !== undefined && HANDLER_NAME.test(outer.name)) || WITHDRAW_WORD.test(base);
  },
};

export const withdrawHandlerSend = defineDetector({
  id: 'withdraw/handler-send',
  title: "a withdrawal handler's send to an address",
  severity: 'warning',
  role: 'endpoint',
  message: '{name}(…) pays a withdrawal out to the address handed to it.',
  risk: `${WHY} A withdraw command's own sender moves the bot's funds to whatever address the user gives it.`,
  advice: WITHDRAW_ADVICE,
  keywords: SEND_CALL_WORDS,
  validate: [notInComment, notInString, notADeclaration, notADefinitionSite],
  files: CODE,
  patterns: [
    { re: SEND_CALL, linesAfter: 6, validate: [notATipSender, sendsToAddress, inWithdrawHandler] },
  ],
  examples: {
    positive: [
      { text: `// withdraw command\nconst tx = await wallet.coin.⟦send⟧(address, amount);`, path: 'commands/withdraw.js' },
      { text: `public class WithdrawCmd {\n    String run(String address, BigDecimal amount) throws Exception {\n        return node.api().⟦transfer⟧(address, amount);\n    }\n}`, path: 'src/cmd/WithdrawCmd.java' },
      { text: `async def handle_withdraw(update, amount):\n    addr = update.args[0]\n    txid = await chain.⟦send_coins⟧(addr, amount)`, path: 'bot/handlers.py' },
      { text: `w.api.⟦transfer⟧(member.getWithdrawAddress(), balanceLeft);`, path: 'src/Payouts.java' },
    ],
    negative: [
      // The same shape outside a withdrawal handler: information only (withdraw/send-call).
      { text: `const tx = await wallet.coin.send(address, amount);`, path: 'commands/tip.js' },
      // A withdrawal's request, fee estimate or history; a message about a withdrawal; a ledger move between users.
      { text: `async function withdraw(user, address, amount) {\n  const fee = await estimateFee(address, amount);\n  await sendMessage(user.chat, \`withdraw \${amount} to \${address}\`);\n}`, path: 'withdraw.js' },
      { text: `def withdraw_request(address, amount):\n    return send_to_queue(address, amount)`, path: 'withdraw_requests.py' },
      { text: `class WithdrawView:\n    def check_limits(self, address, amount):\n        return self.send_probe(address, amount)`, path: 'views/withdraw.py' },
      { text: `def handle_withdraw(sender_id, recipient_id, amount):\n    ledger.transfer(sender_id, recipient_id, amount)`, path: 'withdraw.py' },
      // A notification whose text names the withdrawal; a payout row's lookup key; a sender that does more than a handler.
      { text: `await Network.SendTelegram($"Autowithdraw {amount} to wallet {address}");`, path: 'Actions/Notify.cs' },
      { text: `self.pay_account(acc['Name'], acc['PayoutAddress'], amount)`, path: 'axie/pay.py' },
      { text: `def process_payout(self, acc, n):\n    self.payout_account(acc.address, n)\n\ndef payout_account(self, address, amount):\n    pass`, path: 'payments.py' },
      { text: `function sendWithdrawalBatch(rows) {\n  for (const r of rows) chain.transferToken(r.address, r.amount);\n}`, path: 'jobs/batch.js' },
      { text: `it('withdraws', async () => {\n  await wallet.send(address, amount);\n});`, path: 'test/withdraw.test.js' },
      { text: `async function withdraw(address, amount) {\n  return null;\n}`, path: 'withdraw.js' },
      // A log line about the withdrawal, through a logger whose method is named Send.
      { text: `public string Withdraw(string coin, string address, decimal amount)\n{\n    var result = Post(url, payload);\n    _logger.Send($" => {address} [{amount} {coin}]: {result}");\n    return result;\n}`, path: 'Api/Exchange.cs' },
    ],
  },
});
