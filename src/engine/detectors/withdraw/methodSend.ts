// The broadcast a send method makes: `def sendWaves(self, recipient, amount, …)` whose body ends `return
// self.broadcastTx(tx)`, `def usdt_transfer(self, to, amount)` … `txn.broadcast()`, Go's `func (b *TxBuild)
// Transfer(ctx, to string, value *big.Int)` … `b.client.SendTransaction(ctx, signedTx)`. The method is handed where
// the coins go and how many; its last broadcasting call sends them. A wallet library's or a bot's own send method:
// the broadcast names no address itself, so the chain rules do not know it.
import type { FunctionSpan } from '../../judge/functionSpans';
import { notADefinitionSite } from '../../judge/definitionSite';
import { TextMemo } from '../../judge/textMemo';
import { defineDetector, type MatchContext } from '../../defineDetector';
import { notADeclaration } from '../declaration';
import { ANY_CALL, rx } from '../fragments';
import { bodyCalls, chosenCallOnly, namesAWithdrawal, nearHead, paramWords, signsThenSends } from './methodRequest';
import { CODE, WITHDRAW_ADVICE } from './shared';
import { nameSegments } from './table';

/** Verbs that make a method's name a send of funds (`sendWaves`, `usdt_transfer`, `send_trx`, `Transfer`). */
const SEND_VERBS = new Set(['send', 'transfer', 'pay', 'payout']);
/** Words that make a send-named method something else: a message, a request, a query or a step around the send. */
const NOT_SEND = new Set([
  'message', 'messages', 'msg', 'notification', 'notify', 'email', 'mail', 'sms', 'text', 'reply', 'chat', 'photo', 'file', 'files', 'data',
  'packet', 'command', 'request', 'response', 'http', 'event', 'events', 'signal', 'log', 'alert', 'webhook', 'invite', 'code', 'otp', 'pin',
  'get', 'fetch', 'query', 'history', 'status', 'fee', 'fees', 'estimate', 'build', 'sign', 'encode', 'decode', 'parse', 'validate', 'check',
  'test', 'mock', 'stub', 'on', 'handle', 'handler', 'callback', 'ownership', 'owner', 'from', 'nft', 'listener', 'report', 'metrics',
]);
/** Parameter words naming where funds go, and how many. */
const DESTINATION = new Set(['to', 'recipient', 'recipients', 'receiver', 'destination', 'dest', 'address', 'addr', 'payee', 'beneficiary', 'target']);
const AMOUNT = new Set(['amount', 'amt', 'value', 'qty', 'quantity', 'coins', 'sum', 'satoshis', 'sats', 'lamports', 'wei', 'size']);
/** Call words that broadcast a transaction (`broadcastTx`, `send_transaction`, `SendTransaction`, `send_txn`, `submit`). */
const BROADCAST = new Set(['broadcast', 'submit', 'transact']);
const TX_WORDS = new Set(['tx', 'txn', 'transaction', 'transactions', 'raw', 'signed', 'many', 'basic']);
/** Call words that ask about a broadcast or prepare one rather than make it (`canSendFreeTransaction`, `estimateSendTx`). */
const NOT_BROADCAST = new Set(['can', 'is', 'has', 'should', 'estimate', 'get', 'fetch', 'build', 'create', 'sign', 'encode', 'prepare', 'simulate', 'check', 'validate', 'wait', 'pending', 'log', 'mock']);

/** A called name that may be a withdrawal or a broadcast, before its segments are read. */
const MAY_MATTER = /[Ww]ithdraw|WITHDRAW|[Bb]roadcast|BROADCAST|[Ss]ubmit|SUBMIT|[Tt]ransact|TRANSACT|[Ss]end|SEND/;

/** True when the method's name is a send of funds and it is handed a destination and an amount. */
function isSendMethod(text: string, span: FunctionSpan): boolean {
  const segs = nameSegments(span.name);
  if (!segs.some((s) => SEND_VERBS.has(s)) || segs.some((s) => NOT_SEND.has(s))) return false;
  const params = paramWords(text, span) ?? [];
  return params.some((s) => DESTINATION.has(s)) && params.some((s) => AMOUNT.has(s));
}

/** True when a called name broadcasts a transaction. */
function isBroadcastName(name: string): boolean {
  const segs = nameSegments(name);
  if (segs.some((s) => NOT_BROADCAST.has(s) && !signsThenSends(segs, s))) return false;
  return segs.some((s) => BROADCAST.has(s)) || (segs.includes('send') && segs.some((s) => TX_WORDS.has(s)));
}

// Per text and method head: the offset of the broadcast the method's body makes, or -1.
const CHOSEN = new TextMemo<number>();
// Per text and called name: what the name is (bits below).
const CALL_KIND = new TextMemo<number>();
const WITHDRAWAL = 1;
const BROADCASTS = 2;

/** The offset of a send method's last broadcasting call; -1 when there is none or the body calls a withdraw method. */
function chosenBroadcast(ctx: MatchContext, span: FunctionSpan): number {
  return CHOSEN.get(ctx.text, `${ctx.kind}:${span.start}`, () => {
    if (!isSendMethod(ctx.text, span)) return -1;
    const calls = bodyCalls(ctx, span, MAY_MATTER, CALL_KIND, (name) => (namesAWithdrawal(name) ? WITHDRAWAL : 0) | (isBroadcastName(name) ? BROADCASTS : 0));
    // A withdraw call in the body is the call rules' finding.
    if (!calls || calls.some((c) => c.kind & WITHDRAWAL)) return -1;
    const sends = calls.filter((c) => c.kind & BROADCASTS && c.name !== span.name);
    const chosen = sends.length ? sends[sends.length - 1].at : -1;
    return chosen !== -1 && nearHead(ctx.text, span, chosen) ? chosen : -1;
  });
}

/** Keeps the last broadcasting call of a send method's body (see the header). */
const broadcastOfSendMethod = chosenCallOnly('broadcast-of-send-method', chosenBroadcast);

export const withdrawMethodSend = defineDetector({
  id: 'withdraw/method-send',
  title: 'broadcast made by a send method',
  severity: 'warning',
  role: 'endpoint',
  message: 'Call {name}(…) broadcasts a send method\'s transfer to the address it is given.',
  risk: 'A transfer to an address the caller chooses: whoever controls this code or its key can move the wallet\'s funds out.',
  advice: WITHDRAW_ADVICE,
  // The broadcast's own line holds its word (`transact` covers sendTransaction); the file holds the send method.
  keywords: ['broadcast', 'submit', 'transact', 'sendtx', 'send_tx', 'sendraw', 'send_raw', 'sendsigned', 'send_signed', 'sendmany', 'send_many', 'sendbasic'],
  validate: [notADeclaration, notADefinitionSite],
  files: CODE,
  patterns: [
    {
      re: rx(ANY_CALL),
      name: /[Bb]roadcast|[Ss]ubmit|[Tt]ransact|[Ss]end|SEND/,
      requires: { fileContains: ['send', 'transfer', 'pay'] },
      validate: [broadcastOfSendMethod],
    },
  ],
  examples: {
    positive: [
      { text: `class Address:\n    def sendWaves(self, recipient, amount, attachment='', txFee=100000):\n        tx = self._signed_transfer(recipient, amount, attachment, txFee)\n        return self.⟦broadcastTx⟧(tx)`, path: 'address.py' },
      { text: `class Tron:\n    def usdt_transfer(self, to, amount, memo=''):\n        txn = self.contract.functions.transfer(to, amount).with_owner(self.addr).build().sign(self.key)\n        return txn.⟦broadcast⟧()`, path: 'lib/TRON.py' },
      { text: `func (b *TxBuild) Transfer(ctx context.Context, to string, value *big.Int) (common.Hash, error) {\n\tsignedTx, err := b.sign(to, value)\n\tif err != nil {\n\t\treturn common.Hash{}, err\n\t}\n\tif err = b.client.⟦SendTransaction⟧(ctx, signedTx); err != nil {\n\t\treturn common.Hash{}, err\n\t}\n\treturn signedTx.Hash(), nil\n}`, path: 'internal/chain/transaction.go' },
      { text: `export async function transferSol(agent: SolanaAgentKit, to: PublicKey, amount: number) {\n  const tx = new Transaction().add(SystemProgram.transfer({ fromPubkey: agent.wallet.publicKey, toPubkey: to, lamports: amount }));\n  return await ⟦signOrSendTX⟧(agent, tx);\n}`, path: 'src/tools/transfer.ts' },
      { text: `async def transfer_zeta(self, value: float, receiver_address: str) -> str:\n    tx_data = await self.prepare(receiver_address, value)\n    return await self.⟦send_txn⟧(tx_data)`, path: 'core/account.py' },
    ],
    negative: [
      // A message sender; a send with no amount handed in; a query; the body withdraws (the call rules' finding).
      { text: `def send_message(self, to, text, amount=None):\n    return self.bot.send_transaction_note(to, text)`, path: 'bot.py' },
      { text: `def send_all(self, to):\n    return self.broadcast(self.build(to))`, path: 'wallet.py' },
      { text: `def get_transfer_fee(self, to, amount):\n    return self.rpc.submit_estimate(to, amount)`, path: 'wallet.py' },
      { text: `def send_payout(self, to, amount):\n    self.client.withdraw(coin='BTC', address=to, amount=amount)\n    self.submit_log(to)`, path: 'payouts.py' },
      // A question about broadcasting is no broadcast.
      { text: `async function sendTip(to, amount) {\n  if (!canSendFreeTransaction($, to)) return;\n  queue.push({ to, amount });\n}`, path: 'tips.js' },
      // A broadcast outside any send method; a call in a comment.
      { text: `def main():\n    tx = build(TO, AMOUNT)\n    client.broadcast(tx)`, path: 'script.py' },
      { text: `def send_coins(self, to, amount):\n    tx = self.build(to, amount)\n    # self.broadcast(tx)\n    return tx`, path: 'wallet.py' },
    ],
  },
});
