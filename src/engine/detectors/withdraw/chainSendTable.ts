// Chain SDKs' send and transfer calls as data: SDKs that name no withdrawal and that the EVM/Tron/TON/Stellar/Cosmos
// patterns do not know (Aptos, Hedera, Tezos, Substrate, Cardano, Sui, Solana's Rust and token instructions, NFT
// transfers, hosted-wallet payments). One entry per SDK call, with the page that documents it; each names the file
// words that say the SDK is used (`libs`) and that what is built is signed and sent (`submits`): a transaction built
// only to quote its fee is not a send. chainSends.ts judges where the funds go.

/** Where a call's destination is written, and (when it says) the sender it leaves from. */
export type DestSpec =
  /**
   * The nth argument of the call opened after the match (0-based); `from`: the sender's argument, `signer`: the
   * signing authority's (a destination derived from either is the signer's own).
   */
  | { kind: 'arg'; n: number; from?: number; signer?: number }
  /** Named fields of the call or object opened after the match (`{ recipient: b, sender: a }`, `dest=`). */
  | { kind: 'fields'; keys: string; from?: string }
  /** The argument written right after the matched string literal (`NewCall(meta, "Balances.transfer", dest, n)`). */
  | { kind: 'next' }
  /** The first element of the list after one of these keys (`functionArguments: [bob, 100]`). */
  | { kind: 'list'; keys: string }
  /** Hedera's balanced legs: debits (negative amounts) and credits in the chained `add…Transfer` calls. */
  | { kind: 'legs' }
  /** A builder's chained setters up to its `build()` (`.destination(b)`, Dart's `..receiver = b`); `from` names the sender's. */
  | { kind: 'chained'; keys: string; from?: string }
  /** The first argument of the constructor the matched call is chained on (NEAR's `Promise::new(dest).transfer(n)`). */
  | { kind: 'receiver'; ctor: string }
  /**
   * The messages a wallet sends, built apart from the send (tonutils-go's `msg := wallet.SimpleMessage(to, n, body)`
   * then `w.Send(ctx, msg)`): the first argument other than a context of the `calls` (regex source of names up to
   * their `(`) and the `keys` fields, read in the `lines` above the send (never past its function's head) and in its
   * own arguments.
   */
  | { kind: 'built'; calls: string; keys: string; lines: number };

/** One SDK call that moves funds. */
export interface ChainSend {
  /** The SDK, for the message and the docs. */
  sdk: string;
  /** Regex source; the group `name` is the reported span. */
  re: string;
  /** Lowercase words of the call's line (the scan's prefilter). */
  keywords: string[];
  /** Lowercase words of a file that uses the SDK. */
  libs: string[];
  /** Lowercase words of a file that signs and sends what it builds. */
  submits: string[];
  dest: DestSpec;
  /** The call is named in a string literal (an entry function, a runtime call's name). */
  inString?: boolean;
  /**
   * The submit word must follow within this many lines, not only somewhere in the file: a test file that sends in
   * one test and only quotes a fee (`getFeeForMessage`) in the next.
   */
  submitWithin?: number;
  /** Lines after the keyword's line the regex reads (a call chained on the next line). */
  linesAfter?: number;
  /**
   * An instruction sent by a separate call (Solana): when withdraw/onchain-send already warns at that send (a sweep
   * or payout shape), the transfer is reported once, there.
   */
  instruction?: boolean;
  /** The call's receiver is the paying wallet (`w.Send(…)`, `contract.transfer(pk) {…}`): its own address is the signer's. */
  receiverPays?: boolean;
  /** The SDK's own source defines the call as a Go method (`func (w *Wallet) Send(`): its sends there are plumbing. */
  goMethod?: boolean;
  /**
   * The separate request that sends what the call built (regex source, group `name`: `submit_extrinsic(`,
   * `.execute(client)`): reported too when it follows a risky build (withdraw/chain-submit), since that request is
   * where the funds leave.
   */
  submitCall?: string;
}

/** Substrate's extrinsic submits (polkadot.js, py-substrate-interface, GSRPC, subxt). */
const SUBSTRATE_SUBMIT_CALL = String.raw`[.](?<name>signAndSend|submit_extrinsic|SubmitExtrinsic|SubmitAndWatchExtrinsic|sign_and_submit_then_watch_default|sign_and_submit_then_watch|sign_and_submit_default|sign_and_submit)[ \t]*\(`;
/** Aptos' submits (TS `submit.simple`, `signAndSubmitTransaction`; Python and Go). */
export const APTOS_SUBMIT_CALL = String.raw`[.](?<name>signAndSubmitTransaction|submit[.]simple|submitTransaction|SubmitTransaction|SignAndSubmitTransaction|submit_bcs_transaction|submit_and_wait)[ \t]*\(`;

const SUBSTRATE_LIBS = ['@polkadot/api', 'substrateinterface', 'substrate-interface', 'gsrpc', 'go-substrate-rpc-client', 'subxt', 'polkadot'];
const SUBSTRATE_SUBMITS = ['signandsend', 'submit_extrinsic', 'submitextrinsic', 'sign_and_submit', 'submitandwatch', 'signandsubmit'];
const SOLANA_SUBMITS = ['sendandconfirmtransaction', 'send_and_confirm_transaction', 'sendtransaction', 'send_transaction', 'sendrawtransaction', 'send_raw_transaction'];
// Lucid's package or instance names; not the bare word (`lucide-react` icons).
const LUCID_LIBS = ['lucid-cardano', '@lucid-evolution', 'lucid@', 'lucid.', 'getlucid', 'lucid('];
// The Sui SDKs by their package names; not the bare word (`suite`, `pursuit`).
const SUI_LIBS = ['@mysten/sui', 'package:sui/', 'sui_dart', 'suiclient', 'pysui'];
const SUI_SUBMITS = ['signandexecute', 'sign_and_execute', 'executetransaction', 'execute_transaction', '.execute('];

/** The table: each entry's comment is the page that documents the call. */
export const CHAIN_SENDS: readonly ChainSend[] = [
  // Aptos TS SDK, https://aptos.dev/build/sdks/ts-sdk/building-transactions (transferCoinTransaction, transferFungibleAsset).
  {
    sdk: 'Aptos', re: String.raw`[.](?<name>transferCoinTransaction|transferFungibleAsset)[ \t]*\(`,
    keywords: ['transfercointransaction', 'transferfungibleasset'], libs: ['aptos'],
    submits: ['signandsubmittransaction', 'submittransaction', 'submit.simple', 'submit_bcs_transaction', 'submit_and_wait'],
    dest: { kind: 'fields', keys: 'recipient', from: 'sender' }, submitCall: APTOS_SUBMIT_CALL,
  },
  // Aptos entry functions, https://aptos.dev/network/blockchain/accounts (0x1::aptos_account::transfer, coin::transfer).
  {
    sdk: 'Aptos', re: String.raw`["'](?<name>0x1::(?:aptos_account::transfer(?:_coins|_fungible_assets)?|coin::transfer|primary_fungible_store::transfer))["']`,
    keywords: ['0x1::aptos_account::transfer', '0x1::coin::transfer', '0x1::primary_fungible_store::transfer'], libs: ['aptos'],
    submits: ['signandsubmittransaction', 'submittransaction', 'submit.simple', 'submit_bcs_transaction', 'submit_and_wait'],
    dest: { kind: 'list', keys: 'functionArguments|arguments|args' }, inString: true, linesAfter: 2, submitCall: APTOS_SUBMIT_CALL,
  },
  // Aptos Python SDK, https://aptos.dev/build/sdks/python-sdk (RestClient.bcs_transfer(sender, recipient, amount)).
  {
    sdk: 'Aptos', re: String.raw`[.](?<name>bcs_transfer|transfer_coins)[ \t]*\(`,
    keywords: ['bcs_transfer', 'transfer_coins'], libs: ['aptos_sdk'], submits: ['bcs_transfer', 'transfer_coins'],
    dest: { kind: 'arg', n: 1, from: 0 },
  },
  // Hedera SDKs (Go, JS, Java, Python), https://docs.hedera.com/hedera/sdks-and-apis/sdks/cryptocurrency/transfer-cryptocurrency.
  {
    sdk: 'Hedera', re: String.raw`(?<![A-Za-z0-9_$])(?:New)?(?<name>TransferTransaction)[ \t]*\(`,
    keywords: ['transfertransaction'], libs: ['hedera', 'hiero', 'hashgraph'], submits: ['execute'],
    dest: { kind: 'legs' }, linesAfter: 12, submitCall: String.raw`[.](?<name>execute|Execute)[ \t]*\(`,
  },
  // Taquito (Tezos), https://taquito.io/docs/making_transfers (Tezos.contract.transfer / Tezos.wallet.transfer).
  {
    sdk: 'Taquito', re: String.raw`[.](?:contract|wallet)[.](?<name>transfer)[ \t]*\(`,
    keywords: ['contract.transfer', 'wallet.transfer'], libs: ['taquito'], submits: ['transfer'],
    dest: { kind: 'fields', keys: 'to' },
  },
  // polkadot.js, https://polkadot.js.org/docs/api/start/api.tx (api.tx.balances.transferKeepAlive(dest, value)).
  {
    sdk: 'polkadot.js', re: String.raw`balances\s*[.](?<name>transferKeepAlive|transferAllowDeath|transferAll|transfer)[ \t]*\(`,
    keywords: ['balances'], libs: SUBSTRATE_LIBS, submits: SUBSTRATE_SUBMITS, dest: { kind: 'arg', n: 0 }, linesAfter: 1, submitCall: SUBSTRATE_SUBMIT_CALL,
  },
  // subxt (Rust), https://docs.rs/subxt (tx().balances().transfer_keep_alive(dest, value)).
  {
    sdk: 'subxt', re: String.raw`balances\(\)\s*[.](?<name>transfer_keep_alive|transfer_allow_death|transfer_all)[ \t]*\(`,
    keywords: ['balances()'], libs: SUBSTRATE_LIBS, submits: SUBSTRATE_SUBMITS, dest: { kind: 'arg', n: 0 }, linesAfter: 1, submitCall: SUBSTRATE_SUBMIT_CALL,
  },
  // py-substrate-interface, https://polkascan.github.io/py-substrate-interface/ (compose_call(call_module="Balances", …)).
  {
    sdk: 'substrate-interface', re: String.raw`call_function[ \t]*=[ \t]*["'](?<name>transfer_keep_alive|transfer_allow_death|transfer_all|transfer)["']`,
    keywords: ['call_function'], libs: SUBSTRATE_LIBS, submits: SUBSTRATE_SUBMITS, dest: { kind: 'fields', keys: 'dest' }, inString: true, submitCall: SUBSTRATE_SUBMIT_CALL,
  },
  // go-substrate-rpc-client, https://github.com/centrifuge/go-substrate-rpc-client (types.NewCall(meta, "Balances.transfer", dest, value)).
  {
    sdk: 'GSRPC', re: String.raw`["'](?<name>Balances[.](?:transfer_keep_alive|transfer_allow_death|transfer_all|transfer))["']`,
    keywords: ['balances.transfer'], libs: SUBSTRATE_LIBS, submits: SUBSTRATE_SUBMITS, dest: { kind: 'next' }, inString: true, submitCall: SUBSTRATE_SUBMIT_CALL,
  },
  // Lucid / Lucid Evolution (Cardano), https://anastasia-labs.github.io/lucid-evolution/ (newTx().pay.ToAddress(addr, assets)).
  {
    sdk: 'Lucid', re: String.raw`[.](?<name>payToAddress(?:WithData)?|pay[.]ToAddress(?:WithData)?)[ \t]*\(`,
    keywords: ['paytoaddress', 'pay.toaddress'], libs: LUCID_LIBS, submits: ['submit'], dest: { kind: 'arg', n: 0 },
    submitCall: String.raw`[.](?<name>submit)[ \t]*\([ \t]*\)`,
  },
  // Mesh (Cardano), https://meshjs.dev/apis/transaction/basics (new Transaction({ initiator }).sendLovelace(address, n)).
  {
    sdk: 'Mesh', re: String.raw`[.](?<name>sendLovelace|sendAssets|sendAsset|sendToken|sendValue)[ \t]*\(`,
    keywords: ['sendlovelace', 'sendasset', 'sendtoken', 'sendvalue'], libs: ['@meshsdk'], submits: ['submittx', 'submit'], dest: { kind: 'arg', n: 0 },
    submitCall: String.raw`[.](?<name>submitTx|submitTransaction)[ \t]*\(`,
  },
  // Sui TS and Dart SDKs, https://sdk.mystenlabs.com/typescript/transaction-building/basics (tx.transferObjects(objects, address)).
  {
    sdk: 'Sui', re: String.raw`[.](?<name>transferObjects)[ \t]*\(`,
    keywords: ['transferobjects'], libs: SUI_LIBS, submits: SUI_SUBMITS, dest: { kind: 'arg', n: 1 },
    submitCall: String.raw`[.](?<name>signAndExecuteTransaction(?:Block)?|executeTransaction(?:Block)?)[ \t]*\(`,
  },
  // pysui, https://pysui.readthedocs.io/ (SuiTransaction.transfer_objects(transfers=[…], recipient=…), transfer_sui).
  {
    sdk: 'pysui', re: String.raw`[.](?<name>transfer_objects|transfer_sui)[ \t]*\(`,
    keywords: ['transfer_objects', 'transfer_sui'], libs: ['pysui'], submits: SUI_SUBMITS, dest: { kind: 'fields', keys: 'recipient' },
    submitCall: String.raw`[.](?<name>execute|sign_and_execute_transaction|execute_transaction)[ \t]*\(`,
  },
  // solana-sdk (Rust), https://docs.rs/solana-sdk/latest/solana_sdk/system_instruction/fn.transfer.html (from, to, lamports).
  {
    sdk: 'Solana', re: String.raw`system_instruction::(?<name>transfer)[ \t]*\(`,
    keywords: ['system_instruction::transfer'], libs: ['solana'], submits: SOLANA_SUBMITS, dest: { kind: 'arg', n: 1, from: 0 }, instruction: true,
  },
  // spl-token (Rust), https://docs.rs/spl-token/latest/spl_token/instruction/fn.transfer.html (program, source, dest, authority, …).
  {
    sdk: 'SPL Token', re: String.raw`spl_token(?:_2022)?::instruction::(?<name>transfer(?:_checked)?)[ \t]*\(`,
    keywords: ['spl_token'], libs: ['solana', 'spl_token'], submits: SOLANA_SUBMITS, dest: { kind: 'arg', n: 2, from: 1, signer: 3 }, instruction: true,
  },
  // @solana/spl-token, https://solana-labs.github.io/solana-program-library/token/js/functions/createTransferInstruction.html.
  {
    sdk: 'SPL Token', re: String.raw`(?<![A-Za-z0-9_$])(?<name>createTransferInstruction|createTransferCheckedInstruction)[ \t]*\(`,
    keywords: ['createtransferinstruction', 'createtransfercheckedinstruction'], libs: ['@solana/spl-token'], submits: SOLANA_SUBMITS,
    dest: { kind: 'arg', n: 1, from: 0, signer: 2 }, instruction: true,
  },
  // Solathon, https://github.com/GitBolt/solathon (transfer(from_public_key=…, to_public_key=…, lamports=…)).
  {
    sdk: 'Solathon', re: String.raw`(?<![A-Za-z0-9_$.])(?<name>transfer)[ \t]*\((?=\s*from_public_key)`,
    keywords: ['transfer('], libs: ['solathon'], submits: SOLANA_SUBMITS, dest: { kind: 'fields', keys: 'to_public_key', from: 'from_public_key' },
    linesAfter: 2, instruction: true,
  },
  // ERC-721 / ERC-20 transferFrom through web3.py or web3.js, https://eips.ethereum.org/EIPS/eip-721 (from, to, tokenId).
  {
    sdk: 'web3', re: String.raw`[.](?:functions|methods)[.](?<name>safeTransferFrom|transferFrom)[ \t]*\(`,
    keywords: ['transferfrom'], libs: ['web3'], submits: ['send_raw_transaction', 'sendsignedtransaction', 'sendrawtransaction', '.transact(', '.send('],
    dest: { kind: 'arg', n: 1, from: 0 },
  },
  // Blocktrail (BTC.com) hosted wallets, https://github.com/blocktrail/blocktrail-sdk-python (wallet.pay({address: amount}, …)).
  {
    sdk: 'Blocktrail', re: String.raw`[.](?<name>pay)[ \t]*\(`,
    keywords: ['.pay('], libs: ['blocktrail'], submits: ['pay'], dest: { kind: 'arg', n: 0 },
  },
  // web3j's one-call ether send, https://docs.web3j.io/4.8.7/transactions/transfer_eth/ (Transfer.sendFunds(web3j,
  // credentials, to, value, unit): signs with the credentials and broadcasts when `.send()` is called on it).
  {
    sdk: 'web3j', re: String.raw`Transfer[.](?<name>sendFunds(?:EIP1559)?)[ \t]*\(`,
    keywords: ['sendfunds'], libs: ['web3j'], linesAfter: 1, submits: ['.send(', '.sendasync(', '.flowable('], dest: { kind: 'arg', n: 2, signer: 1 },
  },
  // BitGo hosted wallets, https://developers.bitgo.com/guides/wallets/send (wallet.send({ address, amount }), sendMany({ recipients })).
  {
    sdk: 'BitGo', re: String.raw`[.](?<name>sendMany|send)[ \t]*\((?=\s*\{[^)]{0,200}(?:address|recipients))`,
    keywords: ['.send(', '.sendmany('], libs: ['bitgo'], linesAfter: 3, submits: ['send'], dest: { kind: 'fields', keys: 'address|recipients' },
  },
];
