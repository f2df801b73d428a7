// Chain SDK sends known from the SDKs' own type declarations (chainSendTable.generated.ts): a call of a generated
// send method, in a file that uses that SDK, whose destination is another address than the signer's is a warning.
// It sits after withdraw/onchain-send (a sweep or payout keeps that finding) and before the ordinary-transfer note
// (withdraw/onchain-transfer, info): where both report one call, dedupe keeps one finding, the earlier rule's.
import { notInComment, notInString } from '../../judge/codeContext';
import { defineDetector, type MatchContext, type PatternSpec, type Validator } from '../../defineDetector';
import { notADeclaration } from '../declaration';
import { notADefinitionSite } from '../../judge/definitionSite';
import { rx } from '../fragments';
import { sdkLibs, sendGroups, type GeneratedSend } from '../chainSendTable';
import { isBuilderTip } from './builderTip';
import { ends, isOwn, norm } from './chainSendEnds';
import type { DestSpec } from './chainSendTable';
import { notReportedAtSend } from './chainSends';
import { notSentBelow, onlyPriced, SEND_CALL, SEND_KEYWORDS, sendsPayingInstruction } from './instructionSends';

/** A regex alternation of literal names, longest first. */
function alternation(names: readonly string[]): string {
  return [...new Set(names)].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');
}

/** The call shape of one group: `.name(` for methods, `Owner.name(` for statics, `name(` for functions. */
function shape(kind: GeneratedSend['kind'], sends: readonly GeneratedSend[]): string {
  const names = alternation(sends.map((s) => s.name));
  if (kind === 'method') return String.raw`[.][ \t]*(?<name>${names})[ \t]*\(`;
  if (kind === 'static') return String.raw`(?<![A-Za-z0-9_$])(?:${alternation(sends.map((s) => s.owner))})[.](?<name>${names})[ \t]*\(`;
  return String.raw`(?<![A-Za-z0-9_$])(?<name>${names})[ \t]*\(`;
}

/** Values that name no destination: empty, null, a number, a short string. */
const NO_DEST = /^(?:null|undefined|None|nil|this|self|["'`]{2}|-?[0-9][0-9_.]*n?|["'`][^"'`]{0,7}["'`])$/;

/** The entry of a matched call: its name, and for a static the owner written before it. */
function entryOf(sends: readonly GeneratedSend[], text: string, start: number, end: number): GeneratedSend | undefined {
  const name = text.slice(start, end);
  return sends.find((s) => s.name === name && (s.kind !== 'static' || text.slice(Math.max(0, start - s.owner.length - 1), start) === `${s.owner}.`));
}

/** Where the table says the destination (and sender) of a call is, in chainSendEnds.ts's terms. */
function specOf(s: GeneratedSend): DestSpec {
  if (s.dest.field !== undefined) return { kind: 'fields', keys: s.dest.field, from: s.from?.field };
  return { kind: 'arg', n: s.dest.arg, from: s.from?.arg };
}

/** A `{ to }` shorthand field in the call's first 300 characters: the variable named like the field. */
function shorthand(text: string, end: number, field: string): string | undefined {
  const close = text.indexOf(')', end);
  const body = text.slice(end, close === -1 ? end + 300 : Math.min(close, end + 300));
  return new RegExp(String.raw`[{,][ \t\n]*${field}[ \t\n]*[,}]`).test(body) ? field : undefined;
}

/** True when the generated send at the context's span pays an address or a variable other than the signer's own. */
function paysAnotherAt(sends: readonly GeneratedSend[], ctx: MatchContext): boolean {
  const s = entryOf(sends, ctx.text, ctx.start, ctx.end);
  if (!s) return false;
  const found = ends(ctx.text, ctx.start, ctx.end, specOf(s));
  if (!found) return false;
  const dests = found.dests.length > 0 || s.dest.field === undefined ? found.dests : [shorthand(ctx.text, ctx.end, s.dest.field) ?? ''];
  const senders = found.senders.map(norm);
  return dests.some((d) => norm(d) !== '' && !NO_DEST.test(norm(d)) && !isOwn(ctx.text, d, senders, ctx.start) && !isBuilderTip(ctx.text, d, ctx.start));
}

/** Keeps a generated send whose destination is another address; an instruction only where no send follows it. */
function paysAnother(sends: readonly GeneratedSend[]): Validator {
  return {
    name: 'sdk-send-pays-another',
    test: (_v, ctx) => {
      const s = entryOf(sends, ctx.text, ctx.start, ctx.end);
      // An instruction sent below is reported at its send (instructionSends.ts), or as a sweep or payout there.
      if (s?.instruction && (!notSentBelow.test(_v, ctx) || !notReportedAtSend.test(_v, ctx) || onlyPriced(ctx.text, ctx.end))) return false;
      return paysAnotherAt(sends, ctx);
    },
  };
}

/** One pattern per SDK and call kind, behind the names' own keywords and the SDK's words in the file; for instructions, one more at their send. */
function patterns(): PatternSpec[] {
  return [...sendGroups()].flatMap(([k, sends]) => {
    const kind = k.split('|')[1] as GeneratedSend['kind'];
    const own: PatternSpec = {
      re: rx(shape(kind, sends)),
      keywords: [...new Set(sends.map((s) => (kind === 'static' ? `${s.owner}.${s.name}` : s.name).toLowerCase()))],
      validate: [notInString, paysAnother(sends)],
      requires: { fileContains: sdkLibs(sends[0].pkg) },
      files: ['javascript', 'typescript'],
    };
    const instructions = sends.filter((s) => s.instruction);
    if (instructions.length === 0) return [own];
    const atSend: PatternSpec = {
      re: rx(SEND_CALL),
      keywords: SEND_KEYWORDS,
      validate: [notInString, sendsPayingInstruction(new RegExp(shape(kind, instructions)), (ctx) => paysAnotherAt(instructions, ctx))],
      requires: { fileContains: sdkLibs(sends[0].pkg) },
      files: ['javascript', 'typescript'],
    };
    return [own, atSend];
  });
}

/** Sends of the chain SDKs' generated table to an address other than the signer's. */
export const withdrawSdkSend = defineDetector({
  id: 'withdraw/sdk-send',
  title: 'chain SDK send (from the SDK\'s types) to another address',
  severity: 'warning',
  role: 'endpoint',
  message: 'SDK send {name}(…) pays another address: check where the funds go.',
  risk: 'The SDK\'s own signature says this call moves funds to a destination: the key that signs it sends the wallet\'s funds to another account.',
  advice: 'Check where the funds go and who can trigger the send; keep the key that signs it apart from trading keys. If the send is intended, suppress it with a reason (keyguard:allow withdraw — reason).',
  keywords: [],
  validate: [notInComment, notADeclaration, notADefinitionSite],
  files: ['javascript', 'typescript'],
  patterns: patterns(),
  examples: {
    positive: [
      // cosmjs: tokens to a recipient read from config.
      { text: `import { SigningStargateClient } from "@cosmjs/stargate";\nconst res = await client.⟦sendTokens⟧(me.address, cfg.payoutAddress, coins(5000, "uatom"), "auto");`, path: 'payout.ts' },
      // Solana: lamports to a fixed key; an SPL token transfer to another account.
      { text: `import { SystemProgram, Transaction } from "@solana/web3.js";\nconst tx = new Transaction().add(SystemProgram.⟦transfer⟧({ fromPubkey: payer.publicKey, toPubkey: new PublicKey(TREASURY), lamports: n }));`, path: 'src/pay.ts' },
      { text: `import { transfer } from "@solana/spl-token";\nconst sig = await ⟦transfer⟧(connection, payer, fromAta, buyerAta, payer.publicKey, 1000n);`, path: 'deliver.ts' },
      // An instruction sent below in the same function: the send is reported, the instruction is not.
      { text: `import { SystemProgram, Transaction, sendAndConfirmTransaction } from "@solana/web3.js";\nexport async function pay(conn, payer, to, n) {\n  const tx = new Transaction().add(\n    SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: n }),\n  );\n  return ⟦sendAndConfirmTransaction⟧(conn, tx, [payer]);\n}`, path: 'src/pay.ts' },
      { text: `import { createTransferInstruction } from "@solana/spl-token";\nconst tx = new Transaction();\ntx.add(createTransferInstruction(fromAta, toAta, agent.wallet.publicKey, n));\nconst sig = await agent.connection.⟦sendTransaction⟧(tx, [signer]);`, path: 'tools/send.ts' },
      // ethers: value sent to the address of a request; shorthand field.
      { text: `import { Wallet } from "ethers";\nconst tx = await wallet.⟦sendTransaction⟧({ to: req.body.address, value: parseEther(req.body.amount) });`, path: 'server.js' },
      { text: `const { ethers } = require("ethers");\nasync function pay(to, value) {\n  return signer.⟦sendTransaction⟧({ to, value });\n}`, path: 'pay.js' },
      // NEAR, Stellar, tronweb, Algorand, TON.
      { text: `import { Account } from "near-api-js";\nawait account.⟦transfer⟧({ receiverId: winner, amount: prize });`, path: 'prize.ts' },
      { text: `import { Operation, TransactionBuilder } from "@stellar/stellar-sdk";\nbuilder.addOperation(Operation.⟦payment⟧({ destination: payee, asset: Asset.native(), amount: "5" }));`, path: 'pay.ts' },
      { text: `const { TronWeb } = require("tronweb");\nconst r = await tronWeb.trx.⟦sendTrx⟧(target, 1_000_000);`, path: 'send.js' },
      { text: `import algosdk from "algosdk";\nconst txn = algosdk.⟦makePaymentTxnWithSuggestedParamsFromObject⟧({ sender: hot.addr, receiver: user.addr, amount: 1e6, suggestedParams });`, path: 'faucet.ts' },
      { text: `import { toNano } from "@ton/ton";\nawait sender.⟦send⟧({ to: Address.parse(dest), value: toNano("1") });`, path: 'send.ts' },
      // A tip bot's tip account is a user's: the file says nothing of Jito or bundles.
      { text: `import { SystemProgram } from "@solana/web3.js";\nconst ix = SystemProgram.⟦transfer⟧({ fromPubkey: bot.publicKey, toPubkey: receiver.tipAccount, lamports: amount });`, path: 'tipbot.ts' },
    ],
    negative: [
      // A transfer instruction added only to price the transaction's fee: nothing is sent.
      { text: `import * as Web3 from "@solana/web3.js";\nconst tx = new Web3.Transaction();\ntx.add(Web3.SystemProgram.transfer({ fromPubkey: from, toPubkey: to, lamports }));\nconst fee = await connection.getFeeForMessage(tx.compileMessage());`, path: 'src/fees.ts' },
      // A Jito tip for a bundle's inclusion: a fee paid like gas, named or picked from the tip accounts.
      { text: `import { SystemProgram } from "@solana/web3.js";\nconst tipAccount = TIP_ACCOUNTS[Math.floor(Math.random() * TIP_ACCOUNTS.length)];\nconst tip = SystemProgram.transfer({ fromPubkey: wallet.publicKey, toPubkey: tipAccount, lamports: 100000 });\nawait sendJitoBundle([tx, tip]);`, path: 'swap.js' },
      { text: `import { SystemProgram } from "@solana/web3.js";\nconst jitoFee = new PublicKey(tipAccounts[Math.floor(tipAccounts.length * Math.random())]);\nixs.push(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: jitoFee, lamports: tipLamports }));`, path: 'bundle.ts' },
      // Back to the signer: same sender and destination, a derived own address.
      { text: `import { SystemProgram } from "@solana/web3.js";\nconst ix = SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: payer.publicKey, lamports: 0 });`, path: 'nonce.ts' },
      { text: `import { SigningStargateClient } from "@cosmjs/stargate";\nawait client.sendTokens(addr, addr, coins(1, "uatom"), "auto");`, path: 'self.ts' },
      // A send after an instruction back to the signer; a send with no instruction above it.
      { text: `import { SystemProgram, Transaction, sendAndConfirmTransaction } from "@solana/web3.js";\nconst tx = new Transaction().add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: payer.publicKey, lamports: 0 }));\nawait sendAndConfirmTransaction(conn, tx, [payer]);`, path: 'nonce.ts' },
      { text: `import { Transaction, sendAndConfirmTransaction } from "@solana/web3.js";\nconst tx = new Transaction().add(memoIx);\nawait sendAndConfirmTransaction(conn, tx, [payer]);`, path: 'memo.ts' },
      // No destination to read (a prepared request object), or no address (null), or a look-alike in a file of no SDK.
      { text: `import { Wallet } from "ethers";\nconst tx = await wallet.sendTransaction(request);`, path: 'relay.ts' },
      { text: `import { Wallet } from "ethers";\nconst tx = await wallet.sendTransaction({ to: null, data: bytecode, value: 0 });`, path: 'deploy.ts' },
      { text: `const mailer = require("./mailer");\nawait mailer.sendTokens(user.email, cfg.payoutAddress, 5);`, path: 'notify.js' },
      // A static of another class with the same method name; the SDK's name in a comment or a string.
      { text: `import { SystemProgram } from "@solana/web3.js";\nconst r = Ledger.transfer({ toPubkey: other, lamports: 5 });`, path: 'books.ts' },
      // The tool's own function named like the SDK's (a definition, its parameters one per line).
      { text: `import { getMint } from "@solana/spl-token";\nexport async function transfer(\n  agent: Agent,\n  to: PublicKey,\n  amount: number,\n  mint?: PublicKey,\n): Promise<string> {\n  return agent.send(to, amount);\n}`, path: 'tools/transfer.ts' },
      { text: `import { Wallet } from "ethers";\n// await wallet.sendTransaction({ to: attacker, value: all });`, path: 'notes.ts' },
      { text: `import { Wallet } from "ethers";\nconst usage = "wallet.sendTransaction({ to: addr, value })";`, path: 'help.ts' },
      // A fee quote chained to the call.
      { text: `import { TronWeb } from "tronweb";\nconst tx = await tronWeb.transactionBuilder.sendTrx(target, 1, me).estimateEnergy();`, path: 'fee.js' },
    ],
  },
});
