// The request that sends a chain transaction built a few lines above it: Substrate's submit_extrinsic, Hedera's
// execute(client), Mesh's submitTx, Aptos' submit.simple, Algorand's send_transaction, the XRPL's submit_and_wait.
// withdraw/chain-send reports the build (where the payee is written); the funds leave at the submit, where labellers
// following "one request, one fact" put the send. Reported when the build above would be reported and the two are on
// different lines (a call chained on one line is one finding).
import { defineDetector, type MatchContext, type PatternSpec, type Validator } from '../../defineDetector';
import { notInComment, notInString } from '../../judge/codeContext';
import { matchesAbove } from '../../text/linesAbove';
import { rx } from '../fragments';
import { ALL_SENDS, buildJudges } from './chainSends';
import type { ChainSend } from './chainSendTable';
import { CODE } from './shared';

/** How many lines above its submit a build is looked for. */
const ABOVE = 40;

/** Each entry's build regex and judges, made once (a submit asks them of every build above it). */
const BUILDS = new Map(ALL_SENDS.map((s) => [s, { re: rx(s.re), judges: buildJudges(s) }]));

/** The entries that name a separate submit, by that submit's regex source. */
function bySubmit(sends: readonly ChainSend[]): Map<string, ChainSend[]> {
  const groups = new Map<string, ChainSend[]>();
  for (const s of sends) if (s.submitCall) groups.set(s.submitCall, [...(groups.get(s.submitCall) ?? []), s]);
  return groups;
}

/** True when a build of `send` above the submit, with no other submit between and not on the submit's line, is reported. */
function buildsRisky(send: ChainSend, submit: RegExp, ctx: MatchContext): boolean {
  const { re, judges } = BUILDS.get(send)!;
  return matchesAbove(ctx.text, ctx.start, ABOVE, re).some(({ m, at }) => {
    const span = m.indices?.groups?.name;
    if (!span) return false;
    const start = at + span[0] - (m.index ?? 0);
    const end = start + (span[1] - span[0]);
    const between = ctx.text.slice(end, ctx.start);
    if (!between.includes('\n') || submit.test(between)) return false;
    const name = ctx.text.slice(start, end);
    return judges.every((j) => j.test(name, { ...ctx, start, end }));
  });
}

/** Keeps a submit that sends a risky build of one of the entries above it. */
function sendsRiskyBuild(sends: ChainSend[], source: string): Validator {
  const submit = new RegExp(source);
  return {
    name: 'sends-a-risky-build-above',
    // The builds' own judges read around them (a payee's fields, a receiver's constructor).
    reach: { before: ABOVE * 200 + 4400, after: 8400 },
    test: (_v, ctx) => sends.some((s) => buildsRisky(s, submit, ctx)),
  };
}

const GROUPS = bySubmit(ALL_SENDS);

/** One pattern per submit shape, requiring one of its SDKs in the file. */
const PATTERNS: PatternSpec[] = [...GROUPS].map(([source, sends]) => ({
  re: rx(source),
  keywords: ['submit', 'send', 'execute'],
  validate: [notInString, sendsRiskyBuild(sends, source)],
  requires: { fileContains: [...new Set(sends.flatMap((s) => s.libs))] },
}));

/** The submit of a chain transaction whose transfer, built above it, pays another address. */
export const withdrawChainSubmit = defineDetector({
  id: 'withdraw/chain-submit',
  title: 'submit of a chain transfer to another address',
  severity: 'warning',
  role: 'endpoint',
  message: '{name}(…) submits a transfer built above to another address: check where the funds go.',
  risk: 'This request broadcasts a transaction that moves the wallet\'s funds to another account (a payout, a sweep, a fixed recipient).',
  advice: 'Check where the funds go and who can trigger the transfer; keep the key that signs it apart from trading keys. If the send is intended, suppress it with a reason (keyguard:allow withdraw — reason).',
  keywords: ['submit', 'send', 'execute'],
  validate: [notInComment],
  files: CODE,
  patterns: PATTERNS,
  examples: {
    positive: [
      // py-substrate-interface: the extrinsic of a transfer composed above is submitted.
      { text: `from substrateinterface import SubstrateInterface\ncall = node.compose_call(\n    call_module="Balances",\n    call_function="transfer_keep_alive",\n    call_params={"dest": payee, "value": 10**10},\n)\next = node.create_signed_extrinsic(call=call, keypair=kp)\nreceipt = node.⟦submit_extrinsic⟧(ext, wait_for_inclusion=True)`, path: 'pay.py' },
      // Hedera: the signed transfer executed on a later line.
      { text: `const { TransferTransaction, Hbar } = require("@hashgraph/sdk");\nconst tx = new TransferTransaction()\n  .addHbarTransfer(operatorId, new Hbar(-20))\n  .addHbarTransfer(payeeId, new Hbar(20))\n  .freezeWith(client);\nconst signed = await tx.sign(operatorKey);\nconst sent = await signed.⟦execute⟧(client);`, path: 'pay.js' },
      // Mesh and Aptos: the submit of a transaction built above.
      { text: `import { Transaction } from '@meshsdk/core';\nconst tx = new Transaction({ initiator: wallet }).sendLovelace(buyer, '1500000');\nconst signed = await wallet.signTx(await tx.build());\nconst hash = await wallet.⟦submitTx⟧(signed);`, path: 'refund.ts' },
      { text: `import { Aptos } from "@aptos-labs/ts-sdk";\nconst t = await aptos.transaction.build.simple({\n  sender: me.accountAddress,\n  data: { function: "0x1::aptos_account::transfer", functionArguments: [vault, 5000] },\n});\nconst auth = aptos.transaction.sign({ signer: me, transaction: t });\nconst done = await aptos.transaction.⟦submit.simple⟧({ transaction: t, senderAuthenticator: auth });`, path: 'move.ts' },
      // Algorand and the XRPL (Python).
      { text: `from algosdk import transaction\nunsigned = transaction.PaymentTxn(\n    sender=me,\n    sp=params,\n    receiver=payee,\n    amt=10000,\n)\nsigned = unsigned.sign(sk)\ntxid = client.⟦send_transaction⟧(signed)`, path: 'pay.py' },
      { text: `from xrpl.models import Payment\npayment = Payment(account=hot.address, destination=payee, amount="10")\nsigned = autofill_and_sign(payment, client, hot)\nresult = ⟦submit_and_wait⟧(signed, client)`, path: 'pay.py' },
    ],
    negative: [
      // Chained on the build's own line: withdraw/chain-send reports it once, there.
      { text: `const { ApiPromise } = require('@polkadot/api');\nconst h = await api.tx.balances.transferKeepAlive(payee, 10n ** 10n).signAndSend(signer);`, path: 'send.js' },
      // Back to the sender's own address; a transfer already sent by an earlier submit; a build 40 lines away.
      { text: `from algosdk import transaction\ntxn = transaction.PaymentTxn(me, params, me, 0)\nsigned = txn.sign(sk)\nclient.send_transaction(signed)`, path: 'rekey.py' },
      { text: `const { TransferTransaction, AccountCreateTransaction, Hbar } = require("@hashgraph/sdk");\nawait new TransferTransaction().addHbarTransfer(operatorId, new Hbar(-20)).addHbarTransfer(payeeId, new Hbar(20)).execute(client);\nconst made = new AccountCreateTransaction()\n  .setKey(pub);\nawait made.execute(client);`, path: 'setup.js' },
      { text: `from xrpl.models import Payment\npayment = Payment(account=hot.address, destination=payee, amount="10")\n${'log("step")\n'.repeat(41)}result = submit_and_wait(other, client)`, path: 'far.py' },
      // A form's submit in a file of no chain SDK.
      { text: `const payment = { account: user, destination: iban };\nform.submit();`, path: 'checkout.js' },
    ],
  },
});
