// An old exchange API's withdrawal named by a command field (Poloniex's `{command: 'withdraw', address, amount}`, and
// the many clients copied from it) and sent a few lines below through the client's signed helper
// (`return this._private(parameters, callback)`, `HttpPostForm2(client, TRADE_API, params, headers)`): the call that
// sends it is where the withdrawal happens, so it is reported. The command literal stays reported as well
// (withdraw/rest-endpoint): labelled corpora put the fact on either line, and a literal alone (a table of commands,
// a helper on the same line) has no call below to carry it. Two findings for one request, knowingly.
import { notInComment } from '../../judge/codeContext';
import { notADefinitionSite } from '../../judge/definitionSite';
import { defineDetector, type Validator } from '../../defineDetector';
import { TextMemo } from '../../judge/textMemo';
import { matchesAbove } from '../../text/linesAbove';
import { notADeclaration } from '../declaration';
import { ANY_CALL, rx } from '../fragments';
import { ACTION_FIELD, notABotCommand, plainActionToAddress } from './actionTypes';
import { sendingCallAfter } from './sentAction';
import { CODE, WITHDRAW_ADVICE } from './shared';

/** How far above the call its command is looked for, in lines. */
const MAX_LINES = 40;
const COMMAND = new RegExp(ACTION_FIELD, 'g');
/**
 * A destination added to the same parameters below the command (Go's `params.Add("address", to)` or
 * `params["address"] = to`, Java's `.put("address", to)`).
 */
const ADDED_ADDRESS = /(?:\.(?:[Aa]dd|[Pp]ut|[Ss]et)\([ \t]*|\[[ \t]*)["'](?:address|to_?address|receive_?[Aa]ddr(?:ess)?|destination|to)["'][ \t]*(?:,|\][ \t]*=(?!=))/;

/** Per text and command offset: where its sending call is (-1: none). Every call below a command asks the same. */
const SENT_AT = new TextMemo<number>();

/** Keeps a call that is the first sending call after a plain `withdraw` command, with a destination, above it. */
const sendsCommandAbove: Validator = {
  name: 'sends-withdraw-command-above',
  // The commands above; what follows a command (its destination, a bot menu's description) is read up to 400 characters on.
  reach: { before: MAX_LINES * 200 + 400, after: 400 },
  test: (_v, ctx) => {
    for (const { m, at: from } of matchesAbove(ctx.text, ctx.start, MAX_LINES, COMMAND)) {
      if (!/^withdraw$/i.test(m.groups!.name)) continue;
      const end = from + m[0].length - 1;
      const sent = SENT_AT.get(ctx.text, String(end), () => {
        const at = { ...ctx, start: end - m.groups!.name.length, end };
        // A destination added below the command counts only before the call (`params.Add("address", to)`).
        const call = sendingCallAfter(ctx.text, end, true);
        const toAddress = plainActionToAddress.test(m.groups!.name, at) || (call !== -1 && ADDED_ADDRESS.test(ctx.text.slice(end, Math.min(end + 400, call))));
        return toAddress && notABotCommand.test(m.groups!.name, at) ? call : -1;
      });
      if (sent === ctx.start) return true;
    }
    return false;
  },
};

/** A withdraw command's sending call (see the header). */
export const withdrawSentCommand = defineDetector({
  id: 'withdraw/sent-command',
  title: 'withdraw command sent by a signed request',
  severity: 'warning',
  role: 'endpoint',
  message: 'Call {name}(…) sends the withdraw command built above it.',
  risk: 'A withdrawal to the address the command names: whoever controls this code or its key can move the account\'s funds out.',
  advice: WITHDRAW_ADVICE,
  keywords: ['withdraw'],
  validate: [notInComment, notADeclaration, notADefinitionSite],
  files: CODE,
  patterns: [
    {
      re: rx(ANY_CALL),
      name: /[Ss]end|[Pp]ost|[Rr]equest|[Ss]ubmit|[Ee]xecute|[Bb]roadcast|[Tt]ransact|[Pp]rivate|SEND|POST|REQUEST|PRIVATE/,
      // The command is the quoted word itself (the validator wants exactly `withdraw`): most files that say withdraw
      // never quote it alone, and every call in 40 lines below each mention was a candidate.
      keywords: ["'withdraw'", '"withdraw"'],
      // The window runs down from the command's word to the call that sends it.
      linesAfter: MAX_LINES,
      validate: [sendsCommandAbove],
    },
  ],
  examples: {
    positive: [
      { text: `withdraw: function(currency, amount, address, callback){\n    var parameters = {\n        command: 'withdraw',\n        currency: currency,\n        amount: amount,\n        address: address\n    };\n    return this.⟦_private⟧(parameters, callback);\n}`, path: 'libs/apiPoloniex.js' },
      { text: `func (p *Poloniex) Withdraw(amount string, currency string, receiveAddr string) (string, error) {\n\tparams := url.Values{}\n\tparams.Add("command", "withdraw")\n\tparams.Add("address", receiveAddr)\n\tparams.Add("amount", amount)\n\tsign, _ := p.buildPostForm(&params)\n\tresp, err := ⟦HttpPostForm2⟧(p.client, TRADE_API, params, map[string]string{"Sign": sign})\n\treturn string(resp), err\n}`, path: 'poloniex/Poloniex.go' },
      { text: `def withdraw(self, coin, amount, address):\n    params = {'command': 'withdraw', 'currency': coin, 'amount': amount, 'address': address}\n    return self.⟦sign_and_send⟧(params)`, path: 'exchange.py' },
      { text: `mapParams := make(map[string]string)\nmapParams["command"] = "withdraw"\nmapParams["amount"] = op.Amount\nmapParams["address"] = op.Address\n\nresp := e.⟦ApiKeyPost⟧("/tradingApi", mapParams)`, path: 'exchange/poloniex/api.go' },
    ],
    negative: [
      // Sent on the command's own line (the literal is the finding); a command with no destination; a bot's menu.
      { text: `def withdraw(self, coin, amount, address):\n    return self.private_api({'command': 'withdraw', 'currency': coin,\n                             'amount': amount, 'address': address})`, path: 'poloniex.py' },
      { text: `var parameters = { command: 'withdraw', currency: currency };\nreturn this._private(parameters, callback);`, path: 'api.js' },
      { text: `const commands = [{ command: 'withdraw', description: 'Send coins to an address' }];\nawait bot.telegram.setMyCommands(commands);`, path: 'bot.js' },
      // The address added after the call; another command sent below; the withdraw command only compared.
      { text: `params.Add("command", "withdraw")\nresp, _ := HttpPostForm2(p.client, TRADE_API, params)\nparams.Add("address", to)`, path: 'poloniex.go' },
      { text: `var p = { command: 'returnBalances', address: a };\nreturn this._private(p, cb);`, path: 'api.js' },
      { text: `if (msg.command === 'withdraw') {\n  return this.sendReply(msg, 'use /withdraw <address>');\n}`, path: 'bot.js' },
    ],
  },
});
