// The words a withdrawal call's receiver, arguments and name segments are judged by: what holds an exchange client,
// what names a coin or a destination, what makes a withdrawal-named thing a DeFi or UI look-alike. Strings and sets
// only, shared by callShapes.ts and bookkeeping.ts (each reads them; neither imports the other back).

/** DeFi look-alikes by their receiver: WETH unwrap, web3 contract functions, LP pools, vaults, farms, events. */
export const DEFI_WORDS = String.raw`(?:[Ww](?:ETH|eth|BNB|bnb|MATIC|matic|AVAX|avax|FTM|ftm)9?|functions|methods|[Cc]ontract|[Vv]ault|[Pp]ool|[Cc]hef|[Ff]arm|[Ss]taking|[Gg]auge|[Rr]outer|[Ss]trategy|[Tt]oken|lp|LP|events)`;
/** The member access itself, and what may stand between it and its receiver (a line break before `.name`). */
export const ACCESS = String.raw`(?:\??\.|->|::)`;
/** Receivers that hold an exchange or wallet client: `self.exchange_manager.exchange`, `client`, `wallet`. */
// Also a node client (`node.withdraw(`), a client's sub-API (`client.post.withdraw(`, `client.spot.withdraw(`), an exchange-named field.
export const CLIENT_RECEIVER = String.raw`${ACCESS}(?<=(?:[Ee]xchange|[Cc]lient|[Aa]pi|API|[Ss]ession|[Tt]rader|[Bb]roker|[Ww]allet|\bex|ccxt|[Ss]dk|[Rr]est|[Ff]unding|\b[Nn]ode|[Cc]lient\.[a-z]|\b(?:binance|bitfinex|bitstamp|bybit|kraken|kucoin|okx|bitget|coinbase|huobi|mexc|deribit|bitmex|gemini))[A-Za-z0-9_]{0,20}${ACCESS})(?<!${DEFI_WORDS}${ACCESS})`;
/** Arguments that name a coin or a destination: `("USDT", 10, addr)`, `(coin=…, address=…)`, `(cfg.getWithdrawAddress())`. */
// Arguments may run over lines and hold getters (`config.getWithdrawAddress()`): up to three nested calls are read
// through, one level deep; bounded so that an edit's rescan region stays a few hundred characters (find/reach.ts).
export const CRYPTO_ARGS = String.raw`(?=(?:[^()]{0,120}\([^()\n]{0,60}\)){0,3}[^()]{0,200}?(?:\baddress|(?<=[a-z])Address\b|\baddr\b|\bto_?[Aa]ddr|\bdestination\b|\bcoin\b|\bcurrency\b|\bchain\b|\bnetwork\b|\bmemo\b|\\?["'](?:BTC|XBT|ETH|USDT|USDC|BNB|SOL|XRP|TRX|LTC|DOGE|ADA|DOT|MATIC)\\?["']))`;
/**
 * Segments the shared query list lacks that make a name something else than funds leaving: a dry run or estimate
 * (`inspectEstimatedWithdrawal…`), Upbit's withdrawal "chance" (what may be withdrawn), a withdrawal redeposited in the
 * same call (`withdrawAllSwapAndDepositToPro`: an internal move), a DeFi vault, pool or stake (as on receivers), and a
 * GUI builder (`setup_withdraw_tab`) or picture.
 */
const NOT_A_WITHDRAWAL = new Set([
  'inspect', 'estimate', 'estimated', 'preview', 'simulate', 'simulated', 'chance', 'deposit', 'deposits', 'redeposit',
  'vault', 'pool', 'farm', 'stake', 'staking', 'unstake', 'liquidity', 'lp', 'gauge',
  'setup', 'tab', 'dialog', 'window', 'widget', 'panel', 'modal', 'screen', 'page', 'button',
  // A picture drawn for a chat reply (`withdraw_image(user, amount, address)`).
  'image', 'img', 'picture', 'photo',
  // An error built about a withdrawal (`MakeErrWithdrawAmountInvalid(…)`, `withdraw_error(…)`).
  'err', 'error', 'errors', 'exception',
  // A permission granted for later withdrawals (`allowWithdrawalFromContract(…)`), as an approval is.
  'allow', 'allowance',
  // Staking rewards or a validator's commission claimed to the claimer's own account (`create_withdraw_delegator_reward`).
  'reward', 'rewards', 'delegator', 'commission',
  // A request's address or link built for the call that sends it (`createLinkWithdrawCoinsToAddress(t)`, `withdrawUrl(id)`).
  'link', 'links', 'url', 'uri',
  // A chat prompt or embed built about a withdrawal (`withdrawal_amount_prompt(b, t)`, `promptWithdraw(ctx)`).
  'prompt', 'embed',
]);
/**
 * Last segments of a chat reply about a withdrawal's outcome (`embeds.withdrawal_cancelled()`, `withdraw_successful(…)`):
 * only at the end of a called name (`retryFailedWithdrawals`, `withdraw_failed_retry` retry the send).
 */
const REPLY_ENDINGS = new Set(['cancelled', 'canceled', 'successful', 'succeeded', 'failed', 'message', 'msg', 'reply']);
/** True when a called name's last segment makes it a reply about a withdrawal, not the withdrawal. */
export const isReplyEnding = (segments: readonly string[]): boolean => REPLY_ENDINGS.has(segments[segments.length - 1] ?? '');
/** True when a name segment makes a withdrawal-named thing something else (a vault, a pool, a stake, a preview). */
export const isLookAlikeWord = (segment: string): boolean => NOT_A_WITHDRAWAL.has(segment);
