// Hand-kept: endpoints of custody and wallet-infrastructure services that move funds out without saying withdraw
// (`POST /v1/transactions` creates a transfer at Fireblocks; payment processors are in servicePayments.ts). Many APIs POST `/transactions` for other things, so each entry needs its service named in the file or its
// path (host, SDK, package or import name). One entry per service, each path with its documentation page.

import type { ServiceEndpoints } from './serviceEntry';
import { PAYMENT_SERVICE_ENDPOINTS } from './servicePayments';

export type { ServiceEndpoints } from './serviceEntry';

/** Every service's entry: custody and wallet infrastructure here, payment processors in servicePayments.ts. */
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
    // Programmable Wallets' `createTransaction({ walletId, tokenId, destinationAddress, amounts })` (user- and developer-controlled).
    methods: [{ names: ['createTransfer', 'createPayout', 'createBusinessTransfer', 'createBusinessPayout', 'create_transfer', 'create_payout', 'createTransaction'], args: String.raw`\bdestination(?:Address)?\b` }],
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
    service: 'Dfns',
    near: ['dfns'],
    verb: 'post',
    // Transfer an asset from a wallet (Dfns builds, signs and broadcasts it), and cancel a pending one; as listed in
    // the official SDKs' generated wallets clients.
    paths: ['/wallets/{walletId}/transfers', '/wallets/{walletId}/transfers/{transferId}/cancel'],
    source: 'https://github.com/dfns/dfns-sdk-ts/blob/m/packages/sdk/generated/wallets/client.ts',
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
    service: 'Coinbase Prime',
    near: ['prime_sdk', 'prime-sdk', 'primesdk', 'prime.coinbase.com', 'coinbase prime', 'coinbaseprime'],
    verb: 'post',
    // An onchain wallet's transaction: it can pay any address (a withdrawal says withdraw and is found as one).
    paths: ['/v1/portfolios/{portfolioId}/wallets/{walletId}/onchain_transaction'],
    source: 'https://docs.cdp.coinbase.com/prime/reference/primerestapi_createonchaintransaction',
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
  ...PAYMENT_SERVICE_ENDPOINTS,
];
