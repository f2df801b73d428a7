// More chain SDKs' payments as data (see chainSendTable.ts for the entry format): Algorand, Aptos Go, the XRPL's
// Java, Kotlin, C# and Python payment objects, Stellar's Ruby, Swift, Dart/PHP and Java operations, pytezos, NEAR
// contracts', near-api-js/py and near-api-rs' transfers, sol4k, BlockCypher's simple_spend, TON's Go (tonutils-go) and Kotlin
// (ton-kotlin) wallets, cosmpy, and Coinbase's AgentKit and CDP SDK.
// Their examples and integration tests send real or testnet funds with no call named withdraw.
import { APTOS_SUBMIT_CALL, type ChainSend } from './chainSendTable';

const ALGORAND_SUBMITS = ['send_transaction', 'send_transactions', 'send_raw_transaction', 'sendrawtransaction', 'sendtransaction'];
const STELLAR_SUBMITS = ['submittransaction', 'submit_transaction', 'submit'];
/** The requests that send an Algorand, XRPL or Stellar transaction built above them (withdraw/chain-submit). */
const ALGORAND_SUBMIT_CALL = String.raw`[.](?<name>send_transactions?|send_raw_transaction|sendRawTransaction|SendRawTransaction|sendTransaction)[ \t]*\(`;
const XRPL_SUBMIT_CALL = String.raw`(?<![A-Za-z0-9_$])(?<name>submit_and_wait|send_reliable_submission|safe_sign_and_submit_transaction|sign_and_submit|submitAndWait|submit|Submit)[ \t]*\(`;
const STELLAR_SUBMIT_CALL = String.raw`[.](?<name>submit_transaction|submitTransaction)[ \t]*\(`;

/** The entries: each one's comment is the page that documents the call. */
export const MORE_CHAIN_SENDS: readonly ChainSend[] = [
  // py-algorand-sdk, https://py-algorand-sdk.readthedocs.io/en/latest/algosdk/transaction.html
  // (PaymentTxn(sender, sp, receiver, amt), AssetTransferTxn(sender, sp, receiver, amt, index)): keywords or positions.
  {
    sdk: 'Algorand', re: String.raw`(?<![A-Za-z0-9_$])(?<name>PaymentTxn|AssetTransferTxn)[ \t]*\((?=\s*sender[ \t]*=)`,
    keywords: ['paymenttxn', 'assettransfertxn'], libs: ['algosdk'], submits: ALGORAND_SUBMITS, submitCall: ALGORAND_SUBMIT_CALL,
    dest: { kind: 'fields', keys: 'receiver', from: 'sender' }, linesAfter: 3,
  },
  {
    sdk: 'Algorand', re: String.raw`(?<![A-Za-z0-9_$])(?<name>PaymentTxn|AssetTransferTxn)[ \t]*\((?!\s*sender[ \t]*=)`,
    keywords: ['paymenttxn', 'assettransfertxn'], libs: ['algosdk'], submits: ALGORAND_SUBMITS, submitCall: ALGORAND_SUBMIT_CALL, dest: { kind: 'arg', n: 2, from: 0 },
  },
  // go-algorand-sdk, https://pkg.go.dev/github.com/algorand/go-algorand-sdk/v2/transaction (MakePaymentTxn(from, to, amount, …)).
  {
    sdk: 'Algorand', re: String.raw`[.](?<name>MakePaymentTxn|MakeAssetTransferTxn)[ \t]*\(`,
    keywords: ['makepaymenttxn', 'makeassettransfertxn'], libs: ['go-algorand-sdk'], submits: ALGORAND_SUBMITS, submitCall: ALGORAND_SUBMIT_CALL, dest: { kind: 'arg', n: 1, from: 0 },
  },
  // algosdk (JS), https://algorand.github.io/js-algorand-sdk/ (makePaymentTxnWithSuggestedParamsFromObject({ from, to, amount })).
  {
    sdk: 'Algorand', re: String.raw`[.](?<name>makePaymentTxnWithSuggestedParamsFromObject|makeAssetTransferTxnWithSuggestedParamsFromObject)[ \t]*\(`,
    keywords: ['makepaymenttxn', 'makeassettransfertxn'], libs: ['algosdk'], submits: ALGORAND_SUBMITS, submitCall: ALGORAND_SUBMIT_CALL,
    dest: { kind: 'fields', keys: 'to|receiver', from: 'from|sender' }, linesAfter: 4,
  },
  // algorand-dart, https://github.com/RootSoft/algorand-dart (PaymentTransactionBuilder()..sender = a..receiver = b).
  {
    sdk: 'Algorand', re: String.raw`(?<![A-Za-z0-9_$])(?<name>PaymentTransactionBuilder|AssetTransferTransactionBuilder)[ \t]*\(\)`,
    keywords: ['paymenttransactionbuilder', 'assettransfertransactionbuilder'], libs: ['algorand'], submits: ALGORAND_SUBMITS, submitCall: ALGORAND_SUBMIT_CALL,
    dest: { kind: 'chained', keys: 'receiver', from: 'sender' }, linesAfter: 4,
  },
  // aptos-go-sdk, https://pkg.go.dev/github.com/aptos-labs/aptos-go-sdk (APTTransferTransaction(client, sender, dest, amount),
  // CoinTransferPayload(typeTag, dest, amount)).
  {
    sdk: 'Aptos', re: String.raw`(?<![A-Za-z0-9_$])(?<name>APTTransferTransaction)[ \t]*\(`,
    keywords: ['apttransfertransaction'], libs: ['aptos-go-sdk'], submits: ['submittransaction'], submitCall: APTOS_SUBMIT_CALL, dest: { kind: 'arg', n: 2, from: 1 },
  },
  {
    sdk: 'Aptos', re: String.raw`(?<![A-Za-z0-9_$])(?<name>CoinTransferPayload)[ \t]*\(`,
    keywords: ['cointransferpayload'], libs: ['aptos-go-sdk'], submits: ['submittransaction'], submitCall: APTOS_SUBMIT_CALL, dest: { kind: 'arg', n: 1 },
  },
  // xrpl4j, https://github.com/XRPLF/xrpl4j (Payment.builder().account(a).destination(b)…build()).
  {
    sdk: 'XRPL', re: String.raw`(?<![A-Za-z0-9_$])(?<name>Payment)[.]builder[ \t]*\(\)`,
    keywords: ['payment.builder'], libs: ['xrpl'], submits: ['submit'], submitCall: XRPL_SUBMIT_CALL, dest: { kind: 'chained', keys: 'destination', from: 'account' }, linesAfter: 4,
  },
  // xrpl4k (Kotlin DSL: payment { account = a; destination = b }) and XrplCSharp (new Payment { Account = a, Destination = b }).
  {
    sdk: 'XRPL', re: String.raw`(?<![A-Za-z0-9_$.])(?<name>payment|Payment)(?<!(?:class|interface|struct|record|object|fun|val|var)[ \t]{1,8}[Pp]ayment)(?=[ \t]*(?:\r?\n[ \t]*)?\{)`,
    keywords: ['payment'], libs: ['xrpl'], submits: ['submit'], submitCall: XRPL_SUBMIT_CALL, dest: { kind: 'fields', keys: 'destination|Destination', from: 'account|Account' }, linesAfter: 4,
  },
  // xrpl-py, https://xrpl-py.readthedocs.io/en/stable/source/xrpl.models.transactions.html (Payment(account=a, destination=b)).
  {
    sdk: 'XRPL', re: String.raw`(?<![A-Za-z0-9_$.])(?<name>Payment)[ \t]*\((?=\s*account[ \t]*=)`,
    keywords: ['payment('], libs: ['xrpl'], submits: ['submit'], submitCall: XRPL_SUBMIT_CALL, dest: { kind: 'fields', keys: 'destination', from: 'account' }, linesAfter: 4,
  },
  // ruby-stellar-sdk, https://github.com/astroband/ruby-stellar-sdk (Stellar::Transaction.payment(account:, destination:, amount:)).
  {
    sdk: 'Stellar', re: String.raw`(?:Transaction|TransactionBuilder)[.](?<name>payment|path_payment_strict_send|path_payment_strict_receive)[ \t]*\(`,
    keywords: ['transaction.payment', 'transactionbuilder.payment', 'transaction.path_payment', 'transactionbuilder.path_payment'], libs: ['stellar'], submits: STELLAR_SUBMITS, submitCall: STELLAR_SUBMIT_CALL,
    dest: { kind: 'fields', keys: 'destination', from: 'account|source_account' }, linesAfter: 3,
  },
  // stellar-ios-mac-sdk, https://github.com/Soneso/stellar-ios-mac-sdk (PaymentOperation(sourceAccountId:, destinationAccountId:, …)).
  {
    sdk: 'Stellar', re: String.raw`(?<![A-Za-z0-9_$.])(?<name>PaymentOperation)[ \t]*\((?=\s*sourceAccountId[ \t]*:)`,
    keywords: ['paymentoperation('], libs: ['stellarsdk'], submits: STELLAR_SUBMITS, submitCall: STELLAR_SUBMIT_CALL,
    dest: { kind: 'fields', keys: 'destinationAccountId', from: 'sourceAccountId' }, linesAfter: 2,
  },
  // Soneso's Dart and PHP SDKs (PaymentOperationBuilder(destination, asset, amount)), the Java SDK's
  // new PaymentOperation.Builder(destination, asset, amount): https://github.com/Soneso/stellar_flutter_sdk.
  {
    sdk: 'Stellar', re: String.raw`(?<![A-Za-z0-9_$])(?<name>PaymentOperationBuilder|PaymentOperation[.]Builder)[ \t]*\(`,
    keywords: ['paymentoperationbuilder', 'paymentoperation.builder'], libs: ['stellar'], submits: STELLAR_SUBMITS, submitCall: STELLAR_SUBMIT_CALL, dest: { kind: 'arg', n: 0 },
  },
  // pytezos, https://pytezos.org/ (client.transaction(destination=…, amount=…).autofill().sign().inject()).
  {
    sdk: 'pytezos', re: String.raw`[.](?<name>transaction)[ \t]*\((?=\s*destination[ \t]*=)`,
    keywords: ['transaction(destination'], libs: ['pytezos'], submits: ['.inject(', 'send('], dest: { kind: 'fields', keys: 'destination', from: 'source' },
  },
  // near-api-js and near-api-py accounts, https://docs.near.org/tools/near-api#send-tokens
  // (account.sendMoney(receiverId, amount), account.send_money(account_id, amount)): signed and sent in the call.
  {
    sdk: 'NEAR', re: String.raw`[.](?<name>sendMoney|send_money)[ \t]*\(`,
    keywords: ['sendmoney(', 'send_money('], libs: ['near-api-js', 'near_api'], submits: ['sendmoney(', 'send_money('], dest: { kind: 'arg', n: 0 },
  },
  // near-sdk (Rust contracts), https://docs.near.org/smart-contracts/anatomy/actions#transfer-tokens
  // (Promise::new(receiver).transfer(amount)): the contract pays an account; to its own account it is no payment.
  {
    // Not a refund of the caller's own attached deposit (`storage_deposit`'s `.transfer(refund)`, in nearly every contract).
    sdk: 'NEAR', re: String.raw`(?<![\w:])Promise::new[ \t]*\((?:[^()\n]|\([^()\n]*\))*\)\s*[.][ \t]*(?<name>transfer)[ \t]*\((?![ \t]*(?:refund|excess|unused|env::attached_deposit|attached_deposit))`,
    keywords: ['promise::new'], libs: ['near_sdk', 'near_bindgen'], submits: ['promise::new'], dest: { kind: 'receiver', ctor: 'Promise::new' }, linesAfter: 1,
  },
  // NEP-141 fungible tokens, https://docs.near.org/smart-contracts/anatomy/crosscontract
  // (ext_ft_core::ext(token).ft_transfer(receiver_id, amount, memo), older ext_fungible_token::ft_transfer(receiver_id, …)).
  {
    // A cross-contract call only (`ext_…::`): the token contract's own `self.token.ft_transfer(…)` moves its caller's tokens.
    sdk: 'NEAR', re: String.raw`(?<![\w:])ext_\w*::(?:ext[ \t]*\((?:[^()\n]|\([^()\n]*\))*\)(?:\s*[.][ \t]*\w+[ \t]*\((?:[^()\n]|\([^()\n]*\))*\))*\s*[.][ \t]*)?(?<name>ft_transfer)[ \t]*\(`,
    keywords: ['ext_'], libs: ['near_sdk', 'near_bindgen'], submits: ['ft_transfer'], dest: { kind: 'arg', n: 0 }, linesAfter: 3,
  },
  // near-api-rs, https://docs.rs/near-api (Tokens::account(sender).send_to(receiver).near(amount)…send_to(&network)).
  {
    sdk: 'near-api', re: String.raw`Tokens::account[ \t]*\((?:[^()\n]|\([^()\n]*\))*\)\s*[.][ \t]*(?<name>send_to)[ \t]*\(`,
    keywords: ['tokens::account'], libs: ['near_api'], submits: ['send_to'], dest: { kind: 'arg', n: 0 }, linesAfter: 1,
  },
  // sol4k (Java, Kotlin), https://github.com/sol4k/sol4k (TransferInstruction(from, to, lamports),
  // SplTransferInstruction(from token account, to token account, …), then connection.sendTransaction).
  {
    sdk: 'sol4k', re: String.raw`(?<![A-Za-z0-9_$.])(?<name>TransferInstruction|SplTransferInstruction)[ \t]*\(`,
    keywords: ['transferinstruction'], libs: ['org.sol4k'], submits: ['sendtransaction'], submitWithin: 30, dest: { kind: 'arg', n: 1, from: 0 }, linesAfter: 3,
  },
  // blockcypher-python, https://github.com/blockcypher/blockcypher-python (simple_spend(from_privkey=…, to_address=…,
  // to_satoshis=…), simple_spend_p2sh(…)): signs and broadcasts in one call.
  {
    sdk: 'BlockCypher', re: String.raw`(?<![A-Za-z0-9_$])(?<name>simple_spend(?:_p2sh)?)[ \t]*\(`,
    keywords: ['simple_spend'], libs: ['blockcypher'], submits: ['simple_spend'], dest: { kind: 'fields', keys: 'to_address' }, linesAfter: 8,
  },
  // bitcoinlib, https://bitcoinlib.readthedocs.io/en/latest/source/bitcoinlib.wallets.html (wallet.send_to(to_address,
  // amount), wallet.sweep(to_address)): the wallet signs and broadcasts in one call unless told `offline=True`.
  {
    sdk: 'bitcoinlib', re: String.raw`[.](?<name>send_to|sweep)[ \t]*\((?![^()\n]{0,200}offline[ \t]*=[ \t]*True)`,
    keywords: ['send_to', 'sweep'], libs: ['bitcoinlib'], submits: ['send_to', 'sweep'], dest: { kind: 'arg', n: 0 }, linesAfter: 3,
  },
  // tonutils-go, https://github.com/xssnick/tonutils-go#wallet (w.Transfer(ctx, to, amount, comment) and its
  // TransferNoBounce / TransferWithEncryptedComment / TransferWaitTransaction forms): the wallet signs and sends at once.
  {
    sdk: 'tonutils-go', re: String.raw`[.](?<name>Transfer(?:NoBounce|WithEncryptedComment|WaitTransaction)?)[ \t]*\(`,
    keywords: ['transfer'], libs: ['tonutils-go'], submits: ['transfer'], dest: { kind: 'arg', n: 1 }, receiverPays: true, goMethod: true,
  },
  // tonutils-go's messages built apart and sent by the wallet (w.Send(ctx, msg), SendMany(ctx, msgs),
  // SendWaitTransaction, SendManyWaitTxHash, …) or as the external message it prepared (api.SendExternalMessage(ctx,
  // ext)): the destinations are the builders' (BuildTransfer(to, …), SimpleMessage(to, …), a jetton's
  // BuildTransferPayload(to, …)) or a message literal's DstAddr.
  {
    sdk: 'tonutils-go', re: String.raw`[.](?<name>Send(?:Many(?:GetInMsgHash|WaitTxHash|WaitTransaction)?|WaitTransaction|ExternalMessage(?:WaitTransaction)?)?)[ \t]*\(`,
    keywords: ['send'], libs: ['tonutils-go'], submits: ['send'], receiverPays: true, goMethod: true,
    dest: { kind: 'built', calls: String.raw`BuildTransfer(?:Encrypted)?|SimpleMessage(?:AutoBounce)?|BuildTransferPayload`, keys: 'DstAddr', lines: 40 },
  },
  // ton-kotlin, https://github.com/ton-community/ton-kotlin (contract.transfer(privateKey) { destination = …; coins = … },
  // or a WalletTransfer { … } argument): a jetton transfer's body names its destination too.
  {
    sdk: 'ton-kotlin', re: String.raw`[.](?<name>transfer)[ \t]*\((?=[^()\n]{0,120}(?:\([^()\n]{0,120}\)[^()\n]{0,120})?(?:\)[ \t]*\{|WalletTransfer[ \t]*\{))`,
    keywords: ['transfer'], libs: ['org.ton.'], submits: ['transfer'], dest: { kind: 'fields', keys: 'destination' }, receiverPays: true,
  },
  // cosmpy, https://docs.cosmpy.fetch.ai/ (ledger.send_tokens(destination, amount, denom, sender_wallet)).
  {
    sdk: 'cosmpy', re: String.raw`[.](?<name>send_tokens)[ \t]*\(`,
    keywords: ['send_tokens'], libs: ['cosmpy'], submits: ['send_tokens'], dest: { kind: 'arg', n: 0, signer: 3 }, linesAfter: 3,
  },
  // Coinbase AgentKit's wallet providers, https://github.com/coinbase/agentkit (walletProvider.nativeTransfer(to, value),
  // Python's native_transfer(to, value)): an agent's tool sends the wallet's native coin at once.
  {
    sdk: 'AgentKit', re: String.raw`[.](?<name>nativeTransfer|native_transfer)[ \t]*\(`,
    keywords: ['nativetransfer', 'native_transfer'], libs: ['agentkit', 'walletprovider', 'wallet_provider'], submits: ['nativetransfer', 'native_transfer'], dest: { kind: 'arg', n: 0 },
  },
  // Coinbase CDP SDK, https://docs.cdp.coinbase.com/ (wallet.createTransfer({ amount, assetId, destination }), Python's
  // create_transfer(amount=…, asset_id=…, destination=…)): signed and broadcast by the SDK's server wallet.
  {
    sdk: 'CDP SDK', re: String.raw`[.](?<name>createTransfer|create_transfer|createGaslessTransfer)[ \t]*\(`,
    keywords: ['createtransfer', 'create_transfer', 'creategaslesstransfer'], libs: ['@coinbase/coinbase-sdk', '@coinbase/cdp-sdk', 'cdp-sdk', 'cdp_sdk', 'from cdp import', 'coinbase.coinbase'],
    submits: ['createtransfer', 'create_transfer', 'creategaslesstransfer'], dest: { kind: 'fields', keys: 'destination' }, linesAfter: 4,
  },
];
