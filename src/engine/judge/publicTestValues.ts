// Values published for local development chains and documentation. Anyone may know them, so a
// finding is only informational: funds sent to them are taken within seconds on real chains.
const PUBLIC_KEYS = new Set([
  // #0–#19: m/44'/60'/0'/0/i of the well-known test mnemonic (`test test … junk`), derived with BIP32.
  'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80', // Hardhat/Anvil account #0
  '59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d', // Hardhat/Anvil account #1
  '5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a', // Hardhat/Anvil account #2
  '7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6', // Hardhat/Anvil account #3
  '47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a', // Hardhat/Anvil account #4
  '8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba', // Hardhat/Anvil account #5
  '92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e', // Hardhat/Anvil account #6
  '4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356', // Hardhat/Anvil account #7
  'dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97', // Hardhat/Anvil account #8
  '2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6', // Hardhat/Anvil account #9
  'f214f2b2cd398c806f84e317254e0f0b801d0643303237d97a22a48e01628897', // Hardhat/Anvil account #10
  '701b615bbdfb9de65240bc28bd21bbc0d996645a3dd57e7b12bc2bdf6f192c82', // Hardhat/Anvil account #11
  'a267530f49f8280200edf313ee7af6b827f2a8bce2897751d06a843f644967b1', // Hardhat/Anvil account #12
  '47c99abed3324a2707c28affff1267e45918ec8c3f20b8aa892e8b065d2942dd', // Hardhat/Anvil account #13
  'c526ee95bf44d8fc405a158bb884d9d1238d99f0612e9f33d006bb0789009aaa', // Hardhat/Anvil account #14
  '8166f546bab6da521a8369cab06c5d2b9e46670292d85c875ee9ec20e84ffb61', // Hardhat/Anvil account #15
  'ea6c44ac03bff858b476bba40716402b03e41b8e97e276d1baec7c37d42484a0', // Hardhat/Anvil account #16
  '689af8efa8c651a91ad287602527f3af2fe9f6501a7ac4b061667b5a93e037fd', // Hardhat/Anvil account #17
  'de9be858da4a475276426320d5e9262ecfc3ba460bfac56360bfa6c4c28b4ee0', // Hardhat/Anvil account #18
  'df57089febbacf7ba0bc227dafbffa9fc08a93fdc68e1e42411a14efcf23656e', // Hardhat/Anvil account #19
  // The key every example program of Hyperliquid's official Rust SDK (hyperliquid-dex/hyperliquid-rust-sdk, src/bin/)
  // signs with, copied with the SDK into bots and forks.
  'e908f86dbb4d55ac876378565aafeabc187f6690f046459397b17d9b9a19688e',
  // Shared Infura project ids baked into libraries and tutorials (ethers v5's default provider, web3modal and
  // Uniswap examples): real keys, but everyone's.
  '84842078b09946638c03157f83405213',
  '9aa3d95b3bc440fa88ea12eaa4456161',
]);
// The Solana Cookbook's "restore a keypair" examples (byte array and base58), copied into many bots.
const PUBLIC_SOLANA = new Set([
  '174,47,154,16,202,193,206,113,199,190,53,133,169,175,31,56,222,53,138,189,224,216,117,173,10,149,53,45,73,251,237,246,15,185,186,82,177,240,148,69,241,227,167,80,141,89,240,121,121,35,172,247,68,251,226,218,48,63,176,109,168,89,238,135',
  '5MaiiCavjCmn9Hs1o3eznqDEhRwxo7pXiAYez7keQUviUkauRiTMD8DrESdrNjN8zd9mTmVhRvBJeg5vhyvgrAhG',
  // Its fee payer and second account, which most of its code samples sign with (solana-developers/solana-cookbook).
  '588FU4PktJWfGfxtzpAAXywSNt74AvtroVzGfKkVN1LwRuvHwKGr851uH8czM5qm4iqLbs1kKoMKtMJG4ATR7Ld2',
  '4NMwxzmYj2uvHuq8xoqhY8RXg63KSVJM1DXkpbmkUY7YQWuoyQgFnnzn6yo3CMnqZasnNPNuAT2TLwQsCaKkUddp',
]);
// Exact public strings: Tezos sandbox keys, the Bitcoin wiki's WIF example, BIP32 test vector 1's master key,
// jwt.io's example token (in countless tests), BitMEX's documented example API key.
const PUBLIC_STRINGS = new Set([
  // Tezos sandboxes: octez's activator and bootstrap1–5 accounts (its sandbox scripts and test framework), and
  // flextesa's alice and bob, imported unencrypted into every local Tezos node and its SDKs' test setups.
  'edsk31vznjHSSpGExDMHYASz45VZqXN4DPxvsa4hAyY8dHM28cZzp6',
  'edsk3gUfUPyBSfrS9CCgmCiQsTCHGkviBDusMxDJstFtojtc1zcpsh',
  'edsk39qAm1fiMjgmPkw1EgQYkMzkJezLNewd7PLNHTkr6w9XA2zdfo',
  'edsk4ArLQgBTLWG5FJmnGnT689VKoqhXwmDPBuGx3z4cvwU9MmrPZZ',
  'edsk2uqQB9AY4FvioK2YMdfmyMrer5R8mGFyuaLLFfSRo8EoyNdht3',
  'edsk4QLrcijEffxV31gGdN2HU7UpyJjA8drFoNcmnB28n89YjPNRFm',
  'edsk3QoqBuvdamxouPhin7swCvkQNgq4jP5KZPbwWNnwdZpSpJiEbq',
  'edsk3RFfvaFaxbHx8BMtEW1rKQcPtDML3LXjNqMNLCzC3wLC1bWbAt',
  '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ',
  'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  // BitMEX's API documentation example key and secret (bitmex.com/app/apiKeysUsage), in its connectors' signing tests.
  'LAqUlngMIQkIUjXMUreyu3qn',
  'chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO',
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
  // The Solana Cookbook's "mnemonic to keypair" samples.
  'pill tomorrow foster begin walnut borrow virtual kick shift mutual shoe scatter',
  'neither lonely flavor argue grass remind eye tag avocado spot unusual intact',
  'ozone drill grab fiber curtain grace pudding thank cruise elder eight picnic',
  'cat swing flag economy stadium alone churn speed unique patch report train',
  'vessel ladder alter error federal sibling chat ability sun glass valve picture',
  'gravity machine north sort system female filter attitude volume fold club stay feature office ecology stable narrow fog',
  'hamster diagram private dutch cause delay private meat slide toddler razor book happy fancy gospel tennis maple dilemma loan word shrug inflict delay length',
  'panda eyebrow bullet gorilla call smoke muffin taste mesh discover soft ostrich alcohol speed nation flash devote level hobby quick inner drive ghost inside',
]);

/** True when the value is a well-known public development key or mnemonic. */
export function isPublicTestValue(value: string): boolean {
  // Every form of an ASCII value (below) is at most as long as the value: a shorter one than every public key, Solana
  // array and mnemonic can only be one of the exact strings. Every secret finding asks, nearly all of them so short.
  if (value.length < FORMS_FROM && !NON_ASCII.test(value)) return value.length >= SHORTEST && PUBLIC_STRINGS.has(value);
  // Every public value is 32 characters or more, in ASCII (lower-casing keeps its length): most candidates are shorter.
  const ascii = measure(value);
  if (value.length < SHORTEST && ascii) return false;
  // An ASCII value's forms below have lengths known from one pass: a form of no public length is not built (a PEM
  // block's thousand words were split, lowered and joined for every finding).
  if (!ascii || KEY_LENGTHS.has(hexLength)) {
    const hex = value.toLowerCase().replace(/^0x/, '');
    if (PUBLIC_KEYS.has(hex)) return true;
  }
  if ((!ascii || SOLANA_LENGTHS.has(solidLength)) && PUBLIC_SOLANA.has(value.replace(/\s+/g, ''))) return true;
  if (PUBLIC_STRINGS.has(value)) return true;
  if (ascii && !MNEMONIC_LENGTHS.has(wordsLength)) return false;
  return PUBLIC_MNEMONICS.has((value.toLowerCase().match(/[a-z]+/g) ?? []).join(' '));
}

/** Length of the shortest public value: a hex key, a string, or a mnemonic's words joined by single spaces. */
const SHORTEST = Math.min(...[...PUBLIC_KEYS, ...PUBLIC_SOLANA, ...PUBLIC_STRINGS, ...PUBLIC_MNEMONICS].map((v) => v.length));
const KEY_LENGTHS = new Set([...PUBLIC_KEYS].map((v) => v.length));
const SOLANA_LENGTHS = new Set([...PUBLIC_SOLANA].map((v) => v.length));
const MNEMONIC_LENGTHS = new Set([...PUBLIC_MNEMONICS].map((v) => v.length));
/** The shortest public hex key, Solana key or mnemonic (see isPublicTestValue). */
const FORMS_FROM = Math.min(...KEY_LENGTHS, ...SOLANA_LENGTHS, ...MNEMONIC_LENGTHS);
/** A character outside ASCII. */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Lengths of the last measured ASCII value's forms (see measure): without a leading `0x`/`0X` (the hex form), without
 * whitespace (the Solana form), and its letter runs joined by single spaces (the mnemonic form). Module variables, not
 * an object per value: every secret finding is measured.
 */
let hexLength = 0;
let solidLength = 0;
let wordsLength = 0;

/** True for a string of ASCII characters only, whose forms' lengths it then sets (hexLength, solidLength, wordsLength). */
function measure(value: string): boolean {
  let solid = 0;
  let letters = 0;
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 127) return false;
    // \s in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
    if (c !== 32 && (c < 9 || c > 13)) solid++;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (letter) {
      letters++;
      if (!inRun) runs++;
    }
    inRun = letter;
  }
  const prefixed = value.charCodeAt(0) === 48 && (value.charCodeAt(1) === 120 || value.charCodeAt(1) === 88);
  hexLength = value.length - (prefixed ? 2 : 0);
  solidLength = solid;
  wordsLength = runs === 0 ? 0 : letters + runs - 1;
  return true;
}
