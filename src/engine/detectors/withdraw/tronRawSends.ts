// tronweb's broadcast of a signed transaction (`tronWeb.trx.sendRawTransaction(signed)`, `trx.sendHexTransaction(hex)`).
// What a bot, a payment service or a wallet signs with tronweb is a TRX or TRC-20 transfer, often built in another
// function (`generateTx(to, wallet, amount)`) or handed in already signed: every labeller marks such a broadcast as a
// send, outside tests and docs. The broadcast of something that pays no one (a freeze, a vote, an approval, a resource
// delegation built above it) stays a note.
import type { Example, Validator } from '../../defineDetector';
import { pathContext } from '../../findings/contextSeverity';
import { demoContext } from '../../findings/liveNetwork';
import { linesAbove } from '../../text/linesAbove';

/** How far above the broadcast its transaction's build is looked for, in lines. */
const MAX_LINES = 40;
/** The broadcast's receiver: tronweb's `trx` module (`tronWeb.trx.`, `this.__tronWebOfficial.trx.`). */
const TRX_RECEIVER = /(?<![A-Za-z0-9_$])trx[ \t]*\.[ \t]*$/;
/** A tronweb build that moves no funds to anyone, or a contract call that only approves. */
const PAYS_NO_ONE = /transactionBuilder[ \t]*\.[ \t]*(?:freezeBalance|unfreezeBalance|vote|delegateResource|undelegateResource|withdrawBlockRewards|withdrawExpireUnfreeze|createToken|updateToken|updateAccount|applyForSR|createSmartContract|triggerConstantContract|triggerConfirmedConstantContract|createAccount|updateSetting|updateEnergyLimit|accountPermissionUpdate)\w*[ \t]*\(|["']approve\(address,[ \t]*uint256\)["']/;

/**
 * Keeps a broadcast through tronweb's `trx` module outside a demo (a test or a docs example that runs nothing), when
 * nothing built in the 40 lines above it pays no one.
 */
export const tronRawSendPays: Validator = {
  name: 'tron-raw-send-pays',
  reach: { before: MAX_LINES * 200 + 40, after: 0 },
  test: (_v, ctx) => {
    if (!TRX_RECEIVER.test(ctx.text.slice(Math.max(0, ctx.start - 20), ctx.start))) return false;
    if (demoContext(pathContext(ctx.path), ctx.path, ctx.text)) return false;
    return !PAYS_NO_ONE.test(linesAbove(ctx.text, ctx.start, MAX_LINES, MAX_LINES * 200));
  },
};

/** Examples (withdraw/onchain-send runs them). */
export const TRON_RAW_SEND_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    // A payment plugin's send: the transfer is built by a helper of the file, the broadcast is the send.
    { text: `const TronWeb = require('tronweb');
async function sendCoins(account, tx) {
  const signed = await buildTransfer(tx.toAddress, walletOf(account), tx.amount);
  const res = await tronWeb.trx.⟦sendRawTransaction⟧(signed);
  if (!res.result) throw new Error(res.code);
  return res.txid;
}`, path: 'plugins/tron/wallet.js' },
    // A wallet SDK's broadcast of a transaction signed elsewhere, given as hex.
    { text: `import TronWeb from 'tronweb';
export class TronApi {
  async broadcastHex(signedHex: string) {
    return await this.tronWeb.trx.⟦sendHexTransaction⟧(signedHex);
  }
}`, path: 'src/tron/api.ts' },
  ],
  negative: [
    // A freeze for energy is signed and broadcast: nobody is paid.
    { text: `const TronWeb = require('tronweb');
async function stake(tronWeb, sun, owner) {
  const tx = await tronWeb.transactionBuilder.freezeBalanceV2(sun, 'ENERGY', owner);
  const signed = await tronWeb.trx.sign(tx);
  return tronWeb.trx.sendRawTransaction(signed);
}`, path: 'stake.js' },
    // A test broadcasting against a mocked node.
    { text: `const TronWeb = require('tronweb');
it('broadcasts', async () => {
  const res = await tronWeb.trx.sendRawTransaction(signedFixture);
  expect(res.result).toBe(true);
});`, path: 'test/broadcast.test.js' },
  ],
};
