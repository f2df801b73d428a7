// Cosmos-SDK chains (Cosmos Hub, Osmosis, Injective, …) move funds with messages composed and then broadcast with
// the wallet's key: a bank send, an IBC transfer, a Peggy bridge-out to Ethereum, an exchange-module transfer to
// another owner's subaccount. No call says "withdraw"; each message names its destination in a field. A warning
// when the destination is fixed in the code, is a payee (neither the wallet's own nor a contract), or the send has
// another sweep/payout shape (onchainRisk.ts); a note when it goes back to the user's own account.
import { pathContext } from '../../findings/contextSeverity';
import { demoContext } from '../../findings/liveNetwork';
import { notInComment, notInString } from '../../judge/codeContext';
import { sendRisk } from '../../judge/onchainRisk';
import { fieldShape, sendShape, type SendShape } from '../../judge/sendShape';
import { defineDetector, type PatternSpec, type Validator } from '../../defineDetector';
import { notADeclaration } from '../declaration';
import { rx } from '../fragments';
import { CODE } from './shared';
import { readsByIndent } from '../../judge/functionSpans';

/** The messages that send to another account, by the names SDKs compose them with, and their destination fields. */
const MESSAGES = {
  // pyinjective's composer (`composer.msg_send(from_address=…, to_address=…, amount=…)`).
  python: ['msg_send', 'msg_ibc_transfer', 'msg_send_to_eth', 'msg_external_transfer', 'MsgSend', 'MsgTransfer', 'MsgSendToEth'],
  // injective-ts / cosmjs-types message classes (`MsgSend.fromPartial({ toAddress, amount })`, `MsgSendToEth.fromJSON`).
  classes: ['MsgSend', 'MsgTransfer', 'MsgSendToEth', 'MsgExternalTransfer'],
};
const DEST_KEYS = 'to_address|toAddress|receiver|eth_dest|ethDest|destination_subaccount_id|destinationSubaccountId|dstInjectiveAddress|recipient';
const AMOUNT_KEYS = 'amount|token_amount|tokenAmount|value';
/** Only files that broadcast a message (a test that builds one and checks its bytes sends nothing). */
const BROADCASTS = ['broadcast', 'signandbroadcast'];

/** Keeps a message send whose shape is (or, with `risky` false, is not) risky. */
function risk(read: (text: string, end: number) => SendShape, risky: boolean): Validator {
  return {
    name: risky ? 'risky-cosmos-send' : 'ordinary-cosmos-send',
    test: (_v, ctx) => {
      // An SDK's example is a runnable script that broadcasts with the user's key (as its withdraw examples are);
      // a test's literal is a fixture.
      const where = pathContext(ctx.path);
      const test = where === 'test' && demoContext(where, ctx.path, ctx.text);
      return (sendRisk(ctx.text, ctx.start, read(ctx.text, ctx.end), test, readsByIndent(ctx.kind), ctx.path) !== undefined) === risky;
    },
  };
}

/** The named fields of the call (or object) opened right after the match. */
function named(text: string, end: number): SendShape {
  const open = text.slice(end, end + 40).search(/[({]/);
  return open === -1 ? { destinations: [], amounts: [] } : fieldShape(text.slice(end + open, end + open + 800), DEST_KEYS, AMOUNT_KEYS);
}

function messagePatterns(risky: boolean): PatternSpec[] {
  return [
    {
      re: rx(String.raw`[.](?<name>${MESSAGES.python.join('|')})[ \t]*\(`),
      keywords: ['msg_send', 'msg_ibc_transfer', 'msg_external_transfer', 'msgsend', 'msgtransfer'],
      validate: [risk(named, risky)],
      requires: { fileContains: BROADCASTS },
    },
    {
      re: rx(String.raw`(?<![A-Za-z0-9_$])(?<name>${MESSAGES.classes.join('|')})[.](?:fromPartial|fromJSON|fromObject|create)[ \t]*\(`),
      keywords: ['msgsend', 'msgtransfer', 'msgexternaltransfer'],
      validate: [risk(named, risky)],
      requires: { fileContains: BROADCASTS },
    },
    // cosmjs: the signing client composes and broadcasts in one call, `sendTokens(sender, recipient, coins, fee)`.
    {
      re: rx(String.raw`[.](?<name>sendTokens|sendIbcTokens)[ \t]*\(`),
      keywords: ['sendtokens', 'sendibctokens'],
      validate: [risk((t, e) => sendShape(t, e, 'to-second'), risky)],
      requires: { fileContains: ['cosmjs', 'stargate'] },
    },
  ];
}

const KEYWORDS = ['msg_send', 'msg_ibc_transfer', 'msg_external_transfer', 'msgsend', 'msgtransfer', 'msgexternaltransfer', 'sendtokens', 'sendibctokens'];

export const withdrawCosmosSend = defineDetector({
  id: 'withdraw/cosmos-send',
  title: 'Cosmos message send to another address',
  severity: 'warning',
  role: 'endpoint',
  message: 'Chain message {name}(…) pays another address: check where the funds go.',
  risk: 'A bank send, IBC transfer or bridge-out signed with the wallet key moves its funds to a payee, to an address written in the code, or moves the whole balance or one wallet per address of a list: the shapes of payout scripts and sweepers.',
  advice: 'Check where the funds go and who can run the send; keep the key that signs it apart from trading keys. If the send is intended, suppress it with a reason (keyguard:allow withdraw — reason).',
  keywords: KEYWORDS,
  validate: [notInComment, notInString, notADeclaration],
  files: CODE,
  patterns: messagePatterns(true),
  examples: {
    positive: [
      { text: `from pyinjective.core.broadcaster import MsgBroadcasterWithPk\nm = composer.⟦msg_send⟧(from_address=me, to_address="inj1qy0g4mjfrrhsjhu3w0ktgdxvz9yvq8jt6k6vma", amount=5, denom="inj")\nawait bc.broadcast([m])`, path: 'examples/send.py' },
      { text: `from pyinjective.core.broadcaster import MsgBroadcasterWithPk\nBRIDGE_TO = "0x8f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f70"\nm = composer.⟦msg_send_to_eth⟧(sender=me, denom="inj", eth_dest=BRIDGE_TO, amount=3, bridge_fee=fee)\nawait bc.broadcast([m])`, path: 'bridge_out.py' },
      { text: `from pyinjective.core.broadcaster import MsgBroadcasterWithPk\nother = "0x8f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f70000000000000000000000001"\nm = composer.⟦msg_external_transfer⟧(sender=me, source_subaccount_id=mine, destination_subaccount_id=other, amount=9, denom="inj")\nawait bc.broadcast([m])`, path: 'move.py' },
      { text: `import { MsgBroadcasterWithPk, MsgSend } from '@injectivelabs/sdk-ts';\nconst bal = await bank.fetchBalance({ accountAddress: me, denom: 'inj' });\nconst msg = ⟦MsgSend⟧.fromJSON({ srcInjectiveAddress: me, dstInjectiveAddress: payee, amount: { denom: 'inj', amount: bal.amount } });\nawait broadcaster.broadcast({ msgs: msg });`, path: 'sweep.ts' },
      { text: `import { SigningStargateClient } from '@cosmjs/stargate';\nconst res = await client.⟦sendTokens⟧(me, "cosmos1qy0g4mjfrrhsjhu3w0ktgdxvz9yvq8jt5xq3xz", coins(1000, 'uatom'), 'auto');`, path: 'pay.ts' },
      // A faucet pays whoever asks.
      { text: `import { SigningStargateClient } from '@cosmjs/stargate';\nexport class TokenFaucet {\n  async credit(to: string) {\n    await this.client.⟦sendTokens⟧(this.holder, to, coins(100, 'ustake'), 'auto');\n  }\n}`, path: 'faucet.ts' },
      // A send to the address its caller passes: a payee, neither the wallet's own nor a contract.
      { text: `from pyinjective.core.broadcaster import MsgBroadcasterWithPk\nasync def send(to, qty):\n    m = composer.⟦msg_send⟧(from_address=me, to_address=to, amount=qty, denom="inj")\n    return await bc.broadcast([m])`, path: 'wallet.py' },
      { text: `import { SigningStargateClient } from '@cosmjs/stargate';\nexport const pay = (to: string, n: number) => client.⟦sendTokens⟧(me, to, coins(n, 'uatom'), 'auto');`, path: 'pay.ts' },
    ],
    negative: [
      // A faucet named only in a comment (where the test tokens came from) makes no payout.
      { text: `import { SigningStargateClient } from '@cosmjs/stargate';\n// fund the account from the faucet first\nexport const park = (n: number) => client.sendTokens(me, vault, coins(n, 'uatom'), 'auto');`, path: 'pay.ts' },
      // Back to the owner's own address on another chain: information (withdraw/cosmos-transfer).
      { text: `from pyinjective.core.broadcaster import MsgBroadcasterWithPk\nasync def bridge_home(qty):\n    m = composer.msg_ibc_transfer(sender=me, receiver=my_address, source_port="transfer", source_channel=ch, amount=qty, denom="inj")\n    return await bc.broadcast([m])`, path: 'ibc.py' },
      // Built and checked, never broadcast (a unit test of the composer); a test's fixture address.
      { text: `from pyinjective.composer import Composer\nm = composer.msg_send(from_address=me, to_address="inj1qy0g4mjfrrhsjhu3w0ktgdxvz9yvq8jt6k6vma", amount=5, denom="inj")\nassert m.to_address`, path: 'pyinjective/helpers.py' },
      { text: `from pyinjective.core.broadcaster import MsgBroadcasterWithPk\nm = composer.msg_send(from_address=me, to_address="inj1qy0g4mjfrrhsjhu3w0ktgdxvz9yvq8jt6k6vma", amount=5, denom="inj")\nawait bc.broadcast([m])`, path: 'tests/test_send.py' },
      // Between the owner's own subaccounts (internal); the sender's own address literal is not the destination.
      { text: `from pyinjective.core.broadcaster import MsgBroadcasterWithPk\nm = composer.msg_subaccount_transfer(sender=me, source_subaccount_id=a, destination_subaccount_id="0x8f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f70000000000000000000000001", amount=1, denom="inj")\nawait bc.broadcast([m])`, path: 'internal.py' },
      { text: `import { MsgSend } from '@injectivelabs/sdk-ts';\nconst msg = MsgSend.fromJSON({ srcInjectiveAddress: "inj1qy0g4mjfrrhsjhu3w0ktgdxvz9yvq8jt6k6vma", dstInjectiveAddress: wallet.address, amount });\nawait broadcaster.broadcast({ msgs: msg });`, path: 'send.ts' },
      { text: `# composer.msg_send(to_address="inj1qy0g4mjfrrhsjhu3w0ktgdxvz9yvq8jt6k6vma") then broadcast`, path: 'notes.py' },
    ],
  },
});

export const withdrawCosmosTransfer = defineDetector({
  id: 'withdraw/cosmos-transfer',
  title: 'Cosmos message send',
  // Information: a send back to the user's own account (or a vault it holds), or in a test.
  severity: 'info',
  role: 'endpoint',
  message: 'Funds leave this account through the chain message {name}(…).',
  risk: 'The key that signs and broadcasts it can send the account\'s funds to any address.',
  advice: 'Check that the destination is your own and that the key signing it holds only what the bot needs. If the send is intended, suppress it with a reason (keyguard:allow withdraw — reason).',
  keywords: KEYWORDS,
  validate: [notInComment, notInString, notADeclaration],
  files: CODE,
  patterns: messagePatterns(false),
  examples: {
    positive: [
      { text: `from pyinjective.core.broadcaster import MsgBroadcasterWithPk\nasync def bridge_home(qty):\n    m = composer.⟦msg_ibc_transfer⟧(sender=me, receiver=my_address, source_port="transfer", source_channel=ch, amount=qty, denom="inj")\n    return await bc.broadcast([m])`, path: 'ibc.py' },
      { text: `import { SigningStargateClient } from '@cosmjs/stargate';\nexport const park = (n: number) => client.⟦sendTokens⟧(me, vault, coins(n, 'uatom'), 'auto');`, path: 'park.ts' },
    ],
    negative: [
      { text: `from pyinjective.composer import Composer\nm = composer.msg_send(from_address=me, to_address=to, amount=5, denom="inj")`, path: 'build.py' },
    ],
  },
});
