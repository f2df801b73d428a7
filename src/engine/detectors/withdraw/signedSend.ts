// The send-call shape (sendCalls.ts) with its signer in hand: `transferEther(new Account(key), to, amount)`,
// `send_token(url, kp, amount, to_address)`, `token.transfer(to_=addr, amount=n).send()`. Such a call signs and
// submits a transaction to the address it is given, so it is a warning where the bare shape is information. Listed
// before the shape in detectors/index.ts, so the same span is reported once, by this rule.
import { defineDetector, type Validator } from '../../defineDetector';
import { notInComment, notInString } from '../../judge/codeContext';
import { cachedFunctionSpans, enclosingSpan } from '../../judge/functionSpans';
import { carriesSigner } from '../../judge/sendSigner';
import { TextMemo } from '../../judge/textMemo';
import { notADeclaration } from '../declaration';
import { notADefinitionSite, SEND_CALL, SEND_CALL_WORDS, sendsToAddress } from './sendCalls';
import { CODE, WHY, WITHDRAW_ADVICE } from './shared';

/** Keeps a send whose signer is among its arguments, builds its receiver, or whose result is submitted at once. */
const signedSend: Validator = {
  name: 'send-carries-signer',
  reach: { before: 240, after: 900 },
  test: (_v, ctx) => carriesSigner(ctx.text, ctx.start, ctx.text.indexOf('(', ctx.end)),
};

/** A test suite's body (`it("…", async () => {`, `describe(`, then `expect(`): its sends run in a sandbox the suite sets up. */
const TEST_SUITE = /\b(?:describe|it|test)\([ \t]*["'`]/;

/** Whether a text is a test suite, asked once per file rather than at every send in it. */
const SUITES = new TextMemo<boolean>();

/** Drops sends in a file that is a test suite by its text, whatever its path (`wallets/v1/r1.trait.ts`). */
const notInTestSuite: Validator = {
  name: 'not-in-test-suite',
  test: (_v, ctx) => !SUITES.get(ctx.text, '', () => TEST_SUITE.test(ctx.text) && /\bexpect\(/.test(ctx.text)),
};

/** Drops an overload forwarding to its namesake (`fun send(key, to, v) { send(key, nonce(), to, v) }`): its callers are the sites. */
const notAnOverloadForward: Validator = {
  name: 'not-an-overload-forward',
  test: (value, ctx) => {
    if (/\.[ \t]*$/.test(ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start))) return true;
    return enclosingSpan(cachedFunctionSpans(ctx.text, ctx.kind), ctx.start)?.name !== value;
  },
};

export const withdrawSignedSendCall = defineDetector({
  id: 'withdraw/signed-send-call',
  title: 'a signed call that sends funds to an address',
  severity: 'warning',
  role: 'endpoint',
  message: '{name}(…) signs and sends funds to an address handed to it.',
  risk: `${WHY} The call holds the key that signs the transfer: whatever address reaches it is paid.`,
  advice: WITHDRAW_ADVICE,
  keywords: SEND_CALL_WORDS,
  validate: [notInComment, notInString, notADeclaration, notADefinitionSite],
  files: CODE,
  patterns: [{ re: SEND_CALL, linesAfter: 6, validate: [sendsToAddress, signedSend, notInTestSuite, notAnOverloadForward] }],
  examples: {
    positive: [
      { text: `var hash = await payer.⟦SendCoinsAsync⟧(new Account(cfg.PrivateKey), cfg.Destination, cfg.Amount);`, path: 'Tools/Cli.cs' },
      { text: `tx = await ⟦send_asset⟧(node_url, kp, amount, req.to_address)`, path: 'api/app.py' },
      { text: `op = fa2.⟦transfer⟧(to_=req.to_address, amount=req.amount).send()`, path: 'api/tezos_pay.py' },
      { text: `res = Payer.new(config.seed).⟦transfer⟧(amount, destination_address)`, path: 'lib/payer.rb' },
      { text: `wallet.⟦sendFunds⟧(row.login, row.pwd, target.address, amount).then(log);`, path: 'bot/tips.js' },
      // web3dart's generated contract call, handed the credentials that sign it.
      { text: `await token.⟦sendCoin⟧(receiver, amount, credentials: credentials);`, path: 'lib/pay.dart' },
      // An amount named by its coins (Kotlin wallets' `value: Coins`).
      { text: `chain.⟦transfer⟧(\n    hotPrivateKey.toByteArray(),\n    payout.address,\n    coins\n)`, path: 'bot/Approve.kt' },
    ],
    negative: [
      // No signer: the bare shape stays information (withdraw/send-call).
      { text: `hash = await bnb.sendBNB(tipTarget.walletAddress, amount)`, path: 'libs/tip.py' },
      // A ledger move between users, a definition, a comment, a message.
      { text: `ledger.transfer(sender_key, toUser, amount)`, path: 'tips.py' },
      { text: `def send_asset(node_url, kp, amount, to_address):\n    pass`, path: 'api/payouts.py' },
      { text: `# send_asset(node_url, kp, amount, to_address) pays the user`, path: 'api/payouts.py' },
      { text: `await bot.sendMessage(chatId, \`paid \${amount} to \${address} with key \${keyName}\`);`, path: 'bot.js' },
      // A signer word in the arguments of a call that only builds or prices a send.
      { text: `fee = estimate_transfer_fee(private_key, to_address, amount)`, path: 'fees.py' },
      // The public half of a key pair (a fee estimate's instruction), a deposit swept home, a sender forwarding to another.
      { text: `ix = transfer(TransferParams(from_pubkey=self.keypair.pubkey(), to_pubkey=receiver_address, lamports=amount))`, path: 'fees.py' },
      { text: `chain.sendToken(\n    privateKey = depositPk,\n    destinationAddress = masterWalletAddress,\n    value = amount\n)`, path: 'Sweeper.kt' },
      { text: `fun sendToken(privateKey: ByteArray, to: String, value: Long) {\n    if (native) return sendCoins(privateKey, to, value)\n}`, path: 'Chain.kt' },
      { text: `suspend fun sendCoins(privateKey: ByteArray, to: String, value: BigInteger) {\n    val nonce = nonceOf(privateKey)\n    sendCoins(privateKey, nonce, to, value)\n}`, path: 'Chain.kt' },
      // A test suite's send against its own sandboxed wallet.
      { text: `it("moves the seqno", async () => {\n  await wallet.sendTransfer({ seqno, secretKey: keys.secretKey, to: wallet.address, value: 1n });\n  expect(await wallet.getSeqno()).toBe(seqno + 1);\n});`, path: 'src/wallet/v9.trait.ts' },
      // A simulated wallet's file.
      { text: `tx = wallet.transfer(private_key, to_address, amount)`, path: 'wallets/fake_wallet.py' },
    ],
  },
});
