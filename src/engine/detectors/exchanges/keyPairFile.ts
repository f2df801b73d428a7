// A plain text file a bot reads its exchange key pair from (`api.txt`, `keys.txt`, `api_keys.txt`): the key on the
// first line, the secret on the second, no names, loaded with `open("api.txt").readlines()`. The file's name says
// it holds API keys and the whole file must be two or three long random tokens; which exchange, the file cannot say.
import { defineDetector, type PatternSpec, type Validator } from '../../defineDetector';
import { lettersAndDigits, minEntropy, standardValidators } from '../../judge/validators';
import { baseName } from '../../text/fileKind';
import { rx } from '../fragments';

/** Names of a key file that say nothing but "API keys" (`api.txt`, `keys.txt`, `apikey.txt`, `api_keys.txt`, `credentials.txt`). */
const KEY_FILE_NAME = /^(?:api|apis|api[_-]?keys?|apikeys?|keys?|credentials?|creds|secrets?|exchange[_-]?keys?|api[_-]?credentials?)\.txt$/i;
/** Asked once per file, before any regex: other text files never run the pattern. */
const namedForKeys = (path: string): boolean => KEY_FILE_NAME.test(baseName(path));
/**
 * Values that are public or not keys at all: a wallet address (EVM, or base58 of a Solana key's length), a path
 * (`GET_/api/v1/account`), a symbol list (`BTC-USDT-SWAP-20240628`). A key file of those is a list of something else.
 */
const notPublicOrWords: Validator = {
  name: 'not-an-address-path-or-symbol',
  reach: { before: 0, after: 0 },
  test: (v) => !/^0x[0-9a-fA-F]{40}$/.test(v) && !/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(v) && !/\/[a-z]{2,}(?:\/|$)/i.test(v) && !/^[A-Z]{2,}(?:[-_][A-Z0-9]{2,}){2,}$/.test(v),
};
/** One token of the file: the shapes exchanges issue (alphanumeric, base64, UUID), 16 to 128 characters. */
const TOKEN = String.raw`[A-Za-z0-9+/=_-]{16,128}`;

/** The pattern reporting the file's `line` (1 or 2); a third line (a passphrase) may follow. */
function pairLine(line: 1 | 2): PatternSpec {
  const first = line === 1 ? `(?<v>${TOKEN})` : TOKEN;
  const second = line === 2 ? `(?<v>${TOKEN})` : TOKEN;
  return {
    re: rx(String.raw`^[ \t\r\n]{0,8}${first}[ \t]{0,8}\r?\n[ \t]{0,8}${second}(?:[ \t]{0,8}\r?\n[ \t]{0,8}[^\s]{4,64})?[ \t\r\n]{0,8}$`),
    role: line === 1 ? 'api-key' : 'api-secret',
    path: namedForKeys,
  };
}

export const apiKeyPairFile = defineDetector({
  id: 'secret/api-key-pair-file',
  title: 'API key pair in a key file',
  severity: 'error',
  role: 'api-key',
  message: 'API credential {masked} is stored in this key file.',
  risk: 'Anyone who reads this file, a clone or its git history can act on the exchange account these keys open.',
  advice: 'Keep key files out of the repository (add it to .gitignore) or move the keys to environment variables or KeyGuard\'s secret storage. If it was ever committed, delete the key in the exchange\'s API management page and create a new one.',
  keywords: [],
  files: ['text'],
  validate: [...standardValidators, minEntropy(3.2), lettersAndDigits, notPublicOrWords],
  patterns: [pairLine(1), pairLine(2)],
  examples: {
    positive: [
      { text: `⟦q7Xk2LmP9wR4tY6zA1bC3dE5fG8hJ0kLmN2pQ4rS6tU8vW0xY2zA4bC6dE8fG0h⟧\n⟦Z9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF9eD8cB7aZ6yX5wV4uT3sR2qP1oN0mL9k⟧\n`, path: 'Source/api.txt' },
      { text: `⟦q7Xk2LmP9wR4tY6zA1bC3dE5fG8hJ0kLmN2pQ4rS6tU8vW0xY2zA4bC6dE8fG0h⟧\n⟦Z9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF9eD8cB7aZ6yX5wV4uT3sR2qP1oN0mL9k⟧`, path: 'keys.txt' },
      { text: `⟦5f1c7a2e-9b3d-4e8f-a1c6-2d7b9e0f3a45⟧\n⟦8F3A1C9E2B7D4F6A0E5C8B1D3F7A9E2C⟧\nTr4d1ngB0t\n`, path: 'api_keys.txt' },
    ],
    negative: [
      // Placeholders, one line only, a longer listing, a file of another name.
      { text: `YOUR_API_KEY_GOES_HERE\nYOUR_API_SECRET_GOES_HERE\n`, path: 'api.txt' },
      { text: `q7Xk2LmP9wR4tY6zA1bC3dE5fG8hJ0kLmN2pQ4rS6tU8vW0xY2zA4bC6dE8fG0h\n`, path: 'api.txt' },
      { text: `q7Xk2LmP9wR4tY6zA1bC3dE5fG8hJ0kLmN2pQ4rS6tU8vW0xY2zA4bC6dE8fG0h\nZ9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF9eD8cB7aZ6yX5wV4uT3sR2qP1oN0mL9k\nmore\nlines here\n`, path: 'keys.txt' },
      { text: `q7Xk2LmP9wR4tY6zA1bC3dE5fG8hJ0kLmN2pQ4rS6tU8vW0xY2zA4bC6dE8fG0h\nZ9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF9eD8cB7aZ6yX5wV4uT3sR2qP1oN0mL9k\n`, path: 'hashes.txt' },
      { text: `requirements-dev-tools\nsetuptools-scm-plugin\n`, path: 'api.txt' },
      // Public addresses, API paths and instrument symbols, one per line.
      { text: `0x8f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f70\n0x1f3a2b61c9d04e7a5b1f6c2d9e8a7b3c4d5e6f71\n`, path: 'keys.txt' },
      { text: `7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU\n9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM\n`, path: 'keys.txt' },
      { text: `GET_/api/v1/account\nPOST_/api/v1/order\n`, path: 'api.txt' },
      { text: `BTC-USDT-SWAP-20240628\nETH-USDT-SWAP-20240628\n`, path: 'keys.txt' },
    ],
  },
});
