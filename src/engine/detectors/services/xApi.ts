// X (Twitter) API app-only bearer tokens: 21 or more `A`s, then the URL-encoded secret part (`%2F`, `%3D`). Bots
// that post signals or read sentiment keep one in config files under all sorts of names ("bearer token",
// "beerer token", `X_BEARER`), so the token's own shape finds it, whatever the key says.
import { defineDetector, type Validator } from '../../defineDetector';
import { isPlaceholder, standardValidators } from '../../judge/validators';
import { shannonEntropy } from '../../text/entropy';
import { rx } from '../fragments';

/** The part after the leading `A`s is random: letters of both cases and digits, high in entropy, no placeholder. */
const randomTail: Validator = {
  name: 'random-tail',
  test: (v) => {
    const tail = v.replace(/^A+/, '');
    return /[a-z]/.test(tail) && /[0-9]/.test(tail) && shannonEntropy(tail) >= 4 && !isPlaceholder(tail);
  },
};

export const xBearerToken = defineDetector({
  id: 'secret/x-bearer-token',
  title: 'X (Twitter) API bearer token',
  severity: 'warning',
  role: 'token',
  envName: 'X_BEARER_TOKEN',
  exchange: 'X',
  message: 'X (Twitter) API bearer token {masked} is hard-coded.',
  risk: 'Anyone who has it uses your X developer app: its read quota, and what the app is allowed to see.',
  advice: 'Move it to an environment variable. If it was shared or committed, regenerate it in the X developer portal (Keys and tokens).',
  keywords: ['aaaaaaaaaaaaaaaaaaaa'],
  validate: [...standardValidators, randomTail],
  // Not inside base64 (`…+AAAA…/…`): the token holds no `+`, `/` or `=`, URL-encoded as `%2B`, `%2F`, `%3D`.
  patterns: [{ re: rx(String.raw`(?<![A-Za-z0-9%+/=])(?<v>A{20,26}[A-Za-z0-9%]{40,160})(?![A-Za-z0-9%+/=])`) }],
  examples: {
    positive: [
      { text: `"x": {\n  "api_key": "",\n  "beerer token": "⟦AAAAAAAAAAAAAAAAAAAAAl1D0iZQrxpvIzAKwmJ6G%2FZldT2SO392vvFWJ65TAy0yKNSbvfeAkHsLBo4ufS%3DJlVLTmvPU6FzHFNg04EcQarNFRDSOn⟧"\n}`, path: 'config/keys.json' },
      `X_BEARER = "⟦AAAAAAAAAAAAAAAAAAAAAl1D0iZQrxpvIzAKwmJ6G%2FZldT2SO392vvFWJ65TAy0yKNSbvfeAkHsLBo4ufS%3DJlVLTmvPU6FzHFNg04EcQarNFRDSOn⟧"`,
    ],
    negative: [
      `bearer_token = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"`,
      `bearer_token = "AAAAAAAAAAAAAAAAAAAAAyour_bearer_token_here_from_the_developer_portal"`,
      // Zero bytes in a base64 font or image run to long `A`s too.
      `src: url(data:font/woff2;base64,d09GMgABAAAAA+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/k3Tq9ZxW1b2R);`,
      `icon = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="`,
    ],
  },
});
