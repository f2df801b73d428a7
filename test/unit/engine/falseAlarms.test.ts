// Peers' kinds of false alarm, scanned with every detector: none may be louder than information.
// Each case is a value that looks like a credential by its prefix or shape and is not one.
import * as assert from 'assert';
import { DETECTORS, scanWith, type Example } from '../../../src/engine';

const SEALED = 'AgBqNSNfzyj8x6Sif/lM+U6c+x4nDeYwhd6enXPlNUGS/XMcYU33xN8X1pOKGa3aElyICwqDjHOzns5XygoVojM02ne5NlNwnU6J/W4NC5Ambh6v4btLNO8usL+aGpyEEjyUgUxaJHJhr8Q0+5B3DNMQw9CDT0Syke8wz7TXrBDdh2OW9Lj68iQlqSP0zC4K6LgOGcJa8iIziGbW9fZJHFL+ns7TeUBt9NxxUi/9jiGEbPJ1KFNfbMvibs6DQ/Mu5fUJiYI+eNGyGo3515SgdDcGnUX015LJQo6R0tHgAI1AmqnoQUl2lfGe/9zFyWOQtnC+TV8tI5rxgXlS1h+kt7+h+FGd7T6VlnDtbHYb9Hye11FLqUkugnLnywYrGUUI7L98YyYvjZyRKjeIO/J8Jk500vU8O/KLI+Yg5yVuYFRIhrY05JfUCl9i7Gmk6NN655jVLjSZtHo/hpSWHflom9/5IsxdEGGRQIGhRf2NMwQdkX127C9oru5IP96VsEk4s6OFR7yJVdQkl8gXCT55wQcw46kawUn+o70luCGQGelFZCjwKmqJby74JbsQeKJf7Qt9bnjl7pcirDadctvuoR1EbiVwtsaseVjch3yM16k6PE1D5LQ4b+MycgmkrvfKgnykwnnHfSnZdE9/2VH79moaMjerwg2LiJEBjBuORsWoRjtYUDB+UuPyAO10rTSUyVHcVPi5fYlzvN5H69jOMC41p8KbGlJGKFoMqwNO4CCncg';
const KMS_BLOB = 'AQICAHh/4b/6JRX3o62XvVA97364dQpvHEuB4mSEWbJZxBEIME1RMA34xMnH1WChNlD9jgKkqYvzTaGPp3lbGmdbT8p/iQ/T0PMPAWkZ40WTHJYmeonr2u1iamv/aLW/A68QHZwIkNSfvbPQK5/Y0tTH+tl8fZSp5/e0kGW';
const FERNET = 'gAAAAAXeiF4TWWIUzV0wqtenUftYQv1u2wtCjuvdYBm3G01oW3KUOjry7BpZhLIiOVfvkGYFEw36CHENS4DqX9YP8nI2F_KfeOaMZGDeTkPtsWZS5tbf497kGQOO6I';

// A PEM block typed by hand (its body is letters mashed on a keyboard), as is and base64-wrapped.
const TYPED_PEM = '-----BEGIN RSA PRIVATE KEY-----\\nProc-Type: 4,ENCRYPTED\\nDEK-Info: AES-128-CBC,5A1C9E77B20F4D3386E1A0C25F7B9D40\\n\\nqwpeoriuxmcnvbalskdjfhgqpwoeiruty48576mznxbcvlaksjdhfgpqowieurytW\\nlkjhgfdsapoiuytrewqmnbvcxzlaksjdhfgqpwoeiruty1029384756zmxncbvlak\\n-----END RSA PRIVATE KEY-----\\n';
const TYPED_PEM_B64 = 'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpQcm9jLVR5cGU6IDQsRU5DUllQVEVECkRFSy1JbmZvOiBBRVMtMTI4LUNCQyw1QTFDOUU3N0IyMEY0RDMzODZFMUEwQzI1RjdCOUQ0MAoKcXdwZW9yaXV4bWNudmJhbHNrZGpmaGdxcHdvZWlydXR5NDg1NzZtem54YmN2bGFrc2pkaGZncHFvd2lldXJ5dFcKbGtqaGdmZHNhcG9pdXl0cmV3cW1uYnZjeHpsYWtzamRoZmdxcHdvZWlydXR5MTAyOTM4NDc1NnpteG5jYnZsYWsKLS0tLS1FTkQgUlNBIFBSSVZBVEUgS0VZLS0tLS0K';

const CASES: ReadonlyArray<[string, Example]> = [
  ['a Firebase web config key', { text: `const firebaseConfig = {\n  apiKey: "AIzaigSWV1shQDIFuxMb5vnpVb54QZMXt5Xg9XW",\n  authDomain: "bot-dash.firebaseapp.com",\n  projectId: "bot-dash",\n};\n`, path: 'web/src/firebase.ts' }],
  ['an elided OpenAI key', { text: `OPENAI_API_KEY = "sk-a…yzBB"\n`, path: 'bot.py' }],
  ['an elided Slack token', { text: `SLACK_BOT_TOKEN = "xoxb-…1234"\n`, path: 'bot.py' }],
  ['a GitHub token of x', { text: `GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n`, path: 'ci.py' }],
  ['a repeated-character key', { text: `OPENAI_API_KEY = "sk-proj-AAAAAAAAAAAAAAAAAAAAT3BlbkFJAAAAAAAAAAAAAAAAAAAA"\n`, path: 'bot.py' }],
  ['a sequential key', { text: `api_key = "sk-abcdefghijklmnopqrstuvwxyz0123456789ABCD"\n`, path: 'bot.py' }],
  ['a sealed secret', { text: `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    api_secret: ${SEALED}\n`, path: 'k8s/sealed.yaml' }],
  ['a KMS ciphertext blob', { text: `API_SECRET_CIPHERTEXT = "${KMS_BLOB}"\n`, path: 'bot.py' }],
  ['a Jasypt value', { text: `exchange.api-secret=ENC(q8Zr2Lw5Xv9Nb3Kt7Hm1Pd4Fs6Gj0YcRk4Vz9Xq2Lw7)\n`, path: 'application.properties' }],
  ['a Fernet token', { text: `api_secret = "${FERNET}"\n`, path: 'bot.py' }],
  ['a public JWK', { text: `{"keys": [{"kty": "RSA", "e": "AQAB", "n": "pWc9MZQrjXS8vvXzvxm8Hc27iiP-7XOCJGAUsPMmmqvi2AkV3d", "kid": "k1"}]}\n`, path: 'jwks.json' }],
  ['an Ethereum address under a secret name', { text: `api_secret = "0x8ba1f109551bD432803012645Ac136ddd64DBA72"\nPRIVATE_KEYS = ["0x8ba1f109551bD432803012645Ac136ddd64DBA72"]\n`, path: 'bot.py' }],
  ['password-less connection strings', { text: `DB = "postgresql://bot@localhost:5432/trades"\nREDIS = "redis://localhost:6379/0"\nMONGO = "mongodb+srv://cluster0.ab1cd.mongodb.net/db"\n`, path: 'settings.py' }],
  ['placeholder-password connection strings', { text: `DB = "postgresql://user:password@localhost/db"\nMQ = "amqp://guest:guest@localhost:5672/"\nM = "mongodb://<user>:<password>@host/db"\n`, path: 'settings.py' }],
  ['Telegram-shaped values that fail the token structure', { text: `telegram_chat = "1234567:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"\ntelegram_ref = "7087522179:AA0DkBHd8NeYvrEfWQ69XrxGAtNedF794LAxx"\n`, path: 'notify.py' }],
  ['a transaction hash alone on a line', { text: `last tx hash\n0xef6efce297bb5277d156cdc04ea29f9e9dce9e7251b344e27ea458c4e5f022e8\n`, path: 'run.txt' }],
  ['a typed PEM body', { text: `{"key": "${TYPED_PEM}"}\n`, path: 'fixture.json' }],
  ['a typed PEM body, base64-wrapped', { text: `${TYPED_PEM_B64}\n`, path: 'fixture_n' }],
  ['an XML qualified type name under a token name', { text: `telegram_api_token = "ns42:AgencyIdentificationCodeType"\n`, path: 'config.py' }],
  ['a bare Google browser key', { text: `AIzaR4e8Zt1qWvN0yLk2Hs5Jd9Fb3Xc7Mp6Ua-Q\n`, path: 'config.py' }],
  ['a Maps key in a page', { text: `<script src="https://maps.googleapis.com/maps/api/js?key=AIzaR4e8Zt1qWvN0yLk2Hs5Jd9Fb3Xc7Mp6Ua-Q"></script>\n`, path: 'web/index.html' }],
  ['a JWT-shaped value whose header has no alg', { text: `payload = "eyJmb28iOiJiYXIifQ.eyJzdWIiOiJib3QtYjVkNjY1IiwiaWF0IjoxNzMzMzAwMDAwfQ.VldYvH2nYlTPpRUc-xgAxYay_Tek1nzvk"\n`, path: 'bot.py' }],
];

describe('false alarms (all detectors)', () => {
  for (const [what, example] of CASES) {
    it(`reports nothing louder than information for ${what}`, () => {
      const loud = scanWith(DETECTORS, example.text, { path: example.path }).findings.filter((f) => f.severity !== 'info' && f.severity !== 'hint');
      assert.deepStrictEqual(loud.map((f) => `${f.id} ${f.masked}`), []);
    });
  }

  it('reports a Firebase web key as information', () => {
    const [f] = scanWith(DETECTORS, CASES[0][1].text, { path: CASES[0][1].path }).findings;
    assert.strictEqual(f?.id, 'secret/firebase-web-key');
    assert.strictEqual(f.severity, 'info');
  });

  it('reports a bare Google key as information and a Gemini key as a warning', () => {
    const bare = scanWith(DETECTORS, `k = "AIzaR4e8Zt1qWvN0yLk2Hs5Jd9Fb3Xc7Mp6Ua-Q"\n`, { path: 'config.py' }).findings;
    assert.deepStrictEqual(bare.map((f) => `${f.id} ${f.severity}`), ['secret/google-browser-key info']);
    const gemini = scanWith(DETECTORS, `GEMINI_API_KEY = "AIzaR4e8Zt1qWvN0yLk2Hs5Jd9Fb3Xc7Mp6Ua-Q"\n`, { path: 'config.py' }).findings;
    assert.deepStrictEqual(gemini.map((f) => `${f.id} ${f.severity}`), ['secret/google-api-key warning']);
  });
});
