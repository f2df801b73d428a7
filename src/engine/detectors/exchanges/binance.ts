// Binance's credentials as data: bare 64-character HMAC keys told apart by context, and Ed25519/RSA private keys.
import { defineDetector } from '../../defineDetector';
import { minClasses, minEntropy, pemBodyIsBase64, standardValidators } from '../../judge/validators';
import type { Validator } from '../../defineDetector';
import { notPublicNamed } from '../../judge/publicNames';
import { assigned, HEADER_SEP, OQ, PREFIX, Q, rx } from '../fragments';
import type { ExchangeDetection } from './credential';
import { keyFilePattern } from './keyFile';
import { TextMemo } from '../../judge/textMemo';

// Binance HMAC keys and secrets are bare 64-character alphanumerics: only context tells them apart.
const V64 = String.raw`[A-Za-z0-9]{64}(?![A-Za-z0-9])`;
// SDK constructors whose first two positional arguments are key and secret, across languages.
const CTOR = String.raw`(?<![A-Za-z0-9_])(?:(?:Async)?Client(?:\.create)?|Spot|UMFutures|CMFutures|Margin|BinanceClient|Binance|NewClient|NewFuturesClient|NewDeliveryClient|MainClient|USDMClient|CoinMClient|SpotClientImpl|UMFuturesClientImpl|CMFuturesClientImpl|ApiCredentials|BinanceApiCredentials|newInstance|Binance\\API)[ \t]*\(`;
// Constructors only Binance SDKs have: no other mention of Binance is needed (a Kotlin file may import nothing).
const BINANCE_CTOR = String.raw`(?<![A-Za-z0-9_])(?:SpotClientImpl|UMFuturesClientImpl|CMFuturesClientImpl|BinanceApiCredentials|BinanceRestClient|BinanceSocketClient|BinanceApiClientFactory\.newInstance)[ \t]*\(`;
const BINANCE_CTOR_KEYWORDS = ['clientimpl', 'binanceapi', 'binancerest', 'binancesocket'];
// The words CTOR's names spell, case as written (PatternSpec.needs): most lines of its keywords (`ccxt.binance`,
// `client = …`) hold none.
const CTOR_WORDS = ['Client', 'Spot', 'Futures', 'Margin', 'Binance', 'Credentials', 'newInstance'];
// Names that hold a Binance key or secret: any name mentioning Binance, or a plain credential name in a
// file that talks to Binance. One pattern per role, sharing a single regex run.
const KEY_NAME = /binance.*key|^(?:api[_-]?key|apikey|api_?key_?id|key)$|(?:^|__)exchange__key$/i;
const SECRET_NAME = /binance.*secret|^(?:api[_-]?secret(?:[_-]?key)?|apisecret|secret[_-]?key|secretkey|secret|private[_-]?key)$|(?:^|__)exchange__secret$/i;
const NAME_KEYWORDS = ['binance', 'key', 'secret', 'private'];
// Up to three lines of anything; newlines split the runs, so there is one way to match.
// Lazy: a key pairs with the nearest value after it, so consecutive pairs are each found.
const FEW_LINES = String.raw`[^\n]{0,160}?(?:\n[^\n]{0,160}?){0,2}?`;
const BINANCE_FILE = ['binance', 'x-mbx-apikey'];
// A key and a secret of the same shape a few lines apart (the key first). One regex serves both detectors,
// so the scanner runs it once; each reads its own group.
const PAIR = rx(String.raw`${Q}(?<v>${V64})${Q}${FEW_LINES}${Q}(?<second>${V64})${Q}`);
/** A bare `binance.key` file: the key on line 1, the secret on line 2 (exchanges/keyFile.ts). */
const KEY_FILE_STEMS = ['binance'];

// Live keys mix upper, lower and digits; hex-only values are digests, except under a credential name: the futures
// testnet's keys are 64 hex characters (testnet.binancefuture.com), and `API_KEY = '<hex>'` is no digest.
const HEX = /^[0-9a-fA-F]+$/;
const mixed = [minClasses(3), minEntropy(4)];
const hexEntropy = minEntropy(3.3);
/** The identifier a value is assigned to on its own line (`SECRET_KEY = '…'`, `"apiKey": "…"`), if any. */
const LINE_NAME = /([A-Za-z_][A-Za-z0-9_.-]*)["']?\]?[ \t]*(?::=|=>|[:=])[ \t]*[rbuf]?["'`]?$/;
// Not a private key's name, and only in a file of the futures testnet: a BNB Smart Chain wallet's hex key under
// `SECRET_KEY` is no exchange secret, though its file says Binance.
const HEX_NAME = /^(?!.*priv).*(?:key|secret)/i;
const TESTNET_FILE = /binancefuture|fapi\.|testnet|UMFutures|futures/i;
const WALLET_FILE = /web3|ethers|smart[ _-]?chain|\bbsc\b|bep-?20|pancake/i;
/** Per text: the file talks to the futures testnet and holds no wallet code (asked once, not per value). */
const TESTNET_ONLY = new TextMemo<boolean>();
const keyShape: Validator = {
  name: 'binance-key-shape',
  reach: { before: 120, after: 0 },
  test: (v, ctx) => {
    if (!HEX.test(v)) return mixed.every((m) => m.test(v, ctx));
    const before = ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start);
    const name = LINE_NAME.exec(before.slice(before.lastIndexOf('\n') + 1))?.[1];
    if (name === undefined || !HEX_NAME.test(name) || !(KEY_NAME.test(name) || SECRET_NAME.test(name)) || !hexEntropy.test(v, ctx)) return false;
    return TESTNET_ONLY.get(ctx.text, '', () => TESTNET_FILE.test(ctx.text) && !WALLET_FILE.test(ctx.text));
  },
};
const binanceValidators = [...standardValidators, keyShape];

const BINANCE_ADVICE =
  'Move it to an environment variable or KeyGuard\'s secret storage. If this file was ever shared or committed, delete the key in Binance API Management (Profile > API Management) and create a new one: removing it from the code does not un-leak it.';

const KEY = 'u6WRx81a6Zx92Z04OA2t7sFSWcjxWPxBXC55IyqREMOXCh3uYIm8RNVUIIXgm3nX';
// Our own hex samples, shaped like the futures testnet's keys.
const TESTNET_KEY = '3f9c1a7e5b2d8046c1e9a3b7f5d2086e4c1a9b3d7f5e2c8a06b4d1f9e3a7c5b2';
const TESTNET_SECRET = '8e2b6d0a4f9c1e7b3d5a8f2c6e0b4d9a1f7c3e5b8d2a6f0c4e9b1d7a3f5c8e2b';
const SECRET = '7YtT3EhOhzX3N9tnKqZaHjiDIgnAKRAFzll9793aQf02twE5p4fQ0DvUWOIf3mXN';

export const binanceApiKey = defineDetector({
  id: 'secret/binance-api-key',
  title: 'Binance API key',
  severity: 'error',
  exchange: 'Binance',
  role: 'api-key',
  message: 'Binance API key {masked} is hard-coded.',
  risk: 'With its secret, anyone who reads this file, a clone or its git history can trade on your Binance account.',
  advice: BINANCE_ADVICE,
  keywords: ['binance'],
  validate: binanceValidators,
  patterns: [
    // BINANCE_API_KEY = "...", binanceApiKey: '...', "binance_key": "...", and plain api_key/key in a Binance file.
    {
      ...assigned(String.raw`${PREFIX}${OQ}(?<v>${V64})`),
      keywords: NAME_KEYWORDS,
      name: KEY_NAME,
      notName: /secret/i,
      requires: { fileContains: BINANCE_FILE },
    },
    { re: rx(String.raw`x-mbx-apikey\\?["']?${HEADER_SEP}(?:${PREFIX}${Q})?(?<v>${V64})`, 'i'), keywords: ['x-mbx-apikey'], linesAfter: 1 },
    {
      re: rx(String.raw`${CTOR}[ \t\r\n]{0,40}(?:\{[ \t\r\n]{0,40})?(?:(?:api_?key|apiKey|key)[ \t]*[=:][ \t]*)?${PREFIX}${Q}(?<v>${V64})${Q}`),
      keywords: ['client', 'spot', 'futures', 'binance', 'margin', 'credentials', 'newinstance'],
      linesAfter: 1,
      needs: CTOR_WORDS,
      requires: { fileContains: BINANCE_FILE },
    },
    { re: rx(String.raw`${BINANCE_CTOR}[ \t\r\n]{0,40}${PREFIX}${Q}(?<v>${V64})${Q}`), keywords: BINANCE_CTOR_KEYWORDS, linesAfter: 1 },
    // A key and a secret of the same shape a few lines apart: the key is the first.
    { re: PAIR, keywords: ['key', 'secret'], linesAfter: 2, validate: [notPublicNamed] },
    keyFilePattern(KEY_FILE_STEMS, V64, V64, 'key'),
  ],
  examples: {
    positive: [
      `BINANCE_API_KEY = "⟦${KEY}⟧"`,
      { text: `# Binance futures testnet\nAPI_KEY = '⟦${TESTNET_KEY}⟧'\nSECRET_KEY = '${TESTNET_SECRET}'`, path: 'balances.py' },
      `client = Client("⟦${KEY}⟧", api_secret)  # from binance.client import Client`,
      `headers = {"X-MBX-APIKEY": "⟦${KEY}⟧"}`,
      `headers = {"X-MBX-APIKEY": f"⟦${KEY}⟧"}`,
      // A recorded request's header, its value a one-item list on the next line (VCR's YAML).
      { text: `    headers:\n      X-Mbx-Apikey:\n      - ⟦${KEY}⟧\n`, path: 'spec/cassettes/account.yml' },
      `const client = new MainClient({ api_key: '⟦${KEY}⟧', api_secret: process.env.S }); // binance`,
      { text: `binance:\n  api_key: ⟦${KEY}⟧\n`, path: 'config.yml' },
      `API_KEY = "⟦${KEY}⟧"\nAPI_SECRET = "${SECRET}"`,
      `{"cells": [{"source": ["client = Client(\\"⟦${KEY}⟧\\", s)\\n"]}]}  // binance notebook`,
      { text: `val client = SpotClientImpl("⟦${KEY}⟧", secretKey)`, path: 'Bot.kt' },
      `client = await AsyncClient.create("⟦${KEY}⟧", api_secret)  # binance`,
      { text: `<?php\n$api = new Binance\\API("⟦${KEY}⟧", "${SECRET}");`, path: 'bot.php' },
      { text: `⟦${KEY}⟧\n${SECRET}\n`, path: 'keys/binance.key' },
      { text: `import { UMFutures } from '@binance/futures-connector';\nconst client = new UMFutures(\n  '⟦${KEY}⟧',\n  '${SECRET}',\n  { baseURL },\n);`, path: 'bot.ts' },
    ],
    negative: [
      `BINANCE_API_KEY = os.environ["BINANCE_API_KEY"]`,
      `client = Client("your_binance_api_key_here_your_binance_api_key_here_your_binance", s)  # binance`,
      `BINANCE_API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"`,
      `sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"\nother = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"`,
      // A digest in a Binance file, under no credential name.
      { text: `# binance\nsignature = '${TESTNET_KEY}'\nexpected_hash = '${TESTNET_SECRET}'`, path: 'sign_test_vectors.py' },
      // A BNB Smart Chain wallet's key (an EVM key, reported as one), even under a secret's name; hex outside a
      // futures testnet file.
      { text: `# binance smart chain sniper\nprivate_key = '${TESTNET_SECRET}'`, path: 'sniper.py' },
      { text: `from web3 import Web3  # binance smart chain, futures bot\nSECRET_KEY = '${TESTNET_SECRET}'\nAPI_KEY = '${TESTNET_KEY}'`, path: 'bsc.py' },
      { text: `# binance spot\nAPI_KEY = '${TESTNET_KEY}'`, path: 'spot.py' },
      `client = Client(api_key, api_secret)  # binance`,
      `api_key = "${KEY}"  # keyguard:allow`,
      `from binance.client import Client\nPUBLIC_KEY = "${KEY}"\nSIGNER_PUBKEY = "${SECRET}"`,
      `import { MainClient } from 'binance';\nconst fill = { txHash: '${KEY}', blockHash: '${SECRET}' };`,
    ],
  },
});

export const binanceApiSecret = defineDetector({
  id: 'secret/binance-api-secret',
  title: 'Binance API secret',
  severity: 'error',
  exchange: 'Binance',
  role: 'api-secret',
  message: 'Binance API secret {masked} is hard-coded.',
  risk: 'Anyone who reads this file, a clone or its git history can trade on your Binance account (and withdraw, if the key allows it).',
  advice: BINANCE_ADVICE,
  keywords: ['binance'],
  validate: binanceValidators,
  patterns: [
    {
      ...assigned(String.raw`${PREFIX}${OQ}(?<v>${V64})`),
      keywords: NAME_KEYWORDS,
      name: SECRET_NAME,
      requires: { fileContains: BINANCE_FILE },
    },
    {
      re: rx(String.raw`${CTOR}[ \t\r\n]{0,40}[^,()\s][^,()\n]{0,99},[ \t\r\n]{0,40}(?:(?:api_?secret|apiSecret|secret_?key|secretKey|secret)[ \t]*[=:][ \t]*)?${PREFIX}${Q}(?<v>${V64})${Q}`),
      keywords: ['client', 'spot', 'futures', 'binance', 'margin', 'credentials', 'newinstance'],
      linesAfter: 2,
      needs: CTOR_WORDS,
      requires: { fileContains: BINANCE_FILE },
    },
    { re: rx(String.raw`${BINANCE_CTOR}[ \t\r\n]{0,40}[^,()\s][^,()\n]{0,99},[ \t\r\n]{0,40}${PREFIX}${Q}(?<v>${V64})${Q}`), keywords: BINANCE_CTOR_KEYWORDS, linesAfter: 2 },
    // The second of a key/secret pair of the same shape.
    { re: PAIR, valueGroup: 'second', keywords: ['key', 'secret'], linesAfter: 2, validate: [notPublicNamed] },
    keyFilePattern(KEY_FILE_STEMS, V64, V64, 'secret'),
  ],
  examples: {
    positive: [
      `BINANCE_API_SECRET = "⟦${SECRET}⟧"`,
      // The futures testnet's keys are hex.
      { text: `# Binance futures testnet\nBASE_URL = 'https://testnet.binancefuture.com'\nAPI_KEY = '${TESTNET_KEY}'\nSECRET_KEY = '⟦${TESTNET_SECRET}⟧'`, path: 'balances.py' },
      `client = Client(api_key, "⟦${SECRET}⟧")  # binance`,
      `client = Client("${KEY}", "⟦${SECRET}⟧")  # binance`,
      `spot = Spot(api_key=KEY,\n            api_secret="⟦${SECRET}⟧")  # binance-connector`,
      `binance = new Binance().options({ APIKEY: k, APISECRET: '⟦${SECRET}⟧' });`,
      `String SECRET_KEY = "⟦${SECRET}⟧"; // new SpotClientImpl(API_KEY, SECRET_KEY); binance`,
      { text: `BINANCE_SECRET=⟦${SECRET}⟧\n`, path: '.env' },
      `API_KEY = "${KEY}"\nAPI_SECRET = "⟦${SECRET}⟧"`,
      { text: `props.put("key", "${KEY}");\nprops.put("secret", "⟦${SECRET}⟧");\nprops.put("key2", "${KEY}"); props.put("secret2", "⟦${SECRET}⟧"); // binance`, path: 'Bot.java' },
      { text: `val client = UMFuturesClientImpl(apiKey, "⟦${SECRET}⟧")`, path: 'Bot.kt' },
      `from binance.client import Client\nclient = Client(\n    "${KEY}",\n    "⟦${SECRET}⟧",\n)`,
      { text: `<?php\n$api = new Binance\\API($key, "⟦${SECRET}⟧");`, path: 'bot.php' },
      `BINANCE_API_SECRET = os.environ.get("BINANCE_API_SECRET") or "⟦${SECRET}⟧"`,
      { text: `${KEY}\r\n⟦${SECRET}⟧\r\n`, path: 'binance_api.key' },
    ],
    negative: [
      `BINANCE_API_SECRET = os.getenv("BINANCE_API_SECRET", "")`,
      { text: `val client = SpotClientImpl(System.getenv("K"), System.getenv("S"))`, path: 'Bot.kt' },
      `binance_secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"`,
      `BINANCE_SECRET = "insert_api_secret_here_insert_api_secret_here_insert_api_secret"`,
      `secret = "${SECRET}"  // no exchange named anywhere, no pair`,
      // Public values named as such are not a key/secret pair.
      `from binance.client import Client\nPUBLIC_KEY = "${KEY}"\nSIGNER_PUBKEY = "${SECRET}"`,
      `# binance secret in docs: see https://binance.com`,
      // The same two lines in a key file named after no exchange, or with a third line that is no part of a pair.
      { text: `${KEY}\n${SECRET}\n`, path: 'server.key' },
      { text: `${KEY}\n${SECRET}\n${KEY}\n`, path: 'binance.key' },
    ],
  },
});

export const binancePrivateKey = defineDetector({
  id: 'secret/binance-private-key',
  title: 'Binance Ed25519/RSA private key',
  severity: 'error',
  exchange: 'Binance',
  role: 'private-key',
  envName: 'BINANCE_PRIVATE_KEY',
  message: 'Private key {masked} of a Binance Ed25519/RSA API key is in this file.',
  risk: 'It signs requests for your Binance account just like an HMAC secret.',
  advice: 'Keep it in a file outside the repository or in an environment variable. If it was ever shared or committed, delete the API key in Binance API Management (Profile > API Management) and create a new one: removing it from the code does not un-leak it.',
  keywords: ['-----begin'],
  validate: [pemBodyIsBase64],
  patterns: [
    {
      re: rx(String.raw`-----BEGIN (?<t>(?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----(?:[^-]|-(?!----)){16,8000}-----END \k<t>-----`),
      requires: { fileContains: BINANCE_FILE },
      linesAfter: 120,
    },
  ],
  examples: {
    positive: [
      `# binance ed25519 key\nPRIVATE_KEY = """⟦-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIKrXQ2hq5vM0oJ6yXKpZkYDp3h1Vf9hHnGkqgWw8cT1b\n-----END PRIVATE KEY-----⟧"""`,
    ],
    negative: [
      `# binance\nkey = "-----BEGIN PRIVATE KEY-----\\n" + body + "\\n-----END PRIVATE KEY-----"`,
      `# binance\n-----BEGIN PRIVATE KEY-----\nYOUR PRIVATE KEY\n-----END PRIVATE KEY-----`,
    ],
  },
});

/** Binance's detection record (its detectors are written out: its keys have no shape of their own). */
export const binance: ExchangeDetection = {
  id: 'binance', name: 'Binance', ccxtIds: /^binance/, detectors: [binanceApiKey, binanceApiSecret, binancePrivateKey],
};
