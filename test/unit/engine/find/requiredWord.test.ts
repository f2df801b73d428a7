// requiredWord: the literal every match holds, read conservatively (a wrong word would drop real findings).
import * as assert from 'assert';
import { requiredWord } from '../../../../src/engine/find/requiredWord';
import { ALL_DETECTORS } from '../../../../src/engine';
import { parseExample } from '../../exampleParser';

describe('requiredWord', () => {
  it('reads the longest mandatory literal, lowercased', () => {
    assert.strictEqual(requiredWord(/\bPASSWORD[ \t]+'x/g), 'password');
    assert.strictEqual(requiredWord(/foo\.bar[0-9]/g), 'foo.bar');
    assert.strictEqual(requiredWord(/(?:abc|def)ghi/g), 'ghi');
    assert.strictEqual(requiredWord(/(?<v>abcd)e/g), 'abcd');
  });

  it('trusts nothing optional, alternative, looked around or repeated past its first copy', () => {
    assert.strictEqual(requiredWord(/abc|defg/g), undefined);
    assert.strictEqual(requiredWord(/x(?:abcd)?yz/g), undefined);
    assert.strictEqual(requiredWord(/(?<=withdraw)ab/g), undefined);
    assert.strictEqual(requiredWord(/(?!abcd)xy/g), undefined);
    assert.strictEqual(requiredWord(/ab+cdef/g), 'cdef');
    assert.strictEqual(requiredWord(/abc?de/g), undefined);
  });

  it('gives up on escapes it does not read and on Unicode case folding', () => {
    assert.strictEqual(requiredWord(/\x41BCD/g), undefined);
    assert.strictEqual(requiredWord(/(a)\1bcd/g), undefined);
    assert.strictEqual(requiredWord(/secret/giu), undefined);
    assert.strictEqual(requiredWord(/aaaa/g), undefined);
  });

  it('names a word that every example match of every detector holds', () => {
    let matches = 0;
    for (const d of ALL_DETECTORS) {
      for (const p of d.patterns) {
        const word = p.afterAssign ? undefined : requiredWord(p.re);
        if (!word) continue;
        for (const ex of d.examples?.positive ?? []) {
          // Without its ⟦ ⟧ markers: a marker inside a value hides the match.
          const text = parseExample(typeof ex === 'string' ? ex : { text: ex.text, path: ex.path }).text;
          for (const m of text.matchAll(new RegExp(p.re.source, p.re.flags.includes('g') ? p.re.flags : p.re.flags + 'g'))) {
            assert.ok(m[0].toLowerCase().includes(word), `${d.id}: "${word}" not in match ${JSON.stringify(m[0])}`);
            matches++;
          }
        }
      }
    }
    assert.ok(matches > 300, `only ${matches} example matches checked`);
  });
});
