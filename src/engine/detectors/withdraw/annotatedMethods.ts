// Declarative HTTP clients (Retrofit, Feign, JAX-RS client interfaces): a method under a `@POST`/`@DELETE` annotation
// is the request, its path an expression of constants that never says withdraw (Coinbase Java's
// `@POST(ApiConstants.ACCOUNTS + "/{account_id}/" + ApiConstants.TRANSACTIONS)` over `sendMoney(`). The method's name
// says what the request does: a withdrawal action or a money send is reported on it (rest-endpoint).
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { callEnd } from '../../judge/callArguments';
import { isGenericWithdrawPath, isUnknownWithdrawPath } from './pathShape';
import { exchangeOfAction, isWithdrawActionName, matchActionPath } from './table';
import { EXCHANGE_NEAR } from './shared';

/**
 * A write annotation, Retrofit's with its path (`@POST("…")`) or JAX-RS's bare one over a `@Path("…")`, whose path says
 * nothing of withdrawals (one that does is reported by its path), up to four more annotations, then the declared method:
 * modifiers, return type, name and `(`.
 */
const ANNOTATED_METHOD = String.raw`@(?:POST|DELETE)(?:\((?![^\n]{0,200}?[Ww]ithdraw)[^\n]{0,200}\))?[ \t]*\r?\n(?:[ \t]*@(?![Pp]ath\([^\n]{0,200}?[Ww]ithdraw)[A-Za-z.]+(?:\([^()\n]{0,200}\))?[ \t]*\r?\n){0,4}[ \t]*(?:(?:public|abstract|suspend|fun)[ \t]+)*(?:[A-Za-z_][A-Za-z0-9_.]*(?:<(?:[^<>\n]|<(?:[^<>\n]|<[^<>\n]*>)*>)*>)?(?:\[\])?[ \t]+)?(?<name>[a-z][A-Za-z0-9_]{2,60})[ \t]*\(`;

/** A money send that never says withdraw: `send`, `sendMoney`, `sendFunds`, `sendCoins`, `sendMany`, `sendToAddress` (not `sendOrder`). */
const MONEY_SEND = /^send(?:(?:Money|Funds|Coins?|Crypto|Many|ToAddress)(?:[A-Z]|$)|$)/;

/** A JAX-RS `@Path` under a write verb, whose path says withdraw (`@POST⏎@Path("/account/withdraw/crypto")`). */
const JAXRS_PATH = String.raw`@(?:POST|DELETE|PUT)[ \t]*\r?\n(?:[ \t]*@[A-Za-z]+(?:\([^()\n]{0,200}\))?[ \t]*\r?\n){0,3}[ \t]*@Path\([ \t]*"(?<name>/?(?:[A-Za-z0-9_{}.-]{1,40}/){0,6}[A-Za-z0-9_{}.-]{0,40}[Ww]ithdraw[A-Za-z0-9_{}.-]{0,40}(?:/[A-Za-z0-9_{}.-]{1,40}){0,3})/?"`;
/** Keeps such a path when it is a withdrawal action: a table path (the annotation proves the write verb) or an action by its shape. */
const withdrawActionPath: Validator = {
  name: 'jaxrs-withdraw-action',
  test: (value) => {
    // A relative path is read from its root, so that a query's first segment (`fees/withdrawal/`) counts; a per-coin
    // action (Bitstamp's `{coin}_withdrawal`) is the action.
    const p = (value.startsWith('/') ? value : `/${value}`).replace(/\{[a-z_]{1,30}\}_(?=withdraw)/gi, '');
    return matchActionPath(p) !== undefined || isUnknownWithdrawPath(p) || isGenericWithdrawPath(p);
  },
};

/** Parameter words that say funds move: an amount, a destination, money or coins (`@Body SendMoneyRequest`, `recipient`). */
const MONEY_PARAMS = /[Aa]mount|AMOUNT|[Aa]ddress|ADDRESS|[Rr]ecipient|[Dd]estination|[Pp]ayee|[Mm]oney|[Cc]oins?(?![a-z])|[Ff]unds|[Ww]ithdraw/;
/** Annotation paths of a money send (`@Path("/send")`, Coinbase's `/accounts/{id}/transactions`). */
const MONEY_PATH = /@(?:POST|Path)\([^)\n]{0,200}(?:\/send|transactions|payout|transfer)/i;

/**
 * Keeps a declared method named for a withdrawal action, or for a money send whose parameters say funds move: a chat,
 * mail or push client's `send(@Body Message m)` under `@POST` moves none.
 */
const namedForWithdrawal: Validator = {
  name: 'annotated-method-withdraws',
  reach: { before: 600, after: 920 },
  test: (value, ctx) => {
    if (isWithdrawActionName(value)) return true;
    if (!MONEY_SEND.test(value)) return false;
    const open = ctx.text.indexOf('(', ctx.end);
    if (open === -1) return false;
    // The parameter list up to its closing parenthesis (at most 800 characters).
    const close = callEnd(ctx.text, open);
    const params = ctx.text.slice(open, close === -1 ? open + 800 : close - 1);
    // A method with a body is a server's resource or an implementation, not the client's declaration.
    const after = ctx.text.slice(open + params.length + 1, open + params.length + 120).split('\n')[0];
    if (after.includes('{')) return false;
    // Else the annotations above the method (from its write verb on) name a money send's path.
    const above = ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start);
    const verb = Math.max(above.lastIndexOf('@POST'), above.lastIndexOf('@DELETE'));
    return MONEY_PARAMS.test(params) || (verb !== -1 && MONEY_PATH.test(above.slice(verb)));
  },
};

/** The rest-endpoint rule's pattern for annotated client methods (its own gate: a money send says no withdraw). */
export const ANNOTATED_METHOD_PATTERN: PatternSpec = {
  re: rx(ANNOTATED_METHOD),
  keywords: ['@post', '@delete'],
  // The method is declared up to five lines below the annotation.
  linesAfter: 5,
  validate: [namedForWithdrawal],
};

/** The rest-endpoint rule's pattern for JAX-RS paths that say withdraw (the verb annotation proves the write). */
export const JAXRS_PATH_PATTERN: PatternSpec = {
  re: rx(JAXRS_PATH),
  keywords: ['withdraw'],
  // The verb sits up to four annotation lines above the keyword's line.
  linesBefore: 4,
  validate: [withdrawActionPath],
  exchangeOf: exchangeOfAction,
  requires: { exchangeNear: EXCHANGE_NEAR },
};

/** Examples, for the rest-endpoint rule's record. */
export const ANNOTATED_METHOD_EXAMPLES: { readonly positive: readonly Example[]; readonly negative: readonly Example[] } = {
  positive: [
    { text: `public interface TxApi {\n    @POST(ApiConstants.ACCOUNTS + "/{account_id}/" + ApiConstants.TRANSACTIONS)\n    ApiCall<Resp<Transaction>> ⟦sendMoney⟧(\n            @Path("account_id") String accountId,\n            @Body SendMoneyRequest body);\n}`, path: 'resources/TxApi.java' },
    { text: `interface FundsApi {\n    @Headers("Content-Type: application/json")\n    @POST(Paths.FUNDS)\n    suspend fun ⟦createWithdrawal⟧(@Body body: Req): Resp\n}`, path: 'api/FundsApi.kt' },
    // JAX-RS: a bare @POST over its @Path, the method a money send; a @Path that says withdraw is reported on the path.
    { text: `public interface ProxyAPI {\n    @POST\n    @Path("send/{address}")\n    String ⟦sendCoins⟧(@HeaderParam("x-api-key") String key, @PathParam("address") String to, @QueryParam("amount") long n) throws IOException;\n}`, path: 'wallets/ProxyAPI.java' },
    { text: `public interface WalletAPI {\n    @POST\n    @Path("/send")\n    public SendResponse ⟦send⟧(@FormParam("recipient") String recipient, @FormParam("amountNQT") BigDecimal amount);\n}`, path: 'wallets/WalletAPI.java' },
    { text: `public interface ProAPI {\n    @POST\n    @Path("⟦/account/withdraw/crypto⟧")\n    @Consumes({ "application/json" })\n    WithdrawResult withdrawCrypto(Payload p) throws ApiError;\n}`, path: 'exchanges/ProAPI.java' },
  ],
  negative: [
    // A fee query posted under a relative path; an order sent under a bare @POST.
    { text: `public interface StampV2 {\n    @POST\n    @Path("fees/withdrawal/")\n    List<Fee> getWithdrawalFees(@FormParam("key") String key) throws IOException;\n    @POST\n    @Path("/me/sendchildorder")\n    OrderResponse sendOrder(@HeaderParam("ACCESS-KEY") String key, Order o);\n}`, path: 'exchanges/StampV2.java' },
    // JAX-RS reads and other posts: a balance under GET, an order under POST, a withdrawal list under GET.
    { text: `public interface ProxyAPI {\n    @GET\n    @Path("balance")\n    long getBalance(@QueryParam("crypto") String c) throws IOException;\n    @POST\n    @Path("orders")\n    Order sendOrder(Order o);\n    @GET\n    @Path("/account/withdrawals")\n    List<W> withdrawals();\n}`, path: 'wallets/ProxyAPI.java' },
    // A chat, mail or push client's send under POST, and a mail service's own JAX-RS resource: no funds move.
    { text: `public interface ChatApi {\n    @POST("messages")\n    Call<Void> send(@Body Message m);\n}`, path: 'api/ChatApi.java' },
    { text: `interface PushService {\n    @POST("v1/push")\n    suspend fun send(@Body n: Notification): Resp\n}`, path: 'api/PushService.kt' },
    { text: `@Path("/mail")\npublic class MailResource {\n    @POST\n    @Path("/send")\n    public Response send(MailRequest r) { return ok(); }\n}`, path: 'rest/MailResource.java' },
    // Other requests under POST; a read.
    { text: `public interface TxApi {\n    @POST(ApiConstants.ACCOUNTS + "/{account_id}/" + ApiConstants.TRANSACTIONS)\n    ApiCall<Resp<Transaction>> requestMoney(@Path("account_id") String id, @Body Req body);\n    @POST(ApiConstants.ORDERS)\n    ApiCall<Resp<Order>> sendOrder(@Body Req body);\n    @GET(ApiConstants.WITHDRAWALS)\n    ApiCall<Resp<List<W>>> listWithdrawals();\n}`, path: 'resources/TxApi.java' },
  ],
};
