// Solana keypairs: the 64 bytes of an ed25519 seed and its own public key, as a byte array, base58 or hex. Exact
// (the second half must be the first half's public key), so little context is needed.
import { base58Bytes, isSolanaKeypair } from '../crypto/solanaKeypair';
import { defineDetector, type Validator } from '../defineDetector';
import { notPlaceholder } from '../judge/validators';
import { TextMemo } from '../judge/textMemo';
import { rx } from './fragments';
import { WALLET_ADVICE, WALLET_RISK } from './wallets';

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

// A text file of transaction signatures (88 base58 characters each) would derive a key per row: each text stops
// deriving after SIGNATURE_BUDGET values that were no keypair (a key list matches on every row, so never runs out).
const SIGNATURE_BUDGET = 64;
const BUDGET = new TextMemo<{ left: number }>();

/** solanaBase58 within the text's budget of failed derivations. */
const solanaBase58Budgeted: Validator = {
  name: 'solana-keypair-base58-budgeted',
  reach: { before: 0, after: 0 },
  test: (v, ctx) => {
    const budget = BUDGET.get(ctx.text, '', () => ({ left: SIGNATURE_BUDGET }));
    if (budget.left <= 0) return false;
    const ok = solanaBase58.test(v, ctx);
    if (!ok) budget.left--;
    return ok;
  },
};

// A throwaway keypair generated for these examples (seed, then its public key), and another one in base58.
const SOL_BYTES = '148,0,63,97,166,38,46,163,0,217,230,44,18,220,12,97,143,187,35,65,245,42,104,34,75,144,165,5,62,240,253,214,25,92,10,128,220,94,250,16,5,205,20,34,235,8,47,79,177,58,156,255,200,103,70,68,84,161,237,119,239,86,63,198';
const SOL_BASE58 = '3nzqXm9Ate7kyT8Ty1TnC8xYWKK1y5BvsgwTVXjVNnQPrvheiX79Zmbhn8T8zxDkpNadRN8CR2jYUJo24EZkYscS';
// 64 random bytes: the right shape, but the second half is not the first half's public key.
const NOT_A_KEYPAIR = '12,201,77,3,145,98,230,18,66,190,5,240,131,59,172,8,214,90,33,157,101,249,44,120,187,26,73,162,9,238,112,55,180,14,223,91,136,62,205,1,168,247,39,84,197,122,6,150,29,211,70,143,254,97,36,176,115,48,229,153,21,86,192,64';
// The same bytes as a formatter lays them out: 16 to a line, a trailing comma after the last.
const SOL_BYTES_FORMATTED = SOL_BYTES.split(',').map((b, i) => (i % 16 === 0 && i > 0 ? `\n    ${b}` : b)).join(', ');
// As JSON.stringify(…, null, 2) writes them: one byte to a line.
const SOL_BYTES_ONE_PER_LINE = SOL_BYTES.split(',').join(',\n      ');
const SOL_HEX = Buffer.from(SOL_BYTES.split(',').map(Number)).toString('hex');
const NOT_A_KEYPAIR_HEX = Buffer.from(NOT_A_KEYPAIR.split(',').map(Number)).toString('hex');
/** The byte array of a keypair, as in code or in a `solana-keygen` file (`[1,2,…]`). */
// A trailing comma before `]` is allowed in JavaScript, TypeScript, Rust and Python, and formatters add one.
const BYTE_ARRAY = String.raw`\[(?<v>[ \t\r\n]{0,8}[0-9]{1,3}(?:[ \t\r\n]{0,8},[ \t\r\n]{0,8}[0-9]{1,3}){63})[ \t\r\n]{0,8}(?:,[ \t\r\n]{0,8})?\]`;

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
    // Up to 70 lines after the keyword: JSON.stringify(wallets, null, 2) writes the 64 bytes one per line.
    { re: rx(BYTE_ARRAY), linesBefore: 2, linesAfter: 70, validate: [solanaBytes] },
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
    // A text file (a key list, a log) needs none either, nor a data file (a bot's `senders.json` list of wallets):
    // the keypair check is exact.
    {
      re: rx(String.raw`(?<![A-Za-z0-9])(?<v>[1-9A-HJ-NP-Za-km-z]{86,88})(?![A-Za-z0-9])`),
      keywords: [], files: ['text', 'json', 'yaml'],
      validate: [solanaBase58Budgeted],
    },
    // An env file is nothing but names and values, so its base58 keypair needs no keyword (`TEST_KEY=…` beside a
    // `TEST_PUBKEY`): the keypair check is exact, and env files are small.
    {
      re: rx(String.raw`(?<![A-Za-z0-9])(?<v>[1-9A-HJ-NP-Za-km-z]{86,88})(?![A-Za-z0-9])`),
      keywords: [], files: ['env'],
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
      { text: `const payer = Keypair.fromSecretKey(\n  Uint8Array.from([⟦\n    ${SOL_BYTES_FORMATTED}⟧,\n  ]),\n);\n`, path: 'scripts/airdrop.js' },
      { text: `[\n  {\n    "id": 1,\n    "secretKey": [⟦\n      ${SOL_BYTES_ONE_PER_LINE}⟧\n    ],\n    "name": "Wallet 1"\n  }\n]\n`, path: 'wallets.json' },
      // A backup copy of a keypair file is read as the JSON it copies.
      { text: `[⟦${SOL_BYTES}⟧]\n`, path: 'wallets/hot.json.backup' },
      // A data file listing the wallets a bot pays from, with no key named.
      { text: `[\n  "⟦${SOL_BASE58}⟧"\n]\n`, path: 'db/senders.json' },
      { text: `RPC_URL=https://api.mainnet-beta.solana.com\nPRIVATE_KEY=⟦${SOL_BASE58}⟧\n`, path: '.env' },
      // A list of keypairs one a line, with no word at all (the file's name is not needed: the check is exact).
      { text: `⟦${SOL_BASE58}⟧\n`, path: 'export.txt' },
      { text: `SIGNER_KEY=⟦${SOL_BASE58}⟧\nSIGNER_PUBKEY=9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM\n`, path: 'deploy/signer.env' },
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
      // An env file's 88-character base58 value that is no keypair (a transaction signature).
      { text: `LAST_TX=5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW\n`, path: '.env' },
      { text: `5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW\n`, path: 'signatures.txt' },
      { text: `{"result": {"signatures": ["5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW"]}}\n`, path: 'fixtures/tx.json' },
      `const kp = Keypair.fromSecretKey(bs58.decode(process.env.SOLANA_PRIVATE_KEY!));`,
      // A transaction signature has the same length in base58 but is no keypair.
      `const sig = base58.encode(tx.signature) // 5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW`,
    ],
  },
});

