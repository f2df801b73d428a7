// The broadcast of a signed transaction by the code that pays withdrawals: an exchange's withdrawal worker
// (`worker/withdraw.go`: `w.rpcClient.SendTx(signedHex)`), a payout service (`withdrawals/btcwithdraw/helper.go`:
// `h.btcClient.SendRawTX(txHex)`), a hot wallet's signing queue (`provider.broadcastTransaction(signedTx)` in
// `withdrawal-signing.service.ts`). The transaction was built elsewhere, so its destination cannot be read; where it
// is sent says what it is. A DeFi client's `withdraw` that broadcasts a contract call (funds back from a protocol to
// the wallet) is not a payout.
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { pathContext } from '../../findings/contextSeverity';
import { demoContext } from '../../findings/liveNetwork';
import { cachedFunctionSpans, enclosingSpan } from '../../judge/functionSpans';
import { rx } from '../fragments';

/** The work's words, in a path (`withdrawals/`, `withdraw_coin.rb`, `payout-worker.ts`) or a function's name (`processWithdrawals`). */
const WITHDRAWAL_WORD = /withdraw|payout/i;
/** A function named for a query on the work, not the work. */
const QUERY_FUNCTION = /^(?:get|fetch|list|query|check|find|load|count|estimate|calc|cancel|validate|verify|is|has)|history|status|fee|limit/i;
/** A contract call built in the function: the broadcast sends a protocol interaction, not a payment. */
const CONTRACT_CALL = /[.](?:functions|methods)[.](?!transfer\b)[A-Za-z_]\w*[ \t]*\(|encodeFunctionData|encode_?abi|functionName[ \t]*:/i;
/** How far around the broadcast the function's text is read when its extent is unknown, in characters. */
const WINDOW = 6000;

/** Keeps a broadcast in withdrawal or payout work: its file's path or its function's name says so, and it sends no contract call. */
export const broadcastInWithdrawalWork: Validator = {
  name: 'broadcast-in-withdrawal-work',
  reach: { before: WINDOW, after: 0 },
  test: (_v, ctx) => {
    if (demoContext(pathContext(ctx.path), ctx.path, ctx.text)) return false;
    const span = enclosingSpan(cachedFunctionSpans(ctx.text, ctx.kind), ctx.start);
    const named = span !== undefined && WITHDRAWAL_WORD.test(span.name) && !QUERY_FUNCTION.test(span.name);
    if (!named && !WITHDRAWAL_WORD.test(ctx.path)) return false;
    const from = span && ctx.start - span.start <= WINDOW ? span.start : Math.max(0, ctx.start - WINDOW);
    return !CONTRACT_CALL.test(ctx.text.slice(from, ctx.start));
  },
};

/** Broadcast calls of a signed transaction whose names the generic sends do not cover (Go, Java and node RPC clients). */
export const WITHDRAWAL_BROADCAST_PATTERN: PatternSpec = {
  re: rx(String.raw`[.](?<name>SendTx|sendTx|send_tx|SendRawTX|SendRawTx|sendRawTx|send_raw_tx|SendRawTransaction|ethSendRawTransaction|broadcastTransaction|broadcast_transaction|BroadcastTransaction|broadcastTx|broadcast_tx|BroadcastTx|pushTx|push_tx|PushTx)[ \t]*\(`),
  keywords: ['sendtx', 'send_tx', 'sendrawtx', 'send_raw_tx', 'sendrawtransaction', 'broadcasttransaction', 'broadcast_transaction', 'broadcasttx', 'broadcast_tx', 'pushtx', 'push_tx'],
  validate: [broadcastInWithdrawalWork],
};

/** Examples (withdraw/onchain-send runs them). */
export const WITHDRAWAL_BROADCAST_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    // An exchange's withdrawal worker broadcasts what the signer produced.
    { text: `package worker

func (w *Withdrawer) flush(pending []Pending) {
	for _, p := range pending {
		hash, err := w.chain.⟦SendRawTx⟧(p.SignedHex)
		if err != nil {
			continue
		}
		w.db.MarkSent(p.ID, hash)
	}
}`, path: 'worker/withdrawer.go' },
    // A hot wallet's queue, named for the work it does.
    { text: `import { JsonRpcProvider } from 'ethers';
export async function processWithdrawal(job: Job) {
  const signed = await signer.signTransaction(job.tx);
  return provider.⟦broadcastTransaction⟧(signed);
}`, path: 'src/services/hotWallet.ts' },
  ],
  negative: [
    // The same broadcast in a deposit listener's file, in a function that says nothing about withdrawals.
    { text: `package listener

func (l *Listener) relay(signedHex string) (string, error) {
	return l.chain.SendRawTx(signedHex)
}`, path: 'listener/deposits.go' },
    // A vault client's withdraw broadcasts a contract call: the funds come back from the protocol to the wallet.
    { text: `import { ethers } from 'ethers';
export async function withdrawFromVault(amount: bigint) {
  const data = vault.interface.encodeFunctionData('withdraw', [amount, me, me]);
  const signed = await wallet.signTransaction({ to: VAULT, data });
  return provider.broadcastTransaction(signed);
}`, path: 'src/vault.ts' },
  ],
};
