// Wallet private keys and seed phrases: whoever reads them owns every fund in the wallet.
import { bitcoinPrivateKeyKind } from '../crypto/bitcoinKeys';
import { inCollectionOf } from '../judge/codeContext';
import { defineDetector, type Validator } from '../defineDetector';
import { isSecp256k1Scalar } from '../crypto/secp256k1';
import { PUBLIC_VALUE_NAME } from '../judge/publicNames';
import { minEntropy, notPlaceholder } from '../judge/validators';
import { inSendHelperCall, privateKeyCommentBeside } from '../judge/keyBeside';
import { TextMemo } from '../judge/textMemo';
import { assigned, OQ, PREFIX, Q, rx } from './fragments';
import { lineStartWithin } from '../text/linesAbove';

export const WALLET_RISK = 'Anyone who reads this controls the wallet and every fund in it.';
export const WALLET_ADVICE =
  'Load keys from the environment or a hardware signer. If this file was ever shared or committed, move the funds to a new wallet: changing the code does not make this key safe again.';
const HEX64 = String.raw`(?:0x)?[0-9a-fA-F]{64}(?![0-9a-fA-F])`;

/** Names under which a 64-hex value is an EVM private key. */
// `prv_key`, `prvKey`: private's three-letter abbreviation.
const EVM_KEY_NAME = /priv|prv_?key|secret|signer|wallet|^pk$|_pk$|^pk_|account_?key|eth_?key|evm_?key|deployer|owner_?key|operator_?key|wallet_?key/i;
/**
 * Digests and on-chain constants (role ids are keccak hashes), and secrets that are not wallets: exchange API secrets,
 * JWT, webhook and access-token secrets (freqtrade's jwt_secret_key is 64 hex too). Names of public values veto the rest
 * (`walletTxId` is a transaction hash, not a wallet key).
 */
const EVM_NOT_KEY_NAME = new RegExp(`${PUBLIC_VALUE_NAME.source}|root|digest|checksum|sha|salt|topic|selector|nonce|signature|role|api_?secret|jwt|client_?secret|app_?secret|hmac|webhook|session|csrf|cookie|token_?secret|refresh_?token|access_?token`, 'i');

/** The value is an element of an `accounts: [...]` or `privateKeys: [...]` array (Hardhat, Truffle). */
const inKeyArray: Validator = {
  name: 'in-accounts-array',
  reach: { before: 400, after: 0 },
  test: (_v, ctx) => inCollectionOf(ctx.text, ctx.start, /(?:accounts|privateKeys)\\?["']?[ \t]*[:=][ \t]*/g, /^\[/),
};

/** The name a value is assigned to on its line (`const mnemonic = "`, `KEY: '`). */
const NAME_BEFORE = /([A-Za-z_$][A-Za-z0-9_$]{0,60})["']?[ \t]*(?::[ \t]*[A-Za-z0-9_$.<>]{1,40}[ \t]*)?(?::|=)[ \t]*(?:0x)?["'`]?$/;

/** A one-line `accounts: [...]` / `privateKeys: [...]` array: its elements (group 1) are signing keys. */
const KEY_ARRAY = /(?:accounts|privateKeys)["']?[ \t]*:[ \t]*\[([^\]\n]{1,400})\]/g;
/** One element that is a plain name, bare or interpolated (`pk`, `` `${pk}` ``); `owner.address` is not one. */
const ELEMENT_NAME = /^[ \t]*(?:`\$\{[ \t]*([A-Za-z_$][\w$]*)[ \t]*\}`|([A-Za-z_$][\w$]*))[ \t]*$/;
const SIGNING_NAMES = new TextMemo<ReadonlySet<string>>();

/** The plain names a Hardhat/Truffle network config (a file with `networks`) hands to its key arrays, once per text. */
function signingNames(text: string): ReadonlySet<string> {
  return SIGNING_NAMES.get(text, '', () => {
    const names = new Set<string>();
    if (!text.includes('networks')) return names;
    for (const m of text.matchAll(KEY_ARRAY)) {
      for (const element of m[1].split(',')) {
        const id = ELEMENT_NAME.exec(element);
        if (id) names.add(id[1] ?? id[2]);
      }
    }
    return names;
  });
}

/**
 * The name the value is assigned to is an element of a network config's `accounts: [...]` array (a Hardhat config
 * that keeps its deployer key in a variable, whatever it calls it: `accounts: [\`${mnemonic}\`]`).
 */
const nameSigns: Validator = {
  name: 'name-in-accounts-array',
  // The arrays may be anywhere in the file: an edit to a line with one (or to `networks`) rescans it whole.
  fileWide: /(?:accounts|privateKeys)["']?[ \t]*:|networks/,
  test: (_v, ctx) => {
    const lineStart = lineStartWithin(ctx.text, ctx.start);
    const name = NAME_BEFORE.exec(ctx.text.slice(Math.max(lineStart, ctx.start - 120), ctx.start))?.[1];
    return name !== undefined && !EVM_NOT_KEY_NAME.test(name) && signingNames(ctx.text).has(name);
  },
};

/** A 64-hex value that is a secp256k1 scalar: transaction hashes and digests usually are too, so context decides first. */
const secp256k1Key: Validator = { name: 'secp256k1-scalar', test: (v) => isSecp256k1Scalar(v) };

export const evmPrivateKey = defineDetector({
  id: 'secret/evm-private-key',
  title: 'wallet private key (EVM)',
  severity: 'error',
  role: 'private-key',
  envName: 'ETH_PRIVATE_KEY',
  message: 'Wallet private key {masked} is in the code.',
  risk: WALLET_RISK,
  advice: WALLET_ADVICE,
  keywords: ['priv', 'key', 'pk', 'secret', 'signer', 'wallet', 'deployer'],
  validate: [notPlaceholder, secp256k1Key, minEntropy(3)],
  patterns: [
    {
      ...assigned(String.raw`${PREFIX}${OQ}(?<v>${HEX64})`),
      name: EVM_KEY_NAME,
      notName: EVM_NOT_KEY_NAME,
      // A Django fixture's "pk" is a primary key.
      requires: { notNear: { pattern: /"model"[ \t]*:/, before: 300 } },
    },
    {
      // eth-account, ethers, viem, go-ethereum, web3j (Credentials.create), web3dart (EthPrivateKey.fromHex),
      // Nethereum (new Account), web3.js (accounts.wallet.add), ethers-rs/alloy (from_str).
      re: rx(String.raw`(?:from_key|fromKey|privateKeyToAccount|HexToECDSA|SigningKey|Wallet|LocalAccount|fromPrivateKey|PrivateKey|privkey|(?:LocalWallet|PrivateKeySigner|SigningKey)::from_str|Credentials\.create|EthPrivateKey\.fromHex|(?<![A-Za-z0-9_.])Account|wallet\.add)[ \t]*\([ \t]*(?:bytes\.fromhex\([ \t]*|Buffer\.from\([ \t]*|process\.env\.[A-Za-z0-9_]{1,60}[ \t]*(?:\|\||\?\?)[ \t]*)?${PREFIX}${Q}(?<v>${HEX64})${Q}`),
      keywords: ['from_key', 'fromkey', 'privatekeytoaccount', 'hextoecdsa', 'signingkey', 'wallet(', 'fromprivatekey', 'privatekey(', 'privkey(', '::from_str', 'credentials.create', 'fromhex', 'account(', 'wallet.add'],
    },
    // The value on the line after its name (`const privateKey =⏎  "…";`, `let wallet: Signer =⏎  "…"`).
    // The match starts at the `=` and reads the name behind it: starting at every name-like character
    // made this the costliest pattern of the scan (+16% on the bench corpus).
    {
      re: rx(String.raw`=(?=[ \t]*\r?\n)(?<=(?<![A-Za-z0-9_$])(?<name>[A-Za-z_$][A-Za-z0-9_$]{0,60})(?:[ \t]*:[ \t]*[A-Za-z0-9_$.<>]{1,40})?[ \t]*=)[ \t]*\r?\n[ \t]*${PREFIX}${Q}(?<v>${HEX64})${Q}`),
      linesAfter: 1,
      name: EVM_KEY_NAME,
      notName: EVM_NOT_KEY_NAME,
    },
    // An environment look-up's default, the arguments broken over lines (`os.getenv(⏎  "PRIVATE_KEY", "0x…")`):
    // the variable's name is the key's name.
    {
      re: rx(String.raw`(?:getenv|environ\.get|env\.get)[ \t]*\([ \t]*\r?\n[ \t]*["'](?<name>[A-Za-z_][A-Za-z0-9_]{0,60})["'][ \t]*,[ \t]*(?:\r?\n[ \t]*)?${PREFIX}${Q}(?<v>${HEX64})${Q}`),
      keywords: ['getenv', 'environ.get', 'env.get'],
      linesAfter: 2,
      name: EVM_KEY_NAME,
      notName: EVM_NOT_KEY_NAME,
    },
    // A notes file: the name, spaces, the key (`PrivateKey 0x…` in `account.txt`), one to a line.
    {
      re: rx(String.raw`^[ \t]*(?<name>[A-Za-z][A-Za-z0-9_-]{0,30}(?:[ \t][A-Za-z][A-Za-z0-9_-]{0,30})?)[ \t]+(?<v>${HEX64})[ \t]*\r?$`, 'm'),
      files: ['text'],
      name: EVM_KEY_NAME,
      notName: EVM_NOT_KEY_NAME,
    },
    // A key written down in a comment (`# Sender Private Key: …`, `// deployer privkey = 0x…`): a comment is in every
    // clone as much as code is. The name may be words; it must still say private key.
    {
      re: rx(String.raw`(?:#|//|--|;|\*)[ \t]*(?<name>[A-Za-z][A-Za-z0-9_-]{0,30}(?:[ \t][A-Za-z][A-Za-z0-9_-]{0,30}){0,3})[ \t]*[:=][ \t]*${OQ}(?<v>${HEX64})`),
      name: EVM_KEY_NAME,
      notName: EVM_NOT_KEY_NAME,
    },
    // Any `…_KEY` name when the comment on the line above calls it a private key (`# the payer's private key` over
    // `PAYER_KEY=…`): the name alone would take AES and HMAC keys, which are 64 hex too.
    {
      ...assigned(String.raw`${PREFIX}${OQ}(?<v>${HEX64})`),
      name: /key$/i,
      notName: EVM_NOT_KEY_NAME,
      validate: [privateKeyCommentBeside],
    },
    // Any name the file hands to a Hardhat/Truffle `accounts: [...]` array: that array holds signing keys only.
    // The name (on the value's own line) is read back by the validator: the assignment machinery only finds sites
    // on lines with a keyword, and a name test that takes every name would classify every assignment of every file.
    // Only a declaration's value (`const pk = "…"`): a data file's thousands of hashes never reach the key checks.
    {
      re: rx(String.raw`["'\`](?<=(?:const|let|var)[ \t]{1,4}[A-Za-z_$][\w$]{0,60}(?:[ \t]*:[ \t]*[A-Za-z_$][\w$<>]{0,30})?[ \t]*=[ \t]*["'\`])(?<v>${HEX64})["'\`]`),
      keywords: [],
      validate: [nameSigns],
      requires: { fileContains: ['accounts', 'privatekeys'] },
    },
    // A bot's own send helper takes the signing key first (`sweepFunds("…", dest)`, `send_eth(key, to, v)`):
    // the call's name says it moves funds and nothing else 64-hex goes there (recipients are 40 hex).
    {
      // Bare hex only: `0x` + 64 hex is also an Aptos or Sui address, an object id or a transaction hash.
      re: rx(String.raw`(?<q>["'])(?<v>[0-9a-fA-F]{64})\k<q>`),
      keywords: ['transfer', 'send', 'sweep', 'withdraw'],
      validate: [inSendHelperCall],
    },
    // Hardhat and Truffle network configs: `accounts: ['0x…']`, `privateKeys: [process.env.PK || '…']`.
    {
      re: rx(String.raw`${Q}(?<v>${HEX64})${Q}`),
      keywords: ['accounts', 'privatekeys'],
      linesAfter: 3,
      validate: [inKeyArray],
    },
  ],
  examples: {
    positive: [
      `PRIVATE_KEY = "⟦0xdb9e7f78671acc8c02a42d5eb7bdbf0ec8c5ac845527613cebc0043815d86b7f⟧"`,
      `let amount = '1000',\n    prv_key = '⟦db9e7f78671acc8c02a42d5eb7bdbf0ec8c5ac845527613cebc0043815d86b7f⟧';`,
      `account = Account.from_key("⟦db9e7f78671acc8c02a42d5eb7bdbf0ec8c5ac845527613cebc0043815d86b7f⟧")`,
      `const wallet = new ethers.Wallet('⟦0xb4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧', provider);`,
      `const account = privateKeyToAccount('⟦0xb4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧');`,
      `key, err := crypto.HexToECDSA("⟦b4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧")`,
      { text: `let wallet2 = LocalWallet::from_str("⟦0xb4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧")?;`, path: 'main.rs' },
      { text: `let signer = PrivateKeySigner::from_str("⟦b4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧")?; // alloy`, path: 'main.rs' },
      { text: `Credentials credentials = Credentials.create("⟦0xb4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧");`, path: 'Bot.java' },
      { text: `final creds = EthPrivateKey.fromHex('⟦b4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧');`, path: 'wallet.dart' },
      { text: `var account = new Account("⟦0xb4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧", Chain.MainNet);`, path: 'Program.cs' },
      `web3.eth.accounts.wallet.add('⟦0xb4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧');`,
      `acct = Account.from_key(bytes.fromhex("⟦b4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧"))`,
      { text: `module.exports = {\n  networks: {\n    mainnet: {\n      url: RPC,\n      accounts: [\n        '⟦0xb4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧',\n      ],\n    },\n  },\n};`, path: 'hardhat.config.js' },
      { text: `accounts: [process.env.DEPLOYER_KEY || '⟦0xb4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧'],`, path: 'hardhat.config.ts' },
      // The key kept in a variable of any name that the network config hands to `accounts`.
      { text: `const mnemonic = "⟦b4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧"\nexport default {\n  networks: {\n    bsc: { url: RPC, accounts: [\`\${mnemonic}\`] },\n  },\n};`, path: 'hardhat.config.ts' },
      { text: `const main = "⟦b4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧"\nmodule.exports = { networks: { bsc: { url: RPC, accounts: [other, main] } } };`, path: 'hardhat.config.js' },
      { text: `forge script script/Deploy.s.sol --rpc-url $RPC --private-key ⟦0xb4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧ --broadcast\n`, path: 'deploy.sh' },
      `const signer = new ethers.Wallet(process.env.PK ?? '⟦0xb4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046⟧');`,
      { text: `DEPLOYER_PRIVATE_KEY=⟦0xdb9e7f78671acc8c02a42d5eb7bdbf0ec8c5ac845527613cebc0043815d86b7f⟧\n`, path: '.env' },
      `"privateKey": "⟦0xdb9e7f78671acc8c02a42d5eb7bdbf0ec8c5ac845527613cebc0043815d86b7f⟧",`,
      `walletKey = "⟦0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e⟧"  # a name that says key, not tx`,
      `HARDHAT_PK = "⟦0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80⟧"  # account #0`,
      { text: `const privateKey =\n  "⟦5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e⟧";\nconst w = new ethers.Wallet(privateKey, provider);`, path: 'send.js' },
      { text: `import os\nPRIVATE_KEY = os.getenv(\n    "PRIVATE_KEY", "⟦0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e⟧")`, path: 'config.py' },
      { text: `RPC   https://rpc.example.org/v2/demo\n\nPrivateKey ⟦5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e⟧`, path: 'account.txt' },
      { text: `PAYER_ADDRESS=0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE\n# the payer's private key\nPAYER_KEY=⟦5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e⟧\n`, path: '.env' },
      { text: `func run() {\n\tsweepFunds("⟦5C2E8A41F09B7D36E1A4C08F92B5D7E3A6C1F48E0B9D27A53F6E81C4D0A7B92E⟧", treasury)\n}`, path: 'sweep.go' },
      `send_eth(w3, "⟦5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e⟧", RECIPIENT, amount)`,
      { text: `from web3 import Web3\n\n# Sender Address: 0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE\n# Sender Private Key: ⟦5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e⟧\n`, path: 'scripts/account.py' },
      { text: `// deployer privkey = ⟦0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e⟧\n`, path: 'scripts/deploy.js' },
      { text: `// deployer's private key\nconst OPS_KEY = "⟦0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e⟧";\n`, path: 'deploy.js' },
    ],
    negative: [
      `TX_HASH = "0xdb9e7f78671acc8c02a42d5eb7bdbf0ec8c5ac845527613cebc0043815d86b7f"`,
      // A 64-hex value in a Hardhat config whose name the accounts array never uses (a salt, a code hash).
      { text: `const initCode = "0xb4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046"\nexport default { networks: { bsc: { url: RPC, accounts: [\`\${deployerKey}\`] } } };`, path: 'hardhat.config.ts' },
      // A property of the name in the array (an address), and an array outside any network config (an Aptos module id).
      { text: `const owner = "0xb4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046"\nexport default { networks: { bsc: { url: RPC, accounts: [owner.address] } } };`, path: 'hardhat.config.ts' },
      { text: `const MODULE = "0xb4da66ee3fd35e290b5ad8a704688b513dd0eb41d1f969614b84c581de4e7046"\nconst cfg = { accounts: [MODULE, other] };`, path: 'src/app.ts' },
      // Look-ups of a transfer by its hash, and a transfer's bytes32 data argument.
      `status = get_transfer_status("0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e")`,
      `await token.safeTransferFrom(a, b, 1, 10, "0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e");`,
      `const receipt = await waitForTransfer('0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e');`,
      // An Aptos or Sui address (0x + 64 hex) handed to a transfer, and a key whose private-key comment is the next variable's.
      `await coinClient.transfer(sender, "0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e", 1000);`,
      { text: `ENCRYPTION_KEY=5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e\n# wallet private key\nPRIVATE_KEY=\n`, path: '.env' },
      // A 64-hex `…_KEY` with no private-key comment beside it is an AES or HMAC key as often as a wallet's.
      { text: `# never commit your private key\n\nAPP_NAME=bot\nENCRYPTION_KEY=5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e\n`, path: '.env' },
      { text: `# AES-256 key for the session store\nSESSION_KEY=5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e\n`, path: '.env' },
      // Transaction hashes and public keys under names that also say "wallet" or "signer".
      `{"coin": "USDT", "walletTxId": "0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e", "status": 1}`,
      `deposit.wallet_tx_id = "5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e"`,
      `const walletTxHash = '0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e';`,
      `signer_transaction = "0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e"`,
      `walletTxn = "0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e"`,
      `signerPubkey: "5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e",`,
      `wallet_address_key = "0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e"`,
      `block_hash = "db9e7f78671acc8c02a42d5eb7bdbf0ec8c5ac845527613cebc0043815d86b7f"`,
      `PRIVATE_KEY = "0x" + "1" * 64`,
      `private_key = "0x0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"`,
      `private_key = "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"`,
      `DOMAIN_SEPARATOR = "0xdb9e7f78671acc8c02a42d5eb7bdbf0ec8c5ac845527613cebc0043815d86b7f"`,
      `private_key = os.environ["PRIVATE_KEY"]`,
      { text: `import os\nTX = os.getenv(\n    "LAST_TX_HASH", "0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e")`, path: 'config.py' },
      `public_key = "0xdb9e7f78671acc8c02a42d5eb7bdbf0ec8c5ac845527613cebc0043815d86b7f"`,
      `SIGNER_ROLE = "0xe2f4eaae4a9751e85a3e4a7b9587827a877f29914755229b07a7b2da98285f70"`,
      `"jwt_secret_key": "db9e7f78671acc8c02a42d5eb7bdbf0ec8c5ac845527613cebc0043815d86b7f",`,
      // A web app's token-signing secrets in its .env.
      { text: `ACCESS_TOKEN_SECRET=4e1f0c9a7b2d5e8f3a6c9b0d1e4f7a2c5b8e1d4f7a0c3b6e9d2f5a8c1b4e7d0a\n`, path: '.env' },
      { text: `const txHash =\n  "0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e";`, path: 'send.js' },
      { text: `block hash 5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e\nPrivateKey is in the vault, not here`, path: 'notes.txt' },
      { text: `PrivateKey 5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e`, path: 'notes.md' },
      // Comments naming a hash or a public value, not a key.
      `# Last Tx Hash: 0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e`,
      `// wallet public key: 5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e`,
      { text: `[{"model": "ledger.tx", "pk": "0xdb9e7f78671acc8c02a42d5eb7bdbf0ec8c5ac845527613cebc0043815d86b7f", "fields": {}}]`, path: 'fixtures/txs.json' },
    ],
  },
});

/** Base58check with mainnet private-key version bytes: exact, so any context will do. */
const bitcoinKey: Validator = { name: 'bitcoin-base58check', test: (v) => bitcoinPrivateKeyKind(v) !== undefined };
const B58 = '[1-9A-HJ-NP-Za-km-z]';
const WIF_KEY = 'L4bMYAVMpYimRn6s2cMqijHFaj8KLW7crEDKuV3LADCfSFayuah1';
const XPRV = 'xprv9s21ZrQH143K4VbYxJyDVBCgkLNToEKMayHjZKfxzKCXCsMw1tYymFencz6RhqVrZwFRYDHpc8x36PordCJmkLGFFSox5mVD6zsHDepcS8b';

export const bitcoinPrivateKey = defineDetector({
  id: 'secret/bitcoin-private-key',
  title: 'Bitcoin private key (WIF or xprv)',
  severity: 'error',
  role: 'private-key',
  envName: 'BTC_PRIVATE_KEY',
  message: 'Bitcoin private key {masked} is in the code.',
  risk: `${WALLET_RISK} An extended key (xprv/yprv/zprv) controls every address of the wallet.`,
  advice: WALLET_ADVICE,
  // Not plain `key`/`secret`: they are on every other line of bot code, and WIF keys come with these words.
  keywords: ['wif', 'priv', 'key(', 'secret(', 'wallet', 'bitcoin', 'btc', 'seed'],
  validate: [bitcoinKey],
  patterns: [
    // The word may be on a line above, as where a command's output is pasted under it (`# dumpprivkey ADDR` / `# -> K…`).
    { re: rx(String.raw`(?<![A-Za-z0-9])(?<v>[5KL]${B58}{50,51})(?![A-Za-z0-9])`), linesAfter: 2 },
    { re: rx(String.raw`(?<![A-Za-z0-9])(?<v>[xyzYZ]prv${B58}{107,108})(?![A-Za-z0-9])`), keywords: ['xprv', 'yprv', 'zprv'] },
    // A text file (a key list `0, <WIF>, <address>`, a dump) needs no word: the checksum is exact.
    { re: rx(String.raw`(?<![A-Za-z0-9])(?<v>[5KL]${B58}{50,51})(?![A-Za-z0-9])`), keywords: [], files: ['text'] },
  ],
  examples: {
    positive: [
      `key = Key("⟦${WIF_KEY}⟧")  # bitcoinlib`,
      `const keyPair = ECPair.fromWIF('⟦5KVB6FPHVu3fcXA2pVQJP9DkBMsbWo23ghbxwV6xzpdB525xyxE⟧');`,
      { text: `BTC_WIF=⟦${WIF_KEY}⟧\n`, path: '.env' },
      `root = HDKey.from_string("⟦${XPRV}⟧")`,
      `ZPRV = "⟦zprvAdATF6ZioEBq3mNL13z5V2XkUjpiZXxK4nBF16LL2KKEuEXUNCqSc8otmsEmTWadgew91UrSViPh3FhZCV4EyveFYEMufR1AcHZzFCqVYHY⟧"`,
      `WIF = "⟦5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ⟧"  # the Bitcoin wiki example: public, so info`,
      `# bitcoin-cli dumpprivkey 1FZ7967QJ9JvyBYy1UmaMEW3FBTYmGkej2\n# -> ⟦${WIF_KEY}⟧`,
      // A key list of index, WIF and address rows, with no word (the checksum is exact).
      { text: `0, ⟦${WIF_KEY}⟧, 1FZ7967QJ9JvyBYy1UmaMEW3FBTYmGkej2\n`, path: 'data/list.txt' },
    ],
    negative: [
      `key = Key("L4bMYAVMpYimRn6s2cMqijHFaj8KLW7crEDKuV3LADCfSFayuah2")  # checksum off by one character`,
      `XPUB = "xpub661MyMwAqRbcGyg24LWDrK9RJNCxCh3CxCDLMi5aYejW5fh5ZRsEK3yGUF8C9UYWgX3siJaA63wVcUZCM62kobYALjGYRPg42AmHy1QVTST"  # public`,
      `testnet_key = "cUxM15VDFcR2bDa8R2Ay63nKCxRizxDJvGMo1uVqfKrfgzec3jxM"  # testnet WIF`,
      `ADDRESS = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"  # bitcoin address`,
      `wif = os.environ["BTC_WIF"]`,
      { text: `0, L4bMYAVMpYimRn6s2cMqijHFaj8KLW7crEDKuV3LADCfSFayuah2, 1FZ7967QJ9JvyBYy1UmaMEW3FBTYmGkej2\n`, path: 'data/list.txt' },
    ],
  },
});
