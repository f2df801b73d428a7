// Web and proxy URLs that carry a generated password: `http://user:…@proxy.host:9293` (static-IP proxy add-ons),
// `socks5://user:…@gate.host:7000`, a node's JSON-RPC `http://rpcuser:…@10.0.0.5:8332`. People type short
// passwords into tutorials' URLs (`user:pass@`), so only a long, random one counts here.
import { defineDetector, type Validator } from '../../defineDetector';
import { notCiphertext } from '../../judge/validators';
import { shannonEntropy } from '../../text/entropy';
import { rx } from '../fragments';
import { AUTHORITY, credentials, realPassword, TAIL } from './databases';

/** A generated password: 12+ characters, letters and digits, and the spread of random text. */
const generatedPassword: Validator = {
  name: 'generated-password',
  test: (url) => {
    const pw = credentials(url)?.password ?? '';
    return pw.length >= 12 && /[A-Za-z]/.test(pw) && /[0-9]/.test(pw) && shannonEntropy(pw) >= 3.2;
  },
};

export const urlPassword = defineDetector({
  id: 'secret/url-password',
  title: 'URL with a password',
  severity: 'warning',
  role: 'url',
  envName: 'PROXY_URL',
  message: 'URL {masked} carries a password: whoever reads it can use the account.',
  risk: 'Anyone who reads it can use the proxy, node or service behind it as you (and run up its bill).',
  advice: 'Move the URL to an environment variable, and change the password at its provider if the file was ever shared or committed.',
  keywords: ['http://', 'https://', 'socks4://', 'socks5://', 'socks5h://'],
  validate: [realPassword, generatedPassword, notCiphertext],
  patterns: [{ re: rx(String.raw`(?<![A-Za-z0-9+.-])(?<v>(?:https?|socks[45]h?)://${AUTHORITY}${TAIL})`) }],
  examples: {
    positive: [
      { text: `          echo 'export FIXIE_URL=⟦http://fx7q2m9kzt4w:8r3b6v1n5q2w9e4t7y0u@eu-static-02.proxy-host.example:9293⟧' >> $BASH_ENV\n`, path: '.circleci/config.yml' },
      `proxies = {"https": "⟦socks5h://bot:Lq8Wz3Xn5Tk9Rv2M@gate.example-proxy.net:7000⟧"}`,
      { text: `BITCOIND_URL=⟦http://rpcuser:9fK2xQ7vLp4Tz8Wm3Rn6@10.0.4.12:8332⟧\n`, path: 'deploy/.env.prod' },
    ],
    negative: [
      // Tutorials' passwords, templates, placeholders, and a port where a password would be.
      `PROXY = "http://user:pass@proxy.example.com:8080"`,
      `PROXY = "http://username:password@127.0.0.1:3128"`,
      `proxy = f"http://{user}:{password}@{host}:{port}"`,
      `PROXY_URL = "http://bot:\${PROXY_PASSWORD}@proxy.internal:3128"`,
      `PROXY_URL = "http://user:your_proxy_password_123@proxy.host:8080"`,
      `RPC_URL = "http://rpcuser:rpcpassword@127.0.0.1:8332"`,
      `link = "https://host:8443@mirror.example.com/path"`,
    ],
  },
});
