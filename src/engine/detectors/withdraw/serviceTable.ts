// Hand-kept: endpoints of custody, wallet-infrastructure and payment services that move funds out without saying
// withdraw (`POST /v1/transactions` creates a transfer at Fireblocks; CoinPayments' `create_withdrawal` is a command
// string). Many APIs POST `/transactions` for other things, so each entry needs its service named in the file or its
// path (host, SDK, package or import name). One entry per service, each path with its documentation page.

/** Endpoints of one service that send funds to another party, with the words that name that service. */
export interface ServiceEndpoints {
  /** The service's name as shown in the message. */
  readonly service: string;
  /** Lowercase words one of which the file's text or path must hold (host, SDK or package name); empty: the path alone names it. */
  readonly near: readonly string[];
  /** `post` (or delete): the verb must be a write; `any`: the API sends every call with one verb (GET or POST). */
  readonly verb: 'post' | 'any';
  /** Paths as documented; `{x}` stands for any one segment. A client's base URL may hold the leading `api`/version segments. */
  readonly paths: readonly string[];
  /** Command or method names sent as a bare string (`cmd=create_withdrawal`, `method = "payout"`), not as a path. */
  readonly commands?: readonly string[];
  /**
   * The service SDKs' methods that send (`crypto.transfer(user_id=…, …)`), called on any receiver: `names`, and what
   * the call's arguments must name (a recipient or an idempotency key) when the name alone is common (`transfer`).
   */
  readonly methods?: ReadonlyArray<{ readonly names: readonly string[]; readonly args?: string }>;
  readonly source: string;
}

export const SERVICE_ENDPOINTS: readonly ServiceEndpoints[] = [
  {
    service: 'Fireblocks',
    near: ['fireblocks'],
    verb: 'post',
    // Create a transaction (a transfer to a vault, a one-time address or a whitelisted wallet), and cancel one.
    paths: ['/v1/transactions', '/v1/transactions/{txId}/cancel'],
    // The SDKs' create call (`fireblocks.createTransaction({ …, destination })`, Python's `create_transaction(…, destination=…)`).
    methods: [{ names: ['createTransaction', 'create_transaction', 'CreateTransaction'], args: String.raw`\bdestinations?\b` }],
    // Both listed (POST, relative to https://api.fireblocks.io/v1) in the SDK's generated API table.
    source: 'https://docs.rs/crate/fireblocks-sdk/latest/source/docs/TransactionsApi.md',
  },
  {
    service: 'Circle',
    // Not a bare `circle`: icons (`CheckCircleIcon`) and drawings say it too.
    near: ['circle.com', 'circlefin', 'circle-fin', 'circleapi', 'circle-api', 'circle_api', 'circle-mint', 'circle mint', '/circle/'],
    verb: 'post',
    // Circle Mint: a transfer to a blockchain address and a payout to a bank or address book entry (the business
    // account's too); developer-controlled wallets: a token transfer to an address.
    paths: ['/v1/transfers', '/v1/businessAccount/transfers', '/v1/payouts', '/v1/businessAccount/payouts', '/v1/w3s/developer/transactions/transfer'],
    // The Circle SDK's calls of the same (`circle.transfers.createTransfer({ …, destination })`).
    methods: [{ names: ['createTransfer', 'createPayout', 'createBusinessTransfer', 'createBusinessPayout', 'create_transfer', 'create_payout'], args: String.raw`\bdestination\b` }],
    source: 'https://developers.circle.com/api-reference/circle-mint/payouts/create-business-transfer',
  },
  {
    service: 'Cobo WaaS 2',
    near: ['cobo'],
    verb: 'post',
    // Transfer from a wallet, cancel a transaction, create a payment payout.
    paths: ['/v2/transactions/transfer', '/v2/transactions/{transaction_id}/cancel', '/v2/payments/payouts'],
    source: 'https://www.cobo.com/developers/v2/api-references/transactions/transfer-token',
  },
  {
    service: 'Cobo Custody',
    near: ['cobo'],
    verb: 'post',
    // MPC wallet: create a transaction (a send to an address).
    paths: ['/v1/custody/mpc/create_transaction'],
    source: 'https://www.cobo.com/developers/v1/api-references/mpc-wallet/create-transaction',
  },
  {
    service: 'Safeheron',
    near: ['safeheron'],
    // Every Safeheron API call is a POST with a signed body.
    verb: 'any',
    paths: [
      '/v1/transactions/create', '/v2/transactions/create', '/v3/transactions/create',
      '/v1/transactions/utxo/multidest/create', '/v1/transactions/cancel',
    ],
    source: 'https://docs.safeheron.com/api/en.html',
  },
  {
    service: 'Fordefi',
    near: ['fordefi'],
    verb: 'post',
    // Create a transaction: a transfer from a vault to an address.
    paths: ['/api/v1/transactions'],
    source: 'https://docs.fordefi.com/api/openapi/transactions/create_transaction_api_v1_transactions_post',
  },
  {
    service: 'Cryptomus',
    near: ['cryptomus'],
    // Every method, reads too, is a POST with a signed body: the path alone is the action.
    verb: 'any',
    // Create a payout to an address (clients pass the method name alone: `"payout"`); refund an invoice or a blocked
    // static wallet to an address (https://doc.cryptomus.com/business/payments/refundblocked).
    paths: ['/v1/payout', '/v1/payment/refund', '/v1/wallet/blocked-address-refund'],
    commands: ['payout'],
    source: 'https://doc.cryptomus.com/business/payouts/creating-payout',
  },
  {
    service: 'Heleket',
    near: ['heleket'],
    verb: 'any',
    // The Cryptomus API's twin: a payout, an invoice refunded to an address, a blocked static wallet's funds refunded.
    paths: ['/v1/payout', '/v1/payment/refund', '/v1/wallet/blocked-address-refund'],
    source: 'https://doc.heleket.com/methods/payouts/refund',
  },
  {
    service: 'OxaPay',
    near: ['oxapay'],
    verb: 'post',
    // Generate a payout (v1; a client with the version in its base URL posts `'payout'`), the legacy payout API's send.
    paths: ['/v1/payout', '/api/send'],
    source: 'https://docs.oxapay.com/api-reference/payout/generate-payout',
  },
  {
    service: 'Dfns',
    near: ['dfns'],
    verb: 'post',
    // Transfer an asset from a wallet (Dfns builds, signs and broadcasts it), and cancel a pending one; as listed in
    // the official SDKs' generated wallets clients.
    paths: ['/wallets/{walletId}/transfers', '/wallets/{walletId}/transfers/{transferId}/cancel'],
    source: 'https://github.com/dfns/dfns-sdk-ts/blob/m/packages/sdk/generated/wallets/client.ts',
  },
  {
    service: 'Crypto Pay',
    near: ['crypt.bot', 'cryptopay', 'cryptobot'],
    // Methods may be sent with GET or POST.
    verb: 'any',
    // Send coins from the app's balance to a Telegram user.
    // Also create a check: coins leave the app's balance for whoever activates it (https://help.crypt.bot/crypto-pay-api#createCheck).
    paths: ['/api/transfer', '/api/createCheck'],
    // aiocryptopay's and crypto-bot-api's `transfer(user_id=…, asset=…, amount=…, spend_id=…)` and `create_check(…)`.
    methods: [
      { names: ['transfer'], args: String.raw`\b(?:user_?id|userId|spend_?id|spendId)\b` },
      { names: ['create_check', 'createCheck'], args: String.raw`\bamount\b` },
    ],
    source: 'https://help.crypt.bot/crypto-pay-api#transfer',
  },
  {
    service: 'Plisio',
    near: ['plisio'],
    // A GET with query parameters withdraws.
    verb: 'any',
    paths: ['/api/v1/operations/withdraw'],
    source: 'https://plisio.net/documentation/endpoints/withdrawal',
  },
  {
    service: 'Extended',
    near: ['x10xchange', 'x10.perpetual', 'extended.exchange'],
    verb: 'post',
    // On-chain transfer to another account's vault.
    paths: ['/api/v1/user/transfer/onchain'],
    source: 'https://api.docs.extended.exchange/#transfer',
  },
  {
    service: 'NOWPayments',
    near: ['nowpayment'], // `nowpayments`, and the Python package `nowpayment`
    verb: 'post',
    // Mass payout: withdrawals to the listed addresses.
    paths: ['/v1/payout'],
    source: 'https://documenter.getpostman.com/view/7907941/2s93JusNJt#create-payout',
  },
  {
    service: 'CoinPayments',
    near: ['coinpayments'],
    verb: 'any',
    // API v1 names the action by a `cmd` field; API v2/v3 spends from a wallet to an address.
    paths: ['/api/v3/merchant/wallets/{walletId}/{currency}/spend/request', '/api/v2/merchant/wallets/{walletId}/spend/request'],
    // `create_transfer` sends to another CoinPayments merchant's balance: the funds leave the account too.
    commands: ['create_withdrawal', 'create_mass_withdrawal', 'cancel_withdrawal', 'create_transfer'],
    // The SDKs' methods of the same commands (`client.create_withdrawal(amount=…, currency=…, address=…)`).
    methods: [{ names: ['create_withdrawal', 'create_mass_withdrawal', 'create_transfer', 'createWithdrawal', 'createMassWithdrawal', 'createTransfer'] }],
    source: 'https://www.coinpayments.net/apidoc-create-withdrawal',
  },
  {
    service: 'BitGo',
    near: ['bitgo'],
    verb: 'post',
    // Express sends; a custodial wallet's initiated transaction and a half-signed one sent
    // (https://developers.bitgo.com/api/v2.wallet.tx.initiate, https://developers.bitgo.com/api/v2.wallet.tx.send).
    // A sweep sends the whole balance to one address (https://developers.bitgo.com/reference/expresswalletsweep).
    paths: ['/api/v2/{coin}/wallet/{walletId}/sendcoins', '/api/v2/{coin}/wallet/{walletId}/sendmany', '/api/v2/{coin}/wallet/{walletId}/tx/initiate', '/api/v2/{coin}/wallet/{walletId}/tx/send', '/api/v2/{coin}/wallet/{walletId}/sweep'],
    // BitGoJS's sends, given the recipients or the wallet's passphrase that signs them (`wallet.send(params)`).
    methods: [{ names: ['send', 'sendMany', 'send_many', 'SendMany', 'SendCoins'], args: String.raw`\b(?:recipients|wallet_?passphrase)\b` }],
    source: 'https://developers.bitgo.com/reference/expresswalletsendcoins',
  },
  {
    service: 'FaucetPay',
    near: ['faucetpay'],
    // Every method is a POST of a form with the key; the path alone is the action (pays a FaucetPay user or address).
    verb: 'any',
    paths: ['/api/v1/send'],
    source: 'https://faucetpay.io/page/api-documentation#send',
  },
  {
    service: 'AnyPay',
    near: ['anypay'],
    verb: 'any',
    // A payout to a wallet or card, called by method name (`/api/create-payout/[API_ID]`).
    paths: ['/api/create-payout/{apiId}'],
    commands: ['create-payout'],
    source: 'https://anypay.io/doc/api/create-payout',
  },
  {
    service: 'BTCPay Server',
    near: ['btcpay'],
    verb: 'post',
    // Greenfield API: create (and broadcast) an on-chain wallet transaction, pay a Lightning invoice from the store's
    // or the server's node (https://docs.btcpayserver.org/API/Greenfield/v1/).
    paths: [
      '/api/v1/stores/{storeId}/payment-methods/{paymentMethodId}/wallet/transactions', '/api/v1/stores/{storeId}/payment-methods/onchain/{cryptoCode}/wallet/transactions',
      '/api/v1/stores/{storeId}/lightning/{cryptoCode}/invoices/pay', '/api/v1/server/lightning/{cryptoCode}/invoices/pay',
    ],
    source: 'https://docs.btcpayserver.org/API/Greenfield/v1/#operation/StoreOnChainWallets_CreateOnChainTransaction',
  },
  {
    service: 'Binance Pay',
    near: ['binancepay'],
    verb: 'post',
    // A client's constant may hold the part after its base URI (`CommonUri + "/payout/transfer"`).
    paths: ['/binancepay/openapi/payout/transfer', '/payout/transfer'],
    source: 'https://developers.binance.com/docs/binance-pay/api-payout',
  },
  {
    service: 'Blockchain.com Wallet',
    near: ['blockchain'],
    // The wallet service takes its calls with GET or POST: the path alone is the action.
    verb: 'any',
    // Send to one address, and to several.
    paths: ['/merchant/{guid}/payment', '/merchant/{guid}/sendmany'],
    source: 'https://www.blockchain.com/explorer/api/blockchain_wallet_api',
  },
  {
    service: 'Block.io',
    near: ['block.io', 'blockio', 'block_io'],
    // Every call is a GET or POST with the API key: the path alone is the action.
    verb: 'any',
    // Withdraw, and the prepare/submit and sweep steps that replaced it.
    paths: ['/api/v2/withdraw', '/api/v2/withdraw_from_addresses', '/api/v2/prepare_transaction', '/api/v2/prepare_sweep_transaction',
      '/api/v2/submit_transaction', '/api/v2/sweep_from_address', '/api/v2/sign_and_finalize_sweep', '/api/v2/sign_and_finalize_withdrawal'],
    source: 'https://block.io/docs/basic',
  },
  {
    service: 'BitPay',
    near: ['bitpay'],
    verb: 'post',
    // Create a payout (DELETE on its id cancels it), and create or cancel a payout group.
    paths: ['/payouts', '/payouts/group'],
    source: 'https://developer.bitpay.com/reference/create-a-payout',
  },
  {
    service: 'Tatum',
    near: ['tatum'],
    verb: 'post',
    // Send native coins from an address on the named chain.
    paths: ['/v3/{chain}/transaction'],
    source: 'https://apidoc.tatum.io/tag/Bitcoin#operation/BtcTransferBlockchain',
  },
  {
    service: 'Copperx',
    near: ['copperx'],
    verb: 'post',
    // Send to a wallet or e-mail.
    paths: ['/api/transfers/send'],
    source: 'https://income-api.copperx.io/api/doc',
  },
  {
    service: 'Copperx',
    // A withdrawal to a wallet, an off-ramp to a bank and a batch send say what they do: bots keep the host in their
    // settings, and the path alone names the action (posted).
    near: [],
    verb: 'post',
    paths: ['/api/transfers/wallet-withdraw', '/api/transfers/offramp', '/api/transfers/send-batch'],
    source: 'https://income-api.copperx.io/api/doc',
  },
  {
    service: 'BlockCypher',
    near: ['blockcypher'],
    verb: 'post',
    // A micro-transaction (BlockCypher signs and sends it from the given key), and the send or push of a signed one.
    paths: ['/v1/{coin}/{chain}/txs/micro', '/v1/{coin}/{chain}/txs/send', '/v1/{coin}/{chain}/txs/push'],
    source: 'https://www.blockcypher.com/dev/bitcoin/#microtransaction-endpoint',
  },
  {
    service: 'Stratis/Blockcore node',
    // The node wallet's own route names it.
    near: [],
    verb: 'post',
    paths: ['/api/Wallet/send-transaction'],
    source: 'https://academy.stratisplatform.com/Architecture%20Reference/FullNode/API/wallet-api.html',
  },
];
