// Solidity contracts that pay out: a disperser paying each listed recipient, an arbitrage contract's rescue function
// sending any token to a caller-chosen address, a bridge releasing locked funds. A transfer of the contract's ether
// or tokens to another address than the owner, the caller or the contract itself is a withdrawal: whoever can call
// it moves the funds out. Back to the owner or the caller (profit, a refund) is the contract's own plumbing.
import { notInComment, notInString } from '../../judge/codeContext';
import { callArguments } from '../../judge/callArguments';
import { defineDetector, type Validator } from '../../defineDetector';
import { rx } from '../fragments';
import { WITHDRAW_ADVICE } from './shared';

/** Destinations that are the contract's own side (owner, caller, contract, zero address) or the block's producer (a miner tip is a fee). */
const OWN_SIDE = /^(?:payable\()?(?:msg\.sender|tx\.origin|address\(this\)|this|address\(0\)|block\.coinbase|_?[A-Za-z]*[Oo]wner(?:\(\))?|owner\(\)|_msgSender\(\))\)?$/;

/** The argument that names the destination: the first of `transfer(to, amount)`, the second of `transferFrom(from, to, amount)`. */
function destinationOf(name: string, args: readonly string[]): string | undefined {
  if (/^(?:safeT|t)ransferFrom$/.test(name)) return args.length >= 3 ? args[1] : undefined;
  return args.length === 2 ? args[0] : undefined;
}

/** Keeps a token transfer (two or three arguments) whose destination is not the contract's own side. */
const paysTokenOut: Validator = {
  name: 'contract-pays-token-out',
  test: (name, ctx) => {
    const open = ctx.text.indexOf('(', ctx.end);
    const to = destinationOf(name, callArguments(ctx.text, open));
    return to !== undefined && to !== '' && !OWN_SIDE.test(to.replace(/\s+/g, ''));
  },
};

/** Keeps a native send (`to.transfer(amount)`, `payable(to).send(v)`, `to.call{value: v}("")`) to another address. */
const paysEtherOut: Validator = {
  name: 'contract-pays-ether-out',
  test: (receiver, ctx) => {
    const to = receiver.replace(/\s+/g, '');
    // A one-argument transfer or send is ether's (a token's takes the destination too).
    const open = ctx.text.indexOf('(', ctx.end);
    const after = ctx.text.slice(ctx.end, open + 1);
    if (!after.includes('{') && callArguments(ctx.text, open).length !== 1) return false;
    return to !== '' && !OWN_SIDE.test(to);
  },
};

/** A Solidity contract's transfer of its ether or tokens to another address (see the header). */
export const withdrawContractPayout = defineDetector({
  id: 'withdraw/contract-payout',
  title: 'contract pays funds out to another address',
  severity: 'warning',
  role: 'endpoint',
  message: 'The contract pays funds out through {name}: check who can call it.',
  risk: 'A contract function that transfers its ether or tokens to a given address empties the contract for whoever can call it.',
  advice: 'Restrict who can call it (owner only), send only to fixed addresses you control, or remove the function. If the payout is intended, suppress it with a reason (keyguard:allow withdraw — reason).',
  keywords: ['transfer', 'send', 'call{', 'call {'],
  validate: [notInComment, notInString],
  files: ['solidity'],
  patterns: [
    // A token's transfer, with the destination among its arguments (`IERC20(token).transfer(to, amount)`).
    { re: rx(String.raw`[.][ \t]*(?<name>transfer|safeTransfer|transferFrom|safeTransferFrom)[ \t]*\(`), keywords: ['transfer'], validate: [paysTokenOut] },
    // Ether to the address it is called on: `payable(to).transfer(amount)`, `to.send(amount)`, `to.call{value: v}("")`.
    {
      re: rx(String.raw`(?<name>(?<![A-Za-z0-9_$.])(?:payable\([ \t]*[A-Za-z_$][\w$.]{0,60}(?:\[[^\[\]\n]{1,40}\])?[ \t]*\)|[A-Za-z_$][\w$.]{0,60}(?:\[[^\[\]\n]{1,40}\])?))[ \t]*[.][ \t]*(?:(?:transfer|send)[ \t]*\(|call[ \t]*\{[ \t]*value[ \t]*:)`),
      keywords: ['transfer', 'send', 'call{', 'call {'],
      validate: [paysEtherOut],
    },
  ],
  examples: {
    positive: [
      { text: `function rescue(address token, address to, uint256 amount) external onlyOwner {\n    IERC20(token).⟦transfer⟧(to, amount);\n}`, path: 'contracts/FlashArbitrage.sol' },
      { text: `for (uint256 i = 0; i < recipients.length; i++) {\n    require(token.⟦transferFrom⟧(msg.sender, recipients[i], values[i]));\n}`, path: 'contracts/Disperse.sol' },
      { text: `function payOut(address payable dest, uint amount) public {\n    ⟦dest⟧.transfer(amount);\n}`, path: 'contracts/Wallet.sol' },
      { text: `for (uint i = 0; i < recipients.length; i++) {\n    (bool ok, ) = ⟦recipients[i]⟧.call{value: share}("");\n    require(ok);\n}`, path: 'Disperser.sol' },
      { text: `⟦payable(feeReceiver)⟧.transfer(fee);`, path: 'src/Fees.sol' },
    ],
    negative: [
      // Back to the owner or the caller, or into the contract; a definition; an event; a call in a comment.
      { text: `IERC20(asset).transfer(owner, profit);\npayable(msg.sender).transfer(rest);\ntoken.transferFrom(msg.sender, address(this), amount);`, path: 'contracts/Liquidator.sol' },
      { text: `function transfer(address to, uint256 amount) public returns (bool) {\n    _transfer(msg.sender, to, amount);\n    emit Transfer(msg.sender, to, amount);\n    return true;\n}`, path: 'contracts/Token.sol' },
      { text: `// token.transfer(to, amount);\npayable(owner()).transfer(address(this).balance);`, path: 'Vault.sol' },
      // A tip to the block's producer is a fee, as a builder's tip is.
      { text: `if (_ethAmountToCoinbase == 0) return;\nblock.coinbase.transfer(_ethAmountToCoinbase);`, path: 'contracts/BundleExecutor.sol' },
      // The same shape in a JavaScript file is not Solidity.
      { text: `await token.transfer(to, amount);`, path: 'scripts/send.js' },
    ],
  },
});
