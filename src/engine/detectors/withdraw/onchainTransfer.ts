// The on-chain sends of onchain.ts that pay no payee and have no sweep or payout shape: back to the user's
// own wallet or a contract it calls, the plumbing of its own funds (approve, wrap, swap, deposit), a demo. Information.
import { notInComment, notInString } from '../../judge/codeContext';
import { defineDetector } from '../../defineDetector';
import { notADeclaration } from '../declaration';
import { sendPatterns } from './onchain';
import { CODE } from './shared';

/** The on-chain transfers that are not withdrawals worth a warning (withdraw/onchain-send reports those). */
export const withdrawOnchainTransfer = defineDetector({
  id: 'withdraw/onchain-transfer',
  title: 'on-chain transfer',
  // Information: back to the user's own wallet or a contract it calls, plumbing (approve, wrap, swap, deposit), a demo.
  severity: 'info',
  role: 'endpoint',
  message: 'Funds leave this wallet through {name}(…).',
  risk: 'The key that signs it can send the wallet\'s funds to any address.',
  advice: 'Check that the destination is your own and that the key signing it holds only what the bot needs. If the send is intended, suppress it with a reason (keyguard:allow withdraw — reason).',
  keywords: ['transfer', 'sendtransaction', 'sendsignedtransaction', 'send_raw_transaction', 'sendrawtransaction', 'sendhextransaction', 'send_transaction', 'sendandconfirmtransaction', 'writecontract', 'encode_abi', 'encodeabi', 'transactionbuilder.send', 'sendtransfer', 'submit'],
  validate: [notInComment, notInString, notADeclaration],
  files: CODE,
  patterns: sendPatterns(false),
  examples: {
    positive: [
      { text: `const { ethers } = require('ethers');\nasync function pay(to, amount) {\n  return wallet.⟦sendTransaction⟧({ to, value: ethers.parseEther(amount) });\n}`, path: 'pay.js' },
      // To the user's own wallets (cold, main, hot), or in an example script.
      { text: `const web3 = require('@solana/web3.js');\nconst t = new web3.Transaction().add(web3.SystemProgram.⟦transfer⟧({ fromPubkey: me, toPubkey: new web3.PublicKey(dest), lamports }));`, path: 'examples/sol.js' },
      { text: `const StellarSdk = require('stellar-sdk');\nfunction park(amount) {\n  return builder.addOperation(StellarSdk.Operation.⟦payment⟧({ destination: COLD_ACCOUNT, asset: StellarSdk.Asset.native(), amount })).build();\n}`, path: 'park.js' },
      { text: `const TronWeb = require('tronweb');\nconst tx = await tronWeb.transactionBuilder.⟦sendTrx⟧(mainWallet, amount, from);`, path: 'send.ts' },
      { text: `# monero wallet rpc client\nasync def transfer(self, destinations, account_index=None):\n    return await self.wallet.⟦transfer⟧(destinations, account_index)`, path: 'client.py' },
      // XRPL payments submitted: xrpl-py, xrpl.js, a signed blob posted to the JSON-RPC submit method.
      { text: `from xrpl.models.transactions import Payment\npay = Payment(account=w.address, amount=xrp_to_drops(5), destination=cold_wallet)\nres = ⟦submit_and_wait⟧(pay, client, w)`, path: 'pay.py' },
      { text: `const xrpl = require('xrpl');\nconst tx = { TransactionType: 'Payment', Account: w.address, Amount: '1000000', Destination: dest };\nconst r = await client.⟦submitAndWait⟧(tx, { wallet: w });`, path: 'examples/payment.js' },
      { text: `<?php\nuse XRPL_PHP\\Client\\JsonRpcClient;\n$tx = ['TransactionType' => 'Payment', 'Amount' => '10', 'Destination' => $hotWallet];\n$signed = $w->sign($client->autofill($tx));\n$body = json_encode(['method' => 'submit', 'params' => [['tx_blob' => $signed['tx_blob']]]]);\n$res = $client->⟦rawSyncRequest⟧('POST', '', $body);`, path: 'refill.php' },
      // The Solana CLI's transfers.
      { text: `solana ⟦transfer⟧ "$COLD_WALLET" 0.5 --allow-unfunded-recipient`, path: 'move.sh' },
      { text: `spl-token ⟦transfer⟧ "$MINT" 10 "$RECIPIENT" --fund-recipient`, path: 'examples/pay.sh' },
      { text: `from stellar_sdk import Asset\nbuilder.⟦append_path_payment_strict_send_op⟧(destination=dest, send_asset=Asset.native(), send_amount="5", dest_asset=usdc, dest_min="4.9", path=[])`, path: 'swap_pay.py' },
    ],
    negative: [
      { text: `from tronpy import Tron\ntxn = client.trx.transfer("TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC", "TPL66VK2gCXNCD7EJg9pgJRfqcRazjhUZY", 1_000000).build()`, path: 'tron.py' },
      { text: `const { ethers } = require('ethers');\n// wallet.sendTransaction({ to, value })`, path: 'pay.js' },
      // XRPL transactions that move no funds (account settings, a trust line); a form's submit in a file of no XRPL library.
      { text: `from xrpl.models.transactions import AccountSet, TrustSet\ntx = AccountSet(account=w.address, set_flag=8)\nres = submit_and_wait(tx, client, w)`, path: 'setup.py' },
      { text: `const tx = { TransactionType: 'TrustSet', Account: w.address, LimitAmount: lim };\nawait client.submitAndWait(tx, { wallet: w }); // xrpl`, path: 'trust.js' },
      { text: `const payment = { amount, destination };\nform.submit(payment);`, path: 'checkout.js' },
      // A Jito tip (builderTip.ts): a fee for the bundle's inclusion, no transfer worth a note.
      { text: `import { SystemProgram, PublicKey } from "@solana/web3.js";\nexport function tipIx(payer, lamports) {\n  const randomTipAccount = JITO_TIP_ACCOUNTS[Math.floor(Math.random() * JITO_TIP_ACCOUNTS.length)];\n  return SystemProgram.transfer({ fromPubkey: payer, toPubkey: new PublicKey(randomTipAccount), lamports });\n}`, path: 'src/jito.ts' },
    ],
  },
});
