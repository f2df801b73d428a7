// Wallet seed phrases: twelve to twenty-five list words that rebuild every key of a wallet. BIP39 phrases carry
// a checksum in their last word; TON phrases (24 words) and Algorand's (25) use the same words with checks of
// their own (crypto/tonMnemonic.ts, crypto/algorandMnemonic.ts).
import { isValidAlgorandMnemonic } from '../crypto/algorandMnemonic';
import { isValidMnemonic } from '../crypto/bip39';
import { isValidTonMnemonic } from '../crypto/tonMnemonic';
import { defineDetector, type Validator } from '../defineDetector';
import { rx } from './fragments';
import { WALLET_ADVICE, WALLET_RISK } from './wallets';

/** A 12–24 word English BIP39 phrase with a valid checksum, a 24-word TON phrase or a 25-word Algorand one that passes its check. */
const mnemonicCheck: Validator = {
  name: 'bip39-ton-or-algorand-check',
  test: (v) => isValidMnemonic(v) || isValidTonMnemonic(v) || isValidAlgorandMnemonic(v),
};

/** A phrase alone on its line (a text file's `seed.txt` form). */
const BARE_LINE_PHRASE = String.raw`^[ \t]{0,16}(?<v>[a-z]{3,8}(?:[ \t]{1,4}[a-z]{3,8}){11,24})(?![a-z])`;
/** A file whose name says it holds a seed phrase. */
const SEED_FILE = (path: string): boolean => /(?:^|[/\\])(?:[\w-]*[_-])?(?:mnemonics?|seeds?[_-]?phrases?|seeds?|recovery[_-]?phrases?)(?:[_-][\w-]*)?\.txt$/i.test(path);

export const seedPhrase = defineDetector({
  id: 'secret/seed-phrase',
  title: 'wallet seed phrase',
  severity: 'error',
  role: 'mnemonic',
  envName: 'WALLET_MNEMONIC',
  message: 'Wallet seed phrase {masked} is in the code.',
  risk: WALLET_RISK,
  advice: WALLET_ADVICE,
  // `mnem`, not `mnemonic`: short and misspelt names hold phrases too (`mnem`, `mnemo`, `my_mnemos`).
  // Truffle's HDWalletProvider takes the phrase as its first argument, under no name.
  keywords: ['mnem', 'seed', 'phrase', 'recovery', 'words', 'frommnemonic', 'from_mnemonic', 'fromphrase', 'hdwalletprovider'],
  validate: [mnemonicCheck],
  patterns: [
    // In code and config a phrase follows a quote, `=` or `:` (`"w1 w2 …"`, `MNEMONIC=w1 …`, `seed: w1 …`);
    // starting there is 2× faster than trying every word. Text files (seed.txt) may hold it on a bare line.
    { re: rx(String.raw`["'\`=:][ \t]{0,4}(?<v>[a-z]{3,8}(?:[ \t]{1,4}[a-z]{3,8}){11,24})(?![a-z])`), linesAfter: 2 },
    { re: rx(BARE_LINE_PHRASE, 'm'), linesAfter: 2, files: ['text', 'markdown'] },
    // A data file's value needs no name that says seed (`{"英文助记词": "w1 w2 …"}`, `wallet1: "w1 …"`): the
    // checksum says it. Data files only: code strings are gated by the keywords above.
    { re: rx(String.raw`["'](?<v>[a-z]{3,8}(?:[ \t]{1,4}[a-z]{3,8}){11,24})["']`), keywords: [], files: ['json', 'yaml', 'toml'] },
    // A text file named for what it holds (`mnemonic.txt`, `seed_phrase.txt`) needs no word of it inside.
    { re: rx(BARE_LINE_PHRASE, 'm'), keywords: [], files: ['text'], path: SEED_FILE },
    // As a list: `["w1", "w2", …]` (one per line or not) or a YAML list (`- w1` per line).
    // The regex starts at the list's opening quote or dash, which V8 looks for quickly.
    { re: rx(String.raw`["'](?<v>[a-z]{3,8}(?:["'][ \t]{0,4},[ \t\r\n]{0,16}["'][a-z]{3,8}){11,24})["']`), linesAfter: 25 },
    { re: rx(String.raw`-[ \t]{1,4}(?<v>[a-z]{3,8}(?:[ \t]{0,4}\r?\n[ \t]{0,16}-[ \t]{1,4}[a-z]{3,8}){11,24})(?![a-z])`), linesAfter: 25 },
  ],
  examples: {
    positive: [
      `MNEMONIC = "⟦borrow put draw name eight addict gadget only olive appear dumb wife⟧"`,
      `const wallet = ethers.Wallet.fromPhrase('⟦there novel senior upgrade tomorrow inside away sponsor february ring ball crystal tiny cube rough observe boy detect round cushion lunar castle gun advance⟧');`,
      { text: `WALLET_SEED=⟦borrow put draw name eight addict gadget only olive appear dumb wife⟧\n`, path: '.env' },
      `acct = Account.from_mnemonic("⟦abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about⟧")`,
      `const web3 = new Web3(new HDWalletProvider('⟦borrow put draw name eight addict gadget only olive appear dumb wife⟧', RPC_URL));`,
      `# recovery phrase\nwords = "⟦borrow put draw name eight addict gadget only olive appear dumb wife⟧"`,
      { text: `wallet recovery words\n⟦melody length coach magic exact thank medal destroy laundry aim home absurd⟧\n`, path: 'seed.txt' },
      { text: `⟦melody length coach magic exact thank medal destroy laundry aim home absurd⟧`, path: 'wallet/mnemonic.txt' },
      { text: `{\n  "wallet_words": "⟦melody length coach magic exact thank medal destroy laundry aim home absurd⟧"\n}\n`, path: 'accounts.json' },
      `MNEMONIC_WORDS = ["⟦melody", "length", "coach", "magic", "exact", "thank", "medal", "destroy", "laundry", "aim", "home", "absurd⟧"]`,
      // TON (tonweb, @ton/crypto): BIP39 words, no BIP39 checksum, TON's own check instead.
      { text: `TON_API_ENDPOINT=https://toncenter.com/api/v2/jsonRPC\nWALLET_MNEMONIC="⟦camp sea verb vote reject civil vivid lunar they earth position erode crew plastic topple all sport female cart topic cost amazing address gadget⟧"\n`, path: '.env' },
      `const key = await mnemonicToPrivateKey("⟦oppose feed draft outdoor stable gift oak build couch galaxy engage arrange liquid giggle govern comfort elite suspect trash bring live minimum use fire⟧".split(" "));`,
      // Algorand (algosdk, PHP and Python SDKs): 25 words, the last one a checksum of the key the first 24 spell.
      `$words = explode(" ", "⟦rival fatigue athlete banner rule appear mass green embark live cave never expect hill reopen illegal endorse donate pigeon thing vacuum apple session able student⟧");`,
      `account_key = mnemonic.to_private_key("⟦rival fatigue athlete banner rule appear mass green embark live cave never expect hill reopen illegal endorse donate pigeon thing vacuum apple session able student⟧")`,
      // A list under a short or misspelt name, one word per item.
      `mnemos = ['⟦camp', 'sea', 'verb', 'vote', 'reject', 'civil', 'vivid', 'lunar', 'they', 'earth', 'position', 'erode', 'crew', 'plastic', 'topple', 'all', 'sport', 'female', 'cart', 'topic', 'cost', 'amazing', 'address', 'gadget⟧']`,
      { text: `wallet:\n  mnemonic:\n    - ⟦melody\n    - length\n    - coach\n    - magic\n    - exact\n    - thank\n    - medal\n    - destroy\n    - laundry\n    - aim\n    - home\n    - absurd⟧\n`, path: 'wallet.yml' },
    ],
    negative: [
      `MNEMONIC = "borrow put draw name eight addict gadget only olive appear dumb abandon"`,
      `MNEMONIC = os.environ["WALLET_MNEMONIC"]`,
      // Twelve words that fail the checksum, in a file named for a seed; the same valid words in a file of any name.
      { text: `borrow put draw name eight addict gadget only olive appear dumb abandon`, path: 'mnemonic.txt' },
      { text: `melody length coach magic exact thank medal destroy laundry aim home absurd`, path: 'lyrics.txt' },
      { text: `{"title": "melody length coach magic exact thank medal destroy laundry aim home abandon"}`, path: 'songs.json' },
      `# the seed phrase is twelve words that you must never type into any website or bot config`,
      `seed = 42`,
      // 24 list words that pass neither BIP39's checksum nor TON's check.
      { text: `MNEMONIC="garden mail people author digital reunion agent alone toward cat rapid kitten cry dress key bird item convince uniform cover drill pupil off parent"\n`, path: '.env' },
      // A TON-valid phrase one word short (TON phrases are 24 words).
      `MNEMONIC = "camp sea verb vote reject civil vivid lunar they earth position erode crew plastic topple all sport female cart topic cost amazing address"`,
      `MNEMONIC_WORDS = ["melody", "length", "coach", "magic", "exact", "thank", "medal", "destroy", "laundry", "aim", "home", "abandon"]`,
      // 25 list words whose last word is not the Algorand checksum of the first 24.
      `account_key = mnemonic.to_private_key("rival fatigue athlete banner rule appear mass green embark live cave never expect hill reopen illegal endorse donate pigeon thing vacuum apple session able abandon")`,
      // 24 list words under a short name that pass neither check.
      `mnemo = ['garden', 'mail', 'people', 'author', 'digital', 'reunion', 'agent', 'alone', 'toward', 'cat', 'rapid', 'kitten', 'cry', 'dress', 'key', 'bird', 'item', 'convince', 'uniform', 'cover', 'drill', 'pupil', 'off', 'parent']`,
    ],
  },
});
