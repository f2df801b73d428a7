// Wallet private keys and seed phrases: whoever reads them owns every fund in the wallet.
import { bitcoinPrivateKeyKind } from '../crypto/bitcoinKeys';
import { inCollectionOf } from '../judge/codeContext';
import { defineDetector, type Validator } from '../defineDetector';
import { isSecp256k1Scalar } from '../crypto/secp256k1';
import { base58Bytes, isSolanaKeypair } from '../crypto/solanaKeypair';
import { PUBLIC_VALUE_NAME } from '../judge/publicNames';
import { minEntropy, notPlaceholder } from '../judge/validators';
import { inSendHelperCall, privateKeyCommentBeside } from '../judge/keyBeside';
import { assigned, OQ, PREFIX, Q, rx } from './fragments';

export const WALLET_RISK = 'Anyone who reads this controls the wallet and every fund in it.';
export const WALLET_ADVICE =
  'Load keys from the environment or a hardware signer. If this file was ever shared or committed, move the funds to a new wallet: changing the code does not make this key safe again.';
const HEX64 = String.raw`(?:0x)?[0-9a-fA-F]{64}(?![0-9a-fA-F])`;

/** The value is an element of an `accounts: [...]` or `privateKeys: [...]` array (Hardhat, Truffle). */
/** Names under which a 64-hex value is an EVM private key. */
const EVM_KEY_NAME = /priv|secret|signer|wallet|^pk$|_pk$|^pk_|account_?key|eth_?key|evm_?key|deployer|owner_?key|operator_?key|wallet_?key/i;
/**
 * Digests and on-chain constants (role ids are keccak hashes), and secrets that are not wallets: exchange API secrets,
 * JWT and webhook secrets (freqtrade's jwt_secret_key is 64 hex too). Names of public values veto the rest
 * (`walletTxId` is a transaction hash, not a wallet key).
 */
const EVM_NOT_KEY_NAME = new RegExp(`${PUBLIC_VALUE_NAME.source}|root|digest|checksum|sha|salt|topic|selector|nonce|signature|role|api_?secret|jwt|client_?secret|app_?secret|hmac|webhook|session|csrf|cookie`, 'i');

const inKeyArray: Validator = {
  name: 'in-accounts-array',
  reach: { before: 400, after: 0 },
  test: (_v, ctx) => inCollectionOf(ctx.text, ctx.start, /(?:accounts|privateKeys)\\?["']?[ \t]*[:=][ \t]*/g, /^\[/),
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
    // Any `…_KEY` name when the comment on the line above calls it a private key (`# the payer's private key` over
    // `PAYER_KEY=…`): the name alone would take AES and HMAC keys, which are 64 hex too.
    {
      ...assigned(String.raw`${PREFIX}${OQ}(?<v>${HEX64})`),
      name: /key$/i,
      notName: EVM_NOT_KEY_NAME,
      validate: [privateKeyCommentBeside],
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
      { text: `// deployer's private key\nconst OPS_KEY = "⟦0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e⟧";\n`, path: 'deploy.js' },
    ],
    negative: [
      `TX_HASH = "0xdb9e7f78671acc8c02a42d5eb7bdbf0ec8c5ac845527613cebc0043815d86b7f"`,
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
      { text: `const txHash =\n  "0x5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e";`, path: 'send.js' },
      { text: `block hash 5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e\nPrivateKey is in the vault, not here`, path: 'notes.txt' },
      { text: `PrivateKey 5c2e8a41f09b7d36e1a4c08f92b5d7e3a6c1f48e0b9d27a53f6e81c4d0a7b92e`, path: 'notes.md' },
      { text: `[{"model": "ledger.tx", "pk": "0xdb9e7f78671acc8c02a42d5eb7bdbf0ec8c5ac845527613cebc0043815d86b7f", "fields": {}}]`, path: 'fixtures/txs.json' },
    ],
  },
});

/** 64 numbers 0–255 that are a Solana keypair: an ed25519 seed followed by its own public key. */
const solanaBytes: Validator = {
  name: 'solana-keypair-bytes',
  test: (v) => {
    const nums = v.split(',').map((n) => Number(n.trim()));
    // The distinct-values test is cheap and drops most look-alikes before the key derivation.
    return nums.length === 64 && nums.every((n) => Number.isInteger(n) && n >= 0 && n <= 255) && new Set(nums).size > 16 && isSolanaKeypair(Uint8Array.from(nums));
  },
};

/** 128 hex digits of a Solana keypair's 64 bytes (seed, then its own public key). */
const solanaHex: Validator = { name: 'solana-keypair-hex', test: (v) => isSolanaKeypair(Uint8Array.from(Buffer.from(v, 'hex'))) };

/** A base58 string of a Solana keypair's 64 bytes (Phantom's "export private key"). */
const solanaBase58: Validator = {
  name: 'solana-keypair-base58',
  test: (v) => {
    const bytes = base58Bytes(v);
    return bytes !== undefined && isSolanaKeypair(bytes);
  },
};

// A throwaway keypair generated for these examples (seed, then its public key), and another one in base58.
const SOL_BYTES = '148,0,63,97,166,38,46,163,0,217,230,44,18,220,12,97,143,187,35,65,245,42,104,34,75,144,165,5,62,240,253,214,25,92,10,128,220,94,250,16,5,205,20,34,235,8,47,79,177,58,156,255,200,103,70,68,84,161,237,119,239,86,63,198';
const SOL_BASE58 = '3nzqXm9Ate7kyT8Ty1TnC8xYWKK1y5BvsgwTVXjVNnQPrvheiX79Zmbhn8T8zxDkpNadRN8CR2jYUJo24EZkYscS';
// 64 random bytes: the right shape, but the second half is not the first half's public key.
const NOT_A_KEYPAIR = '12,201,77,3,145,98,230,18,66,190,5,240,131,59,172,8,214,90,33,157,101,249,44,120,187,26,73,162,9,238,112,55,180,14,223,91,136,62,205,1,168,247,39,84,197,122,6,150,29,211,70,143,254,97,36,176,115,48,229,153,21,86,192,64';
const SOL_HEX = Buffer.from(SOL_BYTES.split(',').map(Number)).toString('hex');
const NOT_A_KEYPAIR_HEX = Buffer.from(NOT_A_KEYPAIR.split(',').map(Number)).toString('hex');
/** The byte array of a keypair, as in code or in a `solana-keygen` file (`[1,2,…]`). */
const BYTE_ARRAY = String.raw`\[(?<v>[ \t\r\n]{0,8}[0-9]{1,3}(?:[ \t\r\n]{0,8},[ \t\r\n]{0,8}[0-9]{1,3}){63})[ \t\r\n]{0,8}\]`;

const SOLANA_WORDS = ['solana', 'keypair', 'secretkey', 'secret_key', 'bs58', 'private_key', 'privatekey'];

export const solanaSecretKey = defineDetector({
  id: 'secret/solana-secret-key',
  title: 'Solana secret key',
  severity: 'error',
  role: 'private-key',
  envName: 'SOLANA_PRIVATE_KEY',
  message: 'Solana secret key {masked} is in the code.',
  risk: WALLET_RISK,
  advice: WALLET_ADVICE,
  keywords: SOLANA_WORDS,
  validate: [notPlaceholder],
  patterns: [
    { re: rx(BYTE_ARRAY), linesBefore: 2, linesAfter: 6, validate: [solanaBytes] },
    // A keypair file (`id.json`, `deployer-keypair.json`) holds nothing but the array: no keyword needed, the
    // key check is exact.
    { re: rx(String.raw`^[ \t\r\n]{0,8}${BYTE_ARRAY}[ \t\r\n]{0,8}$`), keywords: [], files: ['json'], validate: [solanaBytes] },
    {
      // The keypair check is exact: no quotes or mention of Solana needed (`PRIVATE_KEY=…` in a .env). The
      // decode call (`base58.decode('…')`) names no key: its keypair use is often the next line, so the window
      // takes two lines either side.
      re: rx(String.raw`(?<![A-Za-z0-9])(?<v>[1-9A-HJ-NP-Za-km-z]{86,88})(?![A-Za-z0-9])`),
      keywords: [...SOLANA_WORDS, 'base58'], linesBefore: 2, linesAfter: 2,
      validate: [solanaBase58],
    },
    // The same 64 bytes written as 128 hex digits (`let privkey_hex = "…"`, Rust's `hex::decode`): exact as well.
    {
      re: rx(String.raw`(?<![0-9A-Za-z])(?<v>[0-9a-fA-F]{128})(?![0-9A-Za-z])`),
      keywords: SOLANA_WORDS, linesBefore: 2, linesAfter: 2,
      validate: [solanaHex],
    },
  ],
  examples: {
    positive: [
      `const kp = Keypair.fromSecretKey(Uint8Array.from([⟦${SOL_BYTES}⟧]));`,
      `SOLANA_PRIVATE_KEY = "⟦${SOL_BASE58}⟧"  # bs58 keypair`,
      { text: `[⟦${SOL_BYTES}⟧]\n`, path: 'keys/id.json' },
      { text: `RPC_URL=https://api.mainnet-beta.solana.com\nPRIVATE_KEY=⟦${SOL_BASE58}⟧\n`, path: '.env' },
      `WALLET_PRIVATE_KEY = "⟦${SOL_BASE58}⟧"`,
      `import base58 from 'bs58'\n\nconst raw = base58.decode('⟦${SOL_BASE58}⟧')\nconst signer = Keypair.fromSecretKey(raw)`,
      `payer_bytes = base58.b58decode("⟦${SOL_BASE58}⟧")`,
      { text: `// let privkey_hex = "⟦${SOL_HEX}⟧";\nlet kp = read_keypair_file(path)?; // solana`, path: 'src/main.rs' },
    ],
    negative: [
      `prices = [${Array.from({ length: 64 }, (_, i) => 100 + (i % 7)).join(',')}]  # solana`,
      `const kp = Keypair.fromSecretKey(Uint8Array.from([${NOT_A_KEYPAIR}]));`,
      { text: `[${NOT_A_KEYPAIR}]\n`, path: 'fixtures/bytes.json' },
      `SOLANA_PRIVATE_KEY = "3nzqXm9Ate7kyT8Ty1TnC8xYWKK1y5BvsgwTVXjVanQPrvheiX79Zmbhn8T8zxDkpNadRN8CR2jYUJo24EZkYscS"  # one character off: not a keypair`,
      // 128 hex digits that are not a keypair: a signature, or two hashes back to back.
      `let sig_hex = "${NOT_A_KEYPAIR_HEX}"; // solana tx signature`,
      { text: `privkey_hex = "${NOT_A_KEYPAIR_HEX}"\n`, path: 'solana/wallet.py' },
      `ADDRESS = "9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM"  # solana mint`,
      `const kp = Keypair.fromSecretKey(bs58.decode(process.env.SOLANA_PRIVATE_KEY!));`,
      // A transaction signature has the same length in base58 but is no keypair.
      `const sig = base58.encode(tx.signature) // 5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW`,
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
    { re: rx(String.raw`(?<![A-Za-z0-9])(?<v>[5KL]${B58}{50,51})(?![A-Za-z0-9])`) },
    { re: rx(String.raw`(?<![A-Za-z0-9])(?<v>[xyzYZ]prv${B58}{107,108})(?![A-Za-z0-9])`), keywords: ['xprv', 'yprv', 'zprv'] },
  ],
  examples: {
    positive: [
      `key = Key("⟦${WIF_KEY}⟧")  # bitcoinlib`,
      `const keyPair = ECPair.fromWIF('⟦5KVB6FPHVu3fcXA2pVQJP9DkBMsbWo23ghbxwV6xzpdB525xyxE⟧');`,
      { text: `BTC_WIF=⟦${WIF_KEY}⟧\n`, path: '.env' },
      `root = HDKey.from_string("⟦${XPRV}⟧")`,
      `ZPRV = "⟦zprvAdATF6ZioEBq3mNL13z5V2XkUjpiZXxK4nBF16LL2KKEuEXUNCqSc8otmsEmTWadgew91UrSViPh3FhZCV4EyveFYEMufR1AcHZzFCqVYHY⟧"`,
      `WIF = "⟦5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ⟧"  # the Bitcoin wiki example: public, so info`,
    ],
    negative: [
      `key = Key("L4bMYAVMpYimRn6s2cMqijHFaj8KLW7crEDKuV3LADCfSFayuah2")  # checksum off by one character`,
      `XPUB = "xpub661MyMwAqRbcGyg24LWDrK9RJNCxCh3CxCDLMi5aYejW5fh5ZRsEK3yGUF8C9UYWgX3siJaA63wVcUZCM62kobYALjGYRPg42AmHy1QVTST"  # public`,
      `testnet_key = "cUxM15VDFcR2bDa8R2Ay63nKCxRizxDJvGMo1uVqfKrfgzec3jxM"  # testnet WIF`,
      `ADDRESS = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"  # bitcoin address`,
      `wif = os.environ["BTC_WIF"]`,
    ],
  },
});
