// Declarative HTTP clients (Retrofit, Feign, JAX-RS client interfaces): a method under a `@POST`/`@DELETE` annotation
// is the request, its path an expression of constants that never says withdraw (Coinbase Java's
// `@POST(ApiConstants.ACCOUNTS + "/{account_id}/" + ApiConstants.TRANSACTIONS)` over `sendMoney(`). The method's name
// says what the request does: a withdrawal action or a money send is reported on it (rest-endpoint).
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { isWithdrawActionName } from './table';

/**
 * A write annotation whose path says nothing of withdrawals (one that does is reported by its path), up to three more
 * annotations, then the declared method: return type, name and `(`.
 */
const ANNOTATED_METHOD = String.raw`@(?:POST|DELETE)\((?![^\n]{0,200}?[Ww]ithdraw)[^\n]{0,200}\)[ \t]*\r?\n(?:[ \t]*@[A-Za-z.]+(?:\([^()\n]{0,200}\))?[ \t]*\r?\n){0,3}[ \t]*(?:(?:public|abstract|suspend|fun)[ \t]+)*(?:[A-Za-z_][A-Za-z0-9_.]*(?:<(?:[^<>\n]|<(?:[^<>\n]|<[^<>\n]*>)*>)*>)?(?:\[\])?[ \t]+)?(?<name>[a-z][A-Za-z0-9_]{2,60})[ \t]*\(`;

/** A money send that never says withdraw: `sendMoney`, `sendFunds`, `sendCoins`, `sendCrypto` (not `sendOrder`). */
const MONEY_SEND = /^send(?:Money|Funds|Coins?|Crypto)(?:[A-Z]|$)/;

/** Keeps a declared method named for a withdrawal action or a money send. */
const namedForWithdrawal: Validator = {
  name: 'annotated-method-withdraws',
  test: (value) => MONEY_SEND.test(value) || isWithdrawActionName(value),
};

/** The rest-endpoint rule's pattern for annotated client methods (its own gate: a money send says no withdraw). */
export const ANNOTATED_METHOD_PATTERN: PatternSpec = {
  re: rx(ANNOTATED_METHOD),
  keywords: ['@post', '@delete'],
  // The method is declared up to five lines below the annotation.
  linesAfter: 5,
  validate: [namedForWithdrawal],
};

/** Examples, for the rest-endpoint rule's record. */
export const ANNOTATED_METHOD_EXAMPLES: { readonly positive: readonly Example[]; readonly negative: readonly Example[] } = {
  positive: [
    { text: `public interface TxApi {\n    @POST(ApiConstants.ACCOUNTS + "/{account_id}/" + ApiConstants.TRANSACTIONS)\n    ApiCall<Resp<Transaction>> ⟦sendMoney⟧(\n            @Path("account_id") String accountId,\n            @Body SendMoneyRequest body);\n}`, path: 'resources/TxApi.java' },
    { text: `interface FundsApi {\n    @Headers("Content-Type: application/json")\n    @POST(Paths.FUNDS)\n    suspend fun ⟦createWithdrawal⟧(@Body body: Req): Resp\n}`, path: 'api/FundsApi.kt' },
  ],
  negative: [
    // Other requests under POST; a read.
    { text: `public interface TxApi {\n    @POST(ApiConstants.ACCOUNTS + "/{account_id}/" + ApiConstants.TRANSACTIONS)\n    ApiCall<Resp<Transaction>> requestMoney(@Path("account_id") String id, @Body Req body);\n    @POST(ApiConstants.ORDERS)\n    ApiCall<Resp<Order>> sendOrder(@Body Req body);\n    @GET(ApiConstants.WITHDRAWALS)\n    ApiCall<Resp<List<W>>> listWithdrawals();\n}`, path: 'resources/TxApi.java' },
  ],
};
