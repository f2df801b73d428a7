// A call that says it sends funds and hands over where and how much: `sendBNB(recipient, amount)`,
// `wallet.transfer(destination, amount)`, `pay_out(user.address, value)`, `send_tron(to_address, 5)`. The long tail of
// tip bots, faucets and payout scripts names its own senders; the SDK tables cannot list them. The verb starts the
// name, an address-like argument and an amount (or a number) are among the arguments: a message, a file, a ledger
// entry between two users or an internal account transfer has neither. Reported as information (see severity).
import { defineDetector, type Validator } from '../../defineDetector';
import { callArguments } from '../../judge/callArguments';
import { notInComment, notInString } from '../../judge/codeContext';
import { isDefinitionSite } from '../../judge/definitionSite';
import { notADeclaration } from '../declaration';
import { rx } from '../fragments';
import { CODE, WHY, WITHDRAW_ADVICE } from './shared';

/** Names that send something else, or move funds between the user's own accounts, or only build or price a send. */
const NOT_FUNDS = /message|msg|mail|notif|text|photo|file|document|sticker|reply|embed|request|response|json|data|event|signal|key|chat|log|sms|hook|invite|status|ack|frame|packet|byte|buffer|stream|header|command|query|form|report|alert|typing|(?<!trans)action|audio|video|animation|voice|location|contact|poll|dice|media|ping|heartbeat|between|sub_?account|subaccount|internal|wallet_?transfer|spot|futures|margin|fee|serial|build|param|instruction|increase|estimate|quote|allowance|approval|from$|ownership|owner|nft|email|code|otp|verification|signal|metric|batch_?job|task|queue|keepalive/i;
/** An argument that names where the funds go. */
const DEST_ARG = /(?:address|addr|wallet|destination|dest|recipient|receiver|payee)/i;
/** A destination-like name that holds a user's id or name, not an address (`recipient_id`, `receiverName`). */
const NOT_DEST = /(?:_?id|Id|ID|_?name|Name|_?user|User|_?type|Type)$/;
/** An argument that names how much, or a number. */
const AMOUNT_ARG = /(?:amount|amt\b|value|coins\b|qty|quantity|sats|satoshi|lamports|wei\b|sum\b|balance|reward|prize)|(?:^|[\s,(=:"'])\d+(?:\.\d+)?(?=[\s,)"']|$)/i;
/** A simulated, mocked or faked wallet's file: its sends move nothing. */
const SIMULATED = /simulat|mock|fake|stub|dummy/i;
/** Receivers that send messages, responses or log lines, never funds (`res.send(`, `socket.send(`, `_logger.Send(`). */
const MESSAGE_RECEIVER = /(?:^|[^\w$])(?:_?(?:log|logger|Log|Logger|LOG|LOGGER)|res|resp|response|reply|socket|ws|io|channel|conn|connection|emitter|port|worker|queue|producer|publisher|bus|mailer|smtp|ctx|interaction|message|msg)[ \t]*\??\.[ \t]*$/;

/** A call whose name starts with a sending verb, up to its `(` (the name captured). */
export const SEND_NAME_CALL = String.raw`(?<![A-Za-z0-9_$])(?<name>_?(?:send|transfer|pay|payout|tip|disburse|remit|Send|Transfer|Pay|Payout|Tip|Disburse|Remit)(?:[A-Z_0-9][A-Za-z0-9_]{0,40})?)[ \t]*\(`;

/** Drops a method's own definition (`public String transfer(String address,`, `func (w *Wallet) transfer(`, `async send(⏎`). */
export const notADefinitionSite: Validator = {
  name: 'not-a-definition-site',
  reach: { before: 200, after: 2000 },
  test: (_v, ctx) => !isDefinitionSite(ctx.text, ctx.start, ctx.end),
};

/** Keeps a call that hands over a destination and an amount; a capitalised name needs a receiver (else a constructor). */
export const sendsToAddress: Validator = {
  name: 'sends-to-an-address',
  reach: { before: 200, after: 400 },
  test: (value, ctx) => {
    if (NOT_FUNDS.test(value) || ctx.path.endsWith('.d.ts') || SIMULATED.test(ctx.path)) return false;
    const before = ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start);
    if (/^[A-Z]/.test(value) && !/\.[ \t]*(?:\r?\n[ \t]*)?$/.test(before)) return false;
    if (MESSAGE_RECEIVER.test(before)) return false;
    // The pattern ends at the call's `(`; its arguments as the on-chain judges read them (strings skipped).
    const args = callArguments(ctx.text, ctx.text.indexOf('(', ctx.end)).join(', ');
    if (!AMOUNT_ARG.test(args)) return false;
    return (args.match(/[A-Za-z_$][\w$]*/g) ?? []).some((id) => DEST_ARG.test(id) && !NOT_DEST.test(id));
  },
};

/** The senders' words; withdraw/handler-send and signed-send-call keep them and the regex below, so one regex run serves all three rules. */
export const SEND_CALL_WORDS = ['send', 'transfer', 'pay', 'tip', 'disburse', 'remit'];
/** A call whose name starts with a sending verb: `sendBNB(`, `wallet.transfer(`, `pay_out(`. */
export const SEND_CALL = rx(SEND_NAME_CALL);

export const withdrawSendCall = defineDetector({
  id: 'withdraw/send-call',
  title: 'a call that sends funds to an address',
  // Information, not a warning: on the tenth held-out set (code never tuned on) this shape raised as many false
  // warnings as it found true ones (9 found, 13 false); it points a reader at a sender, the other rules judge it.
  severity: 'info',
  role: 'endpoint',
  message: '{name}(…) sends funds to an address handed to it.',
  risk: `${WHY} A bot's own sender moves funds to whatever address it is given: a tip, a faucet drip, a payout.`,
  advice: WITHDRAW_ADVICE,
  keywords: SEND_CALL_WORDS,
  validate: [notInComment, notInString, notADeclaration, notADefinitionSite],
  files: CODE,
  patterns: [
    { re: SEND_CALL, linesAfter: 6, validate: [sendsToAddress] },
  ],
  examples: {
    positive: [
      { text: `const hash = await bnb.⟦sendBNB⟧(tipTarget.walletAddress, amount);`, path: 'libs/tip.js' },
      { text: `tx = ⟦send_tron⟧(to_address=user.wallet, amount=5)`, path: 'bot.py' },
      { text: `res, err := w.⟦Transfer⟧(ctx, destination, tlb.MustFromTON("0.5"), "payout")`, path: 'payout.go' },
      { text: `$result = $this->⟦payOut⟧($user['address'], $reward);`, path: 'faucet.php' },
      { text: `hash = ⟦transfer_to⟧(\n    recipient,\n    value,\n)`, path: 'payouts.py' },
      // `action` (a bot's chat action) is no funds word inside `transaction`.
      { text: `var tx = await svc.⟦SendTransactionAsync⟧(payer, opts.ToAddress, opts.Amount);`, path: 'Cli/Send.cs' },
    ],
    negative: [
      { text: `await bot.sendMessage(chatId, \`Sent \${amount} to \${address}\`);`, path: 'bot.js' },
      { text: `res.send({ address, amount });`, path: 'server.js' },
      { text: `ledger.transfer(fromUser, toUser, amount)`, path: 'tips.py' },
      { text: `game.transferCoins(player, guild, coins)`, path: 'Guild.kt' },
      { text: `async function sendBNB(recipient, amount) {\n  return null;\n}`, path: 'bnb.js' },
      { text: `client.wallet_transfer(asset="USD", from_wallet="spot", to_wallet="futures", amount=5)`, path: 'rebalance.py' },
      { text: `const p = new TransferParams(recipientAddress, amount);`, path: 'tx.ts' },
      { text: `fee = estimate_transfer_fee(to_address, amount)`, path: 'fees.py' },
      { text: `# sendBNB(recipient, amount) pays the tip\nlog.info("transfer(%s, %s)", address, amount)`, path: 'tip.py' },
      { text: `transfer(address: string, amount: number): Promise<string>;`, path: 'wallet.d.ts' },
      { text: `sendEmail(user.address, template)`, path: 'mail.py' },
      { text: `return await self._transfer_coin(symbol, amount, to_address)`, path: 'wallets/simulator/wallet_simulator.py' },
      { text: `ws.send(JSON.stringify({ address, amount: 5 }));`, path: 'feed.js' },
      { text: `await self.send_tip(sender_id, recipient_id, coin, amount)`, path: 'tips.py' },
      { text: `await bot.sendChatAction(chat.address, 'typing', amount);`, path: 'bot.js' },
    ],
  },
});
