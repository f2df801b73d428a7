// The call of a send helper whose own body sends (onchain.ts's coin-named helpers): which of the two layers
// is the site reported.
import type { Validator } from '../../defineDetector';
import { callArguments } from '../../judge/callArguments';
import { cachedFunctionSpans } from '../../judge/functionSpans';

/** A chain send a helper's body makes itself (web3j, web3.py/js, ethers, Solana, a token contract's transfer). */
const INNER_SEND = /\bsendFunds(?:EIP1559)?[ \t]*\(|\.(?:send_?[Rr]aw_?[Tt]ransaction|sendSignedTransaction|sendTransaction|send_transaction)[ \t]*\(|\.(?:functions|methods)\.transfer[ \t]*\(/;

/**
 * Drops the call of a coin-named helper defined in this file whose own body makes the chain send (`transferEth(creds,
 * to, n)` around `Transfer.sendFunds(…)`), handing on what it was given: the send inside is the site reported. A call
 * that fixes the destination (a constant, a literal: `transfer_usdt(c, pk, TARGET_WALLET)`) decides where funds go.
 */
export const notOuterSendLayer: Validator = {
  name: 'not-an-outer-send-layer',
  test: (value, ctx) => {
    const own = cachedFunctionSpans(ctx.text, ctx.kind).find((s) => s.name === value);
    if (!own || !INNER_SEND.test(ctx.text.slice(own.start, own.end))) return true;
    return callArguments(ctx.text, ctx.text.indexOf('(', ctx.end)).some((a) => /^[A-Z][A-Z0-9_]{2,}$|^["'`]/.test(a.trim()));
  },
};
