// PEM keys larger than one scan window (4 KB past a keyword line): RSA-8192 and post-quantum keys, and keys
// pasted into logs with a prefix on every line.
import * as assert from 'assert';
import { DETECTORS, scanWith } from '../../../../src/engine';

/** A base64 body of `lines` 64-character lines, from a fixed linear congruential sequence (no real key). */
function body(lines: number, prefix = ''): string {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let x = 20261204;
  const out: string[] = [];
  for (let l = 0; l < lines; l++) {
    let s = '';
    for (let i = 0; i < 64; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      s += B64[(x >> 16) & 63];
    }
    out.push(prefix + s);
  }
  return out.join('\n');
}

describe('PEM private keys longer than a scan window', () => {
  it('finds a 7 KB key whole', () => {
    const text = `-----BEGIN PRIVATE KEY-----\n${body(105)}\n-----END PRIVATE KEY-----\n`;
    const found = scanWith(DETECTORS, text, { path: 'keys/mldsa87.pem' }).findings.filter((f) => f.id === 'secret/pem-private-key');
    assert.deepStrictEqual(found.map((f) => [f.range.startLine, f.range.endLine]), [[0, 106]]);
  });

  it('finds a key printed into a build log, a timestamp before each line', () => {
    const stamp = '2026-11-02 08:14:55 ';
    const text = `${stamp}-----BEGIN PRIVATE KEY-----\n${body(70, stamp)}\n${stamp}-----END PRIVATE KEY-----\n`;
    const found = scanWith(DETECTORS, text, { path: 'build.log' }).findings.filter((f) => f.id === 'secret/pem-private-key');
    assert.deepStrictEqual(found.map((f) => [f.range.startLine, f.range.endLine]), [[0, 71]]);
  });
});
