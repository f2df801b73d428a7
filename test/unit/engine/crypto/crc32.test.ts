import * as assert from 'assert';
import { base62, crc32, githubTokenChecksumValid } from '../../../../src/engine/crypto/crc32';

describe('crc32 and GitHub token checksums', () => {
  it('computes the IEEE CRC-32 (zlib\'s)', () => {
    assert.strictEqual(crc32(''), 0);
    assert.strictEqual(crc32('123456789'), 0xcbf43926);
  });

  it('writes base62 with digits, then upper, then lower case, zero-padded', () => {
    assert.strictEqual(base62(0, 6), '000000');
    assert.strictEqual(base62(61, 2), '0z');
    assert.strictEqual(base62(62, 2), '10');
  });

  it('accepts a token whose last six characters are its random part\'s checksum, and nothing else', () => {
    assert.ok(githubTokenChecksumValid('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'));
    assert.ok(!githubTokenChecksumValid('ghp_F14L6deGMt3mJt2IsSEtx7ehxr1Wgu1fsspY'));
    assert.ok(!githubTokenChecksumValid('ghp_F14L6deGMt3mJt2IsSEtx7ehxr1Wgu1fssp'));
    assert.ok(!githubTokenChecksumValid('github_pat_F14L6deGMt3mJt2IsSEtx7ehxr1Wgu1fsspX'));
  });
});
