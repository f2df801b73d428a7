import * as assert from 'assert';
import fc from 'fast-check';
import { isPlaceholder } from '../../../../src/engine/judge/validators';
import { isPublicTestValue } from '../../../../src/engine/judge/publicTestValues';
import { distinctCharacters } from '../../../../src/engine/text/entropy';

// The placeholder test as it was written before its in-place fast paths (word split, runs, word search): the reference.
const WORDS = [
  'your', 'xxxx', 'yyyy', 'zzzz', 'example', 'insert', 'placeholder', 'replace', 'changeme', 'change_me',
  'dummy', 'redacted', 'sample', 'apikey', 'api_key', 'api-key',
  'secret', 'password', 'passphrase', 'keykey', 'abcdef', '123456', 'lorem', 'foobar',
  'paste', 'notreal', 'not_real', 'invalid',
];
const SEGMENTS = new Set(['fake', 'mock', 'stub', 'here', 'todo', 'fixme', 'test', 'some', 'enter', 'put', 'xxx']);
const TEMPLATE = /\$\{|\$\(|^\$[A-Za-z_]|^%[A-Za-z_][A-Za-z0-9_]*%$|\{\{|\{[A-Za-z_][A-Za-z0-9_.-]*\}|<[A-Za-z_][A-Za-z0-9 _.-]*>|%\(?[A-Za-z_]*\)?[sd](?![A-Za-z0-9])|\*\*|…|\.\.\.|^-?1$/;

function reference(value: string): boolean {
  if (value.length === 0 || TEMPLATE.test(value)) return true;
  const v = value.toLowerCase();
  for (let p = 1; p <= 8 && p * 2 <= v.length; p++) {
    let periodic = true;
    for (let i = p; i < v.length && periodic; i++) periodic = v.charCodeAt(i) === v.charCodeAt(i - p);
    if (periodic) return true;
  }
  if (v.length >= 8 && distinctCharacters(v) < 6) return true;
  if (/0123456789|abcdefgh|qwerty/.test(v)) return true;
  let run = 1;
  for (let i = 1; i < v.length; i++) {
    const c = v.charCodeAt(i);
    run = c >= 97 && c <= 122 && c === v.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    if (run >= 7) return true;
  }
  if (/x{8}/.test(v)) return true;
  if (/(.)\1{9}/.test(v.replace(/^a+/, ''))) return true;
  if (WORDS.some((w) => (v.length <= 40 || w.length >= 5) && v.includes(w))) return true;
  return v.length <= 40 && value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).some((w) => SEGMENTS.has(w));
}

const piece = fc.constantFrom(
  'a', 'A', 'aaaa', 'b', 'Q9', 'x7', 'Zt8', 'qW2', '_', '-', '.', '!', '$', ' ', '\n', '\r', '\u2028', 'bbbbb', '1111', 'zzzz',
  'Fake', 'fake', 'FAKE', 'Mock', 'stub', 'Here', 'todo', 'FixMe', 'test', 'Test', 'some', 'Enter', 'put', 'Put', 'xxx', 'XXX',
  'your', 'Your', 'sample', 'SECRET', 'api-key', 'not_real', 'lorem', 'abc', 'klmnop', 'qwerty', 'xxxxx',
  '\u212a', 'İ', 'ß', 'é', 'Ω', '😀',
);

describe('placeholder test fast paths', () => {
  it('answer exactly as the word-splitting reference does (fast-check, ASCII and not)', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }).map((a) => a.join('')), (v) => {
      assert.strictEqual(isPlaceholder(v), reference(v), JSON.stringify(v));
    }), { numRuns: 20000, seed: 7 });
  });

  it('split camel case and non-letters as words did', () => {
    for (const v of ['myFakeKey9Q', 'Q9xTODOz7', 'key_put_Q9', 'aFIXMEb7Q', 'xTestz9Q', 'Q9fakez']) assert.strictEqual(isPlaceholder(v), reference(v), v);
    // The Kelvin sign lower-cases to an ASCII k: such values keep the word split of old.
    assert.strictEqual(isPlaceholder('\u212aFake9Q'), reference('\u212aFake9Q'));
  });

  it('find no public test value in a short ASCII value, and still find the long ones', () => {
    assert.strictEqual(isPublicTestValue('ac0974bec39a17e36ba4a6b4d238ff94'), false);
    assert.strictEqual(isPublicTestValue('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80'), true);
    assert.strictEqual(isPublicTestValue('84842078b09946638c03157f83405213'), true);
  });
});
