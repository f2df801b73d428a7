// Sends of the chain SDKs in chainSendTable.ts (Aptos, Hedera, Tezos, Substrate, Cardano, Sui, Solana
// instructions, NFT transfers, hosted wallets): no call says "withdraw", the transfer names its destination. A warning
// when the funds go to another address than the signer's own; a transfer back to the signer, a transaction built only
// to quote its fee (the file never signs and sends), and a call whose destination cannot be read stay silent.
import { notInComment, notInString } from '../../judge/codeContext';
import { pathContext } from '../../findings/contextSeverity';
import { demoContext } from '../../findings/liveNetwork';
import { sendRisk } from '../../judge/onchainRisk';
import { TextMemo } from '../../judge/textMemo';
import { localWindow, sendShapes } from '../../judge/sendShape';
import { defineDetector, type PatternSpec, type Validator } from '../../defineDetector';
import { notADeclaration } from '../declaration';
import { rx } from '../fragments';
import { CHAIN_SENDS, type ChainSend } from './chainSendTable';
import { MORE_CHAIN_SENDS } from './chainSendTableMore';
import { CODE } from './shared';
import { readsByIndent } from '../../judge/functionSpans';
import { linesAfter } from '../../judge/enclosingFunction';
import { isBuilderTip } from './builderTip';
import { ends, isOwn, norm, receiverOf } from './chainSendEnds';

/** A test's setup helpers (`def fund_wallet(`, `def get_funds(`, `def setUp(`, `def create_pool(`): they fund the test's own wallets. */
// At the start of the name (`create_amm_pool`, `_fund_wallet`): `test_refund_customer`, `test_fundamentals`,
// `test_create_withdrawal` are tests.
const TEST_SETUP_HEAD = /(?<![A-Za-z0-9_])_*(?:fund(?:_|[A-Z])|get_?funds?\b|set_?up|setUp|before|fixture|prepare(?:_|[A-Z])|create_(?:[a-z]{1,12}_){0,2}(?:wallet|account|pool|token)|create(?:[A-Z][a-z]{1,12}){0,2}(?:Wallet|Account|Pool|Token))/;

/** True for a send made by a setup helper of a test file: plumbing of the test, not a payment it checks. */
function inTestSetup(text: string, at: number, path: string): boolean {
  if (pathContext(path) !== 'test') return false;
  const head = localWindow(text, at, 40).head;
  return head !== undefined && TEST_SETUP_HEAD.test(head.replace(/\([^]*$/, ''));
}

/** Keeps a send whose destination is another address than the signer's. */
function paysAnother(send: ChainSend): Validator {
  const spec = send.dest;
  return {
    name: 'pays-another-address',
    // A receiver's constructor is read up to 400 characters before the call (chainSendEnds.ts).
    ...(spec.kind === 'receiver' ? { reach: { before: 400, after: 0 } } : {}),
    test: (_v, ctx) => {
      if (inTestSetup(ctx.text, ctx.start, ctx.path)) return false;
      const found = ends(ctx.text, ctx.start, ctx.end, spec);
      if (!found) return false;
      const payer = send.receiverPays ? receiverOf(ctx.text, ctx.start) : undefined;
      const senders = [...found.senders, ...(payer ? [payer] : [])].map(norm);
      return found.dests.some((d) => norm(d) !== '' && !isOwn(ctx.text, d, senders, ctx.start) && !isBuilderTip(ctx.text, d, ctx.start));
    },
  };
}

/**
 * The send calls of a Solana transaction that withdraw/onchain-send judges (web3.js, solana-py); the Rust client's
 * `send_and_confirm_transaction` is not among them, so an instruction sent with it is reported where it is built.
 */
const SOLANA_SEND = /(?:[.](?:sendTransaction|send_transaction|sendRawTransaction|send_raw_transaction)|(?<![A-Za-z0-9_$])sendAndConfirmTransaction)(?=[ \t]*\()/g;

/** True when the first send within 15 lines after the instruction has a sweep or payout shape (onchain-send warns there). */
function sentAsRisky(text: string, at: number, path: string, indented: boolean): boolean {
  SOLANA_SEND.lastIndex = at;
  const m = SOLANA_SEND.exec(text.slice(0, linesAfter(text, at, 15)));
  if (!m) return false;
  const demo = demoContext(pathContext(path), path, text);
  return sendShapes(text, m.index + m[0].length, 'tx').some((s) => sendRisk(text, m.index, s, demo, indented, path) !== undefined);
}

/** Drops an instruction whose send is already reported as a sweep or payout (one transfer, one warning). */
export const notReportedAtSend: Validator = { name: 'not-reported-at-send', test: (_v, ctx) => !sentAsRisky(ctx.text, ctx.end, ctx.path, readsByIndent(ctx.kind)) };

const GO_METHODS = new Map<string, RegExp>();
/** Drops a call in the file that defines it as a Go method (the SDK's own source: its sends are the callers'). */
const notAGoMethodsFile: Validator = {
  name: 'not-in-its-go-definition-file',
  test: (value, ctx) => {
    let re = GO_METHODS.get(value);
    if (!re) GO_METHODS.set(value, (re = new RegExp(String.raw`(?:^|\n)func[ \t]*\([^()\n]{0,80}\)[ \t]*${value}[ \t]*\(`)));
    return !re.test(ctx.text);
  },
};

function pattern(send: ChainSend): PatternSpec {
  return {
    re: rx(send.re),
    keywords: send.keywords,
    linesAfter: send.linesAfter,
    validate: [...(send.inString ? [] : [notInString]), ...(send.goMethod ? [notAGoMethodsFile] : []), paysAnother(send), ...(send.instruction ? [notReportedAtSend] : [])],
    requires: { fileContains: send.libs },
  };
}

/** A line that starts another function or test (Kotlin, Java, C#, Python, JS, Go, Rust). */
const NEXT_FUNCTION = /\n[ \t]*(?:@Test\b|\[(?:Fact|Test)\]|(?:(?:public|private|protected|internal|static|suspend|override|async|export)[ \t]+)*(?:fun|def|func|fn|function|void)[ \t]+[A-Za-z_$])/;

/** The submit words of each pattern, checked as a second file requirement (or within the lines after the call). */
function submitted(send: ChainSend): Validator {
  const within = send.submitWithin;
  if (within === undefined) return { name: `${send.sdk}-submits`, test: (_v, ctx) => send.submits.some((w) => lowered(ctx.text).includes(w)) };
  // About 120 characters a line: the reach the editor's rescan widens an edit by.
  return {
    name: `${send.sdk}-submits-within-${within}`,
    reach: { before: 0, after: within * 120 },
    test: (_v, ctx) => {
      // The lines are counted inside the characters read: a one-line file is not scanned to its end per match.
      const read = ctx.text.slice(ctx.end, ctx.end + within * 120);
      const lines = read.slice(0, linesAfter(read, 0, within));
      // Up to the next function's head: another test's send is not this transfer's.
      const next = lines.search(NEXT_FUNCTION);
      const after = (next === -1 ? lines : lines.slice(0, next)).toLowerCase();
      return send.submits.some((w) => after.includes(w));
    },
  };
}

/** The text in lower case, per text (released when the scan ends: no file text stays behind). */
const LOWERED = new TextMemo<string>();
/** The text in lower case, once per text. */
function lowered(text: string): string {
  return LOWERED.get(text, '', () => text.toLowerCase());
}

/** Both tables' entries. */
export const ALL_SENDS: readonly ChainSend[] = [...CHAIN_SENDS, ...MORE_CHAIN_SENDS];

/** The detector's own judges, asked of every call. */
const CALL_JUDGES: Validator[] = [notInComment, notADeclaration];

/** The pattern of an entry with its submit check first. */
function submittedPattern(send: ChainSend): PatternSpec {
  const p = pattern(send);
  return { ...p, validate: [submitted(send), ...(p.validate ?? [])] };
}

/** Every judge a call of the entry passes before withdraw/chain-send reports it (the detector's own and the pattern's). */
export function buildJudges(send: ChainSend): Validator[] {
  return [...CALL_JUDGES, ...(submittedPattern(send).validate ?? [])];
}

/** Chain SDK transfers to an address other than the signer's, from the tables in withdrawChainSendTable(More).ts. */
export const withdrawChainSend = defineDetector({
  id: 'withdraw/chain-send',
  title: 'chain SDK transfer to another address',
  severity: 'warning',
  role: 'endpoint',
  message: 'Chain transfer {name}(…) pays another address: check where the funds go.',
  risk: 'The key that signs it moves the wallet\'s funds to another account (a payout, a sweep, a fixed recipient): no call here says withdraw.',
  advice: 'Check where the funds go and who can trigger the transfer; keep the key that signs it apart from trading keys. If the send is intended, suppress it with a reason (keyguard:allow withdraw — reason).',
  keywords: [...new Set(ALL_SENDS.flatMap((s) => s.keywords))],
  validate: CALL_JUDGES,
  files: CODE,
  patterns: ALL_SENDS.map(submittedPattern),
  examples: {
    positive: [
      { text: `from bitcoinlib.wallets import Wallet\nw = Wallet('hot')\ntx = w.⟦send_to⟧(to_address=payee, amount=balance - fee, fee=fee)`, path: 'payout.py' },
      // Aptos: a coin transfer to another account, and the same through the entry function.
      { text: `import { Aptos } from "@aptos-labs/ts-sdk";\nconst t = await aptos.⟦transferCoinTransaction⟧({ sender: payer.accountAddress, recipient: PAYEE, amount: 250n });\nawait aptos.signAndSubmitTransaction({ signer: payer, transaction: t });`, path: 'payout.ts' },
      { text: `import { Aptos } from "@aptos-labs/ts-sdk";\nconst t = await aptos.transaction.build.simple({\n  sender: me.accountAddress,\n  data: { function: "⟦0x1::aptos_account::transfer⟧", functionArguments: [vault, 5000] },\n});\nawait aptos.signAndSubmitTransaction({ signer: me, transaction: t });`, path: 'move.ts' },
      // Hedera: the operator is debited, another account credited.
      { text: `const { TransferTransaction, Hbar } = require("@hashgraph/sdk");\nconst r = await new ⟦TransferTransaction⟧()\n  .addHbarTransfer(operatorId, new Hbar(-20))\n  // the credit leg\n  .addHbarTransfer(payeeId, new Hbar(20))\n  .execute(client);`, path: 'pay.js' },
      // Tezos (Taquito): a wallet transfer to a list's address.
      { text: `import { TezosToolkit } from '@taquito/taquito';\nfor (const who of winners) {\n  const op = await tezos.wallet.⟦transfer⟧({ to: who, amount: 3 }).send();\n}`, path: 'prizes.ts' },
      // Substrate: polkadot.js (chained on the next line), py-substrate-interface, GSRPC, subxt.
      { text: `const { ApiPromise } = require('@polkadot/api');\nconst h = await api.tx.balances\n  .⟦transferAllowDeath⟧(payee, 10n ** 10n)\n  .signAndSend(signer);`, path: 'send.js' },
      { text: `from substrateinterface import SubstrateInterface\ncall = node.compose_call(\n    call_module="Balances",\n    call_function="⟦transfer_keep_alive⟧",\n    call_params={"dest": target, "value": 10**10},\n)\nnode.submit_extrinsic(node.create_signed_extrinsic(call=call, keypair=kp))`, path: 'pay.py' },
      { text: `package main\nimport gsrpc "github.com/centrifuge/go-substrate-rpc-client/v4"\nfunc pay() {\n\tc, _ := types.NewCall(meta, "⟦Balances.transfer_allow_death⟧", payee, amt)\n\tapi.RPC.Author.SubmitExtrinsic(extrinsic.NewExtrinsic(c))\n}`, path: 'pay.go' },
      { text: `use subxt::OnlineClient;\nlet tx = node::tx().balances().⟦transfer_keep_alive⟧(payee.into(), 5_000);\nclient.tx().sign_and_submit_then_watch_default(&tx, &signer).await?;`, path: 'src/main.rs' },
      // Cardano: Lucid and Mesh pay another address.
      { text: `import { Lucid } from "lucid-cardano";\nconst tx = await lucid.newTx().⟦payToAddress⟧("addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x", { lovelace: 9000000n }).complete();\nawait (await tx.sign().complete()).submit();`, path: 'pay.ts' },
      { text: `import { Transaction } from '@meshsdk/core';\nconst tx = new Transaction({ initiator: wallet }).⟦sendLovelace⟧(buyer, '1500000');\nconst hash = await wallet.submitTx(await wallet.signTx(await tx.build()));`, path: 'refund.ts' },
      // Sui: split coins sent to a constant address; pysui's recipient field.
      { text: `import { Transaction } from '@mysten/sui/transactions';\nconst DEST = "0x4c1e5a0d9b7e2f3a6c8d1b0e9f7a5c3d2b1e0f9a8c7d6e5f4a3b2c1d0e9f8a7b";\nconst [c] = tx.splitCoins(tx.gas, [1000]);\ntx.⟦transferObjects⟧([c], DEST);\nawait client.signAndExecuteTransaction({ signer: kp, transaction: tx });`, path: 'send.ts' },
      { text: `from pysui.sui.sui_txn import SyncTransaction\ntxn.⟦transfer_objects⟧(transfers=[coin], recipient=SuiAddress(payee))\ntxn.execute()`, path: 'pay.py' },
      { text: `from pysui import AsyncClient\nasync def pay(client, who, friend):\n    txn = await client.transaction(initial_sender=who)\n    await txn.⟦transfer_objects⟧(transfers=[txn.gas], recipient=friend)\n    await txn.execute()`, path: 'samples/pay.py' },
      // pysui: the transaction opened for another sender in another function is not this one's; a customer's active
      // address is the customer's.
      { text: `from pysui import AsyncClient\nasync def open_for(client, vault):\n    txn = await client.transaction(initial_sender=vault)\n    await txn.execute()\nasync def pay(client, payer, vault):\n    txn = await client.transaction(initial_sender=payer)\n    part = await txn.split_coin(coin=txn.gas, amounts=[5])\n    await txn.⟦transfer_objects⟧(transfers=[part], recipient=vault)\n    await txn.⟦transfer_objects⟧(transfers=[part], recipient=payee.active_address)`, path: 'samples/pay_vault.py' },
      // Solana (Rust client, whose sends onchain-send does not read): a system transfer to a fixed key; a token
      // transfer per recipient.
      { text: `use solana_sdk::system_instruction;\nlet to = Pubkey::from_str("8kT1yPjZ3nSBw4m7XsaTnv7QWvL6aPvTyV5mGgJ9bZ2x").unwrap();\nlet ix = system_instruction::⟦transfer⟧(&payer.pubkey(), &to, 1_000_000);\nclient.send_and_confirm_transaction(&Transaction::new(&[&payer], Message::new(&[ix], None), bh))?;`, path: 'src/main.rs' },
      { text: `use solana_sdk::signature::Signer;\nfor row in &rows {\n    let ata = get_associated_token_address(&row.owner, &mint);\n    ixs.push(spl_token::instruction::⟦transfer⟧(&spl_token::id(), &mine, &ata, &payer.pubkey(), &[], row.n)?);\n}\nclient.send_and_confirm_transaction(&Transaction::new_signed_with_payer(&ixs, Some(&payer.pubkey()), &[&payer], bh))?;`, path: 'src/drop.rs' },
      // An NFT leaves the owner's account through web3.py.
      { text: `from web3 import Web3\ntx = nft.functions.⟦safeTransferFrom⟧(owner, buyer, token_id).build_transaction({"from": owner, "nonce": n})\nw3.eth.send_raw_transaction(w3.eth.account.sign_transaction(tx, key).raw_transaction)`, path: 'deliver.py' },
      // web3j: ether sent in one call to the address a payout service is handed.
      { text: `import org.web3j.tx.Transfer;\npublic TransactionReceipt pay(String toAddress, BigDecimal eth) throws Exception {\n    return Transfer.⟦sendFunds⟧(web3, creds, toAddress, eth, Convert.Unit.ETHER).send();\n}`, path: 'PayoutService.java' },
      // Algorand (Python by keyword, Go, Dart's builder), Aptos Go, XRPL payment objects (Java, Kotlin, C#, Python),
      // Stellar operations (Ruby, Swift, Dart), pytezos and cosmpy: each paying an address other than its sender.
      { text: `from algosdk import transaction\nunsigned = transaction.⟦PaymentTxn⟧(\n    sender=me,\n    sp=params,\n    receiver=payee,\n    amt=10000,\n)\nclient.send_transaction(unsigned.sign(sk))`, path: 'examples/pay.py' },
      { text: `import "github.com/algorand/go-algorand-sdk/v2/transaction"\ntx, _ := transaction.⟦MakePaymentTxn⟧(me.String(), payee, 5000, nil, "", sp)\nclient.SendRawTransaction(stx).Do(ctx)`, path: 'pay.go' },
      { text: `import 'package:algorand_dart/algorand_dart.dart';\nfinal tx = await (⟦PaymentTransactionBuilder⟧()\n      ..sender = me.address\n      ..receiver = payee\n      ..amount = 1000)\n    .build();\nawait algorand.sendTransaction(signed);`, path: 'example/pay.dart' },
      { text: `import "github.com/aptos-labs/aptos-go-sdk"\nraw, _ := aptos.⟦APTTransferTransaction⟧(client, sender, payee, 100)\nclient.SubmitTransaction(signed)`, path: 'main.go' },
      { text: `import org.xrpl.xrpl4j.model.transactions.Payment;\nPayment p = ⟦Payment⟧.builder()\n  .account(hot.deriveAddress())\n  .destination(payee)\n  .build();\nclient.submit(signer.sign(key, p));`, path: 'PayIT.java' },
      { text: `import org.xrpl.xrpl4k.model.payment\nval tx = ⟦payment⟧ {\n    account = wallet.address\n    destination = payee\n}\nclient.submitAndWait(tx, wallet)`, path: 'samples/Pay.kt' },
      { text: `using Xrpl.Models.Transactions;\nPayment tx = new ⟦Payment⟧\n{\n    Account = hot.ClassicAddress,\n    Destination = payee,\n};\nawait client.Submit(tx, hot);`, path: 'Pay.cs' },
      { text: `from xrpl.models import Payment\nsign_and_submit(⟦Payment⟧(account=hot.address, destination=payee, amount="10"), client, hot)`, path: 'pay.py' },
      { text: `require 'stellar-sdk'\ntx = Stellar::Transaction.⟦payment⟧(account: hot, destination: payee, amount: [:native, 5])\nclient.submit_transaction(tx_envelope: tx.to_envelope(hot))`, path: 'examples/pay.rb' },
      { text: `import stellarsdk\nlet op = try ⟦PaymentOperation⟧(sourceAccountId: hot.accountId, destinationAccountId: payee, asset: native, amount: 5)\nsdk.transactions.submitTransaction(transaction: tx)`, path: 'Pay.swift' },
      { text: `import 'package:stellar_flutter_sdk/stellar_flutter_sdk.dart';\nfinal tx = TransactionBuilder(acct).addOperation(⟦PaymentOperationBuilder⟧(payee, Asset.NATIVE, '100').build()).build();\nawait sdk.submitTransaction(tx);`, path: 'pay.dart' },
      { text: `from pytezos import pytezos\nclient.⟦transaction⟧(destination=payee, amount=1000).autofill().sign().inject()`, path: 'pay.py' },
      { text: `from cosmpy.aerial.client import LedgerClient\ntx = ledger.⟦send_tokens⟧(payee, 10, "atestfet", hot)`, path: 'examples/send.py' },
      { text: `const { connect } = require("near-api-js");\nasync function transfer(receiver, amount) {\n  await sender.⟦sendMoney⟧(receiver, utils.format.parseNearAmount(amount));\n}`, path: 'src/transfer.js' },
      // A live test whose name only contains a setup word (`refund`) is no setup helper.
      { text: `from pytezos import pytezos\ndef test_refund_customer(client, who):\n    client.⟦transaction⟧(destination=who, amount=10**6).autofill().sign().inject()`, path: 'tests/integration/test_ops.py' },
      // NEAR contracts: native NEAR (the transfer chained on the next line) and a fungible token paid to the caller.
      { text: `use near_sdk::{env, near_bindgen, Promise};\npub fn claim(&mut self) -> Promise {\n    let who = env::predecessor_account_id();\n    Promise::new(who.clone())\n        .⟦transfer⟧(self.take(&who))\n}`, path: 'contract/src/lib.rs' },
      { text: `use near_sdk::{env, Promise};\nuse near_contract_standards::fungible_token::core::ext_ft_core;\nfn pay(&self, to: AccountId, n: U128) -> Promise {\n    ext_ft_core::ext(self.token.clone()).with_attached_deposit(1).⟦ft_transfer⟧(to, n, None)\n}`, path: 'src/payout.rs' },
      // A module of the contract that imports the crate's prelude: `#[near_bindgen]` says it is NEAR's.
      { text: `use crate::*;\n#[near_bindgen]\nimpl Tips {\n    pub fn pay(&mut self, to: AccountId, n: Balance) -> Promise {\n        Promise::new(to).⟦transfer⟧(n)\n    }\n}`, path: 'src/tips.rs' },
      // near-api-rs, sol4k (Java), BlockCypher's one-call spend.
      { text: `use near_api::{NetworkConfig, Tokens};\nTokens::account(me.clone())\n    .⟦send_to⟧(friend.clone())\n    .near(NearToken::from_near(1))\n    .with_signer(signer)\n    .send_to(&network)\n    .await?;`, path: 'examples/send.rs' },
      { text: `import org.sol4k.Connection;\nvar receiver = new PublicKey(payee);\nvar ix = new ⟦TransferInstruction⟧(sender.getPublicKey(), receiver, 1000);\nconnection.sendTransaction(tx);`, path: 'SolTransfer.java' },
      { text: `from blockcypher import simple_spend\ntx = ⟦simple_spend⟧(\n    from_privkey=key,\n    to_address=payee,\n    to_satoshis=5000,\n)`, path: 'pay.py' },
      // Coinbase AgentKit's native transfer and the CDP SDK's transfer, an agent's tool paying an address it was given.
      { text: `import { ActionProvider } from "@coinbase/agentkit";
const hash = await walletProvider.⟦nativeTransfer⟧(args.to, amountInAtomicUnits.toString());`, path: 'src/wallet/walletActionProvider.ts' },
      { text: `import { Coinbase, Wallet } from "@coinbase/coinbase-sdk";
const t = await wallet.⟦createTransfer⟧({
  amount: 5,
  assetId: Coinbase.assets.Usdc,
  destination: recipientAddr,
});`, path: 'src/index.ts' },
      // TON's Go wallet (tonutils-go): a message built apart then sent, a batch of message literals, an external
      // message prepared then broadcast, a one-call transfer; ton-kotlin's transfer with its builder lambda.
      { text: `import "github.com/xssnick/tonutils-go/ton/wallet"\nfunc reward(ctx context.Context, w *wallet.Wallet, to *address.Address) error {\n\tmsg, err := w.BuildTransfer(to, tlb.MustFromTON("0.2"), false, "prize")\n\tif err != nil {\n\t\treturn err\n\t}\n\t_, _, err = w.⟦SendWaitTransaction⟧(ctx, msg)\n\treturn err\n}`, path: 'cmd/reward/main.go' },
      { text: `import "github.com/xssnick/tonutils-go/ton/wallet"\nfor _, row := range rows {\n\tmsgs = append(msgs, &wallet.Message{Mode: 1, InternalMessage: &tlb.InternalMessage{\n\t\tDstAddr: row.Addr,\n\t\tAmount:  row.Coins,\n\t}})\n}\nerr := hw.⟦SendMany⟧(ctx, msgs, true)`, path: 'payouts.go' },
      { text: `import "github.com/xssnick/tonutils-go/ton/wallet"\next, _ := w.PrepareExternalMessageForMany(ctx, true, []*wallet.Message{wallet.SimpleMessage(payee, amt, nil)})\nerr = api.⟦SendExternalMessage⟧(ctx, ext)`, path: 'offline/send.go' },
      { text: `import "github.com/xssnick/tonutils-go/ton/wallet"\nerr = w.⟦Transfer⟧(ctx, payee, tlb.MustFromTON("1.5"), "weekly")`, path: 'cron.go' },
      { text: `import org.ton.contract.wallet.WalletV4R2Contract\nsuspend fun payOut(to: String) {\n    wallet.⟦transfer⟧(pk) {\n        destination = AddrStd(to)\n        coins = Coins.ofNano(5_000_000)\n    }\n}`, path: 'Payouts.kt' },
      // A hosted wallet pays the addresses of a request.
      { text: `import blocktrail\nouts = {req["address"]: req["satoshis"]}\ntxid = wallet.⟦pay⟧(outs, change_address=None)`, path: 'payer.py' },
    ],
    negative: [
      // bitcoinlib told to build only (offline): nothing is broadcast.
      { text: `from bitcoinlib.wallets import Wallet\nw = Wallet('hot')\nt = w.send_to(to_address=payee, amount=5000, offline=True)\nprint(t.raw_hex())`, path: 'build_only.py' },
      // Back to the signer's own address (change, consolidation).
      { text: `import { Transaction } from '@mysten/sui/transactions';\nconst [c] = tx.splitCoins(tx.gas, [1000]);\ntx.transferObjects([c], kp.toSuiAddress());\nawait client.signAndExecuteTransaction({ signer: kp, transaction: tx });`, path: 'merge.ts' },
      { text: `import { Aptos } from "@aptos-labs/ts-sdk";\nconst t = await aptos.transferCoinTransaction({ sender: me.accountAddress, recipient: me.accountAddress, amount: 1n });\nawait aptos.signAndSubmitTransaction({ signer: me, transaction: t });`, path: 'self.ts' },
      { text: `import { Lucid } from "lucid-cardano";\nconst tx = await lucid.newTx().payToAddress(await lucid.wallet.address(), { lovelace: 2000000n }).complete();\nawait (await tx.sign().complete()).submit();`, path: 'collateral.ts' },
      { text: `use solana_sdk::system_instruction;\nlet own = get_associated_token_address(&payer.pubkey(), &mint);\nlet ix = spl_token::instruction::transfer(&spl_token::id(), &src, &own, &payer.pubkey(), &[], 5)?;\nclient.send_and_confirm_transaction(&tx)?;`, path: 'src/main.rs' },
      // The destination field of the next call is not this transfer's.
      { text: `import { TezosToolkit } from '@taquito/taquito';\nconst op = await tezos.wallet.transfer({ amount: 2, to: await tezos.signer.publicKeyHash() }).send();\nawait mailer.send({ to: ops.email, subject: 'consolidated' });`, path: 'merge.ts' },
      // A fee quote: built, never signed and sent; or chained to the fee query.
      { text: `import { ApiPromise } from '@polkadot/api';\nconst tx = api.tx.balances.transferKeepAlive(bob, 10n ** 10n);\nconst info = await tx.paymentInfo(alice);`, path: 'fee.ts' },
      { text: `import { ApiPromise } from '@polkadot/api';\nconst fee = await api.tx.balances.transferKeepAlive(bob, 1n).paymentInfo(alice);\nawait api.tx.system.remark('hi').signAndSend(alice);`, path: 'fee.ts' },
      { text: `from web3 import Web3\ngas = nft.functions.safeTransferFrom(owner, buyer, 7).estimate_gas({"from": owner})\nw3.eth.send_raw_transaction(raw)`, path: 'gas.py' },
      { text: `import { TezosToolkit } from '@taquito/taquito';\nconst est = await tezos.estimate.transfer({ to: dest, amount: 1 });`, path: 'estimate.ts' },
      // web3j: back to the credentials' own address (a nonce unstick); a class of another library named Transfer.
      { text: `import org.web3j.tx.Transfer;\nTransfer.sendFunds(web3, creds, creds.getAddress(), BigDecimal.ZERO, Convert.Unit.WEI).send();`, path: 'Unstick.java' },
      { text: `import com.acme.ledger.Transfer;\nTransfer.sendFunds(ledger, from, to, amount, unit);`, path: 'Books.java' },
      // A Hedera transaction frozen and serialized for an offline signer is not executed here.
      { text: `const { TransferTransaction, Hbar } = require("@hashgraph/sdk");\nconst bytes = new TransferTransaction().addHbarTransfer(a, new Hbar(-1)).addHbarTransfer(b, new Hbar(1)).freezeWith(client).toBytes();`, path: 'offline.js' },
      // The SDK's own method definition; a look-alike method in a file of no chain SDK; a commented call.
      { text: `import 'package:sui/sui.dart';\nclass Transaction {\n  TransactionResult transferObjects(List<dynamic> objects, dynamic address) {\n    return add(Commands.transferObjects(objects, address));\n  }\n}`, path: 'lib/builder/transaction.dart' },
      { text: `const suite = require('./test-suite');\nscene.transferObjects([crate], player);\nawait game.signAndExecute(move);`, path: 'game.js' },
      { text: `import { TezosToolkit } from '@taquito/taquito';\n// const op = await tezos.contract.transfer({ to: 'tz1RfPnKyx7ceW3EndGk5ZdB2mTQs9ChLtbu', amount: 5 });`, path: 'notes.ts' },
      // Back to the sender (Algorand, xrpl4j); an SDK's payment class defined; a Payment of no XRPL library; a test's
      // setup helper funding its own wallets.
      { text: `from algosdk import transaction\ntxn = transaction.PaymentTxn(me, params, me, 0)\nclient.send_transaction(txn.sign(sk))`, path: 'examples/rekey.py' },
      { text: `await wallet.sendMoney(payee, amount); // a payments app, no NEAR library here`, path: 'src/pay.js' },
      // A transfer method of another library (no AgentKit or CDP SDK in the file), beside a Chrome DevTools session.
      { text: `const r = await bank.createTransfer({ amount: 5, destination: iban });`, path: 'src/bank.ts' },
      { text: `const cdp = await page.target().createCDPSession();\nawait cdp.send('Network.enable');\nconst t = await wise.createTransfer({ quote, destination: recipientIban });`, path: 'src/payout.ts' },
      { text: `import org.xrpl.xrpl4j.model.transactions.Payment;\nPayment p = Payment.builder()\n  .account(hot.deriveAddress())\n  .destination(hot.deriveAddress())\n  .build();\nclient.submit(signer.sign(key, p));`, path: 'Self.java' },
      { text: `package org.xrpl.xrpl4k.model\nclass Payment {\n    var destination: String = ""\n}\nfun submit() {}`, path: 'model/Payment.kt' },
      { text: `from billing import Payment\npay = Payment(account=acct, destination=iban, amount=5)\ngateway.submit(pay)`, path: 'billing.py' },
      { text: `from pytezos import pytezos\ndef fund_account(client, who):\n    client.transaction(destination=who, amount=10**6).autofill().sign().inject()`, path: 'tests/test_ops.py' },
      // A Solana token transfer whose send already warns as a sweep or a payment to a payee (withdraw/onchain-send
      // reports it there: one transfer, one warning).
      { text: `import { createTransferInstruction } from "@solana/spl-token";\nasync function sweepAll(kp) {\n  const tx = new Transaction().add(createTransferInstruction(src, vaultAta, kp.publicKey, n));\n  await sendAndConfirmTransaction(conn, tx, [kp]);\n}`, path: 'sweep.ts' },
      { text: `import { createTransferInstruction } from "@solana/spl-token";\nfor (const row of rows) {\n  const ata = await getAssociatedTokenAddress(mint, new PublicKey(row.owner));\n  tx.add(createTransferInstruction(mine, ata, payer.publicKey, row.n));\n}\nawait sendAndConfirmTransaction(conn, tx, [payer]);`, path: 'drop.ts' },
      // NEAR: back to the contract's own account; the token standard's method defined; a Promise that only calls a
      // function.
      { text: `use near_sdk::{env, Promise};\nPromise::new(env::current_account_id()).transfer(refund);`, path: 'src/lib.rs' },
      { text: `use near_sdk::{env, Promise};\nlet refund = env::attached_deposit() - cost;\nif refund > 0 {\n    Promise::new(env::predecessor_account_id()).transfer(refund);\n}`, path: 'src/storage.rs' },
      { text: `use near_sdk::json_types::U128;\nimpl FungibleTokenCore for Contract {\n    fn ft_transfer(&mut self, receiver_id: AccountId, amount: U128, memo: Option<String>) {\n        self.token.ft_transfer(receiver_id, amount, memo)\n    }\n}`, path: 'src/token.rs' },
      { text: `use near_sdk::{env, Promise};\nPromise::new(pool).function_call("stake".to_string(), args, deposit, GAS);`, path: 'src/stake.rs' },
      // sol4k: a transfer built only to quote its fee (the send is another test's).
      { text: `import org.sol4k.Connection\nfun sends() {\n    connection.sendTransaction(other)\n}\nfun quotesFee() {\n    val ix = TransferInstruction(sender.publicKey, receiver, 1000)\n    val message = TransactionMessage.newMessage(sender.publicKey, blockhash, listOf(ix))\n    val fee = connection.getFeeForMessage(message)\n}`, path: 'ConnectionTest.kt' },
      // sol4k: back to the sender; BlockCypher's spend back to the key's own change address.
      { text: `import org.sol4k.Connection;\nvar ix = new TransferInstruction(sender.getPublicKey(), sender.getPublicKey(), 1);\nconnection.sendTransaction(tx);`, path: 'Self.java' },
      { text: `from blockcypher import simple_spend\ntx = simple_spend(from_privkey=key, to_address=my_address, to_satoshis=1)`, path: 'consolidate.py' },
      // tonutils-go: back to the wallet's own address; the SDK's own source (its methods forward to one another); a
      // gRPC stream's Send in a file that also imports the SDK (no wallet message built). ton-kotlin: to itself.
      { text: `import "github.com/xssnick/tonutils-go/ton/wallet"\nmsg := wallet.SimpleMessage(w.WalletAddress(), tlb.MustFromTON("0.01"), nil)\nerr = w.Send(ctx, msg, true)`, path: 'keepalive.go' },
      { text: `package wallet\nimport "github.com/xssnick/tonutils-go/tlb"\nfunc (w *Wallet) Send(ctx context.Context, m *Message, wait ...bool) error {\n\treturn w.SendMany(ctx, []*Message{m}, wait...)\n}\nfunc (w *Wallet) Pay(ctx context.Context, to *address.Address, n tlb.Coins) error {\n\tm, _ := w.BuildTransfer(to, n, true, "")\n\treturn w.Send(ctx, m)\n}`, path: 'ton/wallet/wallet.go' },
      { text: `import "github.com/xssnick/tonutils-go/ton"\nfunc (s *server) Watch(req *pb.Req, stream pb.Svc_WatchServer) error {\n\treturn stream.Send(&pb.Event{Hash: req.Hash})\n}`, path: 'grpc.go' },
      { text: `import org.ton.contract.wallet.WalletV3Contract\ncontract.transfer(pk) {\n    destination = contract.address\n    coins = Coins.ofNano(1)\n}`, path: 'Ping.kt' },
      // pysui: back to the sender the transaction was opened for, or to the CLI config's active address.
      { text: `from pysui import AsyncClient\nasync def back(client, owner):\n    txn = await client.transaction(initial_sender=owner)\n    part = await txn.split_coin(coin=txn.gas, amounts=[3])\n    await txn.transfer_objects(transfers=[part], recipient=owner)\n    await txn.transfer_objects(transfers=[part], recipient=client.config.active_address)\n    await txn.execute()`, path: 'samples/back.py' },
    ],
  },
});
