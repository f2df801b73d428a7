import * as assert from 'assert';
import { isCiphertext, isPlaceholder, notPathOrUrl } from '../../../../src/engine/judge/validators';
import { scanText } from '../../../../src/engine';

describe('isPlaceholder', () => {
  it('recognises templates and placeholder words', () => {
    for (const v of [
      '${OKX_PASSPHRASE}', '$OKX_PASS', '%OKX_PASS%', '{{ secrets.OKX }}', '{api_key}', '<your-passphrase>', '%s', '%(pass)s',
      '********', 'your_api_key_here', 'yourApiKeyHere', 'YOUR_SECRET', 'insert-key-here', 'test_passphrase', 'my-fake-key',
      'xxxxxxxxxxxx', 'changeme', 'abcdefgh1234', 'key-here-123', '...',
    ]) assert.ok(isPlaceholder(v), v);
  });

  it('keeps real passphrases with symbols or words inside words', () => {
    for (const v of ['Alpha9650%', 'GridBot166$', 'Delta*42!x', 'Tr4d<1ng>!', 'Awesome!Bot', 'WhereverGrid', 'Backtest2024', 'Center2024', 'Q9x!mZ2p7Lw']) {
      assert.ok(!isPlaceholder(v), v);
    }
  });
});

describe('isPlaceholder (keys padded by hand)', () => {
  it('recognises a run of ten of one character inside an otherwise real-looking key', () => {
    assert.ok(isPlaceholder('sk-proj-AAAAAAAAAAAAAAAAAAAAT3BlbkFJAAAAAAAAAAAAAAAAAAAA'));
    assert.ok(isPlaceholder('ghp_Q7c6nD8Dqg0000000000vA9rJHOgY3fy1234'));
    assert.ok(!isPlaceholder('sk-proj-Qm8Zr2Lw5Xv9Nb3Kt7HmT3BlbkFJ1Pd4Fs6Gj0YcRk4Vz9'));
  });
});

describe('isCiphertext (sealed secrets, KMS blobs)', () => {
  it('recognises a sealed secret and a KMS blob, not a shorter base64 value or a base64url session', () => {
    const b64 = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 73 + 19) % 256)).toString('base64').replace(/=+$/, '');
    assert.ok(isCiphertext(`AgB${b64(560)}`));
    assert.ok(isCiphertext(`AQICAHh${b64(120)}`));
    assert.ok(!isCiphertext(`AgB${b64(60)}`));
    assert.ok(!isCiphertext(`AgAAMDkAm0qO9vec5NlkfAnn1_stX4Zkr-uHgJCsLVy7kfoTDSliTH6XyXjKg7BHwX-b3P9C1UjJfnQnux1DvnRk-g02wsH_Vvsel`));
  });
});

describe('isPlaceholder: typed runs', () => {
  it('treats eight x in a row or seven letters in alphabet order as typed, not drawn', () => {
    assert.ok(isPlaceholder('github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'));
    assert.ok(isPlaceholder('sk-ant-api03-q7Lw2Xn9-klmnopqrstuv-Kt4Hm1Pd6Fs3Gj8Yc0Rb5VzQeWq7Lw2Xn9Kt4Hm1Pd6Fs3Gj8Yc0Rb5VzQeW'));
  });
  it('treats a value typed mostly in counting runs of four (abcd, 1234, 9012) as a sample (held-out-15)', () => {
    assert.ok(isPlaceholder('wxyz6789-abcd-1234-efgh-5678ijkl9012'));
    assert.ok(isPlaceholder('abcd1234efgh5678ijkl9012'));
    // Two runs, or runs covering under 60% of the value, are not enough: real keys have an occasional run.
    assert.ok(!isPlaceholder('abcd1234Qm8Zr2Lw5Xv9Nb3Kt7HmT3Blb'));
    assert.ok(!isPlaceholder('a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6'));
  });
  it('keeps random values and a real bearer token\'s leading run of A', () => {
    assert.ok(!isPlaceholder('AAAAAAAAAAAAAAAAAAAAAq7Lw2Xn9Kt4Hm1Pd6Fs3Gj8Yc0Rb5VzQeW'));
    assert.ok(!isPlaceholder('Nr6Xq1Wz4Lp8Kv3Hb7Tm2Sd9Fj5Gc0Ya'));
  });
});

describe('notPathOrUrl', () => {
  it('drops paths, URLs without credentials, file names and relative routes of words', () => {
    for (const v of ['./keys/api.pem', '/etc/bot/secret', 'https://api.example.org/v1', 'secrets.json', 'v1/create_auth_token', 'api/v3/user-data-stream/']) {
      assert.ok(!notPathOrUrl.test(v, undefined as never), v);
    }
  });

  it('keeps key material that happens to hold a slash', () => {
    for (const v of ['q8Zr/Wk2mT9xLp4vB7nC1sD5fG3hJ6kQ', 'kq7vzt2w/lp9xmr4nb8cd1sf5gh3j6k0a2', 'https://bot:Xk7pR2vLw9Qz@db.example.org/trades']) {
      assert.ok(notPathOrUrl.test(v, undefined as never), v);
    }
  });

  it('keeps a route named like a token out of the generic rule', () => {
    const text = "ENDPOINTS = {\n  ws_auth_token: 'v1/create_auth_token',\n}\n";
    assert.deepStrictEqual(scanText(text, { path: 'lib/endpoints.rb' }).findings.map((f) => f.id), []);
  });
});
