// On-chain sends that never say "withdraw": a signed transaction with a destination and a value (web3.py, web3.js,
// ethers), a token contract's `transfer(to, amount)`, Tron's `trx.transfer(from, to, amount)`, Solana's
// `SystemProgram.transfer`. A warning when the funds go to a payee (an address neither the wallet's own nor a
// contract it calls) or the send has a sweep's or a payout's shape (onchainRisk.ts); information when they go back to
// the user's own wallet or a contract, in an approval, wrap, swap or deposit, or in an example or test.
import { pathContext } from '../../findings/contextSeverity';
import { demoContext } from '../../findings/liveNetwork';
import { notInComment, notInString } from '../../judge/codeContext';
import { PAYOUT_HEAD, sendRisk, sendsPerAddress } from '../../judge/onchainRisk';
import { PAYING, sendShapes } from '../../judge/sendShape';
import { sendHelperCalledToWithdraw } from '../../judge/onchainCallers';
import { defineDetector, type PatternSpec, type Validator } from '../../defineDetector';
import { notADeclaration } from '../declaration';
import { notDefinedHere } from './helperCalls';
import { rx } from '../fragments';
import { ONCHAIN_SEND_EXAMPLES } from './onchainExamples';
import { eitherOf, notEstimatedOrSentBelow, notOf, sendsBuiltTransfer } from './builtTransfers';
import { isBuilderTip } from './builderTip';
import { sdkSendPatterns } from './onchainSdks';
import { notTronpyUnsent, tronpyBroadcast } from './tronpySends';
import { TRON_RAW_SEND_EXAMPLES, tronRawSendPays } from './tronRawSends';
import { broadcastInWithdrawalWork, WITHDRAWAL_BROADCAST_EXAMPLES, WITHDRAWAL_BROADCAST_PATTERN } from './withdrawalBroadcast';
import { notSentBelow as instructionNotSentBelow, onlyPriced, SEND_CALL, SEND_KEYWORDS, sendsPayingInstruction } from './instructionSends';
import { CODE } from './shared';
import { readsByIndent } from '../../judge/functionSpans';
import { notOuterSendLayer } from './outerSend';
import { DISPERSE_EXAMPLES, DISPERSE_PATTERN } from './disperse';
import { matchesAbove } from '../../text/linesAbove';

type Shape = Parameters<typeof sendShapes>[2];

/** Keeps a send whose shape is (or, with `risky` false, is not) risky. */
function risk(shape: Shape, risky: boolean): Validator {
  return {
    name: risky ? `risky-send-${shape}` : `ordinary-send-${shape}`,
    test: (_v, ctx) => {
      // An example or test that runs against a network is no demo: its sends move (testnet) funds.
      const demo = demoContext(pathContext(ctx.path), ctx.path, ctx.text);
      // A send that only tips a block builder (builderTip.ts) is a fee: neither rule reports it.
      const shapes = sendShapes(ctx.text, ctx.end, shape).filter((s) => s.destinations.length === 0 || !s.destinations.every((d) => isBuilderTip(ctx.text, d, ctx.start)));
      if (shapes.length === 0) return false;
      return shapes.some((s) => sendRisk(ctx.text, ctx.start, s, demo, readsByIndent(ctx.kind), ctx.path) !== undefined) === risky;
    },
  };
}

/**
 * Drops a token transfer only encoded (`methods.transfer(to, n).encodeABI()`) when the same call is sent a few lines
 * below (`methods.transfer(to, n).send(…)`): one transfer, one finding, at the send.
 */
const notEncodedThenSent: Validator = {
  name: 'not-encoded-then-sent',
  test: (_v, ctx) => {
    const call = /^[ \t]*\([^()\n]{1,120}\)/.exec(ctx.text.slice(ctx.end, ctx.end + 130))?.[0].trim();
    const after = ctx.text.slice(ctx.end + (call?.length ?? 0), ctx.end + 2000);
    if (!call || !/^\s*[.](?:encodeABI|encode_abi|_encode_transaction_data)\(/.test(after)) return true;
    return !after.includes(`transfer${call}.send(`) && !after.includes(`transfer${call}.transact(`);
  },
};

/** A send of a token transfer built above it whose own shape is risky. */
const SENDS_RISKY_BUILD = sendsBuiltTransfer((ctx, name) => risk('to-first', true).test(name, ctx));
/** Solana's system transfer instruction (`SystemProgram.transfer({ fromPubkey, toPubkey, lamports })`). */
const SYSTEM_TRANSFER = /SystemProgram[.](?<name>transfer)[ \t]*\(/;
/**
 * Drops a system transfer reported at the send below it (SENDS_RISKY_SYSTEM), or whose transaction is only priced in
 * its function and never sent (a fee estimate); `own`: on the named-transfer pattern, only where `SystemProgram.` leads.
 */
function systemTransferElsewhere(own: boolean): Validator {
  return {
    name: 'system-transfer-sent-below-or-priced',
    reach: { before: 40, after: 15 * 200 },
    test: (v, ctx) => {
      if (!own && !/SystemProgram[ \t]*[.][ \t]*$/.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return true;
      return instructionNotSentBelow.test(v, ctx) && !onlyPriced(ctx.text, ctx.end);
    },
  };
}
/** A send of a transaction holding a system transfer above it whose own shape is risky (instructionSends.ts). */
const SENDS_RISKY_SYSTEM = sendsPayingInstruction(SYSTEM_TRANSFER, (ctx) => risk('fields', true).test('transfer', ctx));

/** Stellar's payment operations (py-stellar-base's builder, js-stellar-sdk's `Operation`), with how each names its payee. */
const STELLAR_OP = /[.](append_payment_op|append_path_payment_strict_send_op|append_path_payment_strict_receive_op|append_account_merge_op)[ \t]*\(|Operation[.](payment|pathPaymentStrictSend|pathPaymentStrictReceive)[ \t]*\(/g;
/** A Stellar transaction's submit to Horizon. */
const STELLAR_SUBMIT = /[.](?:submit_transaction|submitTransaction)[ \t]*\(/;

/**
 * Keeps the submit of a Stellar transaction whose payment operation, built up to 40 lines above with no other submit
 * between, is risky: the request that sends it (where one labeller puts the fact) as well as the operation (another's).
 */
const submitsRiskyStellarOp: Validator = {
  name: 'submits-risky-stellar-op',
  reach: { before: 40 * 200 + 200, after: 0 },
  test: (_v, ctx) => matchesAbove(ctx.text, ctx.start, 40, STELLAR_OP).some(({ m, at }) => {
    const name = m[1] ?? m[2];
    const start = at + m[0].lastIndexOf(name);
    const end = start + name.length;
    if (STELLAR_SUBMIT.test(ctx.text.slice(end, ctx.start))) return false;
    return risk(m[1] ? 'stellar-op' : 'fields', true).test(name, { ...ctx, start, end });
  }),
};

/** Files that talk to a chain: a wallet library's import or name. */
// GOAT's wallet clients (`@goat-sdk/wallet-evm`, Python's `goat_wallets`) send what the agent's plugins build.
const CHAIN_LIBS = ['web3', 'w3.eth', 'eth_account', 'ethers', 'viem', 'go-ethereum', 'tronpy', 'tronweb', 'solana', 'uniswap', 'pancake', 'starknet', 'goat-sdk', 'goat_wallets'];

/** The sends by their call, with how to read destination and amount; `risky` picks the warning or the note. */
export function sendPatterns(risky: boolean): PatternSpec[] {
  return [
    // A signed transaction sent (`w3.eth.send_raw_transaction(signed.rawTransaction)`, `wallet.sendTransaction(tx)`).
    {
      re: rx(String.raw`[.](?<name>sendTransaction|sendSignedTransaction|send_raw_transaction|sendRawTransaction|send_transaction|SendTransaction|sendHexTransaction)[ \t]*\(`),
      keywords: ['sendtransaction', 'sendsignedtransaction', 'send_raw_transaction', 'sendrawtransaction', 'send_transaction', 'sendhextransaction'],
      // Or the send of a token transfer built above it, judged at the transfer (builtTransfers.ts), or tronweb's
      // broadcast of what it signed (tronRawSends.ts), or a broadcast by withdrawal work (withdrawalBroadcast.ts).
      validate: [risky ? eitherOf(eitherOf(risk('tx', true), SENDS_RISKY_BUILD), eitherOf(tronRawSendPays, broadcastInWithdrawalWork)) : risk('tx', false), ...(risky ? [] : [notOf(SENDS_RISKY_BUILD), notOf(SENDS_RISKY_SYSTEM), notOf(tronRawSendPays), notOf(broadcastInWithdrawalWork)])],
      requires: { fileContains: CHAIN_LIBS },
    },
    // Solana's send helper, a function rather than a method: `sendAndConfirmTransaction(connection, tx, [payer])`.
    {
      re: rx(String.raw`(?<![A-Za-z0-9_$])(?<name>sendAndConfirmTransaction)[ \t]*\(`),
      keywords: ['sendandconfirmtransaction'],
      validate: [risk('tx', risky), ...(risky ? [] : [notOf(SENDS_RISKY_SYSTEM)])],
      requires: { fileContains: ['solana'] },
    },
    // The send of a transaction holding a risky system transfer above it: one transfer, one fact, at its send.
    ...(risky ? [{ re: rx(SEND_CALL), keywords: SEND_KEYWORDS, validate: [SENDS_RISKY_SYSTEM], requires: { fileContains: ['solana'] } }] : []),
    // viem: a token contract's transfer written through the wallet client (`functionName: 'transfer', args: [to, amt]`),
    // an NFT's (`transferFrom` / `safeTransferFrom`, `args: [from, to, id]`) or a bridge send (`depositForBurn`); the
    // name read is the call's own, not the next write's.
    {
      re: rx(String.raw`[.](?<name>writeContract)[ \t]*\((?=(?:(?!writeContract)[^;]){0,300}functionName[ \t]*:[ \t]*["'](?:${PAYING})["'])`),
      keywords: ['writecontract'],
      linesAfter: 8,
      validate: [risk('contract-args', risky)],
      requires: { fileContains: ['viem'] },
    },
    // A token contract's transfer (web3.py, tronpy: `functions.transfer(to, amount)`; web3.js: `methods.transfer`).
    { re: rx(String.raw`[.](?:functions|methods)[.](?<name>transfer)[ \t]*\(`), keywords: ['transfer'], validate: [notEncodedThenSent, notEstimatedOrSentBelow, notTronpyUnsent, risk('to-first', risky)] },
    // Tron's native send: `client.trx.transfer(from, to, amount)`.
    { re: rx(String.raw`[.]trx[.](?<name>transfer)[ \t]*\(`), keywords: ['trx.transfer'], validate: [notTronpyUnsent, risk('to-second', risky)] },
    // tronpy's broadcast of a risky transfer built above it (tronpySends.ts).
    ...(risky ? [tronpyBroadcast((shape, ctx) => risk(shape, true).test('transfer', ctx))] : []),
    // Solana's system transfer: `SystemProgram.transfer({ fromPubkey, toPubkey, lamports })`.
    { re: rx(String.raw`SystemProgram[.](?<name>transfer)[ \t]*\(`), keywords: ['systemprogram'], validate: [systemTransferElsewhere(true), risk('fields', risky)] },
    // Stellar (and Pi Network, the same SDK): a payment operation names no withdrawal, only its destination and
    // amount (`Operation.payment({ destination, asset, amount })`, Python's `append_payment_op(destination=…)`).
    {
      re: rx(String.raw`Operation[.](?<name>payment|pathPaymentStrictSend|pathPaymentStrictReceive)[ \t]*\(`),
      keywords: ['operation.payment', 'operation.pathpayment'],
      validate: [risk('fields', risky)],
      requires: { fileContains: ['stellar'] },
    },
    {
      re: rx(String.raw`[.](?<name>append_payment_op|append_path_payment_strict_send_op|append_path_payment_strict_receive_op|append_account_merge_op)[ \t]*\(`),
      keywords: ['append_payment_op', 'append_path_payment', 'append_account_merge_op'],
      validate: [risk('stellar-op', risky)],
      requires: { fileContains: ['stellar'] },
    },
    // The submit of a Stellar transaction whose payment operation above is a risky send (submitsRiskyStellarOp).
    ...(risky
      ? [{ re: rx(String.raw`[.](?<name>submit_transaction|submitTransaction)[ \t]*\(`), keywords: ['submit_transaction', 'submittransaction'], validate: [submitsRiskyStellarOp], requires: { fileContains: ['stellar'] } }]
      : []),
    // A wallet helper's transfer with its destination among the arguments (`token.transfer(target, amt)`), in a
    // file of a chain library: only with a risky shape, the name alone is too common.
    ...(risky
      ? [{
        re: rx(String.raw`[.](?<name>transfer|token_transfer|transfer_token|transferToken|send_token|sendToken)[ \t]*\(`),
        keywords: ['transfer', 'send_token', 'sendtoken'],
        validate: [notEncodedThenSent, notTronpyUnsent, systemTransferElsewhere(false), risk('named', true)],
        requires: { fileContains: CHAIN_LIBS },
      }]
      : []),
    ...sdkSendPatterns(risky, risk),
  ];
}

/** On-chain sends that pay a payee or have a sweep's or payout's shape: a warning. */
export const withdrawOnchainSend = defineDetector({
  id: 'withdraw/onchain-send',
  title: 'on-chain send to another address',
  severity: 'warning',
  role: 'endpoint',
  message: 'On-chain send {name}(…) pays another address: check where the funds go.',
  risk: 'The funds go to a payee (an address that is neither the wallet\'s own nor a contract it calls), to an address fixed or decoded in the code, or the amount is the wallet\'s balance: the shapes of tip and payout bots, sweepers and drainers.',
  advice: 'Check where the funds go and who can trigger the send; keep the key that signs it apart from trading keys. If the send is intended, suppress it with a reason (keyguard:allow withdraw — reason).',
  keywords: ['transfer', 'sendtransaction', 'sendsignedtransaction', 'send_raw_transaction', 'sendrawtransaction', 'sendhextransaction', 'send_transaction', 'send_token', 'sendtoken', 'sendandconfirmtransaction', 'writecontract', 'encode_abi', 'encodeabi', 'transactionbuilder.send', 'sendtransfer', 'submit', 'disperse', 'broadcast', 'sendtx', 'send_tx', 'sendrawtx', 'send_raw_tx', 'pushtx', 'push_tx'],
  validate: [notInComment, notInString, notADeclaration],
  files: CODE,
  patterns: [
    ...sendPatterns(true),
    // A Disperse contract's batch payout (disperse.ts).
    DISPERSE_PATTERN,
    // A broadcast by the code that pays withdrawals, under a client's own name for it (withdrawalBroadcast.ts).
    WITHDRAWAL_BROADCAST_PATTERN,
    // A wrapper's send or transfer called for every address of a list: a multisender or airdrop loop, whatever
    // the wrapper is called (`[w.send(r, amount) for r in address_list]`).
    {
      re: rx(String.raw`[.](?<name>send|transfer|send_sol|sendSol|send_native|sendNative|send_eth|sendEth)[ \t]*\(`),
      keywords: ['send', 'transfer'],
      validate: [{ name: 'sends-per-address', test: (_v, ctx) => sendsPerAddress(ctx.text, ctx.text.indexOf('(', ctx.end)) }],
    },
    // A function of this file that makes an on-chain send, called from a withdraw or sweep function
    // (`def withdraw(coin): … send_token(mint, deposit_addr, amount)`): the withdrawal itself.
    {
      re: rx(String.raw`(?<![A-Za-z0-9_$.])(?<name>[A-Za-z_][A-Za-z0-9_]*)[ \t]*\(`),
      name: /send|transfer/i,
      keywords: ['send', 'transfer'],
      validate: [notDefinedHere, { name: 'send-helper-called-to-withdraw', test: (v, ctx) => sendHelperCalledToWithdraw(ctx.text, ctx.start, v, PAYOUT_HEAD, readsByIndent(ctx.kind)) }],
    },
    // A helper named for the coin it sends, called with a destination (`transfer_usdt(client, pk, TARGET)`,
    // `transferSOL(user.wallet, amount)`, `tron.send_tron(amount=n, wallet=w)`, Go's `grid.TransferTRX(from, to, n)`,
    // `await send_usdt_async(⏎ amount=n, address=a)`): the on-chain form of a bot's own withdraw helper, bare or a
    // method of the bot's wallet object.
    {
      re: rx(String.raw`(?<![A-Za-z0-9_$])(?<name>(?:[Tt]ransfer|[Ss]end)_?(?:[Uu][Ss][Dd][TtCc]|[Ee][Tt][Hh]|[Bb][Nn][Bb]|[Ss][Oo][Ll]|[Tt][Rr][Xx]|[Tt][Rr][Oo][Nn]|[Bb][Tt][Cc]|[Mm][Aa][Tt][Ii][Cc]|[Bb][Uu][Ss][Dd]|[Nn]ative|[Bb]itcoin|[Ee]ther(?:eum)?|[Ll]itecoin|[Dd]oge(?:coin)?)(?:_?[Aa]sync)?)[ \t]*\((?=[^()]{0,200}(?:[Ww]allet|[Aa]ddr|[Tt]arget|[Rr]ecipient|[Dd]est|WALLET|ADDR|TARGET|RECIPIENT|DEST))`),
      keywords: ['transfer', 'send'],
      validate: [notDefinedHere, notOuterSendLayer],
    },
  ],
  examples: { positive: [...ONCHAIN_SEND_EXAMPLES.positive, ...DISPERSE_EXAMPLES.positive, ...TRON_RAW_SEND_EXAMPLES.positive, ...WITHDRAWAL_BROADCAST_EXAMPLES.positive], negative: [...ONCHAIN_SEND_EXAMPLES.negative, ...DISPERSE_EXAMPLES.negative, ...TRON_RAW_SEND_EXAMPLES.negative, ...WITHDRAWAL_BROADCAST_EXAMPLES.negative] },
});
