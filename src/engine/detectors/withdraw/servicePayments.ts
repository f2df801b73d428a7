// Hand-kept, continued from serviceTable.ts: payment processors and pay APIs whose payouts, transfers and checks send
// funds to someone else (casino and faucet payouts, referral rewards, merchant payouts). Same format, one entry per
// service, each path with its documentation page.
import type { ServiceEndpoints } from './serviceEntry';

/** The payment processors' entries (SERVICE_ENDPOINTS lists them after the custody services). */
export const PAYMENT_SERVICE_ENDPOINTS: readonly ServiceEndpoints[] = [
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
    service: 'BitPay',
    near: ['bitpay'],
    verb: 'post',
    // Create a payout (DELETE on its id cancels it), and create or cancel a payout group.
    paths: ['/payouts', '/payouts/group'],
    source: 'https://developer.bitpay.com/reference/create-a-payout',
  },
];
