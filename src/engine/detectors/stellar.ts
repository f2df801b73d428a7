// Stellar secret seeds (`S…`, also Pi Network's wallet secrets): 56 base32 characters whose version byte and
// CRC16 checksum the validator checks, so the value proves itself and needs no name or keyword beside it.
import { isStellarSecretSeed } from '../crypto/stellarStrKey';
import { defineDetector, type Validator } from '../defineDetector';
import { notPlaceholder } from '../judge/validators';
import { rx } from './fragments';
import { WALLET_ADVICE, WALLET_RISK } from './wallets';

/** A StrKey with the secret seed's version byte and a valid checksum. */
const stellarSeed: Validator = { name: 'stellar-strkey-seed', test: (v) => isStellarSecretSeed(v) };

// Throwaway seeds generated for these examples, and an account id (public) of the same length.
const SEED = 'SAAE2NVKEBHUWMG54A3AQXADWR3C5YKHIUF7Z2FIESE4PT3AZYUUCNL3';
const SEED2 = 'SCRYNO5BQQOTYFNVPK5P7FLXGO5TI7GR5MSUDRDM7XQRXIGNKV6P4AQW';
const ACCOUNT = 'GCFOPBD6ARZUXV4JZGLHSSC6GQPY3JBNHLASAVFODZPVTE33KFUVFD3K';

export const stellarSecretSeed = defineDetector({
  id: 'secret/stellar-secret-seed',
  title: 'Stellar / Pi Network secret seed',
  severity: 'error',
  role: 'private-key',
  envName: 'STELLAR_SECRET_SEED',
  message: 'Stellar secret seed {masked} is in the code.',
  risk: WALLET_RISK,
  advice: WALLET_ADVICE,
  keywords: [],
  validate: [notPlaceholder, stellarSeed],
  patterns: [
    // Version byte 18 << 3 spells `S`, then A–D (its last three bits are zero). The checksum is exact (1 in 65,536
    // random look-alikes pass), so the pattern runs on every file.
    { re: rx(String.raw`(?<![A-Za-z0-9+/_-])(?<v>S[A-D][A-Z2-7]{54})(?![A-Za-z0-9+/=_-])`) },
  ],
  examples: {
    positive: [
      { text: `HORIZON_URL=https://horizon.stellar.org\nSECRET_KEY='⟦${SEED}⟧'\n`, path: '.env' },
      `const sourceKeys = StellarSdk.Keypair.fromSecret("⟦${SEED2}⟧");`,
      { text: `kp = Keypair.from_secret("⟦${SEED}⟧")  # stellar_sdk`, path: 'pay.py' },
      { text: `PI_WALLET_SEED=⟦${SEED2}⟧\n`, path: 'config/.env.production' },
    ],
    negative: [
      // An account id is public; a seed with one character changed fails the checksum.
      `const destination = "${ACCOUNT}";`,
      `SECRET_KEY = "SAAE2NVKEBHUWMG54A3AAXADWR3C5YKHIUF7Z2FIESE4PT3AZYUUCNL3"`,
      // Right length and alphabet, wrong version byte or not base32 at all.
      `const TOKEN = "SHAE2NVKEBHUWMG54A3AQXADWR3C5YKHIUF7Z2FIESE4PT3AZYUUCNL3";`,
      `SECRET_KEY = "SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"`,
      `const kp = StellarSdk.Keypair.fromSecret(process.env.STELLAR_SECRET);`,
      // Longer base32 runs (a TOTP secret, a hash) do not hold a seed inside them.
      `TOTP_SEED = "SAAE2NVKEBHUWMG54A3AQXADWR3C5YKHIUF7Z2FIESE4PT3AZYUUCNL3ABCD"`,
    ],
  },
});
