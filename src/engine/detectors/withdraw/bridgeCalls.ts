// Cross-chain bridge sends called on their contract or SDK: Circle CCTP's depositForBurn, the Polygon bridge's
// bridgeAsset, the OP Stack bridges' depositETHTo / bridgeERC20To, Across' depositV3, Hop's sendToL2, LayerZero
// OFT sends and gas refuels, Wormhole's token bridge. No call says "withdraw", yet each takes the funds off this
// chain to the address it is given on another. A warning: the key that signs it can name any recipient.
import { defineDetector, type Validator } from '../../defineDetector';
import { notInComment, notInString } from '../../judge/codeContext';
import { BRIDGE_SENDS } from '../../judge/bridgeSends';
import { notADeclaration } from '../declaration';
import { rx } from '../fragments';
import { notEstimatedOrSentBelow } from './builtTransfers';
import { CODE } from './shared';

/** A call only estimated, simulated or encoded for later (`estimateGas.depositForBurn(`, `populateTransaction.…(`) sends nothing. */
const notEstimated: Validator = {
  name: 'not-estimated',
  reach: { before: 40, after: 0 },
  test: (_v, ctx) => !/(?:estimateGas|estimate_gas|callStatic|staticCall|populateTransaction|simulate)[ \t]*\.[ \t]*$/.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start)),
};

/** The bridge functions with names no other contract uses: enough on their own. */
const DISTINCT = Object.keys(BRIDGE_SENDS).join('|');

export const withdrawBridgeCall = defineDetector({
  id: 'withdraw/bridge-call',
  title: 'cross-chain bridge send',
  severity: 'warning',
  role: 'endpoint',
  message: 'Funds leave this chain through the bridge call {name}(…): check where they go.',
  risk: 'A bridge send moves the wallet\'s funds to the recipient it names on another chain; the key that signs it can name any address.',
  advice: 'Check the recipient and who can run the bridge; keep the key that signs it apart from trading keys and hold only what the bot needs in it. If the send is intended, suppress it with a reason (keyguard:allow withdraw — reason).',
  keywords: ['depositforburn', 'bridgeasset', 'bridgecustomerc20', 'depositethto', 'depositerc20to', 'bridgeethto', 'bridgeerc20to', 'depositv3', 'sendtol2', 'bridgegas', 'sendfrom', 'transfertokens', 'oft'],
  // Built into a transaction (`.build_transaction(…)`) and sent below: reported at the send (builtTransfers.ts), one
  // request, one finding; priced with a chained `.estimate_gas(…)`: nothing sent.
  validate: [notInComment, notInString, notADeclaration, notEstimated, notEstimatedOrSentBelow],
  files: CODE,
  patterns: [
    // On the contract (ethers, web3.py's `functions.`, web3.js's `methods.`) or a bridge SDK's wrapper of the same
    // name (lxly.js `token.bridgeAsset(amount, to, network)` and its permit and gas variants).
    { re: rx(String.raw`[.](?<name>(?:${DISTINCT})|bridgeAsset(?:WithPermit|WithGas|PermitWithGas)|bridgeCustomERC20)[ \t]*\(`) },
    // LayerZero OFT v1: sendFrom(from, dstChainId, toAddress, amount, …), only in a LayerZero file.
    { re: rx(String.raw`[.](?<name>sendFrom)[ \t]*\(`), keywords: ['sendfrom'], exchange: 'LayerZero', requires: { fileContains: ['layerzero', 'oft'] } },
    // LayerZero OFT v2: `oft.send(sendParam, fee, refundAddress)` on an OFT or OFT adapter contract.
    { re: rx(String.raw`(?<![A-Za-z0-9_$])(?=oft|[A-Za-z0-9_$]*(?:OFT|Oft))[A-Za-z0-9_$]+[.](?<name>send)[ \t]*\(`), keywords: ['oft'], exchange: 'LayerZero', requires: { fileContains: ['layerzero', 'sendparam'] } },
    // Wormhole's token bridge: transferTokens(token, amount, recipientChain, recipient, …), only in a Wormhole file.
    { re: rx(String.raw`[.](?<name>transferTokens|transferTokensWithPayload)[ \t]*\(`), keywords: ['transfertokens'], exchange: 'Wormhole', requires: { fileContains: ['wormhole'] } },
  ],
  examples: {
    positive: [
      { text: `const messenger = new ethers.Contract(TOKEN_MESSENGER, abi, signer);\nconst tx = await messenger.⟦depositForBurn⟧(amount, destinationDomain, mintRecipient, usdc);`, path: 'bridge.ts' },
      { text: `tx = messenger.functions.⟦depositForBurn⟧(amount, 6, recipient32, USDC).build_transaction({"from": acct.address})`, path: 'cctp.py' },
      { text: `const result = await token.⟦bridgeAsset⟧(100, to, 1);`, path: 'examples/bridge_asset.js' },
      { text: `await bridge.⟦depositETHTo⟧(recipient, 200000, "0x", { value: amount });`, path: 'scripts/deposit.ts' },
      { text: `const tx = await spokePool.⟦depositV3⟧(me, recipient, inputToken, outputToken, amount, outputAmount, destChain, relayer, quoteTs, deadline, 0, "0x");`, path: 'across.ts' },
      { text: `contract_txn = await contract.functions.⟦bridgeGas⟧(chain_id, self.address, adapter).build_transaction(tx)`, path: 'modules/refuel.py' },
      { text: `import { Options } from '@layerzerolabs/lz-v2-utilities';\nconst sendParam = { dstEid, to: toBytes32, amountLD: amount };\nconst tx = await myOFT.⟦send⟧(sendParam, fee, owner.address, { value: fee.nativeFee });`, path: 'scripts/bridge.ts' },
      { text: `// wormhole token bridge\nconst tx = await tokenBridge.⟦transferTokens⟧(token, amount, CHAIN_ID_SOLANA, recipient, 0, nonce);`, path: 'send.ts' },
    ],
    negative: [
      // Built and sent below: the send reports it (withdraw/onchain-send), one request, one finding.
      { text: `from web3 import Web3\ndef bridge(w3, acct, n):\n    tx = zkevm.functions.bridgeAsset(1, acct.address, n, ZERO, True, "0x").build_transaction({"from": acct.address, "value": n})\n    signed = acct.sign_transaction(tx)\n    return w3.eth.send_raw_transaction(signed.raw_transaction)`, path: 'bridge.py' },
      // Estimated or simulated, never sent; a definition; a comment; an ABI entry.
      { text: `const gas = await messenger.estimateGas.depositForBurn(amount, 6, recipient, usdc);`, path: 'bridge.ts' },
      { text: `gas = messenger.functions.depositForBurn(amount, 6, recipient32, USDC).estimate_gas({"from": me})`, path: 'cctp.py' },
      { text: `function depositForBurn(uint256 amount, uint32 destinationDomain, bytes32 mintRecipient, address burnToken) external returns (uint64);`, path: 'ITokenMessenger.ts' },
      { text: `// then call messenger.depositForBurn(amount, domain, recipient, usdc)`, path: 'notes.ts' },
      { text: `const abi = [{ "name": "depositForBurn", "type": "function" }];`, path: 'abi.ts' },
      // A quote, and sends that are not a bridge's: a socket's send, an unrelated sendFrom, transferTokens without Wormhole.
      { text: `import { Options } from '@layerzerolabs/lz-v2-utilities';\nconst fee = await myOFT.quoteSend(sendParam, false);`, path: 'quote.ts' },
      { text: `softSocket.send(payload);\nconst r = await loft.send(data);`, path: 'ws.ts' },
      { text: `mailer.sendFrom(sender, to, body)`, path: 'mail.ts' },
      { text: `await vault.transferTokens(token, amount, chain, to)`, path: 'vault.ts' },
    ],
  },
});
