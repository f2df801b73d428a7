// A wallet's passphrase written in code or config: BitGo's `walletPassphrase` (it decrypts the user key that signs every
// send), a keystore's password (it opens an encrypted EVM key file), a BIP-39 passphrase (the 25th word). Together with
// the key material it guards, the passphrase spends the wallet, so it is a wallet secret at error, not a generic one.
import { defineDetector } from '../defineDetector';
import { assignedSecretPatterns, GENERIC_VALIDATORS, PUBLIC_NAME } from './generic';

/** Names of a wallet's or a keystore's passphrase (`walletPassphrase`, `WALLET_PASSWORD`, `keystore_pass`, `mnemonic_passphrase`). */
const PASSPHRASE_NAME = /wallet[_.-]?pass(?:phrase|word)?|keystore[_.-]?pass(?:phrase|word)?|mnemonic[_.-]?pass(?:phrase|word)?|seed[_.-]?passphrase/i;

export const walletPassphrase = defineDetector({
  id: 'secret/wallet-passphrase',
  title: 'wallet passphrase',
  severity: 'error',
  role: 'api-secret',
  envName: 'WALLET_PASSPHRASE',
  message: 'Wallet passphrase {masked} is written in {name}.',
  risk: 'With the encrypted key it guards (a BitGo user key, a keystore file, a seed), whoever reads the passphrase signs transactions that empty the wallet.',
  advice: 'Move it to an environment variable or KeyGuard\'s secret storage. If it was committed or shared, move the funds to a new wallet with a new passphrase: changing the passphrase does not re-key copies of the old encrypted key.',
  keywords: ['pass'],
  validate: GENERIC_VALIDATORS,
  patterns: assignedSecretPatterns(PASSPHRASE_NAME, PUBLIC_NAME),
  examples: {
    positive: [
      { text: `private static string walletPassphrase = "⟦4Yy.kQ9v_Tz2Lm8Rw6Hp3Nx7Cb5Df1Gs0⟧";`, path: 'src/TestApp/Program.cs' },
      `KEYSTORE_PASSWORD = "⟦Xq7#mP2vL9wR4tK8⟧"`,
      { text: `wallet:\n  passphrase_file: /run/secrets/pp\n  wallet_passphrase: ⟦Zt8qW2xN5vB7kM1pR4sL⟧\n`, path: 'config/node.yml' },
    ],
    negative: [
      `walletPassphrase: process.env.WALLET_PASSPHRASE,`,
      `KEYSTORE_PASSWORD = "your-keystore-password"`,
      // A field's label, and the hash of a passphrase (public by design).
      `wallet_passphrase_label = "Wallet passphrase"`,
      `wallet_passphrase_hash = "5f4dcc3b5aa765d61d8327deb882cf99"`,
    ],
  },
});
