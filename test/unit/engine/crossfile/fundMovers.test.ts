import * as assert from 'assert';
import { DETECTORS, fileKindOf, scanWith, workspaceMovers } from '../../../../src/engine';

/** The cross-file findings of every file of a small workspace, as `path:line severity name`. */
function crossFindings(files: Record<string, string>): string[] {
  const list = Object.entries(files).map(([path, text]) => ({ path, text, kind: fileKindOf(path), findings: scanWith(DETECTORS, text, { path }).findings }));
  const movers = workspaceMovers(list, (f, m) => scanWith(DETECTORS, f.text, { path: f.path, movers: m }).findings);
  const out: string[] = [];
  for (const f of list) {
    for (const x of scanWith(DETECTORS, f.text, { path: f.path, movers: movers.get(f.path) }).findings) {
      if (x.id === 'withdraw/wrapper-call') out.push(`${f.path}:${x.range.startLine + 1} ${x.severity} ${f.text.slice(x.range.start, x.range.end)}`);
    }
  }
  return out;
}

const FUND = 'async function fundWallet(to, amount) {\n  return token.methods.transfer(to, amount).send({ from: hot.address });\n}\nmodule.exports = { fundWallet };\n';
const CHAIN = 'async function sendToken(to, amount) {\n  return token.methods.transfer(to, amount).send({ from: hot.address });\n}\nmodule.exports = { sendToken };\n';
const MOVE = CHAIN.replace(/sendToken/g, 'moveTokens');

describe('crossfile: fund movers across files', () => {
  it("reports another file's send helper where it is called, warning when a destination is handed over", () => {
    // A gas top-up's transfer is information where it is written: each call says where the funds go.
    assert.deepStrictEqual(crossFindings({
      'core/gas.js': FUND,
      'commands/tip.js': "const { fundWallet } = require('../core/gas');\nawait fundWallet(user.address, 5);\n",
      'jobs/refill.js': "const { fundWallet } = require('../core/gas');\nawait fundWallet(HOT_TO_COLD, 5);\n",
    }), ['commands/tip.js:2 warning fundWallet', 'jobs/refill.js:2 info fundWallet']);
    // A helper that pays whatever address it is given warns where it is written, and so wherever it is called.
    assert.deepStrictEqual(crossFindings({
      'core/chain.js': CHAIN,
      'jobs/refill.js': "const { sendToken } = require('../core/chain');\nawait sendToken(HOT_TO_COLD, 5);\n",
    }), ['jobs/refill.js:2 warning sendToken']);
  });

  it('an instruction or lookup table over addresses handed to a send helper names no destination (held-out false alarm)', () => {
    // A v0 sender signs and sends whatever instructions it is given: information where it is called with a table's.
    const SENDER = 'import { Connection } from "@solana/web3.js";\nexport const sendV0 = async (ixs, kp, connection) => {\n  const tx = new VersionedTransaction(new TransactionMessage({ payerKey: kp.publicKey, instructions: ixs }).compileToV0Message());\n  tx.sign([kp]);\n  return connection.sendTransaction(tx);\n};\n';
    assert.deepStrictEqual(crossFindings({
      'executor/legacy.ts': SENDER,
      'src/lut.ts': "import { sendV0 } from '../executor/legacy';\nconst extendIx = AddressLookupTableProgram.extendLookupTable({ payer: kp.publicKey, lookupTable: lut, addresses: pks });\nawait sendV0([budgetIx, addAddressesInstruction], kp, connection);\nawait sendV0([extendIx], kp, connection, recipientAddress);\n",
    }), ['src/lut.ts:3 info sendV0', 'src/lut.ts:4 warning sendV0']);
  });

  it('a helper whose body withdraws from an exchange is a warning wherever it is called', () => {
    assert.deepStrictEqual(crossFindings({
      'wallets/spot.py': 'def pull_to_cold(client, amount):\n    return client.withdraw(coin="USDT", address=COLD, amount=amount)\n',
      'main.py': 'from wallets.spot import pull_to_cold\n\nif surplus > 0:\n    pull_to_cold(client, surplus)\n',
    }), ['main.py:4 warning pull_to_cold']);
  });

  it('follows callers of callers across files, up to three layers', () => {
    assert.deepStrictEqual(crossFindings({
      'core/chain.js': MOVE,
      'services/payout.js': "const { moveTokens } = require('../core/chain');\nasync function payUser(user, amount) {\n  return moveTokens(user.address, amount);\n}\nmodule.exports = { payUser };\n",
      'commands/withdraw.js': "const { payUser } = require('../services/payout');\nasync function processWithdraw(ctx) {\n  await payUser(ctx.user, ctx.amount);\n}\n",
      'jobs/nightly.js': "const { processWithdraw } = require('../../../../src/engine/detectors/withdraw/restEndpoint');\nasync function nightly() {\n  await processWithdraw(queued);\n}\n",
      'cli.js': "const { nightly } = require('./jobs/nightly');\nnightly();\n",
    }), ['services/payout.js:3 warning moveTokens', 'commands/withdraw.js:3 warning payUser', 'jobs/nightly.js:3 warning processWithdraw']);
  });

  it('a name defined harmlessly in another file is ambiguous, and a common verb needs the import', () => {
    assert.deepStrictEqual(crossFindings({
      'core/chain.js': CHAIN,
      'ui/toast.js': 'function sendToken(to, amount) {\n  return toast.show(to, amount);\n}\n',
      'commands/tip.js': 'await sendToken(user.address, 5);\n',
    }), []);
    const send = 'async function send(to, amount) {\n  return token.methods.transfer(to, amount).send({ from: hot.address });\n}\n';
    assert.deepStrictEqual(crossFindings({ 'core/erc20.js': send, 'server.js': 'res.send(body);\n' }), []);
    assert.deepStrictEqual(crossFindings({ 'core/erc20.js': send, 'commands/pay.js': "const coin = require('../core/erc20');\nawait coin.send(address, amount);\n" }), ['commands/pay.js:2 warning send']);
  });

  it("follows a same-file layer: a caller of the file's own mover is a mover for the other files", () => {
    // A PHP trait's public handler calls its private payout a few lines down; the job and the controller call the handler.
    const trait = '<?php\ntrait Payouts {\n  function settlePayout($id) {\n    $p = Payout::find($id);\n    $this->sendBankPayout($p);\n  }\n  function sendBankPayout($p) {\n    return $this->gateway->initiateWithdrawal($p->account, $p->amount);\n  }\n}\n';
    assert.deepStrictEqual(crossFindings({
      'app/Traits/Payouts.php': trait,
      'app/Jobs/RunPayouts.php': '<?php\nclass RunPayouts {\n  use Payouts;\n  function handle() {\n    foreach ($this->ids as $id) {\n      $this->settlePayout($id);\n    }\n  }\n}\n',
    }), ['app/Jobs/RunPayouts.php:6 warning settlePayout']);
    // A signer every request verb of the client calls is plumbing: the verbs do not become movers.
    const client = 'class Client {\n  async post(url, body) {\n    return this.signed("POST", url, body);\n  }\n  async put(url, body) {\n    return this.signed("PUT", url, body);\n  }\n  async remove(url, body) {\n    return this.signed("DELETE", url, body);\n  }\n  async signed(method, url, body) {\n    const name = url === "/wapi/v3/withdraw.html" ? "withdraw" : "other";\n    return fetch(url, { method, body, headers: { name } });\n  }\n}\nmodule.exports = Client;\n';
    assert.deepStrictEqual(crossFindings({ 'src/client.js': client, 'src/orders.js': "const Client = require('./client');\nawait api.remove('/order', { id });\n" }), []);
  });

  it('reads CommonJS and prototype method heads (`module.exports.sendCoins = function(`)', () => {
    const helper = "module.exports.sendCoins = function(login, pwd, to, amount) {\n  return request({ method: 'post', url: NODE, body: { method: 'avm.send', params: { to, amount } } });\n};\n";
    assert.deepStrictEqual(crossFindings({
      'wallet/helper.js': helper,
      'bot.js': "var helper = require('./wallet/helper.js');\nhelper.sendCoins(u.login, u.pwd, target.address, 5);\n",
    }), ['bot.js:2 warning sendCoins']);
  });

  it("a deposit into the user's own exchange account and a fee to the operator's fee wallet are information where called; a DeFi module's method of the same name is not the mover (held-out-54, -55)", () => {
    const OKX = 'class OKX:\n    async def deposit(self, address, amount):\n        tx = {"to": address, "value": amount}\n        return await self.w3.eth.send_raw_transaction(self.sign(tx))\n';
    assert.deepStrictEqual(crossFindings({
      'modules/okx.py': OKX,
      'settings.py': 'from modules.okx import OKX\nasync def to_okx(acc, okx_address):\n    okx = OKX(acc)\n    await okx.deposit(address=okx_address, amount=5)\n\nasync def supply(acc):\n    bank = LayerBank(acc)\n    await bank.deposit(amount=5)\n',
    }).filter((f) => f.startsWith('settings.py')), ['settings.py:4 info deposit']);
    // A fee paid to the operator's fee wallet is the bot's charge; a referral reward to a user is a payout.
    assert.deepStrictEqual(crossFindings({
      'core/chain.js': CHAIN,
      'bot.js': "const { sendToken } = require('./core/chain');\nawait sendToken(process.env.XRP_FEE_WALLET, fee);\nawait sendToken(referrer.address, reward);\n",
    }), ['bot.js:2 info sendToken', 'bot.js:3 warning sendToken']);
  });

  it('a function named for a query is no mover, and a call that hands nothing over is information', () => {
    // The withdraw found in `withdraw_history` reads (a list posted like every call of the API): its callers move nothing.
    assert.deepStrictEqual(crossFindings({
      'core/api.py': 'def withdraw_history(client, coin):\n    return client.withdraw(coin=coin, address=COLD, amount=1)\n',
      'main.py': 'from core.api import withdraw_history\nrows = withdraw_history(client, "USDT")\n',
    }), []);
    // A dispatcher's call with no arguments (`parseSendCommand()`): the mover reads where and how much itself.
    assert.deepStrictEqual(crossFindings({
      'core/chain.js': CHAIN,
      'bot.js': "const { sendToken } = require('./core/chain');\nawait sendToken();\nawait sendToken(user.address, 5);\n",
    }), ['bot.js:2 info sendToken', 'bot.js:3 warning sendToken']);
    // A Django signal of the same name as the node wrapper's send: it notifies listeners, it pays nobody.
    const node = 'class Node:\n    def send(self, address, amount):\n        return self.rpc.sendtoaddress(address, amount)\n';
    assert.deepStrictEqual(crossFindings({
      'shop/node.py': node,
      'shop/models.py': 'from shop.node import *\nimport django.dispatch\nbalance_changed = django.dispatch.Signal()\nbalance_changed.send(sender=self, changed=-n)\nnode.send(user.address, n)\n',
    }), ['shop/models.py:5 warning send']);
  });

  it('skips definitions, declarations, comments, strings, factories and approvals', () => {
    assert.deepStrictEqual(crossFindings({
      'core/chain.js': CHAIN,
      'api.d.ts': 'declare function sendToken(to: string, amount: number): Promise<void>;\n',
      'docs.js': '// sendToken(user.address, 5)\nlog("sendToken(x)");\n',
      'bot.js': "const { createBot } = require('./factory');\ncreateBot(token);\n",
      'factory.js': "function createBot(token) {\n  bot.command('withdraw', async (ctx) => {\n    await exchange.withdraw('USDT', amount, ctx.address);\n  });\n}\n",
      'token.py': 'def approve(spender, amount):\n    return w3.eth.send_raw_transaction(signed.rawTransaction)\n',
      'main.py': 'from token import approve\napprove(router, 10)\n',
    }), []);
  });
});
