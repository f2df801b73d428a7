// Values published for local development chains and documentation. Anyone may know them, so a
// finding is only informational: funds sent to them are taken within seconds on real chains.
const PUBLIC_KEYS = new Set([
  'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80', // Hardhat/Anvil account #0
  '59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d', // Hardhat/Anvil account #1
  '5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a', // Hardhat/Anvil account #2
  '7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6', // Hardhat/Anvil account #3
  // Shared Infura project ids baked into libraries and tutorials (ethers v5's default provider, web3modal and
  // Uniswap examples): real keys, but everyone's.
  '84842078b09946638c03157f83405213',
  '9aa3d95b3bc440fa88ea12eaa4456161',
]);
// The Solana Cookbook's "restore a keypair" examples (byte array and base58), copied into many bots.
const PUBLIC_SOLANA = new Set([
  '174,47,154,16,202,193,206,113,199,190,53,133,169,175,31,56,222,53,138,189,224,216,117,173,10,149,53,45,73,251,237,246,15,185,186,82,177,240,148,69,241,227,167,80,141,89,240,121,121,35,172,247,68,251,226,218,48,63,176,109,168,89,238,135',
  '5MaiiCavjCmn9Hs1o3eznqDEhRwxo7pXiAYez7keQUviUkauRiTMD8DrESdrNjN8zd9mTmVhRvBJeg5vhyvgrAhG',
]);
// Exact public strings: the Bitcoin wiki's WIF example, BIP32 test vector 1's master key, jwt.io's example
// token (in countless tests).
const PUBLIC_STRINGS = new Set([
  '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ',
  'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
]);
const REPEAT = (word: string, n: number, last: string) => `${Array(n).fill(word).join(' ')} ${last}`;
const PUBLIC_MNEMONICS = new Set([
  // Hardhat/Anvil, Ganache and Truffle defaults.
  REPEAT('abandon', 11, 'about'),
  REPEAT('test', 11, 'junk'),
  'candy maple cake sugar pudding cream honey rich smooth crumble sweet treat',
  'myth like bonus scare over problem client lizard pioneer submit female collect',
  // The BIP39 reference test vectors (trezor/python-mnemonic), copied into every wallet library's docs and tests.
  REPEAT('abandon', 17, 'agent'),
  REPEAT('abandon', 23, 'art'),
  REPEAT('zoo', 11, 'wrong'),
  REPEAT('zoo', 17, 'when'),
  REPEAT('zoo', 23, 'vote'),
  'legal winner thank year wave sausage worth useful legal winner thank yellow',
  'legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth useful legal will',
  'legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth title',
  'letter advice cage absurd amount doctor acoustic avoid letter advice cage above',
  'letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter always',
  'letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless',
  'scheme spot photo card baby mountain device kick cradle pact join borrow',
  'ozone drill grab fiber curtain grace pudding thank cruise elder eight picnic',
  'cat swing flag economy stadium alone churn speed unique patch report train',
  'vessel ladder alter error federal sibling chat ability sun glass valve picture',
  'gravity machine north sort system female filter attitude volume fold club stay feature office ecology stable narrow fog',
  'hamster diagram private dutch cause delay private meat slide toddler razor book happy fancy gospel tennis maple dilemma loan word shrug inflict delay length',
  'panda eyebrow bullet gorilla call smoke muffin taste mesh discover soft ostrich alcohol speed nation flash devote level hobby quick inner drive ghost inside',
]);

/** True when the value is a well-known public development key or mnemonic. */
export function isPublicTestValue(value: string): boolean {
  const hex = value.toLowerCase().replace(/^0x/, '');
  if (PUBLIC_KEYS.has(hex)) return true;
  if (PUBLIC_SOLANA.has(value.replace(/\s+/g, ''))) return true;
  if (PUBLIC_STRINGS.has(value)) return true;
  return PUBLIC_MNEMONICS.has((value.toLowerCase().match(/[a-z]+/g) ?? []).join(' '));
}
