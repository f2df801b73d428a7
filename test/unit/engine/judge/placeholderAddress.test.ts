// isPlaceholderAddress: written-out stand-in EVM addresses, which a send to is no payment to a fixed payee.
import * as assert from 'assert';
import { ADDRESS_LITERAL, isPlaceholderAddress } from '../../../../src/engine/judge/onchainRisk';

describe('placeholder addresses (judge/onchainRisk)', () => {
  it('takes one digit repeated, with one other at either end', () => {
    assert.ok(isPlaceholderAddress(`"0x${'2'.repeat(40)}"`));
    assert.ok(isPlaceholderAddress(`'0x1${'0'.repeat(39)}'`));
    assert.ok(isPlaceholderAddress(`"0x${'0'.repeat(39)}1"`));
  });

  it('leaves real addresses, 39 digits and unquoted text', () => {
    assert.ok(!isPlaceholderAddress('"0x52908400098527886E0F7030069857D2E4169EE7"'));
    assert.ok(!isPlaceholderAddress(`"0x${'0'.repeat(39)}"`));
    assert.ok(!isPlaceholderAddress(`"0x1${'0'.repeat(38)}1"`));
    assert.ok(!isPlaceholderAddress(`0x${'2'.repeat(40)}`));
  });

  it('keeps ADDRESS_LITERAL free of capture groups, so its source can be reused', () => {
    assert.strictEqual(new RegExp(`${ADDRESS_LITERAL.source}|()`).exec('')!.length, 2);
  });
});
