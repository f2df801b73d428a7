// Disperse (disperse.app's contract and its clones): one call pays every recipient of a list, in ether or a token
// (`disperse.disperseEther(recipients, values, { value })`, `disperseToken(token, recipients, values)`, tronpy's
// `functions.disperseEther.with_transfer(total)(recipients, values)`). A batch payout by what the method is, whoever
// calls it: a script, a bot or a dapp's page. A gas estimate or an encoding of the call sends nothing; one built into
// a transaction and sent below is reported at the send (builtTransfers.ts), one request, one finding.
import type { Example, PatternSpec, Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { BATCH_PAYOUTS, chainedAfter, notEstimatedOrSentBelow } from './builtTransfers';

/** What a call only prices or encodes, chained to it (`.estimateGas(…)`, `.encodeABI()`, `.populateTransaction`). */
const NOT_SENT = /^\s*\.\s*(estimate_?[Gg]as|encode_?[Aa][Bb][Ii]|_encode_transaction_data|populateTransaction)\b/;

/** Drops a disperse call that is only estimated or encoded (a chained `.estimateGas(…)`, `.encodeABI()`). */
const sentDisperse: Validator = {
  name: 'disperse-sent',
  reach: { before: 0, after: 2200 },
  test: (_v, ctx) => chainedAfter(ctx.text, ctx.end, NOT_SENT, 40, 79) === undefined,
};

/** The contracts' payout methods, called on a contract object (`.disperseEther(`, `.multisendToken(`: BATCH_PAYOUTS). */
export const DISPERSE_PATTERN: PatternSpec = {
  re: rx(String.raw`[.](?<name>${BATCH_PAYOUTS.join('|')})(?=[ \t]*(?:\(|\.with_transfer\())`),
  keywords: ['disperse', 'multisend', 'multitransfer'],
  // Built into a transaction (`.buildTransaction({…})`) that is signed and sent below: the send is reported there.
  validate: [sentDisperse, notEstimatedOrSentBelow],
};

/** withdraw/onchain-send's Disperse examples (spread into its record). */
export const DISPERSE_EXAMPLES: { positive: Example[]; negative: Example[] } = {
  positive: [
    { text: `const disperse = await ethers.getContractAt("Disperse", DISPERSE);\nconst tx = await disperse.⟦disperseToken⟧(token.address, recipients, values);\nawait tx.wait();`, path: 'scripts/airdrop.js' },
    { text: `const txn = await disperseContract.⟦disperseEther⟧(recipients, values, { value: total });`, path: 'frontend/src/components/Ether.tsx' },
    { text: `contract.functions.⟦disperseEther⟧.with_transfer(total)(recipients, amounts)`, path: 'tron/multisend.py' },
    // A multisender contract and a tutorial's airdrop contract: the same batch payout by another name.
    { text: `const tx = await contractAirdrop.⟦multiTransferETH⟧(addresses, amounts, { value: ethers.parseEther("0.002") });`, path: '15_MultiTransfer/MultiTransfer.js' },
    { text: `await sender.methods.⟦multisendToken⟧(token, recipients, balances).send({ from: owner });`, path: 'src/send.js' },
    // Built and sent below: reported at the send.
    { text: `from web3 import Web3\ntx = contract.functions.disperseEther(recipients, amounts).buildTransaction({'from': me, 'value': total, 'nonce': n})\nsigned = web3.eth.account.signTransaction(tx, key)\ntx_hash = web3.eth.⟦sendRawTransaction⟧(signed.rawTransaction)`, path: 'multisend.py' },
  ],
  negative: [
    // Priced, not sent; the method's own definition in an interface.
    { text: `const gas = await disperse.disperseEther(recipients, values, { value: total }).estimateGas();`, path: 'gas.js' },
    { text: `interface IDisperse {\n  function disperseEther(address[] calldata recipients, uint256[] calldata values) external payable;\n}`, path: 'contracts/IDisperse.sol' },
    { text: `const gas = await contractAirdrop.multiTransferToken(weth, addresses, amounts).estimateGas();\nfunction multisendEther(address[] _to, uint256[] _value) payable {}`, path: 'gas.js' },
  ],
};
