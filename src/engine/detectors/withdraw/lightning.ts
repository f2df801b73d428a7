// A Lightning node asked to pay out (part of nodeRpc.ts's record): LND's payment calls
// (`SendPaymentSync`, `send_payment_v2`, `keysend`) and a wallet client's `pay(…)` handed a BOLT11 invoice. A tip bot's
// withdraw or a point-of-sale refund pays whatever invoice the user pastes: the node's funds leave with it.
// Creating, decoding or looking up an invoice moves nothing and is not matched.
import type { PatternSpec, Validator } from '../../defineDetector';
import { callArguments } from '../../judge/callArguments';
import { notInString } from '../../judge/codeContext';
import { notADefinitionSite } from '../../judge/definitionSite';
import { rx } from '../fragments';

/** An argument naming an invoice to pay: a BOLT11 string or LND's payment request. */
const INVOICE_ARG = /bolt11|payment_?request|pay_?req\b|payreq|invoice/i;
/** An incoming invoice: LNbits' `Out: false` creates one, it pays nothing. */
const INCOMING = /["']?out["']?[ \t]*(?::|=>|=)[ \t]*false/i;

/** A `pay(…)` call whose arguments name the invoice it pays (an outgoing payment). */
const paysInvoice: Validator = {
  name: 'pays-lightning-invoice',
  reach: { before: 0, after: 600 },
  test: (_v, ctx) => {
    const open = ctx.text.indexOf('(', ctx.end);
    if (open === -1 || open - ctx.end > 4) return false;
    const args = callArguments(ctx.text, open);
    if (!args || args.length === 0) return false;
    const all = args.join(',');
    return INVOICE_ARG.test(all) && !INCOMING.test(all);
  },
};

/** A keysend names the node it pays and an amount. */
const keysendArgs: Validator = {
  name: 'keysend-destination',
  reach: { before: 0, after: 600 },
  test: (_v, ctx) => {
    const open = ctx.text.indexOf('(', ctx.end);
    const args = open === -1 || open - ctx.end > 4 ? undefined : callArguments(ctx.text, open);
    return !!args && /dest|pubkey|node|amt|amount|sat/i.test(args.join(','));
  },
};

/** Words a Lightning payment file holds (the pay pattern's prefilter). */
const LIGHTNING_FILES = ['bolt11', 'payment_request', 'paymentrequest', 'lnbits', 'lnrpc', 'lightning'];

/** Lightning payouts, as patterns of the node-send record. */
export const LIGHTNING_PATTERNS: readonly PatternSpec[] = [
  // LND's payment RPCs in its Go, Python, JS and Ruby clients.
  {
    re: rx(String.raw`(?:\.|->)[ \t]*(?<name>SendPaymentSync|SendPaymentV2|sendPaymentSync|sendPaymentV2|send_payment_sync|send_payment_v2|SendToRouteSync|send_to_route_sync)[ \t]*\(`),
    keywords: ['sendpaymentsync', 'sendpaymentv2', 'send_payment_sync', 'send_payment_v2', 'sendtoroutesync', 'send_to_route_sync'],
    validate: [notInString, notADefinitionSite],
  },
  // LND's on-chain sends from the node's wallet (`c.SendCoins(ctx, &lnrpc.SendCoinsRequest{Addr: a, Amount: n})`).
  {
    re: rx(String.raw`(?:\.|->)[ \t]*(?<name>SendCoins|SendMany|sendCoins|sendMany|send_coins|send_many)[ \t]*\(`),
    keywords: ['sendcoins(', 'sendmany(', 'send_coins(', 'send_many('],
    validate: [notInString, notADefinitionSite],
    requires: { fileContains: ['lnrpc'] },
  },
  // A keysend: a spontaneous payment to a node's public key.
  {
    re: rx(String.raw`(?:\.|->)[ \t]*(?<name>keysend|Keysend|KeySend)[ \t]*\(`),
    keywords: ['keysend('],
    validate: [notInString, notADefinitionSite, keysendArgs],
  },
  // A wallet client's pay handed an invoice (`lnd.pay(payment_request: pr)`, `wallet.Pay(PaymentParams{Out: true, Bolt11: inv})`).
  {
    re: rx(String.raw`(?:\.|->)[ \t]*(?<name>pay|Pay|payInvoice|PayInvoice|pay_invoice)[ \t]*\(`),
    keywords: ['pay(', 'payinvoice(', 'pay_invoice('],
    validate: [notInString, notADefinitionSite, paysInvoice],
    requires: { fileContains: LIGHTNING_FILES },
  },
];

/** The keywords of these patterns, for the record's prefilter. */
export const LIGHTNING_KEYWORDS = ['sendcoins(', 'sendmany(', 'send_coins(', 'send_many(', 'sendpaymentsync', 'sendpaymentv2', 'send_payment_sync', 'send_payment_v2', 'sendtoroutesync', 'send_to_route_sync', 'keysend(', 'pay(', 'payinvoice(', 'pay_invoice('];
