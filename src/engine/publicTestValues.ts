// Values published for local development chains and documentation. Anyone may know them, so a
// finding is only informational: funds sent to them are taken within seconds on real chains.
const PUBLIC_KEYS = new Set([
  'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80', // Hardhat/Anvil account #0
  '59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d', // Hardhat/Anvil account #1
  '5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a', // Hardhat/Anvil account #2
  '7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6', // Hardhat/Anvil account #3
]);
const PUBLIC_MNEMONICS = new Set([
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about',
  'test test test test test test test test test test test junk',
]);

/** True when the value is a well-known public development key or mnemonic. */
export function isPublicTestValue(value: string): boolean {
  const hex = value.toLowerCase().replace(/^0x/, '');
  if (PUBLIC_KEYS.has(hex)) return true;
  return PUBLIC_MNEMONICS.has(value.toLowerCase().trim().split(/\s+/).join(' '));
}
