// More chains' send calls as data (tronweb, TON's tonweb/pytoniq/tonutils, monero-wallet-rpc clients, web3.py's
// encoded token transfer, XRPL payments submitted, the Solana CLI's transfers), each behind its own keyword and the
// library's name in the file. Shared by the warning
// (risky shape) and the information (ordinary transfer) detectors of onchain.ts.
import type { PatternSpec, Validator } from '../../defineDetector';
import type { ShapeKind } from '../../judge/sendShape';
import { rx } from '../fragments';
import { linesAboveStart } from '../../text/linesAbove';
import { notDefinedHere } from './helperCalls';
import { notEstimatedOrSentBelow } from './builtTransfers';

/** Files of a TON library. */
const TON_LIBS = ['tonweb', 'pytoniq', 'tonutils', 'tonsdk', '@ton/', 'ton-core', 'tonapi', 'toncenter', 'tontools'];
/** Files of an XRP Ledger library (xrpl.js, xrpl-py, xrpl-php, xrpl_dart, xrpl4j). */
const XRPL_LIBS = ['xrpl'];

/**
 * The submit calls of XRPL libraries. Each submits whatever transaction it is given, so the pattern also wants a
 * `Payment` built in the lines above (an `AccountSet` or `TrustSet` moves no funds).
 * - xrpl.js `client.submitAndWait(tx, { wallet })`, `client.submit(…)`: https://js.xrpl.org/classes/Client.html
 * - xrpl-py `submit_and_wait(tx, client, wallet)`, `sign_and_submit`, `submit`, `send_reliable_submission`:
 *   https://xrpl-py.readthedocs.io/en/stable/source/xrpl.transaction.html
 * - xrpl-php `$client->submitAndWait($signed['tx_blob'])`: https://github.com/AlexanderBuzz/xrpl-php (src/Client)
 * - xrpl_dart `rpc.request(XRPRequestSubmit(txBlob: …))`: https://github.com/mrtnetwork/xrpl_dart
 * - xrpl4j `xrplClient.submit(signedPayment)`: https://github.com/XRPLF/xrpl4j
 */
const XRPL_SUBMIT = String.raw`(?<![A-Za-z0-9_$])(?<name>submitAndWait|submit_and_wait|sign_and_submit|send_reliable_submission|submit|XRPRequestSubmit)[ \t]*\(`;
/** The JSON-RPC `submit` method posted by hand (https://xrpl.org/docs/references/http-websocket-apis/public-api-methods/transaction-methods/submit). */
const XRPL_RAW_SUBMIT = /["']method["'][ \t]*(?:=>|:)[ \t]*["']submit["']/;
/** A Payment built near a submit: `"TransactionType" => "Payment"`, `Payment(…)`, `new Payment(`, `Payment.builder()`. */
const XRPL_PAYMENT = /["']?TransactionType["']?[ \t]*(?:=>|:)[ \t]*["']Payment["']|(?<![A-Za-z0-9_$])Payment(?:\.builder)?[ \t]*\(/;

/** Keeps a submit with a Payment in the 40 lines above it. */
const paymentAbove: Validator = {
  name: 'xrpl-payment-above',
  test: (_v, ctx) => {
    return XRPL_PAYMENT.test(ctx.text.slice(linesAboveStart(ctx.text, ctx.start, 40, 40 * 300), ctx.end));
  },
};
/** Files of a Monero wallet client (monero-wallet-rpc's `transfer` / `transfer_split`). */
const MONERO_LIBS = ['monero'];

/** The sends of these SDKs; `risk(kind, risky)` keeps the risky (or the ordinary) shapes. */
export function sdkSendPatterns(risky: boolean, risk: (kind: ShapeKind, risky: boolean) => Validator): PatternSpec[] {
  return [
    // tronweb: `tronWeb.transactionBuilder.sendTrx(to, amount, from)`, `sendToken(to, amount, tokenId)`.
    {
      re: rx(String.raw`transactionBuilder[.](?<name>sendTrx|sendToken|sendAsset)[ \t]*\(`),
      keywords: ['transactionbuilder.send'],
      // Signed and broadcast below, it is reported at the broadcast (builtTransfers.ts).
      validate: [notEstimatedOrSentBelow, risk('to-first', risky)],
      requires: { fileContains: ['tronweb'] },
    },
    // TON (pytoniq, tonutils): `wallet.transfer(destination=…, amount=…)`, `wallet.transfer_jetton(…)`.
    {
      re: rx(String.raw`[.](?<name>transfer|transfer_jetton|transfer_nft|transfer_ton)[ \t]*\((?=[^()]{0,200}destination)`),
      keywords: ['transfer'],
      validate: [risk('fields', risky)],
      requires: { fileContains: TON_LIBS },
    },
    // TON (@ton/ton, ton-core): a wallet contract's signed transfer, its messages naming each payee
    // (`wallet.sendTransfer({ secretKey, seqno, messages: [internal({ to, value })] })`). Only the warning: an ordinary
    // shape is left to the signed-send rule, which judges the same call by its signer.
    ...(risky
      ? [{
        re: rx(String.raw`[.](?<name>sendTransfer)[ \t]*\((?=[^()]{0,300}(?:secretKey|messages))`),
        keywords: ['sendtransfer'],
        // The options object's fields on the lines below the call.
        linesAfter: 6,
        validate: [risk('fields', true)],
        requires: { fileContains: TON_LIBS },
      }]
      : []),
    // TON batch transfers (one message, many payees): `batch_transfer(data_list=[…])`, a highload wallet's
    // `transfer_jetton(data_list=[…])`; always a payout.
    {
      re: rx(String.raw`[.](?<name>batch_transfer|batch_jetton_transfer|batch_nft_transfer|transfer|transfer_jetton|transfer_nft)[ \t]*\((?=\s*data_list[ \t]*=)`),
      keywords: ['transfer'],
      validate: [risk('batch', risky)],
      requires: { fileContains: TON_LIBS },
    },
    // monero-wallet-rpc: `wallet.transfer([{"address": a, "amount": n}], account_index=0)`.
    {
      re: rx(String.raw`[.](?<name>transfer|transfer_split)[ \t]*\(`),
      keywords: ['transfer'],
      validate: [risk('fields', risky)],
      requires: { fileContains: MONERO_LIBS },
    },
    // web3.py / web3.js: a token transfer encoded by hand (`contract.encode_abi("transfer", args=[to, amount])`).
    {
      re: rx(String.raw`[.](?<name>encode_abi|encodeABI)[ \t]*\([ \t]*(?:fn_name[ \t]*=[ \t]*)?["']transfer["']`),
      keywords: ['encode_abi', 'encodeabi'],
      validate: [risk('contract-args', risky)],
      requires: { fileContains: ['web3'] },
    },
    // XRPL: a Payment submitted (see XRPL_SUBMIT), or its signed blob posted to the JSON-RPC `submit` method.
    {
      re: rx(XRPL_SUBMIT),
      keywords: ['submit'],
      validate: [paymentAbove, risk('ledger', risky)],
      requires: { fileContains: XRPL_LIBS },
    },
    {
      re: rx(String.raw`[.>](?<name>rawSyncRequest|rawAsyncRequest|request|post)[ \t]*\(`),
      keywords: ['submit'],
      linesAfter: 10,
      validate: [{ name: 'posts-submit', test: (_v, ctx) => XRPL_RAW_SUBMIT.test(ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start)) }, paymentAbove, risk('ledger', risky)],
      requires: { fileContains: XRPL_LIBS },
    },
    // The Solana CLI: `solana transfer <to> <amount>`, `spl-token transfer <mint> <amount> <to>`
    // (https://docs.solanalabs.com/cli/examples/transfer-tokens, https://spl.solana.com/token).
    { re: rx(String.raw`(?<![A-Za-z0-9_.-])solana[ \t]+(?<name>transfer)[ \t]+(?=\S)`), keywords: ['solana'], validate: [risk('cli', risky)] },
    { re: rx(String.raw`(?<![A-Za-z0-9_.-])spl-token[ \t]+(?<name>transfer)[ \t]+(?=\S)`), keywords: ['spl-token'], validate: [risk('cli-spl', risky)] },
    // A bare helper called with an address literal in a chain file (`transfer(wallet, key, "EQB…", "0.1")`):
    // a fixed destination (only the warning: the call is the helper's, its send is reported where it is made).
    ...(risky
      ? [{
        re: rx(String.raw`(?<![A-Za-z0-9_$.])(?<name>transfer|send|sendTon|send_ton|transferTon|transfer_ton)[ \t]*\((?=[^()\n]{0,200}["'](?:0x[0-9a-fA-F]{40}|[EU]Q[A-Za-z0-9_-]{46}|T[1-9A-HJ-NP-Za-km-z]{33})["'])`),
        keywords: ['transfer', 'send'],
        validate: [notDefinedHere],
        requires: { fileContains: [...TON_LIBS, 'tronweb', 'tronpy', 'web3', 'ethers'] },
      }]
      : []),
  ];
}
