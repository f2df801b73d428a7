// The withdrawal guard: code that moves funds off an exchange. Such code needs an API key with withdrawal
// permission, the one permission the user's own rules say never to give a bot key. Endpoint strings
// here (their token shapes and validators in endpointShapes.ts, their examples in
// endpointExamples.ts); calls by method name in calls.ts,
// transfers in transfers.ts.
import { notInComment } from '../../judge/codeContext';
import { defineDetector } from '../../defineDetector';
import { rx } from '../fragments';
import { CODE, EXCHANGE_NEAR, notInDenyList, WHY, WITHDRAW_ADVICE } from './shared';
import {
  genericWithdrawPath, isGenericWithdrawPath, isUnknownWithdrawPath, notACommandUsage, notACostTableEntry, notAModulePath, notARouteDefinition, notInLogMessage, notInProse, notInQueryFunction, notReadVerbAbove, notSameOriginFetch, unknownWithdrawPath,
} from './pathShape';
import { provenWrite, writeVerbOrPosted } from './provenVerb';
import { REST_ENDPOINT_EXAMPLES } from './endpointExamples';
import { REST_ARG_EXAMPLES, REST_ARG_PATTERNS, TRANSACTIONS_PATTERN } from './restArgs';
import { NSWAG_EXAMPLES, NSWAG_PATTERNS } from './nswag';
import { ANNOTATED_METHOD_EXAMPLES, ANNOTATED_METHOD_PATTERN, JAXRS_PATH_PATTERN } from './annotatedMethods';
import { notASignatureArgument, notReadVerbAtPath } from './verb';
import { CALL_LINE_EXAMPLES, callLinePatterns, type PathJudge } from './callLine';
import { ACTION_TYPE_PATTERNS, POSTED_CONSTANT_PATTERNS } from './actionTypes';
import { CONSTANT_USE_PATTERN } from './constants';
import { SEGMENT_USE_PATTERN } from './segments';
import { LINKED_PATH_EXAMPLES } from './linkedPathExamples';
import { MONEY_SEND_KEYWORDS, moneySendPath } from './indexedPaths';
import { PAYOUT_PATH_EXAMPLES, PAYOUT_PATH_PATTERN } from './payoutPath';
import { SLASHLESS_PATH_EXAMPLES, SLASHLESS_PATH_PATTERNS } from './slashlessPath';
import { COIN_SUFFIX_EXCHANGE, exchangeOfAction, exchangeOfRpcAction, matchActionPath, matchSendPath, SEND_KEYWORDS } from './table';
import {
  actionPath, API_CALL_PATH, apiCallAction, COIN_SUFFIX, CONST_EXCHANGES, JOINED_HEAD, RPC_NAMED_CONSTANT, rpcOfFileExchange, joinedAction, gatedByWithdraw, notAnIndex, notLineComment, PATH_NEEDS, PATH_TOKEN, sectionHelperAction,
  sendPath, sendVerb, slashlessAction, SLASHLESS_ARG,
} from './endpointShapes';

export { withdrawCcxtImplicit, withdrawLibraryCall } from './calls';

/** Money-send paths written in a call (indexedPaths.ts): the withdraw gate does not apply, their shape and a proven POST do. */
const MONEY_SEND_PATTERN = { re: rx(PATH_TOKEN), needs: PATH_NEEDS, keywords: MONEY_SEND_KEYWORDS, validate: [moneySendPath, provenWrite, notInQueryFunction, notSameOriginFetch], requires: { exchangeNear: EXCHANGE_NEAR } };
export { withdrawExternalTransfer, withdrawInternalTransfer } from './transfers';

/** A withdrawal action path (the table's, or by its shape), its query and a trailing placeholder aside. */
const withdrawalPath: PathJudge = (written) => {
  const p = written.replace(/[?#].*$/, '').replace(/\$\{[^}]*\}$/, '');
  return /withdraw/i.test(p) && (matchActionPath(p) !== undefined || isUnknownWithdrawPath(p) || isGenericWithdrawPath(p));
};
// The call's own gate: its name need not say withdraw.
const CALL_LINE_PATTERNS = callLinePatterns(withdrawalPath, ['withdraw']).map((p) => ({ ...p, requires: { exchangeNear: EXCHANGE_NEAR } }));

export const withdrawRestEndpoint = defineDetector({
  id: 'withdraw/rest-endpoint',
  title: 'withdrawal endpoint',
  severity: 'warning',
  role: 'endpoint',
  message: 'Withdrawal endpoint {name} on {exchange}.',
  risk: WHY,
  advice: WITHDRAW_ADVICE,
  keywords: ['withdraw'],
  // Every pattern keeps only tokens that say withdraw (gatedByWithdraw, first of its own validators), but the
  // transactions resource, which its posted send type gates.
  validate: [notInComment, notInDenyList, notARouteDefinition, notACostTableEntry, notAModulePath, notLineComment, notInLogMessage, notInProse, notACommandUsage, notReadVerbAbove, notReadVerbAtPath, notASignatureArgument],
  files: CODE,
  // Every withdrawal action of ccxt's API lists and the SDK supplement, with or without slash and version prefix.
  patterns: gatedByWithdraw([
    { re: rx(PATH_TOKEN), needs: PATH_NEEDS, validate: [actionPath(false)], exchangeOf: exchangeOfAction, requires: { exchangeNear: EXCHANGE_NEAR } },
    // KuCoin's and Gate's `/withdrawals`: POST withdraws, GET lists the history; the verb decides (verb.ts).
    { re: rx(PATH_TOKEN), needs: PATH_NEEDS, validate: [actionPath(true), writeVerbOrPosted], exchangeOf: exchangeOfAction, requires: { exchangeNear: EXCHANGE_NEAR } },
    // Send-to-address paths that never say withdraw (hand-kept), with a write verb.
    { re: rx(PATH_TOKEN), needs: PATH_NEEDS, keywords: SEND_KEYWORDS, validate: [sendPath, sendVerb], exchangeOf: matchSendPath },
    // Paths the table does not know, by their shape (versioned, ending in a withdrawal noun), with a write verb.
    { re: rx(PATH_TOKEN), needs: PATH_NEEDS, validate: [unknownWithdrawPath, writeVerbOrPosted], requires: { exchangeNear: EXCHANGE_NEAR } },
    // Unversioned ones (a payment API's `/wallet/withdraw`, an app's own backend) only with a proven write verb.
    { re: rx(PATH_TOKEN), needs: PATH_NEEDS, validate: [genericWithdrawPath, provenWrite, notInQueryFunction, notSameOriginFetch], requires: { exchangeNear: EXCHANGE_NEAR } },
    // Money sends that never say withdraw (`/api/transfers/send`, `/payments/offramp`), likewise with a proven write verb.
    MONEY_SEND_PATTERN,
    // JAX-RS (Retrofit-like Java interfaces): a `@Path("…withdraw…")` under a `@POST`/`@DELETE`/`@PUT` annotation (annotatedMethods.ts).
    JAXRS_PATH_PATTERN,
    // Endpoint constants without a slash, named after their exchange (`krakenWithdraw = "Withdraw"`,
    // `bitfinexWithdrawal = "withdraw"`): RPC method names and v1 paths, the action's own spelling only.
    {
      re: rx(String.raw`(?<![A-Za-z0-9_])(?<ex>${CONST_EXCHANGES})[A-Z][A-Za-z]{0,40}[ \t]*:?=[ \t]*"(?<name>[Ww]ithdraw(?:Cancel|Crypto)?)"`),
      keywords: ['withdraw'],
    },
    // The same method string in a variable named for the endpoint (`const privateEndpoint = "Withdraw"`), in a file
    // that names the API's exchange: the private call it is handed to is reported by withdraw/posted-path.
    { re: rx(RPC_NAMED_CONSTANT), keywords: ['withdraw'], validate: [rpcOfFileExchange], exchangeOf: exchangeOfRpcAction },
    // Bitstamp's per-currency paths, built by concatenation: only the `_withdrawal` suffix is written (not `_withdrawal_fee`).
    ...COIN_SUFFIX.map((re) => ({ re: rx(re), keywords: ['_withdrawal'], validate: [notAnIndex], exchangeOf: () => COIN_SUFFIX_EXCHANGE })),
    // Slashless table paths handed to a POST/DELETE helper; paths joined around an id.
    { re: rx(SLASHLESS_ARG), linesBefore: 1, validate: [slashlessAction], exchangeOf: exchangeOfAction, requires: { exchangeNear: EXCHANGE_NEAR } },
    // The rest of a path handed to a helper named after its section (`requestTrade('btc_withdrawal', p)`).
    { re: rx(SLASHLESS_ARG), linesBefore: 1, validate: [sectionHelperAction], requires: { exchangeNear: EXCHANGE_NEAR } },
    { re: rx(JOINED_HEAD), keywords: ['withdraw'], validate: [joinedAction], requires: { exchangeNear: EXCHANGE_NEAR } },
    // A path ending in the bare verb handed to an API-call helper with a destination (endpointShapes.ts).
    { re: rx(API_CALL_PATH), keywords: ['withdraw'], validate: [apiCallAction], exchangeOf: exchangeOfAction, requires: { exchangeNear: EXCHANGE_NEAR } },
    // Withdrawals named by a message's action or type field (actionTypes.ts).
    ...ACTION_TYPE_PATTERNS,
    // Uses of a path constant that is also a query, by their own verb (constants.ts).
    CONSTANT_USE_PATTERN,
    // A segment constant of a URL a builder call assembles (segments.ts).
    SEGMENT_USE_PATTERN,
    // Currency actions in an endpoint variable or a later POST argument, segment-argument paths, typed sends (restArgs.ts).
    ...REST_ARG_PATTERNS,
    // NSwag-generated C# clients' path pieces under a POST (nswag.ts).
    ...NSWAG_PATTERNS,
    // Payment APIs' payout collections, posted (payoutPath.ts).
    PAYOUT_PATH_PATTERN,
    // A declarative client's method under a write annotation, named for a withdrawal or a money send (annotatedMethods.ts).
    ANNOTATED_METHOD_PATTERN,
    // Slashless paths joined onto a base, keyed in a route table or handed to a URL builder (slashlessPath.ts).
    ...SLASHLESS_PATH_PATTERNS,
    // A request helper's call whose arguments, one per line or in a config object, are a withdrawal path and a write verb (callLine.ts).
    ...CALL_LINE_PATTERNS,
  ], [TRANSACTIONS_PATTERN, PAYOUT_PATH_PATTERN, MONEY_SEND_PATTERN, ANNOTATED_METHOD_PATTERN, ...CALL_LINE_PATTERNS, ...POSTED_CONSTANT_PATTERNS]),
  examples: {
    positive: [...REST_ENDPOINT_EXAMPLES.positive, ...REST_ARG_EXAMPLES.positive, ...NSWAG_EXAMPLES.positive, ...ANNOTATED_METHOD_EXAMPLES.positive, ...PAYOUT_PATH_EXAMPLES.positive, ...SLASHLESS_PATH_EXAMPLES.positive, ...LINKED_PATH_EXAMPLES.positive, ...CALL_LINE_EXAMPLES.positive],
    negative: [...REST_ENDPOINT_EXAMPLES.negative, ...REST_ARG_EXAMPLES.negative, ...NSWAG_EXAMPLES.negative, ...ANNOTATED_METHOD_EXAMPLES.negative, ...PAYOUT_PATH_EXAMPLES.negative, ...SLASHLESS_PATH_EXAMPLES.negative, ...LINKED_PATH_EXAMPLES.negative, ...CALL_LINE_EXAMPLES.negative],
  },
});
