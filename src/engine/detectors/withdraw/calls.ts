// Withdrawal calls by method name: ccxt's generated implicit methods, and the call-shape rule for the long tail
// (any receiver chain, any language, a `withdraw` word segment and no query segment). Withdrawals named in a string, a
// constant, a request object or a resource are in requestShapes.ts.
import { notInComment, notInString } from '../../judge/codeContext';
import { defineDetector } from '../../defineDetector';
import { notADeclaration } from '../declaration';
import { rx } from '../fragments';
import { notApiPlumbing } from './apiHelper';
import { notOwnLayer, notSelfRetry } from './helperCalls';
import { CODE, EXCHANGE_LIBS, EXCHANGE_NEAR, WHY, WITHDRAW_ADVICE } from './shared';
import { exchangeOfAction } from './table';
import { HL_SEND_PATTERN } from './transfers';
import { PREPARED_CALL_PATTERN } from './preparedCalls';
import { REQUEST_SHAPE_PATTERNS } from './requestShapes';
import { SEND_COMMAND_PATTERN } from './sendCommand';
import { argBuiltAsWithdrawRequest } from './requestArg';
import { notCaseDispatch } from './caseDispatch';
import { notPagedQuery, notResourceRead } from './resourceQuery';
import { RPC_VARIABLE_PATTERN } from './rpcVariable';
import { notOwnClassMethod, notRawClientLayer } from './sdkLayers';
import { broadcastsWithdrawal, notBookkeeping } from './bookkeeping';
import { notPluralListing, SDK_DELEGATE_PATTERNS } from './sdkDelegates';
import { RUBY_CALL_PATTERNS } from './rubyCalls';
import { actionName, anyActionName, BARE, BREAK_AFTER, CLIENT_RECEIVER, CRYPTO_ARGS, notAccessor, notAClassConstructed, notOwnEmptyStep, notOwnMethod, notRequestBuilt, notScenario, notSelfDelegation, nounMethod, receiverBuiltAsClient, RECV } from './callShapes';
import { LIBRARY_CALL_EXAMPLES } from './callExamples';
import { notRequestedBelow } from './unpackedRequests';
import { notDefiInstance } from './defiReceivers';

export const withdrawLibraryCall = defineDetector({
  id: 'withdraw/library-call',
  title: 'withdrawal call',
  severity: 'warning',
  role: 'endpoint',
  message: 'Withdrawal call {name}(…) on {exchange}.',
  risk: WHY,
  advice: WITHDRAW_ADVICE,
  keywords: ['withdraw'],
  validate: [notInComment, notADeclaration, notRawClientLayer, notResourceRead, notPluralListing, notScenario, notOwnEmptyStep],
  files: CODE,
  patterns: [
    // Any name with a withdraw segment and more (`fiatWithdraw`, `submit_withdrawal`, `NewCreateWithdrawService`,
    // `withdrawl_assets_from_the_managed_sub_account`): specific enough without an exchange import.
    {
      re: rx(String.raw`${RECV}${BREAK_AFTER}(?<name>[A-Za-z0-9_]{0,80}?[Ww]ithdraw[A-Za-z0-9_]{0,80})[ \t]*\(`),
      keywords: ['withdraw'],
      linesBefore: 1,
      validate: [notInString, actionName(true), notAccessor, notBookkeeping, notAClassConstructed, notSelfDelegation, notRequestBuilt, notSelfRetry, notOwnLayer, notOwnClassMethod, notApiPlumbing, notCaseDispatch, notPagedQuery, notRequestedBelow],
      exchangeOf: exchangeOfAction,
      requires: { exchangeNear: EXCHANGE_NEAR },
    },
    // The bare verb: in a file that imports an exchange library (ccxt, python-binance, pybit, gateapi…),
    { re: rx(RECV + BARE), keywords: ['withdraw'], linesBefore: 1, validate: [notInString, notAClassConstructed, notOwnMethod, notDefiInstance], requires: { fileContains: EXCHANGE_LIBS, exchangeNear: EXCHANGE_NEAR } },
    // on a client-like receiver (a user's own wrapper module imports nothing),
    { re: rx(CLIENT_RECEIVER + BARE), keywords: ['withdraw'], validate: [notInString, notAClassConstructed], requires: { exchangeNear: EXCHANGE_NEAR } },
    // or on a receiver built from a client class above (`aevo = AevoClient(…)`, `const x = new FundsApi(…)`),
    { re: rx(RECV + BARE), keywords: ['withdraw'], linesBefore: 1, validate: [notInString, notAClassConstructed, notOwnMethod, receiverBuiltAsClient], requires: { exchangeNear: EXCHANGE_NEAR } },
    // Go methods named by the noun (`e.CryptoWithdrawal(ctx, …)`): a context first makes it a call, not a type.
    {
      re: rx(String.raw`${RECV}(?<name>[A-Z][A-Za-z0-9_]{0,60}Withdrawal)[ \t]*\([ \t]*ctx\b`),
      keywords: ['withdraw'],
      files: ['go'],
      validate: [nounMethod, notCaseDispatch],
      exchangeOf: exchangeOfAction,
      requires: { exchangeNear: EXCHANGE_NEAR },
    },
    // An awaited call without receiver (`tx = await withdrawToIBC(…)`), in a file of an exchange's SDK.
    {
      re: rx(String.raw`\bawait[ \t]+(?<name>withdraw[A-Za-z0-9_]{0,60})[ \t]*\(`),
      keywords: ['withdraw'],
      validate: [notInString, anyActionName],
      requires: { fileContains: EXCHANGE_LIBS, exchangeNear: EXCHANGE_NEAR },
    },
    // or handed a request built as a withdrawal above (requestArg.ts),
    { re: rx(RECV + BARE), keywords: ['withdraw'], linesBefore: 1, validate: [notInString, notAClassConstructed, notOwnMethod, argBuiltAsWithdrawRequest], requires: { exchangeNear: EXCHANGE_NEAR } },
    // or with a coin or an address among its arguments.
    { re: rx(String.raw`${RECV}${BARE}${CRYPTO_ARGS}`), keywords: ['withdraw'], linesBefore: 1, linesAfter: 3, validate: [notInString, notAClassConstructed, notOwnMethod], requires: { exchangeNear: EXCHANGE_NEAR } },
    // The client's withdraw method handed to a runner with its arguments (Hummingbot's `self.query_api(self._client.withdraw,
    // asset=c, address=to, amount=n)`, `partial(client.withdraw, …)`): the runner makes the call.
    {
      re: rx(String.raw`\([ \t]*(?:self\.|this\.)?(?:[A-Za-z_$][A-Za-z0-9_$]{0,40}\.){1,3}(?<name>withdraw)[ \t]*,(?=[^()]{0,300}(?<![A-Za-z0-9_])(?:address|to_address|toAddress|addr)[ \t]*=)`),
      keywords: ['withdraw'],
      linesAfter: 4,
      validate: [notInString],
      // A connector's import may sit thousands of lines above (exchangeNear reads 20,000 characters).
      requires: { fileContains: EXCHANGE_LIBS },
    },
    // A withdrawal's signed transaction broadcast (`wallet.submitTransaction(hexToBin(withdrawal.raw_tx))`).
    {
      re: rx(String.raw`${RECV}(?<name>submitTransaction|submit_transaction|sendRawTransaction|send_raw_transaction|broadcastTransaction|broadcast_transaction)[ \t]*\(`),
      keywords: ['withdraw'],
      validate: [notInString, broadcastsWithdrawal],
    },
    // Withdrawals named in a string, a constant, a request object or a resource (requestShapes.ts).
    ...REQUEST_SHAPE_PATTERNS,
    // The RPC method string kept in a variable above its private-API call (rpcVariable.ts).
    RPC_VARIABLE_PATTERN,
    // Hyperliquid's sends to another address (transfers.ts).
    HL_SEND_PATTERN,
    // starknet.py's execute of prepared calls that withdraw or transfer to a recipient (preparedCalls.ts).
    PREPARED_CALL_PATTERN,
    // A send path's last segment posted through a generic request helper (sendCommand.ts).
    SEND_COMMAND_PATTERN,
    // Coinbase's sends and an account model's delegate; the plural listing stays silent (sdkDelegates.ts).
    ...SDK_DELEGATE_PATTERNS,
    // Ruby and Crystal calls without parentheses (rubyCalls.ts).
    ...RUBY_CALL_PATTERNS,
  ],
  examples: LIBRARY_CALL_EXAMPLES,
});

// The ccxt implicit-endpoint rule lives in its own file; restEndpoint.ts re-exports both from here.
export { withdrawCcxtImplicit } from './ccxtImplicit';
