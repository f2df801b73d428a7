// Wallet keys with no name beside them: one per line in a text or CSV file (`keys.txt`, `wallets.csv`), or
// items of a key list (`PRIVATE_KEYS = [...]`, `PRIVATE_KEYS=0x…,0x…`, an object of them by wallet name).
// Transaction hashes have the same shape, so the file's and list's own words decide: a public word before the
// value vetoes it.
import { defineDetector, type Validator } from '../defineDetector';
import { isSecp256k1Scalar } from '../crypto/secp256k1';
import { evmAddressOf } from '../crypto/evmAddress';
import { base58Bytes } from '../crypto/solanaKeypair';
import { collectionOwnerAt, inCollectionOf } from '../judge/codeContext';
import { PUBLIC_VALUE_NAME } from '../judge/publicNames';
import { minEntropy, notPlaceholder } from '../judge/validators';
import { rx } from './fragments';
import { TextMemo } from '../judge/textMemo';
import { lineStartWithin } from '../text/linesAbove';

const HEX64 = String.raw`(?:0x)?[0-9a-fA-F]{64}(?![0-9a-fA-F])`;
/** An EVM address as a whole word. */
const ADDRESS = String.raw`(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])`;
/** A Tron address (base58, `T` and 33 more): the same 20 bytes as an EVM address, after a 0x41 byte. */
const TRON = String.raw`(?<![0-9A-Za-z])T[1-9A-HJ-NP-Za-km-z]{33}(?![0-9A-Za-z])`;
const LIST_NAME = String.raw`[A-Za-z0-9_]{0,30}(?:private_?keys|priv_?keys|wallet_?keys|signer_?keys|account_?keys|pks)`;
// The list names' words, lowercase: the prefilter (a bare `keys` would wake the pattern on every `Object.keys`).
const LIST_KEYWORDS = ['private_keys', 'privatekeys', 'priv_keys', 'privkeys', 'wallet_keys', 'walletkeys', 'signer_keys', 'signerkeys', 'account_keys', 'accountkeys', 'pks'];
const LIST_OWNER = new RegExp(String.raw`${LIST_NAME}\\?["']?[ \t]*[:=][ \t]*`, 'gi');
// `NAME = [` or `NAME=` on the value's own line, then only earlier keys and separators.
const LIST_LINE = new RegExp(String.raw`^[ \t]*(?:export[ \t]+)?["']?${LIST_NAME}["']?[ \t]*[:=][ \t]*[\["'(]?[ \t]*(?:["']?${HEX64}["']?[ \t]*[,;][ \t]*)*["']?$`, 'i');

/** A line holding one quoted 64-hex item and its comma: a row of a key list written one key a line. */
const ITEM_LINE = /^[ \t]*["']?(?:0x)?[0-9a-fA-F]{64}["']?[ \t]*,?[ \t]*\r?$/;
/** Rows of such a list walked back to its first (about 20,000 characters: the validator's reach). */
const MAX_ROWS = 280;

/** The start of the first of the item lines right above `lineStart` (itself when the line above is no item). */
function firstRow(text: string, lineStart: number): number {
  let start = lineStart;
  for (let i = 0; i < MAX_ROWS && start > 0; i++) {
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    if (!ITEM_LINE.test(text.slice(prev, start - 1))) break;
    start = prev;
  }
  return start;
}

/**
 * The value is an item of a private-key list, on the name's line or in the brackets opened after it; for a list
 * written one key a line, from its first row (the name may be more than 400 characters above the tenth key).
 */
const inKeyList: Validator = {
  name: 'in-private-key-list',
  reach: { before: 20_400, after: 0 },
  test: (_v, ctx) => {
    const lineStart = lineStartWithin(ctx.text, ctx.start);
    if (LIST_LINE.test(ctx.text.slice(lineStart, ctx.start))) return true;
    if (inCollectionOf(ctx.text, ctx.start, LIST_OWNER, /^[ \t]*[[({]/)) return true;
    const first = firstRow(ctx.text, lineStart);
    return first < lineStart && inCollectionOf(ctx.text, first, LIST_OWNER, /^[ \t]*[[({]/);
  },
};

// A collection under a plain name (`keys`, `exports.wallets`, `SIGNERS`): it holds private keys when its
// comment or name, at most 160 characters before the name, says so and says nothing of public keys.
const PLAIN_OWNER = /(?<![A-Za-z0-9])(?:keys|wallets|signers|senders)\\?["']?[ \t]*[:=][ \t]*/gi;
const SAYS_PRIVATE = /private[ _-]?keys?/i;
const SAYS_PUBLIC = /public|pub[ _-]?keys?/i;

/** The value is an item of a plainly named collection that the comment above it calls private keys. */
const inDocumentedKeyList: Validator = {
  name: 'in-documented-private-key-list',
  reach: { before: 560, after: 0 },
  test: (_v, ctx) => {
    const owner = collectionOwnerAt(ctx.text, ctx.start, PLAIN_OWNER, /^[ \t]*[[({]/);
    if (owner === undefined) return false;
    const said = ctx.text.slice(Math.max(0, owner - 160), owner);
    return SAYS_PRIVATE.test(said) && !SAYS_PUBLIC.test(said);
  },
};

/** A key alone on its line in a text file: neither the file's name nor the 300 characters before it speak of hashes, txs, blocks or addresses. */
const notPublicListing: Validator = {
  name: 'not-public-listing',
  reach: { before: 300, after: 0 },
  test: (_v, ctx) => {
    const base = ctx.path.slice(ctx.path.lastIndexOf('/') + 1).replace(/\.[a-z]{1,5}$/i, '');
    return !PUBLIC_VALUE_NAME.test(base) && !PUBLIC_VALUE_NAME.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start));
  },
};

// A transaction log holds a hash and an address on every row, and each derivation costs a fraction of a
// millisecond: a text stops deriving after DERIVE_BUDGET values that were not the key of the address beside them
// (a key log matches on every row, so it never runs out).
const DERIVE_BUDGET = 64;
// The budget left, per text: one counter object per file, released with the other memos when its scan ends.
const BUDGET = new TextMemo<{ left: number }>();

const EVM_ADDRESSES = new RegExp(ADDRESS, 'g');
const TRON_ADDRESSES = new RegExp(TRON, 'g');

/** The 20 address bytes (lowercase hex) of the EVM and Tron addresses in a text. */
function addressBytes(text: string): string[] {
  const out = (text.match(EVM_ADDRESSES) ?? []).map((a) => a.slice(2).toLowerCase());
  for (const t of text.match(TRON_ADDRESSES) ?? []) {
    const b = base58Bytes(t);
    if (b?.length === 25 && b[0] === 0x41) out.push(Buffer.from(b.subarray(1, 21)).toString('hex'));
  }
  return out;
}

/**
 * The address the value derives is written beside it: on its own line (`<key> | 0x<address>` in a run log, `Address:
 * T…, Private Key: 0x…` in a wallet dump), or alone on the line above (a listing of address and key lines).
 */
const besideItsAddress: Validator = {
  name: 'beside-its-address',
  reach: { before: 400, after: 400 },
  test: (v, ctx) => {
    const budget = BUDGET.get(ctx.text, '', () => ({ left: DERIVE_BUDGET }));
    // Both line starts looked for within the 400 characters read: a one-line file is not scanned back per value.
    const head = ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start);
    const nl = head.lastIndexOf('\n');
    const above = nl > 0 ? head.lastIndexOf('\n', nl - 1) + 1 : 0;
    const tail = ctx.text.slice(ctx.start, ctx.end + 400);
    const to = tail.indexOf('\n', ctx.end - ctx.start);
    const line = head.slice(above) + (to === -1 ? tail : tail.slice(0, to));
    const addresses = addressBytes(line);
    if (!addresses.length || budget.left <= 0) return false;
    const own = evmAddressOf(v);
    const found = own !== undefined && addresses.includes(own);
    if (!found) budget.left--;
    return found;
  },
};

const secp256k1Key: Validator = { name: 'secp256k1-scalar', test: (v) => isSecp256k1Scalar(v) };

/** A text file whose name says it holds private keys (`private_keys.txt`, `pks.csv`, `wallets.txt`, `accounts.txt`). */
// Not `accounts`: Aptos and Sui addresses are 64 hex digits too.
const KEY_FILE_NAME = /(?:^|[^a-z])(?:priv(?:ate)?[ _-]?keys?|pks?|keys|wallets?|secrets?)(?:[^a-z]|$)/i;
/** Keeps a value of a file named for private keys. */
const inKeyFile: Validator = {
  name: 'in-key-file',
  reach: { before: 0, after: 0 },
  test: (_v, ctx) => KEY_FILE_NAME.test(ctx.path.slice(ctx.path.lastIndexOf('/') + 1).replace(/\.[a-z]{1,5}$/i, '')),
};

export const walletKeyList = defineDetector({
  id: 'secret/wallet-key-list',
  title: 'wallet private key (EVM) in a key list',
  severity: 'error',
  role: 'private-key',
  envName: 'ETH_PRIVATE_KEYS',
  message: 'Wallet private key {masked} is in a list of keys.',
  risk: 'Anyone who reads this controls that wallet and every fund in it.',
  advice: 'Load keys from the environment or a hardware signer; if the file was ever shared or committed, move the funds to new wallets.',
  keywords: ['0x', ...LIST_KEYWORDS],
  validate: [notPlaceholder, secp256k1Key, minEntropy(3)],
  patterns: [
    { re: rx(String.raw`^[ \t]*(?<v>0x[0-9a-fA-F]{64})[ \t]*[,;]?[ \t]*\r?$`, 'm'), keywords: ['0x'], files: ['text'], validate: [notPublicListing] },
    // A file named for keys holds them bare, numbered or with the address after them (`0, <key>, <address>`).
    // Only an address may follow the key (`<key>,0x<address>`): a checksum's file name or a status word (`,success`) may not.
    { re: rx(String.raw`^[ \t]*(?:[0-9]{1,5}[ \t]*[,.:;)|-][ \t]*)?(?<v>(?:0x)?[0-9a-fA-F]{64})[ \t]*(?:[,;|:][ \t]*0x[0-9a-fA-F]{40}[ \t]*[,;]?[ \t]*)?\r?$`, 'm'), keywords: [], files: ['text'], validate: [inKeyFile, notPublicListing] },
    { re: rx(String.raw`(?<![0-9A-Za-z])(?<v>${HEX64})`), keywords: LIST_KEYWORDS, linesAfter: 12, validate: [inKeyList] },
    // A key on the same line as the address it derives: nothing else is written next to its own address.
    // Logs and lists (text files) only, and only values with an address on their line reach the validators: every
    // 64-hex hash of every file with `0x` did, which cost 15% of a whole scan.
    { re: rx(String.raw`(?<![0-9A-Za-z])(?<v>${HEX64})(?:(?=[^\n]{0,400}?${ADDRESS})|(?<=${ADDRESS}[^\n]{0,400}?(?:0x)?[0-9a-fA-F]{64}))`), keywords: ['0x'], files: ['text'], validate: [besideItsAddress] },
    // Tron: a key beside its address on one line, or on the line after its address alone (wallet dumps, key listings).
    { re: rx(String.raw`(?<![0-9A-Za-z])(?<v>${HEX64})(?:(?=[^\n]{0,400}?${TRON})|(?<=${TRON}[^\n]{0,400}?(?:0x)?[0-9a-fA-F]{64}))`), keywords: ['0x', 'private'], files: ['text'], validate: [besideItsAddress] },
    { re: rx(String.raw`^[ \t]*T[1-9A-HJ-NP-Za-km-z]{33}[ \t]*\r?\n[ \t]*(?<v>${HEX64})[ \t]*\r?$`, 'm'), keywords: [], files: ['text'], validate: [besideItsAddress] },
    // The comment names the collection's content (`// private keys, the first one pays` above `keys = {`).
    { re: rx(String.raw`(?<![0-9A-Za-z])(?<v>${HEX64})`), keywords: ['private key'], linesAfter: 12, validate: [inDocumentedKeyList] },
  ],
  examples: {
    positive: [
      // One key a line, the list's name more than 400 characters above its last keys (random keys).
      `privatekeys = [\n'⟦8d80db291d779e071f7dae0c71e26116d8b4c990ec9531bb6de8adcdc63cceb7⟧',\n'⟦c2e7aeedf1fd25141b81a3485abcea71cb31bd6c5166718acb5c4f744b7556ab⟧',\n'⟦44fac71cdfd73d34b69ddecff0d6bef9e1cb20dd535254ac06b33bd7ab0350ac⟧',\n'⟦9216c2d4f1b19dcd422dd8c610774e88e8c9b24ea68c6d20b4a49a52c886025d⟧',\n'⟦3ad0059b2432e735b2bce7a052fc08b14afcff22f188483f82f39da748e1e7d4⟧',\n'⟦8ce787bc1cba130727ef14e98c36302f0f2cb3cd623bc5c17012a5487a76bbdf⟧',\n'⟦ee34b3f71ac292515641863820238529d535e26bbf7bce7de422669cb967d3b5⟧',\n'⟦7fe1efc76859e022ad81267bc8b1b286546e9537d3f52af55df39967d43b2f6f⟧',\n]`,
      { text: `⟦0xef6efce297bb5277d156cdc04ea29f9e9dce9e7251b344e27ea458c4e5f022e8⟧\n⟦0x6ae2a5ded8f17d0acabc03fd9cc7c9ed60957a69defede93464d7557a370bef2⟧\n`, path: 'wallets.txt' },
      { text: `⟦0x2051a77391cc79ac69ece783f6d4181e4853cdce4b855611c1593d117b106d97⟧,\n`, path: 'data/sniper.csv' },
      // Bare keys, one a line, in a file named for them (random keys).
      { text: `⟦8d80db291d779e071f7dae0c71e26116d8b4c990ec9531bb6de8adcdc63cceb7⟧\n⟦c2e7aeedf1fd25141b81a3485abcea71cb31bd6c5166718acb5c4f744b7556ab⟧\n`, path: 'private_keys.txt' },
      { text: `1. ⟦44fac71cdfd73d34b69ddecff0d6bef9e1cb20dd535254ac06b33bd7ab0350ac⟧, 0x44938ace0b32a5ee7a4f259531eb410a13a6f549\n`, path: 'data/pks.csv' },
      `PRIVATE_KEYS = [\n    "⟦0xef6efce297bb5277d156cdc04ea29f9e9dce9e7251b344e27ea458c4e5f022e8⟧",\n    "⟦0x6ae2a5ded8f17d0acabc03fd9cc7c9ed60957a69defede93464d7557a370bef2⟧",\n]`,
      { text: `PRIVATE_KEYS=⟦0xef6efce297bb5277d156cdc04ea29f9e9dce9e7251b344e27ea458c4e5f022e8⟧,⟦0x6ae2a5ded8f17d0acabc03fd9cc7c9ed60957a69defede93464d7557a370bef2⟧\n`, path: '.env' },
      `const walletKeys = ['⟦2051a77391cc79ac69ece783f6d4181e4853cdce4b855611c1593d117b106d97⟧'];`,
      // An object of keys by wallet name, under a key-list name or a plain one its comment explains.
      `PRIVATE_KEYS = {\n    "main": "⟦0xef6efce297bb5277d156cdc04ea29f9e9dce9e7251b344e27ea458c4e5f022e8⟧",\n}`,
      // A run log that prints each wallet's key and address (a throwaway key and its address).
      { text: `⟦43589d2518de155c35dab1c31a7726e1fe0a492048a4e71a22d5349b38659e5e⟧ | 0x44938ace0b32a5ee7a4f259531eb410a13a6f549 - swapped\n`, path: 'logs/run.txt' },
      // Tron wallet dumps (our own throwaway keys and the addresses they derive): address and key on one line, or
      // the address on the line above its key.
      { text: `Index: 0, Address: TYSf3a4PmxQM7YxDjtYPy8FUfgUuxULhFN, Private Key: ⟦0x5c1f8e3a9d2b7046e1c9a3b5f7d2086e4c1a9b3d7f5e2c8a06b4d1f9e3a7c5b2⟧\n`, path: 'output.txt' },
      { text: `TYSf3a4PmxQM7YxDjtYPy8FUfgUuxULhFN\n⟦5c1f8e3a9d2b7046e1c9a3b5f7d2086e4c1a9b3d7f5e2c8a06b4d1f9e3a7c5b2⟧\nTFazzKGyepbrX8XZfdM65jXvTudrCzEdTn\n⟦9a4e2c7b1d5f8a3e6c0b9d2f4a7e1c5b8d3f6a0e2c9b4d7f1a5e8c3b6d0f2a9e⟧\n`, path: 'privatekey.txt' },
      { text: `// private keys of the senders, the first one pays the gas\nmodule.exports.keys = {\n  main: "⟦6ae2a5ded8f17d0acabc03fd9cc7c9ed60957a69defede93464d7557a370bef2⟧",\n  spare: "⟦0xef6efce297bb5277d156cdc04ea29f9e9dce9e7251b344e27ea458c4e5f022e8⟧",\n};\n`, path: 'config.js' },
    ],
    negative: [
      // The same rows under a list of transaction hashes: not keys.
      `tx_hashes = [\n'8d80db291d779e071f7dae0c71e26116d8b4c990ec9531bb6de8adcdc63cceb7',\n'c2e7aeedf1fd25141b81a3485abcea71cb31bd6c5166718acb5c4f744b7556ab',\n'44fac71cdfd73d34b69ddecff0d6bef9e1cb20dd535254ac06b33bd7ab0350ac',\n'9216c2d4f1b19dcd422dd8c610774e88e8c9b24ea68c6d20b4a49a52c886025d',\n'3ad0059b2432e735b2bce7a052fc08b14afcff22f188483f82f39da748e1e7d4',\n'8ce787bc1cba130727ef14e98c36302f0f2cb3cd623bc5c17012a5487a76bbdf',\n'ee34b3f71ac292515641863820238529d535e26bbf7bce7de422669cb967d3b5',\n'7fe1efc76859e022ad81267bc8b1b286546e9537d3f52af55df39967d43b2f6f',\n]`,
      { text: `tx hashes of the last run\n0xef6efce297bb5277d156cdc04ea29f9e9dce9e7251b344e27ea458c4e5f022e8\n`, path: 'run.txt' },
      { text: `0xef6efce297bb5277d156cdc04ea29f9e9dce9e7251b344e27ea458c4e5f022e8\n`, path: 'tx_hashes.txt' },
      { text: `0x8ba1f109551bD432803012645Ac136ddd64DBA72\n`, path: 'wallets.txt' },
      // The same bare rows in a file not named for keys (a checksum list), or named for hashes.
      { text: `8d80db291d779e071f7dae0c71e26116d8b4c990ec9531bb6de8adcdc63cceb7\nc2e7aeedf1fd25141b81a3485abcea71cb31bd6c5166718acb5c4f744b7556ab\n`, path: 'checksums.txt' },
      { text: `8d80db291d779e071f7dae0c71e26116d8b4c990ec9531bb6de8adcdc63cceb7\n`, path: 'wallet_tx_hashes.txt' },
      // Rows with a status after their value (under a header naming hashes); a checksum list named for secrets.
      { text: `tx_hash,status\n${Array.from({ length: 8 }, () => '8d80db291d779e071f7dae0c71e26116d8b4c990ec9531bb6de8adcdc63cceb7,success').join('\n')}\n`, path: 'results/wallets.csv' },
      { text: `c2e7aeedf1fd25141b81a3485abcea71cb31bd6c5166718acb5c4f744b7556ab: build.zip\n`, path: 'secrets.txt' },
      `TX_HASHES = ["0xef6efce297bb5277d156cdc04ea29f9e9dce9e7251b344e27ea458c4e5f022e8"]`,
      `PUBLIC_KEYS = ["0xef6efce297bb5277d156cdc04ea29f9e9dce9e7251b344e27ea458c4e5f022e8"]`,
      // A plain collection whose comment speaks of public keys, or of private keys kept elsewhere.
      { text: `// signers' public keys (their private keys stay in the HSM)\nconst signers = {\n  main: "6ae2a5ded8f17d0acabc03fd9cc7c9ed60957a69defede93464d7557a370bef2",\n};\n`, path: 'config.js' },
      { text: `// private keys come from the environment\nconst keys = { main: process.env.MAIN_KEY };\nconst hashes = {\n  last: "6ae2a5ded8f17d0acabc03fd9cc7c9ed60957a69defede93464d7557a370bef2",\n};\n`, path: 'config.js' },
      { text: `const x = "0xef6efce297bb5277d156cdc04ea29f9e9dce9e7251b344e27ea458c4e5f022e8";\n`, path: 'notes.txt' },
      // A Tron transfer log: each transaction's hash under the address that sent it (the hash derives no address).
      { text: `TYSf3a4PmxQM7YxDjtYPy8FUfgUuxULhFN\n9a4e2c7b1d5f8a3e6c0b9d2f4a7e1c5b8d3f6a0e2c9b4d7f1a5e8c3b6d0f2a9e\n`, path: 'sent.txt' },
      // A transaction hash next to the sender's address: the hash does not derive it.
      { text: `0xef6efce297bb5277d156cdc04ea29f9e9dce9e7251b344e27ea458c4e5f022e8 | 0x44938ace0b32a5ee7a4f259531eb410a13a6f549 - swapped\n`, path: 'logs/run.txt' },
    ],
  },
});
