// Secret keys of chains whose key strings carry their own type tag and checksum: Cardano's bech32 signing keys
// (`ed25519_sk1…`, `addr_xsk1…`, CIP-5) and Tezos' base58check secret keys (`edsk…`, `spsk…`, `p2sk…`). The tag says
// "secret key" and the checksum proves the string is one, so no name beside them is needed.
import { createHash } from 'crypto';
import { bech32, createBase58check } from '@scure/base';
import { defineDetector, type Validator } from '../defineDetector';
import { notPlaceholder } from '../judge/validators';
import { rx } from './fragments';
import { WALLET_ADVICE, WALLET_RISK } from './wallets';

const base58check = createBase58check((d: Uint8Array) => createHash('sha256').update(d).digest());

/** CIP-5 prefixes of secret keys (`_sk`) and extended secret keys (`_xsk`); public keys end in `_vk`/`_xvk`. */
const CARDANO_SK = String.raw`(?:addr_shared|stake_shared|addr|acct|root|stake|policy|pool|drep|cc_cold|cc_hot|vrf|ed25519_bip32|ed25519e|ed25519)_x?sk1`;

/** A bech32 string with a valid checksum holding 32, 64 or 96 bytes (a key, an extended key, a key with chain code). */
const cardanoKey: Validator = {
  name: 'cardano-bech32-secret-key',
  test: (v) => {
    try {
      const bytes = bech32.fromWords(bech32.decode(v as `${string}1${string}`, 400).words);
      return bytes.length === 32 || bytes.length === 64 || bytes.length === 96;
    } catch {
      return false;
    }
  },
};

// Throwaway keys generated for these examples (random bytes, valid checksums).
const ED_SK = 'ed25519_sk1fvfsrgahmj2hxgl497e83fz399xpwnrfhk4ez6zpf34xpeqdp93qy76fnu';
const ADDR_XSK = 'addr_xsk1hkn4z2lsth5tjkhzvlmyy2a59saqqm9cjmlmmytp6lt6rpcnt6dp59u20lx3237qnq76x0f2ylp680lna4m9tqu8mn9lj30k6zzn2t485q4pfq68w8kc3d52dh4hftagkplklnmsde4z9jadlrphvefwlva6xc0n';
const EDE_SK = 'ed25519e_sk120pkw4dye5z0h7uz29vjgn38hrfd8fh5k9x85xjfck7nf3d4a5jpe80265ve3k3qwyv6a7lfswtwh0dc0ek49hlwz7h58wp939wz86qf0mnsp';

/** Cardano signing keys in their bech32 forms (`ed25519_sk1…`, `addr_xsk1…`), checksum verified. */
export const cardanoSigningKey = defineDetector({
  id: 'secret/cardano-wallet-key',
  title: 'Cardano signing key (bech32)',
  severity: 'error',
  role: 'private-key',
  envName: 'CARDANO_SIGNING_KEY',
  message: 'Cardano signing key {masked} is in the code.',
  risk: WALLET_RISK,
  advice: WALLET_ADVICE,
  keywords: ['_sk1', '_xsk1'],
  validate: [notPlaceholder, cardanoKey],
  patterns: [{ re: rx(String.raw`(?<![A-Za-z0-9_])(?<v>${CARDANO_SK}[02-9ac-hj-np-z]{50,300})(?![A-Za-z0-9])`) }],
  examples: {
    positive: [
      { text: `⟦${ED_SK}⟧\n`, path: 'keys/payment.sk' },
      `const lucid = await Lucid.new(provider, "Mainnet");\nlucid.selectWalletFromPrivateKey("⟦${ED_SK}⟧");`,
      { text: `ROOT_KEY=⟦${ADDR_XSK}⟧\n`, path: '.env' },
      { text: `signing_key = "⟦${EDE_SK}⟧"`, path: 'wallet.py' },
    ],
    negative: [
      // Public keys and addresses share the bech32 form; a secret-key prefix with a broken checksum is no key.
      `const vk = "ed25519_vk1fvfsrgahmj2hxgl497e83fz399xpwnrfhk4ez6zpf34xpeqdp93qy76fnu";`,
      `ADDR = "addr_test1qz2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3jcu5d8ps7zex2k2xt3uqxgjqnnj83ws8lhrn648jjxtwq2ytjqp"`,
      `lucid.selectWalletFromPrivateKey("ed25519_sk1fvfsrgahmj2hxgl497e83fz399xpwnrfhk4ez6zpf34xpeqdp93qy76fnx");`,
      `const sk = "ed25519_sk1..."; // paste your key`,
    ],
  },
});

/** Tezos secret-key prefixes: ed25519 seed or seed+public key (edsk), secp256k1 (spsk), P-256 (p2sk), and payload lengths. */
const TEZOS_SECRET: ReadonlyArray<{ prefix: readonly number[]; lengths: readonly number[] }> = [
  { prefix: [13, 15, 58, 7], lengths: [32] },
  { prefix: [43, 246, 78, 7], lengths: [64] },
  { prefix: [17, 162, 224, 201], lengths: [32] },
  { prefix: [16, 81, 238, 189], lengths: [32] },
];

/** A base58check string whose version bytes are a Tezos secret key's and whose payload has that key's length. */
const tezosKey: Validator = {
  name: 'tezos-base58check-secret-key',
  test: (v) => {
    let bytes: Uint8Array;
    try {
      bytes = base58check.decode(v);
    } catch {
      return false;
    }
    return TEZOS_SECRET.some((t) => t.prefix.every((b, i) => bytes[i] === b) && t.lengths.includes(bytes.length - t.prefix.length));
  },
};

// Throwaway keys generated for these examples (random bytes, valid checksums), and a public address.
const EDSK = 'edsk3ik85TXby4RKLiPJBdsLibqF19jfAUuFm6pCt4a8XvgmYfjDPX';
const EDSK64 = 'edskRu8woUcbLfFg9ff75UikEVgkwWmESbjoi1wa7vBaQ19bp4uT1QVFt3Xj3mtwZWgvCTkWFdy2jzQmzwC7Rvig7QwW6SPZkr';
const SPSK = 'spsk2HssN5yp5WE8UmDMBA3bufjwStWFve8shzNAnqBH4notvStzjz';

/** Tezos secret keys (`edsk`/`spsk`/`p2sk`, base58check verified). */
export const tezosSecretKey = defineDetector({
  id: 'secret/tezos-wallet-key',
  title: 'Tezos secret key',
  severity: 'error',
  role: 'private-key',
  envName: 'TEZOS_SECRET_KEY',
  message: 'Tezos secret key {masked} is in the code.',
  risk: WALLET_RISK,
  advice: WALLET_ADVICE,
  keywords: ['edsk', 'spsk', 'p2sk'],
  validate: [notPlaceholder, tezosKey],
  patterns: [{ re: rx(String.raw`(?<![A-Za-z0-9])(?<v>(?:edsk|spsk|p2sk)[1-9A-HJ-NP-Za-km-z]{48,96})(?![A-Za-z0-9])`) }],
  examples: {
    positive: [
      `const signer = new InMemorySigner('⟦${EDSK}⟧');`,
      { text: `Tezos.setProvider({ signer: await InMemorySigner.fromSecretKey("⟦${EDSK64}⟧") });`, path: 'src/deploy.ts' },
      { text: `TEZOS_KEY=⟦${SPSK}⟧\n`, path: '.env' },
    ],
    negative: [
      // An address, an encrypted key (edesk, needs its password) and a key with a broken checksum.
      `const owner = 'tz1RwvjWBxrMYG8aVAaAck7MLezs28LiKPWW';`,
      `const signer = new InMemorySigner('edsk3ik85TXby4RKLiPJBdsLibqF19jfAUuFm6pCt4a8XvgmYfjDPx');`,
      `"edesk1uRDsWbvsEVj3kR2jeUz3QY4B4MBCMEbNeYkHSnQDbhpVSvKiq1mbsWfcTiH2HGS6ApbF7hBbXMmR8WQehp"`,
      `const signer = new InMemorySigner('edsk...');`,
    ],
  },
});
