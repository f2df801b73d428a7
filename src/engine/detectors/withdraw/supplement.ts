// Hand-kept: withdrawal actions of the exchanges' official SDKs that ccxt's API lists lack (ccxt's own table is
// generated, see table.generated.ts). One entry per SDK action, each with the source it was read from.

/** One withdrawal action of an official SDK: its method names, its REST path, where it is documented. */
export interface SupplementEntry {
  /** ccxt id of the exchange. */
  readonly exchange: string;
  /** Method names as the SDKs spell them (each language's spelling). */
  readonly methods: readonly string[];
  /** REST paths as the SDKs send them (leading slash and version prefix included). */
  readonly paths: readonly string[];
  readonly source: string;
  /** The API sends every method with one verb (Deribit's JSON-RPC over GET): the path alone is the action. */
  readonly anyVerb?: boolean;
  /** The API also reads these paths with GET (a list or a quote): the verb decides, as for ccxt's shared paths. */
  readonly queryToo?: boolean;
}

const BINANCE_PY = 'https://github.com/binance/binance-connector-python/blob/master/clients';

export const WITHDRAW_SUPPLEMENT: readonly SupplementEntry[] = [
  {
    exchange: 'binance',
    methods: ['fiat_withdraw', 'fiatWithdraw'],
    paths: ['/sapi/v2/fiat/withdraw'],
    source: `${BINANCE_PY}/fiat/src/binance_sdk_fiat/rest_api/api/default_api.py`,
  },
  {
    exchange: 'binance',
    methods: ['withdraw_travel_rule', 'withdrawTravelRule'],
    paths: ['/sapi/v1/localentity/withdraw/apply'],
    source: `${BINANCE_PY}/wallet/src/binance_sdk_wallet/rest_api/api/travel_rule_api.py`,
  },
  {
    exchange: 'binance',
    methods: ['broker_withdraw', 'brokerWithdraw', 'BrokerWithdraw'],
    paths: ['/sapi/v1/localentity/broker/withdraw/apply'],
    source: `${BINANCE_PY}/wallet/src/binance_sdk_wallet/rest_api/api/travel_rule_api.py`,
  },
  {
    exchange: 'binance',
    // Binance's Python connector spells it "withdrawl"; tiagosiebler/binance spells it out.
    methods: ['withdrawl_assets_from_the_managed_sub_account', 'withdrawAssetsFromManagedSubAccount'],
    paths: ['/sapi/v1/managed-subaccount/withdraw'],
    source: `${BINANCE_PY}/sub_account/src/binance_sdk_sub_account/rest_api/api/managed_sub_account_api.py`,
  },
  {
    exchange: 'binance',
    methods: ['apply_mm_withdraw', 'applyMmWithdraw'],
    paths: ['/sapi/v1/w3w/wallet/prediction/withdraw/apply'],
    source: `${BINANCE_PY}/w3w_prediction/src/binance_sdk_w3w_prediction/rest_api/api/transfer_api.py`,
  },
  {
    exchange: 'binance',
    // Older go-binance releases (and other legacy clients) posted to the retired wapi endpoint.
    methods: ['NewCreateWithdrawService'],
    paths: ['/sapi/v1/capital/withdraw/apply', '/wapi/v3/withdraw.html', 'v3/withdraw.html'],
    source: 'https://github.com/adshao/go-binance/blob/master/v2/withdraw_service.go',
  },
  {
    exchange: 'bybit',
    methods: ['submitWithdrawal'],
    paths: ['/v5/asset/withdraw/create'],
    source: 'https://github.com/tiagosiebler/bybit-api/blob/master/src/rest-client-v5.ts',
  },
  {
    exchange: 'okx',
    methods: ['submitWithdraw', 'submitWithdrawLightning'],
    paths: ['/api/v5/asset/withdrawal', '/api/v5/asset/withdrawal-lightning'],
    source: 'https://github.com/tiagosiebler/okx-api/blob/master/src/rest-client.ts',
  },
  {
    exchange: 'gate',
    methods: ['withdraw_push_order', 'withdrawPushOrder'],
    paths: ['/withdrawals', '/withdrawals/push'],
    source: 'https://github.com/gateio/gateapi-python/blob/master/gate_api/api/withdrawal_api.py',
  },
  {
    exchange: 'kucoin',
    methods: ['apply_withdrawal', 'applyWithdrawal'],
    paths: ['/api/v1/withdrawals', '/api/v3/withdrawals'],
    source: 'https://github.com/Kucoin/kucoin-python-sdk/blob/master/kucoin/user/user.py',
  },
  {
    exchange: 'bitget',
    methods: [],
    paths: ['/api/v2/spot/wallet/withdrawal', '/api/spot/v1/wallet/withdrawal'],
    source: 'https://www.bitget.com/api-doc/spot/account/Wallet-Withdrawal',
  },
  {
    exchange: 'kraken',
    // Called as query_private('Withdraw', …) (krakenex), found by its own pattern.
    methods: [],
    paths: ['/0/private/Withdraw'],
    source: 'https://docs.kraken.com/api/docs/rest-api/withdraw-funds',
  },
  {
    exchange: 'bitmex',
    // BitMEX's generated connectors (every language) call these; ccxt's list has only `user/withdrawal`.
    methods: [],
    paths: ['/user/requestWithdrawal', '/user/cancelWithdrawal', '/user/confirmWithdrawal'],
    source: 'https://www.bitmex.com/api/explorer/#/User',
  },
  {
    exchange: 'coinbaseexchange',
    methods: [],
    paths: ['/withdrawals/payment-method'],
    source: 'https://docs.cdp.coinbase.com/exchange/reference/exchangerestapi_postwithdrawpaymentmethod',
  },
  {
    exchange: 'bitstamp',
    // The per-coin paths (`btc_withdrawal/`, ccxt's list) as a JAX-RS or format template.
    methods: [],
    paths: ['{currency}_withdrawal/'],
    source: 'https://www.bitstamp.net/api/#tag/Withdrawals/operation/RequestCryptoWithdrawal',
  },
  {
    exchange: 'deribit',
    // JSON-RPC methods; over HTTP every one is sent with GET, so ccxt lists these among the queries.
    methods: [],
    paths: ['private/withdraw', 'private/cancel_withdrawal'],
    source: 'https://docs.deribit.com/#private-withdraw',
    anyVerb: true,
  },
  {
    exchange: 'bitmart',
    // ccxt's BitMart lists give no withdrawal action; the official SDKs (every language) post to this path.
    methods: ['post_withdraw_apply', 'withdrawApply'],
    paths: ['/account/v1/withdraw/apply'],
    source: 'https://github.com/bitmartexchange/bitmart-python-sdk-api/blob/master/bitmart/lib/cloud_consts.py',
  },
  {
    exchange: 'dydx',
    // dYdX v3 (StarkEx): the clients pass these paths without slash (`_post('withdrawals', …)`).
    methods: ['create_withdrawal', 'createWithdrawal', 'create_fast_withdrawal', 'createFastWithdrawal'],
    paths: ['/v3/withdrawals', '/v3/fast-withdrawals'],
    // GET lists withdrawals and quotes the fast-withdrawal liquidity providers.
    queryToo: true,
    source: 'https://github.com/dydxprotocol/dydx-v3-python/blob/master/dydx3/modules/private.py',
  },
  {
    exchange: 'independentreserve',
    // The bitcoin-only withdrawal its .NET client still sends (marked obsolete there); ccxt lists only the newer RPC names.
    methods: ['WithdrawBitcoin', 'WithdrawBitcoinAsync'],
    paths: ['/Private/WithdrawBitcoin'],
    source: 'https://github.com/independentreserve/dotNetApiClient/blob/master/src/DotNetClientApi/Client.cs',
  },
  {
    exchange: 'hitbtc',
    // HitBTC's API v2 (ccxt's lists hold v3's `wallet/crypto/withdraw` only); its clients still send these.
    methods: [],
    paths: ['/api/2/account/crypto/withdraw'],
    source: 'https://api.hitbtc.com/v2#withdraw-crypto',
  },
  {
    exchange: 'hitbtc',
    // v2's two-phase withdrawal: PUT commits, DELETE rolls back a pending one; the verb decides.
    methods: [],
    paths: ['/api/2/account/crypto/withdraw/{id}'],
    queryToo: true,
    source: 'https://api.hitbtc.com/v2#withdraw-crypto-rollback',
  },
  {
    exchange: 'therock',
    // The Rock Trading (left ccxt): crypto withdrawal through the account API's ATM endpoint.
    methods: [],
    paths: ['/v1/atms/withdraw'],
    source: 'https://api.therocktrading.com/doc/v1/openapi.html',
  },
];

/** Paths that send funds to another address without saying withdraw; matched whole (with host or version prefix). */
export interface SendEntry {
  readonly exchange: string;
  readonly paths: readonly string[];
  readonly source: string;
  /** The API sends every method with one verb (Deribit's JSON-RPC over GET): the path alone is the send. */
  readonly anyVerb?: boolean;
}

export const SEND_SUPPLEMENT: readonly SendEntry[] = [
  {
    exchange: 'luno',
    // "Send cryptocurrency to an address"; ccxt lists it, but its generated table keeps withdraw-named paths only.
    paths: ['/api/1/send'],
    source: 'https://www.luno.com/en/developers/api#tag/Send',
  },
  {
    exchange: 'apex',
    // ApeX Omni: transfer out to an on-chain address, and a contract-account transfer to another account's key.
    paths: ['/v3/transfer-out-to-address', '/v3/contract-transfer-to'],
    source: 'https://github.com/ApeX-Protocol/apexpro-openapi/blob/main/apexomni/http_private_sign.py',
  },
  {
    exchange: 'coincheck',
    // "Sending Bitcoin to specified Bitcoin address"; ccxt lists it (private POST) beside the withdraws it keeps.
    // Clients whose base URL holds `/api` send the bare `/send_money`.
    paths: ['api/send_money', 'send_money'],
    source: 'https://coincheck.com/documents/exchange/api#send',
  },
  {
    exchange: 'bitflyer',
    // "Sending Bitcoin/Ether to an external address"; ccxt lists it (private POST `sendcoin`) beside `withdraw`.
    paths: ['v1/me/sendcoin', 'me/sendcoin'],
    source: 'https://lightning.bitflyer.com/docs?lang=en#bitcoin-ethereum-external-delivery',
  },
  {
    exchange: 'bingx',
    // "Main account internal transfer": coins to another BingX user by uid, email or phone; ccxt lists it
    // (`capital/innerTransfer/apply`) but its generated table keeps withdraw-named paths only.
    paths: ['openApi/wallets/v1/capital/innerTransfer/apply'],
    source: 'https://bingx-api.github.io/docs/#/en-us/common/account-api.html#Main%20Account%20internal%20transfer',
  },
  {
    exchange: 'hitbtc',
    // HitBTC's API v1: "Withdraw crypto" is a payout to an address (`POST /api/1/payment/payout`).
    paths: ['/api/1/payment/payout'],
    source: 'https://github.com/hitbtc-com/hitbtc-api/blob/master/APIv1.md#payout',
  },
  {
    exchange: 'korbit',
    // Korbit's v1 API (left ccxt): coins out to an address, and its cancellation.
    paths: ['user/coins/out', 'user/coins/out/cancel'],
    source: 'https://apidocs.korbit.co.kr/#coin-withdrawal',
  },
  {
    exchange: 'coinone',
    // Coinone's API v2: coins and bitcoin sent to an external address; ccxt lists both (private POST) without a withdraw word.
    paths: ['v2/transaction/coin', 'v2/transaction/btc'],
    source: 'https://github.com/ccxt/ccxt/blob/master/ts/src/coinone.ts',
  },
  {
    exchange: 'deribit',
    // "Transfer funds to another user": out of the account to someone else's, by JSON-RPC over GET like every method.
    paths: ['private/submit_transfer_to_user', 'api/v2/private/submit_transfer_to_user'],
    source: 'https://docs.deribit.com/#private-submit_transfer_to_user',
    anyVerb: true,
  },
  {
    exchange: 'bybit',
    // P2P "Release Digital Asset": the seller's coins go to the buyer's account (a P2P payer marks the order finished).
    paths: ['/v5/p2p/order/finish'],
    source: 'https://bybit-exchange.github.io/docs/p2p/order/release-digital-asset',
  },
];

