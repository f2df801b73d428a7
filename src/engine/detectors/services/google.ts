// Google credentials: service-account JSON (a private key with the account's email), OAuth client secrets,
// and API keys, which Firebase web apps and Maps pages ship to every browser by design: an `AIza` key is a
// warning only where the code says it is a server key (Gemini, a GCP token); elsewhere it is a hint.
import { defineDetector, type Validator } from '../../defineDetector';
import { pemBodyIsBase64, standardValidators } from '../../judge/validators';
import { rx } from '../fragments';

const AIZA = String.raw`(?<![A-Za-z0-9_-])(?<v>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])`;
// A Firebase web config (`firebaseConfig = { apiKey, authDomain, … }`) or an Android google-services.json.
const FIREBASE_CONTEXT = /firebase|authdomain|current_key|messagingsenderid/i;

// What says a key is used server-side: Gemini and the other generative-AI APIs (whose SDKs read
// GOOGLE_API_KEY / GEMINI_API_KEY), Vertex, a GCP or Cloud token.
const SERVER_USE = /gemini|genai|generativelanguage|generative_?ai|vertex|palm|google_?api_?key|google_?cloud|gcp|gcloud|server_?key|backend/i;
const SERVER_NEAR = { pattern: SERVER_USE, before: 120, after: 60 };

/** Keeps an `AIza` key only outside Firebase configs, whose keys are public (the rules on the project guard it). */
const notFirebaseConfig: Validator = {
  name: 'not-firebase-config',
  fileWide: FIREBASE_CONTEXT,
  test: (_v, ctx) => !FIREBASE_CONTEXT.test(ctx.text),
};

export const googleServiceAccount = defineDetector({
  id: 'secret/google-service-account',
  title: 'Google service-account key',
  severity: 'error',
  role: 'private-key',
  envName: 'GOOGLE_APPLICATION_CREDENTIALS',
  message: 'Google service-account private key {masked} is in this file.',
  risk: 'Whoever holds it acts as the service account in your Google Cloud project (BigQuery, Sheets, storage …).',
  advice: 'Delete the key in IAM > Service accounts > Keys, create a new one, and keep its JSON file outside the repository.',
  keywords: ['private_key'],
  validate: [pemBodyIsBase64],
  patterns: [
    {
      // The key sits on one line, its newlines written `\n`; the span is the PEM block, as the PEM detector's.
      re: rx(String.raw`\\?"private_key\\?"[ \t]*:[ \t]*\\?"(?<v>-----BEGIN PRIVATE KEY-----(?:[^-"\n]|-(?!----)){16,8000}-----END PRIVATE KEY-----)`),
      requires: { fileContains: ['service_account'] },
    },
  ],
  examples: {
    positive: [
      { text: `{\n  "type": "service_account",\n  "project_id": "quant-bot-4821",\n  "private_key_id": "e3390ba6f92008167d49840f75489f3e44304a98",\n  "private_key": "⟦-----BEGIN PRIVATE KEY-----\\nMC4CAQAwBQYDK2VwBCIEIJq7Xv2Lm9Rt4Wc8Yz1Kp6Hd3Nf5Gs0Ba2Ue7Qi9Ox4\\n-----END PRIVATE KEY-----⟧\\n",\n  "client_email": "bot@quant-bot-4821.iam.gserviceaccount.com"\n}`, path: 'creds/sa.json' },
    ],
    negative: [
      { text: `{\n  "type": "service_account",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nYOUR_KEY\\n-----END PRIVATE KEY-----\\n"\n}`, path: 'sa.json' },
      { text: `{"type": "authorized_user", "private_key": "-----BEGIN PRIVATE KEY-----\\nMC4CAQAwBQYDK2VwBCIEIJq7Xv2Lm9Rt4Wc8Yz1Kp6Hd3Nf5Gs0Ba2Ue7Qi9Ox4\\n-----END PRIVATE KEY-----\\n"}`, path: 'other.json' },
    ],
  },
});

export const googleOAuthSecret = defineDetector({
  id: 'secret/google-oauth-client-secret',
  title: 'Google OAuth client secret',
  severity: 'error',
  role: 'api-secret',
  envName: 'GOOGLE_CLIENT_SECRET',
  exchange: 'Google',
  message: 'Google OAuth client secret {masked} is hard-coded.',
  risk: 'With the client id, anyone can pose as your app to Google users.',
  advice: 'Move it to an environment variable. If it was shared or committed, reset the secret in Google Cloud console > APIs & Services > Credentials.',
  keywords: ['gocspx-'],
  validate: standardValidators,
  patterns: [{ re: rx(String.raw`(?<![A-Za-z0-9_-])(?<v>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])`) }],
  examples: {
    positive: [`{"web": {"client_id": "1234.apps.googleusercontent.com", "client_secret": "⟦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⟧"}}`],
    negative: [`GOOGLE_CLIENT_SECRET = "GOCSPX-your-client-secret-here-xxxx"`],
  },
});

export const googleApiKey = defineDetector({
  id: 'secret/google-api-key',
  title: 'Google API key',
  severity: 'warning',
  role: 'api-key',
  envName: 'GOOGLE_API_KEY',
  exchange: 'Google Cloud',
  message: 'Google API key {masked} is hard-coded.',
  risk: 'Unless it is restricted to your app, anyone can call the APIs it enables (Gemini, Maps …) on your bill.',
  advice: 'Move it to an environment variable, and restrict or regenerate it in Google Cloud console > APIs & Services > Credentials.',
  keywords: ['aiza'],
  validate: [...standardValidators, notFirebaseConfig],
  patterns: [{ re: rx(AIZA), requires: { near: SERVER_NEAR } }],
  examples: {
    positive: [
      `GOOGLE_API_KEY = "⟦AIzaigSWV1shQDIFuxMb5vnpVb54QZMXt5Xg9XW⟧"`,
      `genai.configure(api_key="⟦AIzaigSWV1shQDIFuxMb5vnpVb54QZMXt5Xg9XW⟧")`,
      `const gcpToken = "⟦AIzaR4e8Zt1qWvN0yLk2Hs5Jd9Fb3Xc7Mp6Ua-Q⟧";`,
      `url = f"https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent?key=⟦AIzaR4e8Zt1qWvN0yLk2Hs5Jd9Fb3Xc7Mp6Ua-Q⟧"`,
    ],
    negative: [
      `const firebaseConfig = {\n  apiKey: "AIzaigSWV1shQDIFuxMb5vnpVb54QZMXt5Xg9XW",\n  authDomain: "bot-dash.firebaseapp.com",\n};`,
      // A bare key, or a Maps key in a page: browser keys, the hint's (secret/google-browser-key).
      `AIzaR4e8Zt1qWvN0yLk2Hs5Jd9Fb3Xc7Mp6Ua-Q`,
      `<script src="https://maps.googleapis.com/maps/api/js?key=AIzaR4e8Zt1qWvN0yLk2Hs5Jd9Fb3Xc7Mp6Ua-Q"></script>`,
    ],
  },
});

export const googleBrowserKey = defineDetector({
  id: 'secret/google-browser-key',
  title: 'Google API key (browser key)',
  severity: 'info',
  role: 'api-key',
  envName: 'GOOGLE_API_KEY',
  exchange: 'Google Cloud',
  message: 'Google API key {masked}: public if it is a browser key; restrict it to your sites.',
  risk: 'Browser keys (Maps, Firebase) ship to every visitor; only a key without API and site restrictions can be abused on your bill.',
  advice: 'Restrict the key to its APIs and your domains in Google Cloud console > APIs & Services > Credentials; keep server keys (Gemini) in an environment variable.',
  keywords: ['aiza'],
  validate: standardValidators,
  patterns: [{ re: rx(AIZA) }],
  examples: {
    positive: [
      `⟦AIzaR4e8Zt1qWvN0yLk2Hs5Jd9Fb3Xc7Mp6Ua-Q⟧`,
      `<script src="https://maps.googleapis.com/maps/api/js?key=⟦AIzaR4e8Zt1qWvN0yLk2Hs5Jd9Fb3Xc7Mp6Ua-Q⟧"></script>`,
    ],
    negative: [`apiKey: "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`, `key = "AIzaSyabcdefghijklmnopqrstuvwxyz1234567"`],
  },
});

export const firebaseWebKey = defineDetector({
  id: 'secret/firebase-web-key',
  title: 'Firebase web API key (public by design)',
  severity: 'info',
  role: 'api-key',
  envName: 'FIREBASE_API_KEY',
  exchange: 'Firebase',
  message: 'Firebase web API key {masked} is public by design.',
  risk: 'Firebase apps ship this key to every browser, so it is not a secret; your security rules and App Check protect the data.',
  advice: 'Restrict the key to your app\'s domains in Google Cloud console > APIs & Services > Credentials.',
  keywords: ['aiza'],
  patterns: [{ re: rx(AIZA), requires: { fileContains: ['firebase', 'authdomain', 'current_key', 'messagingsenderid'] } }],
  examples: {
    positive: [`const firebaseConfig = {\n  apiKey: "⟦AIzaigSWV1shQDIFuxMb5vnpVb54QZMXt5Xg9XW⟧",\n  authDomain: "bot-dash.firebaseapp.com",\n};`],
    negative: [`GOOGLE_API_KEY = "AIzaigSWV1shQDIFuxMb5vnpVb54QZMXt5Xg9XW"`],
  },
});
