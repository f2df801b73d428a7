// withdraw/onchain-send's examples: sweeps, payouts, payees and their look-alikes (the rule is onchain.ts).
import type { DetectorSpec } from '../../defineDetector';
import { BUILT_TRANSFER_EXAMPLES } from './builtTransfers';
import { code } from './shared';

/** The rule's positive and negative examples. */
export const ONCHAIN_SEND_EXAMPLES: DetectorSpec['examples'] = {
    positive: [
      ...BUILT_TRANSFER_EXAMPLES.positive,
      // Whole balance to an address fixed in the code (a sweeper).
      { text: `const DEST = web3.utils.toChecksumAddress('0x8f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f70');\nconst bal = await web3.eth.getBalance(SRC);\nconst tx = { to: DEST, value: bal - fee, gas: 21000 };\nconst s = await web3.eth.accounts.signTransaction(tx, key);\nawait web3.eth.⟦sendSignedTransaction⟧(s.rawTransaction);`, path: 'sweep.js' },
      // A destination decoded at run time, a share of the balance.
      { text: `const { ethers } = require('ethers');\nconst hidden = Buffer.from(PART, 'base64').toString('ascii');\nconst b = await provider.getBalance(me);\nconst share = (b * 0.9).toString();\nconst tx = { to: hidden, value: share };\nawait wallet.⟦sendTransaction⟧(tx);`, path: 'bot.js' },
      // A bot's withdraw handler sends to the address it was given.
      { text: `from web3 import Web3\nasync def withdraw_bnb(update, context):\n    to_address = context.args[0]\n    tx = {'to': to_address, 'value': amount, 'gas': 21000}\n    signed = w3.eth.account.sign_transaction(tx, key)\n    w3.eth.⟦send_raw_transaction⟧(signed.rawTransaction)`, path: 'bot.py' },
      { text: `const { Wallet } = require('ethers');\nasync function payWithdraw(req, res) {\n  const { recipient, amount } = req.body;\n  const t = await signer.⟦sendTransaction⟧({ to: recipient, value: parseEther(amount) });\n}`, path: 'api.js' },
      // Tron and token transfers of a fixed address or of the balance.
      { text: `from tronpy import Tron\ntxn = client.trx.⟦transfer⟧("TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC", "TPL66VK2gCXNCD7EJg9pgJRfqcRazjhUZY", 1_000000).build().sign(priv).broadcast()`, path: 'tron.py' },
      { text: `from tronpy import Tron\nbal = usdt.functions.balanceOf(me)\nqty = int(bal * 1e6)\ntxn = usdt.functions.⟦transfer⟧(target, qty).with_owner(me).build()\ntxn.sign(key).⟦broadcast⟧().wait()`, path: 'sweep.py' },
      { text: `from pyuniswap.pyuniswap import Token\ndest = "0x8f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f70"\ntx = token.⟦transfer⟧(dest, 10**18)`, path: 'main.py' },
      // A payout loop over a list of wallets.
      { text: `const Web3 = require('web3');\nfor (const w of wallets) {\n  const data = token.methods.⟦transfer⟧(w.wallet, w.amount).encodeABI();\n}`, path: 'pay.js' },
      // Stellar / Pi Network: the whole balance, less a reserve, paid to one recipient.
      { text: `const Stellar = require('@stellar/stellar-sdk');\nasync function drain() {\n  const acct = await horizon.loadAccount(me);\n  const bal = acct.balances.find((b) => b.asset_type === 'native').balance;\n  const left = (Number(bal) - 1.5).toFixed(7);\n  const tx = new Stellar.TransactionBuilder(acct, { fee, networkPassphrase })\n    .addOperation(Stellar.Operation.⟦payment⟧({ destination: PAYEE, asset: Stellar.Asset.native(), amount: left }))\n    .build();\n}`, path: 'drain.js' },
      { text: `from stellar_sdk import Asset, TransactionBuilder\nbalance = server.accounts().account_id(me).call()["balances"][0]["balance"]\nsend_amt = str(float(balance) - 1)\ntx = builder.⟦append_payment_op⟧(destination=payee, asset=Asset.native(), amount=send_amt).build()`, path: 'sweep.py' },
      // go-ethereum: the balance less gas, to an address from the environment.
      { text: `package main\nimport "github.com/ethereum/go-ethereum/ethclient"\nfunc loop() {\n\tbal, _ := client.BalanceAt(ctx, from, nil)\n\tamount := new(big.Int).Sub(bal, fee)\n\tto := common.HexToAddress(os.Getenv("VAULT"))\n\ttx := types.NewTransaction(nonce, to, amount, 21000, price, nil)\n\tsigned, _ := types.SignTx(tx, signer, key)\n\tclient.⟦SendTransaction⟧(ctx, signed)\n}`, path: 'main.go' },
      // viem: a token transfer to a constant address.
      { text: `import { createWalletClient } from 'viem';\nconst VAULT = '0x8f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f70';\nawait wc.⟦writeContract⟧({\n  address: TOKEN,\n  abi,\n  functionName: 'transfer',\n  args: [VAULT, amt],\n});`, path: 'move.ts' },
      // viem: an NFT sent from the wallet to the address a tool was given (the sender is the first argument).
      { text: `import { createWalletClient } from 'viem';\nexport async function sendNft(toAddress, tokenId) {\n  return wc.⟦writeContract⟧({\n    address: nft,\n    abi,\n    functionName: 'safeTransferFrom',\n    args: [wc.account.address, toAddress, tokenId],\n  });\n}`, path: 'src/nft.ts' },
      // A GOAT plugin's tool: the agent's wallet client sends the NFT to the address the agent chose.
      { text: `import { EVMWalletClient } from "@goat-sdk/wallet-evm";\nexport async function transferNft(walletClient, to, tokenId) {\n  return walletClient.⟦sendTransaction⟧({\n    to: nftAddress,\n    abi: ERC721_ABI,\n    functionName: "safeTransferFrom",\n    args: [walletClient.getAddress(), to, tokenId],\n  });\n}`, path: 'src/erc721.service.ts' },
      // An ERC-20 transfer encoded into the data of a transaction to the token (the payee is the transfer's first argument).
      { text: `import { encodeFunctionData } from 'viem';\nexport async function sendToken(destinationAddress, n) {\n  return walletProvider.⟦sendTransaction⟧({\n    to: tokenAddress,\n    data: encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [destinationAddress, n] }),\n  });\n}`, path: 'src/erc20.ts' },
      // Solana: the balance less the fee, sent with the send helper; a token payout in an airdrop function.
      { text: `import { sendAndConfirmTransaction, SystemProgram } from '@solana/web3.js';\nconst bal = await conn.getBalance(kp.publicKey);\nconst tx = new Transaction().add(SystemProgram.transfer({ fromPubkey: kp.publicKey, toPubkey: home, lamports: bal - 5000 }));\nawait ⟦sendAndConfirmTransaction⟧(conn, tx, [kp]);`, path: 'empty.ts' },
      // The transfer built, then signed by a wallet adapter and sent twenty lines below: still one fact, at the send.
      { text: `import { Connection, PublicKey, SystemProgram, Transaction } from '@solana/web3.js';\nexport async function send(conn, wallet, to, sol) {\n  const tx = new Transaction().add(\n    SystemProgram.transfer({\n      fromPubkey: wallet.publicKey,\n      toPubkey: new PublicKey(to),\n      lamports: Math.round(sol * 1e9),\n    }),\n  );\n  tx.feePayer = wallet.publicKey;\n  const { blockhash } = await conn.getLatestBlockhash();\n  tx.recentBlockhash = blockhash;\n\n  showSpinner(true);\n  logEvent('send_started', { to, sol });\n\n  const signed = await wallet.signTransaction(tx);\n\n  setStatus('signed');\n\n  const raw = signed.serialize();\n\n  const sig = await conn.⟦sendRawTransaction⟧(raw);\n  return sig;\n}`, path: 'src/screens/Send.tsx' },
      { text: `const { Connection } = require('@solana/web3.js');\nasync function runAirdrop(user, n) {\n  const tx = new Transaction().add(createTransferInstruction(src, userAta, owner, n));\n  return conn.⟦sendTransaction⟧(tx, [payer]);\n}`, path: 'drop.js' },
      // A helper that signs what it is handed; the file builds one transaction per address of a list.
      { text: `const { Web3 } = require('web3');\nconst makeTx = async (to) => {\n  return { to: to, value: each, gas: 21000 };\n};\nconst push = async (tx) => {\n  const s = await web3.eth.accounts.signTransaction(tx, pk);\n  return web3.eth.⟦sendSignedTransaction⟧(s.rawTransaction);\n};\nfor (const a of payeeAddresses) {\n  await push(await makeTx(a));\n}`, path: 'fanout.js' },
      // TON: a helper whose destination its caller fills with an address literal; a batch transfer (many payees).
      { text: `const TonWeb = require('tonweb');\nconst sendTon = async (w, key, to, n) => {\n  const t = w.methods.⟦transfer⟧({ secretKey: key, toAddress: to, amount: TonWeb.utils.toNano(n), seqno: 1 });\n  return t.send();\n};\n⟦sendTon⟧(wallet, kp.secretKey, "UQPtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA-2O76UM", "1.5");`, path: 'backend/pay.js' },
      { text: `from pytoniq_tools.wallet import HighloadWalletV2\nh = await hw.⟦batch_transfer⟧(data_list=[TransferData(destination=a, amount=1), TransferData(destination=b, amount=2)])`, path: 'payouts.py' },
      // monero-wallet-rpc: one output per address of a list; web3.py: a hand-encoded token transfer of the balance.
      { text: `from monero.wallet import Wallet\ntx = rpc.⟦transfer⟧([{"address": a, "amount": amt} for a in payout_addresses], account_index=0)`, path: 'pay.py' },
      { text: `from web3 import AsyncWeb3\nasync def move(self, to, everything):\n    amount = await self.balance_of(token)\n    data = contract.⟦encode_abi⟧("transfer", args=[to, amount])`, path: 'chain.py' },
      // A payout loop whose item is wrapped before it becomes the destination.
      { text: `from web3 import Web3\nfor addr in payee_addresses:\n    tx = {'to': Web3.to_checksum_address(addr), 'value': each, 'gas': 21000}\n    signed = w3.eth.account.sign_transaction(tx, pk)\n    w3.eth.⟦send_raw_transaction⟧(signed.raw_transaction)`, path: 'payout.py' },
      // A forwarder: waits until the wallet is funded, then sends the sum on.
      { text: `from pytoniq import WalletV4R2\nasync def relay(w, goal):\n    bal = await w.get_balance()\n    while bal < goal:\n        await asyncio.sleep(10)\n        bal = await w.get_balance()\n    await w.⟦transfer⟧(destination=OUT, amount=goal)`, path: 'relay.py' },
      // A destination key spelt out (\`destination_address\`) holding an address literal.
      { text: `from TonTools import Wallet\nPAYEE = "UQPtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA-2O76UM"\nasync def go(w):\n    await w.⟦transfer_ton⟧(destination_address=PAYEE, amount=2)`, path: 'go.py' },
      // A helper whose caller passes a name holding an address literal.
      { text: `from tronpy import Tron\ndef pay(to, n):\n    return client.trx.⟦transfer⟧(ME, to, n).build().sign(k).broadcast()\n\ndest = "TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC"\npay(dest, 5)`, path: 'pay.py' },
      // A helper its callers use to withdraw (called from a withdraw function) or hand the balance.
      { text: `from solana.rpc.api import Client\ndef push_sol(dest, n):\n    ix = transfer(TransferParams(from_pubkey=me, to_pubkey=Pubkey.from_string(dest), lamports=n))\n    return client.⟦send_transaction⟧(tx)\n\ndef withdraw_to_exchange(coin):\n    addr = deposit_address(coin)\n    return push_sol(addr, 5)`, path: 'moves.py' },
      { text: `const { ethers } = require('ethers');\nasync function move(to, v) {\n  return signer.⟦sendTransaction⟧({ to, value: v });\n}\nasync function main() {\n  const left = (await provider.getBalance(me)) - fee;\n  await move(vault, left);\n}`, path: 'move.js' },
      // The Solana CLI sending what each wallet holds, less the fee.
      { text: `for KP in keys/*.json; do\n  BALANCE=$(solana balance --keypair "$KP" | awk '{print $1}')\n  AMT=$(echo "$BALANCE - 0.001" | bc)\n  solana ⟦transfer⟧ $MAIN $AMT --keypair "$KP" --allow-unfunded-recipient\ndone`, path: 'collect.sh' },
      // Options before the operands: their values (`--from kp.json`) are neither the destination nor the amount.
      { text: `LEFT=$(solana balance -k "$W" --lamports | awk '{print $1 - 5000}')\nsolana ⟦transfer⟧ --from "$W" --fee-payer "$W" "$VAULT" $LEFT --allow-unfunded-recipient`, path: 'drain.sh' },
      // A wrapper's send for every address of a list.
      { text: `tasks = [sender.⟦send⟧(dest, sol_amount) for dest in address_list]`, path: 'main.py' },
      // A faucet's payment, signed with the faucet's key to the address given on the command line.
      { text: `from web3 import Web3, HTTPProvider\nfaucet_key = sys.argv[1]\nto = sys.argv[2]\ntx = Transaction(nonce, gas_price, 21000, to, 5 * 10**18, '').sign(faucet_key)\ntxid = web3.eth.⟦sendRawTransaction⟧(rlp.encode(tx))`, path: 'utils/faucet_util.py' },
      { text: `const addrs = [addr2, addr3, addr4];\nfor await (let addr of addrs) {\n  const tx = await tokenBank.⟦transfer⟧(addr, 100);\n  await tx.wait();\n}`, path: 'scripts/distributeToken.js' },
      { text: `for (const addr of walletAddresses) {\n  await payer.⟦transfer⟧(addr, amountEach);\n}`, path: 'drop.js' },
      // A coin-named helper called with a destination.
      { text: `tx = await ⟦transfer_usdt⟧(client, key, TARGET_WALLET)`, path: 'main.py' },
      { text: `const sig = await ⟦transferSOL⟧(user.wallet, amount);`, path: 'bot.js' },
      { text: `tx_id = await payer.⟦send_tron⟧(amount=n, wallet=user_wallet)`, path: 'handlers.py' },
      { text: `txID, err := grid.⟦TransferTRX⟧(cfg.PayoutAddress, order.ToAddress, order.Amount)`, path: 'pkg/jobs/payout.go' },
      // A helper of this file called with the destination fixed: the call decides where the funds go.
      { text: `from tronpy import Tron\ndef send_usdt(client, key, dest):\n    return usdt.functions.⟦transfer⟧(dest, 10).with_owner(me).build().sign(key).broadcast()\n\nasync def main():\n    await ⟦send_usdt⟧(client, key, COLD_WALLET)`, path: 'main.py' },
      // A custody client's send named by the coin's full name, to the address a payout hands it.
      { text: `return await this.custody().⟦sendBitcoin⟧(HOT_WALLET_ID, toAddress, String(sats));`, path: 'custody/btc.js' },
      // A send helper of this file called by a withdraw function, its arguments on lines of their own.
      { text: `from web3 import Web3\ndef send_asset(token, to, n):\n    signed = w3.eth.account.sign_transaction(build(token, to, n), pk)\n    return w3.eth.⟦send_raw_transaction⟧(signed.raw_transaction)\n\ndef withdraw_to_cex(coin):\n    return ⟦send_asset⟧(\n        TOKENS[coin],\n        cex_deposit,\n        7,\n    )`, path: 'cex.py' },
      // A transfer to a payee: an address that is neither the wallet's own nor a contract it calls (a tip bot's
      // recipient, a send helper's parameter, a user's address, a Stellar, XRPL, Tron or Solana payee).
      { text: `const { ethers } = require('ethers');\nasync function refund(order) {\n  return signer.⟦sendTransaction⟧({ to: order.buyer, value: order.paid });\n}`, path: 'shop.js' },
      { text: `const Web3 = require('web3');\nasync function tip(to, n) {\n  const data = token.methods.transfer(to, n).encodeABI();\n  const gas = await estimate(data);\n  return token.methods.⟦transfer⟧(to, n).send({ from: me, gas });\n}`, path: 'tip.js' },
      { text: `const { ethers } = require('ethers');\nbot.command('tip', async (ctx) => {\n  const recipient = await walletOf(ctx.message.reply_to_message.from.id);\n  await usdt.⟦transfer⟧(recipient, parseUnits(ctx.args[1], 6));\n});`, path: 'bot/tip.js' },
      { text: `from web3 import Web3\ndef send(to, amount):\n    tx = {'to': to, 'value': w3.to_wei(amount, 'ether'), 'gas': 21000, 'nonce': n}\n    return w3.eth.⟦send_raw_transaction⟧(acct.sign_transaction(tx).raw_transaction)`, path: 'wallet.py' },
      { text: `const TonWeb = require('tonweb');\nconst sendTon = async (w, key, to, n) => {\n  const t = w.methods.⟦transfer⟧({ secretKey: key, toAddress: to, amount: TonWeb.utils.toNano(n), seqno: 1 });\n  return t.send();\n};\nsendTon(wallet, kp.secretKey, userAddress, "1.5");`, path: 'backend/pay.js' },
      { text: `from pytoniq_tools.wallet import WalletV4R2\nasync def pay(wallet, dest, n):\n    return await wallet.⟦transfer⟧(destination=dest, amount=n)`, path: 'pay.py' },
      // @ton/ton's signed wallet transfer, its message paying a fixed address.
      { text: `import { internal } from '@ton/ton';\nawait wallet.⟦sendTransfer⟧({\n  secretKey: kp.secretKey,\n  seqno,\n  messages: [internal({ to: 'EQpTyGJMuHbEL31IeL2HPcHyGcFRl1SPnXNYvMIHa-2o76um', value: '1.5', bounce: false })],\n});`, path: 'src/payout.ts' },
      { text: `from web3 import AsyncWeb3\nasync def pay(self, to, amount):\n    data = contract.⟦encode_abi⟧("transfer", args=[to, amount.wei])`, path: 'chain.py' },
      { text: `const StellarSdk = require('stellar-sdk');\nfunction pay(dest, amount) {\n  return builder.addOperation(StellarSdk.Operation.⟦payment⟧({ destination: dest, asset: StellarSdk.Asset.native(), amount })).build();\n}`, path: 'pay.js' },
      { text: `const web3 = require('@solana/web3.js');\nconst t = new web3.Transaction().add(web3.SystemProgram.⟦transfer⟧({ fromPubkey: me, toPubkey: new web3.PublicKey(dest), lamports }));`, path: 'sol.js' },
      { text: `const TronWeb = require('tronweb');\nconst tx = await tronWeb.transactionBuilder.⟦sendTrx⟧(to, amount, from);`, path: 'send.ts' },
      { text: `from xrpl.models.transactions import Payment\npay = Payment(account=w.address, amount=xrp_to_drops(5), destination=dest)\nres = ⟦submit_and_wait⟧(pay, client, w)`, path: 'pay.py' },
      { text: `<?php\nuse XRPL_PHP\\Client\\JsonRpcClient;\n$tx = ['TransactionType' => 'Payment', 'Amount' => '10', 'Destination' => $to];\n$signed = $w->sign($client->autofill($tx));\n$body = json_encode(['method' => 'submit', 'params' => [['tx_blob' => $signed['tx_blob']]]]);\n$res = $client->⟦rawSyncRequest⟧('POST', '', $body);`, path: 'pay.php' },
      { text: `solana ⟦transfer⟧ "$RECIPIENT" 0.5 --allow-unfunded-recipient`, path: 'pay.sh' },
      // A runnable example (it names its network) paying a payee, positionally; an integration test against a testnet.
      { text: `from stellar_sdk import Asset, Server\nserver = Server("https://horizon-testnet.stellar.org")\ntx = builder.⟦append_payment_op⟧(receiver, Asset.native(), "350").build()`, path: 'examples/payment.py' },
      // Its submit too: the request that sends it, where labellers following "one request, one fact" put the fact.
      { text: `from stellar_sdk import Asset, Server\nserver = Server("https://horizon-testnet.stellar.org")\ntx = builder.⟦append_payment_op⟧(receiver, Asset.native(), "350").build()\ntx.sign(kp)\nresponse = server.⟦submit_transaction⟧(tx)`, path: 'examples/pay.py' },
      { text: `from xrpl.models import Payment\nclient = JsonRpcClient("https://s.altnet.rippletest.net:51234")\npay = Payment(account=w.address, amount="1", destination=dest)\nres = ⟦submit_and_wait⟧(pay, client, w)`, path: 'tests/integration/test_payment.py' },
      { text: `spl-token ⟦transfer⟧ "$MINT" 10 "$RECIPIENT" --fund-recipient`, path: 'pay.sh' },
      // Built and sent below: the send is reported, as a bridge's (withdraw/bridge-call at the build otherwise).
      { text: `from web3 import Web3\ndef bridge(w3, acct, n):\n    tx = zkevm.functions.bridgeAsset(1, acct.address, n, ZERO, True, "0x").build_transaction({"from": acct.address, "value": n})\n    signed = acct.sign_transaction(tx)\n    return w3.eth.⟦send_raw_transaction⟧(signed.raw_transaction)`, path: 'bridge.py' },
      // viem's writeContract of a bridge send: CCTP's burn to a recipient on another chain.
      { text: `import { createWalletClient } from 'viem';\nconst hash = await walletClient.⟦writeContract⟧({ address: TOKEN_MESSENGER, abi, functionName: 'depositForBurn', args: [amount, 6, recipient32, USDC] });`, path: 'src/cctp.ts' },
      // A bridge send encoded into the data (CCTP's burn): the funds leave the chain for the recipient, even the sender's own.
      { text: `import { encodeFunctionData } from 'viem';
export async function burn(amount) {
  const me32 = addressToBytes32(account.address);
  return walletClient.⟦sendTransaction⟧({
    to: TOKEN_MESSENGER,
    data: encodeFunctionData({ abi, functionName: 'depositForBurn', args: [amount, DOMAIN, me32, USDC] }),
  });
}`, path: 'src/cctp.ts' },
    ],
    negative: [
      // Coin-named send helpers' own declarations: a Dart method marked async, a TypeScript method with a return type.
      { text: `import 'package:web3dart/web3dart.dart';\nclass WalletProvider {\n  Future<String?> sendEther(double ether, String toAddress) async {\n    return null;\n  }\n}`, path: 'lib/wallet_provider.dart' },
      { text: `import TronWeb from 'tronweb';\nexport class TronApi {\n  async sendTrx(req: WalletSendReq): Promise<TronTransaction> {\n    return this.build(req);\n  }\n}`, path: 'src/tronApi.ts' },
      // @ton/ton's wallet transfer back to the wallet's own address (a deploy or a seqno bump): no payee.
      { text: `import { internal, toNano } from '@ton/ton';\nexport async function touch(wallet, kp, seqno) {\n  await wallet.sendTransfer({\n    secretKey: kp.secretKey,\n    seqno,\n    messages: [internal({ to: wallet.address, value: toNano('0.01') })],\n  });\n}`, path: 'src/touch.ts' },
      // A Solana transfer added to a transaction only to price its fee, never sent.
      { text: `import * as Web3 from "@solana/web3.js";\nexport const transferFee = async (from, to, lamports) => {\n  const tx = new Web3.Transaction();\n  tx.add(\n    Web3.SystemProgram.transfer({ fromPubkey: from, toPubkey: to, lamports })\n  );\n  const fee = await connection.getFeeForMessage(tx.compileMessage());\n  return fee?.value || 0;\n};`, path: 'src/service/fees.ts' },
      // A tronpy transfer built only to estimate its fee, never broadcast.
      { text: `from tronpy import Tron\ndef usdt_fee(usdt, me, to):\n    txb = usdt.functions.transfer(to, 10).with_owner(me)\n    used = client.trigger_constant_contract(txb)["energy_used"]\n    return used * PRICE`, path: 'fees.py' },
      ...BUILT_TRANSFER_EXAMPLES.negative,
      // A swap whose output goes back to the account that signs it (`to` is the transaction's own `from`).
      { text: `from web3 import Web3
tx = router.functions.swapExactTokensForTokens(amount_in, 0, path, to=wallet_address, deadline=dl).buildTransaction({
    'from': wallet_address,
    'nonce': w3.eth.getTransactionCount(wallet_address),
})
signed_tx = w3.eth.account.signTransaction(tx, private_key)
tx_hash = w3.eth.sendRawTransaction(signed_tx.rawTransaction)`, path: 'auto_harvest.py' },
      // A tip to a Jito tip account picked for the bundle: a fee, not a payout (builderTip.ts).
      { text: `import { SystemProgram } from "@solana/web3.js";\nconst tipAccount = getRandomTipAccount(); // jito block engine\nconst ix = SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: tipAccount, lamports: tipLamports });`, path: 'sniper.ts' },
      // Another call encoded into the data (an approval, a mint): its \`to\` is the contract it calls, not a payee.
      { text: `import { encodeFunctionData } from 'viem';
export async function allow(amount) {
  return walletClient.sendTransaction({
    to: CONFIG.usdcAddress,
    data: encodeFunctionData({ abi, functionName: 'approve', args: [CONFIG.messenger, amount] }),
  });
}`, path: 'src/cctp.ts' },
      // An approval, then an NFT pulled into the wallet's own account: the approval's call is not the next one's transfer.
      { text: `import { createWalletClient } from 'viem'\nawait wc.writeContract({ address: nft, abi, functionName: 'approve', args: [market, n] })\nawait wc.writeContract({ address: nft, abi, functionName: 'transferFrom', args: [seller, wc.account.address, id] })`, path: 'src/list.ts' },
      // An NFT pulled from a sale contract into the wallet's own account.
      { text: `import { createWalletClient } from 'viem';\nexport async function collect(seller, tokenId) {\n  return wc.writeContract({\n    address: nft,\n    abi,\n    functionName: 'transferFrom',\n    args: [seller, wc.account.address, tokenId],\n  });\n}`, path: 'src/collect.ts' },
      // A new account funded with its rent-exempt minimum (Solana's createAccount): not the wallet's balance swept out.
      { text: `import { Keypair, SystemProgram, Transaction, sendAndConfirmTransaction } from "@solana/web3.js";\nasync function makeStore() {\n  const fresh = Keypair.generate();\n  const rent = await conn.getMinimumBalanceForRentExemption(SIZE);\n  const tx = new Transaction().add(SystemProgram.createAccount({ fromPubkey: me.publicKey, newAccountPubkey: fresh.publicKey, lamports: rent, space: SIZE, programId: PROG }));\n  await sendAndConfirmTransaction(conn, tx, [me, fresh]);\n}`, path: 'scripts/store.js' },
      // A transfer whose destination the code does not name (shorthand field); a send in an approval function.
      { text: `const { ethers } = require('ethers');\nasync function pay(to, amount) {\n  return wallet.sendTransaction({ to, value: ethers.parseEther(amount) });\n}`, path: 'pay.js' },
      { text: `from web3 import Web3\ndef approve_and_send(w3, signed):\n    return w3.eth.send_raw_transaction(signed.rawTransaction)`, path: 'chain.py' },
      // The token contract's address is not the destination (the wallet's own is); a definition; an exchange SDK's internal transfer.
      { text: `from web3 import Web3\nTOKEN = "0x8f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f70"\ndef send(qty):\n    return token.transfer(my_address, qty)`, path: 'chain.py' },
      { text: `def transfer_usdt(client, key, target_wallet):\n    pass`, path: 'main.py' },
      code(`client.transfer(asset="USDT", amount=5, type="MAIN_UMFUTURE")  # binance`),
      code(`# w3.eth.send_raw_transaction(signed.rawTransaction) to 0x8f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f70`),
      { text: `const total = transferUSDT.length; // a counter, not a call`, path: 'stats.js' },
      // A coin-named helper of this file whose own body sends: the send inside is reported, not this call.
      { text: `TransactionReceipt r = transferEther(creds, toAddress, amt);\n\nprivate TransactionReceipt transferEther(Credentials c, String to, BigDecimal v) throws Exception {\n    return org.web3j.tx.Transfer.sendFunds(web3, c, to, v, Convert.Unit.ETHER).send();\n}`, path: 'EtherService.java' },
      // A send-named function that makes no on-chain send, called from a withdraw function; the helper called elsewhere.
      { text: `def send_notice(user, text):\n    return bot.send_message(user, text)\n\ndef withdraw_request(user):\n    send_notice(user, "queued")`, path: 'bot.py' },
      { text: `from web3 import Web3\ndef send_asset(token, to, n):\n    return w3.eth.send_raw_transaction(sign(build(token, to, n)))\n\ndef rebalance():\n    return send_asset(T, hot_wallet, 7)`, path: 'cex.py' },
      // A literal for a fee quote in one function is not the destination another function (a stake deposit) sends to.
      { text: `from solana.rpc.api import Client\ndef quote():\n    dest = Pubkey.from_string("Fd2vuPqWwVoxnEe8gjYonb2qq251HPwPFgtzrQoX5wKJ")\n    return fee_for(dest)\n\ndef deposit(to, n):\n    dest = Pubkey.from_string(to)\n    ix = transfer(TransferParams(from_pubkey=me, to_pubkey=dest, lamports=n))\n    return client.send_transaction(tx)`, path: 'pay.py' },
      // A helper that signs what it is handed, the transaction built for the wallet's own address (no loop, no balance).
      { text: `const { Web3 } = require('web3');\nconst build = async (v) => {\n  return { to: account.address, value: v, gas: 21000 };\n};\nconst push = async (tx) => {\n  const s = await web3.eth.accounts.signTransaction(tx, pk);\n  return web3.eth.sendSignedTransaction(s.rawTransaction);\n};`, path: 'wallet.js' },
      // A monero wrapper passing on its caller's destinations (information, onchain-transfer).
      { text: `# monero wallet rpc client\nasync def transfer(self, destinations, account_index=None):\n    return await self.wallet.transfer(destinations, account_index)`, path: 'client.py' },
      // An address literal handed to a transfer in a file of no chain library; a literal that is a contract to approve.
      { text: `ledger.transfer("UQPtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA-2O76UM", 10)`, path: 'books.py' },
      // A send per item that is not a payment: mail to a list of addresses, a socket message per peer, no amount.
      { text: `for addr in email_addresses:\n    mailer.send(addr, 100)`, path: 'notify.py' },
      { text: `for (const peer of peerAddresses) ws.send(peer, payload);`, path: 'net.js' },
      { text: `sent = [client.send(r) for r in recipients]`, path: 'main.py' },
      // A payment API that is not Stellar's.
      { text: `const bal = await getBalance(user);\nconst r = await gateway.Operation.payment({ destination: user.iban, amount: bal });`, path: 'billing.js' },
      // The item of a loop over tokens is not the destination; a while loop that polls a receipt, not the balance.
      { text: `from web3 import Web3\nfor addr in token_addresses:\n    tx = {'to': Web3.to_checksum_address(me), 'value': 0, 'data': approve_data(addr)}\n    w3.eth.send_raw_transaction(sign(tx))`, path: 'approve.py' },
      { text: `from pytoniq import WalletV4R2\nasync def consolidate(w, n):\n    while not await ready(seqno):\n        await asyncio.sleep(1)\n    await w.transfer(destination=my_address, amount=n)`, path: 'merge.py' },
      // A send helper called with a given amount from an ordinary function, or from top-level code after a withdraw function.
      { text: `from solana.rpc.api import Client\ndef push_sol(dest, n):\n    return client.send_transaction(make_tx(dest, n))\n\ndef settle(order):\n    return push_sol(order.payee, order.total)`, path: 'settle.py' },
      { text: `from solana.rpc.api import Client\ndef push_sol(dest, n):\n    return client.send_transaction(make_tx(dest, n))\n\ndef withdraw_all():\n    pass\n\npush_sol(payee, 5)`, path: 'one.py' },
      // A helper with a send word whose own body sends nothing, called from a withdraw function; the function after it sends.
      { text: `from web3 import Web3\ndef transfer_note(to_addr, amount):\n    log.info("queued %s to %s", amount, to_addr)\n    return amount\n\ndef refill(key):\n    tx = {"to": HOT_WALLET, "value": 1}\n    return w3.eth.send_raw_transaction(sign(tx, key))\n\ndef withdraw(user):\n    transfer_note(user.addr, user.bal)`, path: 'notes.py' },
      { text: `const { ethers } = require('ethers');\nfunction transferLog(to, n) {\n  console.log('queued', to, n);\n}\nasync function topUp(n) {\n  return wallet.sendTransaction({ to: HOT_WALLET, value: n });\n}\nasync function withdrawAll(user) {\n  transferLog(user.addr, user.bal);\n}`, path: 'notes.js' },
      // A send helper called from a script's main block after a withdraw function: not from inside it.
      { text: `from solana.rpc.api import Client\ndef push_sol(dest, n):\n    return client.send_transaction(make_tx(dest, n))\n\ndef withdraw_all():\n    pass\n\nif __name__ == "__main__":\n    push_sol(payee, 5)`, path: 'main.py' },
      // The Solana CLI sending a given amount to the user's cold wallet; a script that only prints the command.
      { text: `solana transfer "$COLD_WALLET" 0.5 --allow-unfunded-recipient`, path: 'move.sh' },
      { text: `echo "run: solana transfer <RECIPIENT> <AMOUNT>"`, path: 'help.sh' },
      // A fixed address in an example, or on a local development chain (fixed accounts by design).
      { text: `from web3 import Web3\ntx = demo.functions.transfer("0x8f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f70", supply).transact()`, path: 'examples/erc20.py' },
      { text: `from web3 import Web3\ntx = {'to': "0x8f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f70", 'value': 10**9, 'chainId': 31337}\nsigned = w3.eth.account.sign_transaction(tx, pk)\nw3.eth.send_raw_transaction(signed.raw_transaction)`, path: 'demo/transfer.py' },
      // No payee: a zero-value send to the wallet's own address (cancelling a stuck nonce); a deposit into a pool;
      // a route of a file named for wraps; a script of an examples folder sending to its parameter.
      { text: `from web3 import Web3\ndef cancel(n):\n    tx = {'to': account.address, 'value': 0, 'nonce': n, 'gasPrice': bumped}\n    return w3.eth.send_raw_transaction(account.sign_transaction(tx).raw_transaction)`, path: 'nonce.py' },
      { text: `const { ethers } = require('ethers');\nasync function depositInto(pool, amount) {\n  return signer.sendTransaction({ to: pool.address, value: amount, data: DEPOSIT });\n}`, path: 'lp.js' },
      { text: `import { ethers } from 'ethers';\nrouter.post('/', async (req, res) => {\n  const tx = await signer.sendTransaction({ to: req.body.to, value: parseEther(req.body.amount), data: '0xd0e30db0' });\n  res.json({ hash: tx.hash });\n});`, path: 'src/routes/wrap.ts' },
      { text: `from web3 import Web3\ndef send(to, amount):\n    tx = {'to': to, 'value': w3.to_wei(amount, 'ether'), 'gas': 21000, 'nonce': n}\n    return w3.eth.send_raw_transaction(acct.sign_transaction(tx).raw_transaction)`, path: 'examples/send_eth.py' },
      // The same payment in an example fragment that names no network, and in a unit test that mocks its client; a
      // placeholder address (`0x2222…`) in a runnable example.
      { text: `from stellar_sdk import Asset\ntx = builder.append_payment_op(receiver, Asset.native(), "350").build()`, path: 'examples/payment.py' },
      // The submit of a transaction with no payment in it (a trust line).
      { text: `from stellar_sdk import Asset, Server\nserver = Server("https://horizon-testnet.stellar.org")\ntx = builder.append_change_trust_op(Asset("USDC", issuer)).build()\nresponse = server.submit_transaction(tx)`, path: 'examples/trust.py' },
      { text: `from unittest import mock\nfrom xrpl.models import Payment\nclient = mock.Mock(url="https://s.altnet.rippletest.net:51234")\npay = Payment(account=w.address, amount="1", destination=dest)\nres = submit_and_wait(pay, client, w)`, path: 'tests/integration/test_payment.py' },
      { text: `from web3 import Web3, HTTPProvider\nw3 = Web3(HTTPProvider("https://rpc.hyperliquid-testnet.xyz/evm"))\ntx = tok.functions.transfer("0x2222222222222222222222222222222222222222", n).transact()`, path: 'examples/erc20.py' },
      // Gas for a wallet the code has just created (its own); a class method named for test coins; a token forwarded
      // through its contract (the event's `to` only normalised, never the destination).
      { text: `const { ethers } = require('ethers');\nasync function newSlot() {\n  const fresh = ethers.Wallet.createRandom();\n  await funder.sendTransaction({ to: fresh.address, value: parseEther('0.002') });\n}`, path: 'slots.js' },
      { text: `const { ethers } = require('ethers');\nclass DevWallet {\n  async sendTestEth({ to, amount }) {\n    return this.wallet.sendTransaction({ to: to, value: parseEther(amount) });\n  }\n}`, path: 'dev.js' },
      { text: `const { Web3 } = require('web3');\ntoken.events.Transfer({}, async (err, ev) => {\n  ev.to = ev.to.toLowerCase();\n  const s = await web3.eth.accounts.signTransaction({ to: TOKEN_ADDRESS, data: pull(ev), gas: 90000 }, key);\n  await web3.eth.sendSignedTransaction(s.rawTransaction);\n});`, path: 'forward.js' },
    ],
};
