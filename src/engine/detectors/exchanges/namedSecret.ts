// A secret assigned to a name that names an exchange (`BITTREX_API_SECRET`, `ftxApiKey`, `upbit_secret_key`) is
// that exchange's API credential, whatever its shape: exchanges without key shapes of their own (Bittrex, FTX,
// AscendEX, Upbit, Coincheck, …) were reported as generic secrets, as a warning. Exchanges with their own records
// keep their rules (they come first, and dedupe keeps the earlier detector on the same value).
import { defineDetector } from '../../defineDetector';
import { assignedSecretPatterns, GENERIC_VALIDATORS, PUBLIC_NAME } from '../generic';
import { anyExchangeCredentialName } from './nameWords';

/** What a leaked exchange key allows (exchange-named and exchange-context secrets). */
export const EXCHANGE_SECRET_RISK = 'An exchange API key and secret let anyone who reads them trade, and withdraw if the key allows it, from the account.';
/** What to do about one, on `where` (the exchange's name, or a template placeholder for it). */
export function rotateExchangeKey(where: string): string {
  return `Delete the key on ${where} (deleting, not disabling) and create a new one with withdrawals off and an IP whitelist; keep it in an environment variable or KeyGuard's secret storage.`;
}

export const exchangeNamedSecret = defineDetector({
  id: 'secret/exchange-named-secret',
  title: 'exchange API credential',
  severity: 'error',
  role: 'api-secret',
  message: 'Value {masked} assigned to {name} looks like a live {exchange} API credential.',
  risk: EXCHANGE_SECRET_RISK,
  advice: rotateExchangeKey('{exchange}'),
  keywords: ['key', 'secret', 'token', 'access', 'auth', 'private', 'cred', 'sign'],
  validate: GENERIC_VALIDATORS,
  patterns: assignedSecretPatterns(anyExchangeCredentialName(), PUBLIC_NAME),
  examples: {
    positive: [
      { text: `const val BITTREX_API_SECRET = "⟦4f1c9a7e2b8d6f3a5c0e9b1d7a4f2c8e⟧"`, path: 'app/src/main/java/util/Constants.kt' },
      { text: `ftx_api_key = "⟦Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE-Kx2v⟧"`, path: 'bot.py' },
      { text: `UPBIT_SECRET_KEY=⟦Hq7Lz3Wp9Xv2Nb5Kt8Rm1Sd4Fg6Jy0CeVb3Nq8⟧\n`, path: 'config.env' },
      { text: `{\n  "coincheckAccessKey": "⟦Rk4Vz9Xq2Lw7Np1B⟧"\n}`, path: 'settings.json' },
    ],
    negative: [
      // No exchange word (the generic rule's), a public value, a placeholder, a word inside another word.
      `EXCHANGE_SECRET = "Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE"`,
      `BITTREX_DEPOSIT_ADDRESS = "0x8f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f70"`,
      `FTX_API_KEY = "your-ftx-api-key-goes-here"`,
      `GATEWAY_SECRET = "Zt8qW2xN5vB7kM1pR4sL9dF3hJ6gC0aE"`,
      `ftx_api_key = os.environ["FTX_API_KEY"]`,
    ],
  },
});
