// Sends an exchange SDK makes on behalf of an account, for withdraw/library-call (calls.ts): Coinbase's v2
// `send_money`/`sendMoney` and the Ruby gem's `account.send(to:, amount:)` on a client or account move crypto to any
// address or email, the withdrawal permission's job (the key needs `wallet:transactions:send`), so they warn like a
// withdrawal (withdraw/external-transfer also notes them, at info); an account model handing its own id to the
// client's `send` is the same call one layer down. A bare plural `withdrawals(` is
// a listing, not a call (`luno.withdrawals(auth)`).
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { code, EXCHANGE_LIBS } from './shared';

/** The library-call rule's patterns for these sends (spread into its record). */
export const SDK_DELEGATE_PATTERNS: readonly PatternSpec[] = [
  // On the SDK's own client or an account model (`account.send_money(`, `self.api_client.send_money(`); a REST interface
  // proxy's method (`coinbasePro.sendMoney(` in a raw service layer) stays withdraw/external-transfer's, at info.
  {
    re: rx(String.raw`(?<=(?:[Cc]lient|[Aa]ccount|[Aa]cct|[Ww]allet)\.)(?<name>send_money|sendMoney)[ \t]*\(`),
    exchange: 'Coinbase',
    keywords: ['send'],
    requires: { fileContains: ['coinbase'] },
  },
  // Keyword arguments on the SDK's client or an account, never Ruby's `send(:method)` nor a mailer's `send(to:)`.
  { re: rx(String.raw`(?<=(?:[Cc]lient|[Aa]ccount|[Aa]cct|[Ww]allet)\.)(?<name>send)[ \t]*\((?=[ \t]*to:[^)\n]{1,200}\bamount:)`), exchange: 'Coinbase', keywords: ['send('], files: ['ruby'], requires: { fileContains: ['coinbase'] } },
  // An account model's delegate: the client's `send` given the account's own id first (`@client.send(self['id'], params)`).
  {
    re: rx(String.raw`@?client\.(?<name>send)[ \t]*\((?=[ \t]*(?:self\[["']id["']\]|@?id\b|@?account_id\b)[ \t]*,)`),
    exchange: 'Coinbase',
    keywords: ['send('],
    files: ['ruby'],
    requires: { fileContains: ['coinbase'] },
  },
  // Request arguments typed as a send, handed first to the call right below (`args.type = 'send';⏎ this._initTxn(args, cb)`):
  // the model's send. Only a transaction helper counts (`_startTxn`, `_postOne`, `createTransaction`): a transport's
  // send, a queue or a request of a message typed so is no payment.
  {
    re: rx(String.raw`(?<var>[A-Za-z_$][\w$]{0,30})(?:\.type|\[["']type["']\])[ \t]{0,4}=[ \t]{0,4}["']send["'];?[ \t]{0,4}\r?\n(?:[ \t]{0,40}\r?\n){0,2}[ \t]{0,40}(?:return[ \t]{1,4}|[\w$.]{1,40}[ \t]{0,4}=[ \t]{0,4})?(?:[\w$]{1,30}\.){0,3}(?<name>_[A-Za-z$]{0,20}(?:Txn|Transaction|[Pp]ost)[\w$]{0,20}|[a-z$]{0,20}(?:Txn|Transaction)[\w$]{0,20})[ \t]{0,4}\([ \t]{0,4}\k<var>\b`),
    keywords: ["'send'", '"send"'],
    linesAfter: 3,
    requires: { fileContains: EXCHANGE_LIBS },
  },
  // A model posting to its `withdrawals` collection (`{ colName: 'withdrawals', … };⏎ this._postOne(opts, cb)`).
  {
    re: rx(String.raw`["']?(?:colName|collection|collectionName|resource)["']?[ \t]{0,4}:[ \t]{0,4}["']withdrawals["'][^()]{0,200}?(?<name>_?(?:post|create)[A-Za-z]{0,10})[ \t]{0,4}\(`),
    keywords: ['withdrawals'],
    linesAfter: 8,
    requires: { fileContains: EXCHANGE_LIBS },
  },
];

/** Drops a bare plural `withdrawals(` whose arguments name no destination or amount: the listing of past withdrawals. */
export const notPluralListing: Validator = {
  name: 'not-a-plural-listing',
  reach: { before: 0, after: 200 },
  test: (value, ctx) => {
    if (!/^[Ww]ithdrawals$/.test(value)) return true;
    const after = ctx.text.slice(ctx.end, ctx.end + 200);
    // Only the call itself (`withdrawals(`): a path string `'withdrawals'` is judged by its verb elsewhere.
    return !/^[ \t]*\(/.test(after) || /address|amount|\bto\b|destination/i.test(after.split(')')[0]);
  },
};

/** Examples of these shapes, for the library-call rule's record. */
export const SDK_DELEGATE_EXAMPLES: { readonly positive: readonly Example[]; readonly negative: readonly Example[] } = {
  positive: [
    code(`from coinbase.wallet.client import Client\naccount.⟦send_money⟧(to=addr, amount="0.01", currency="BTC")`),
    code(`# coinbase wallet model\ndef pay_out(self, **params):\n    return self.api_client.⟦send_money⟧(self.id, **params)`),
    { text: `require 'coinbase/wallet'\ntx = account.⟦send⟧(to: dest, amount: '0.002', currency: 'BTC')`, path: 'pay.rb' },
    { text: `# coinbase account model\ndef pay(params = {})\n  @client.⟦send⟧(self['id'], params) do |data, resp|\n    yield(data, resp)\n  end\nend`, path: 'models/acct.rb' },
    code(`// coinbase account model\nAccount.prototype.pay = function(args, cb) {\n  args.type = 'send';\n\n  this.⟦_startTxn⟧(args, cb);\n};`),
    code(`// coinbase account model\nAccount.prototype.out = function(args, cb) {\n  var opts = {\n    'colName': 'withdrawals',\n    'params': args\n  };\n  this.⟦_postOne⟧(opts, cb)\n};`),
    { text: `import com.example.Api;\nclass Impl { Result out(String to) { return api.⟦withdrawals⟧(auth, "BTC", amount, to); } }`, path: 'Impl.java' },
  ],
  negative: [
    // Ruby's dynamic dispatch, a chat message, another name.
    { text: `require 'coinbase/wallet'\nres = account.send(:balance)\nbot.send(to: channel, text: "hi")\n@client.send(:get, path)`, path: 'bal.rb' },
    code(`socket.send_money_request(payload)  # coinbase-like name, not the SDK method`),
    code(`account.send_money(to=addr, amount="1")  # no such SDK imported here`),
    { text: `// coinbase pro raw service\nreturn call(() -> coinbasePro.sendMoney(new SendReq(to, amount), apiKey, digest));`, path: 'AccountServiceRaw.java' },
    // Another type, a message typed send on a socket, the collection listed.
    code(`// coinbase account model\nAccount.prototype.ask = function(args, cb) {\n  args.type = 'request';\n  this._startTxn(args, cb);\n};`),
    code(`// coinbase feed\nmsg.type = 'send';\nsocket.emit(msg);\nframe['type'] = "send"\nws.send(frame)`),
    code(`import ccxt\nmsg.type = 'send';\nthis.queue.add(msg);\npayload.type = 'send';\nreturn this.request(payload);\nframe.type = 'send';\nws.sendJSON(frame);\nevent.type = 'send';\nbus.enqueue(event);`),
    { text: `# coinbase notifications\nReceiptMailer.send(to: user.email, amount: total).deliver_later`, path: 'receipt.rb' },
    code(`// coinbase account model\nAccount.prototype.list = function(args, cb) {\n  var opts = { 'colName': 'withdrawals' };\n  this._getAll(_.assign(args, opts), cb)\n};`),
    // The listing of past withdrawals.
    { text: `import com.example.Api;\nclass Impl { List<W> all() { return client.withdrawals(this.auth); } }`, path: 'Impl.java' },
    code(`import ccxt\nrows = api.withdrawals()`),
  ],
};
