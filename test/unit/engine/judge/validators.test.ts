import * as assert from 'assert';
import { isPlaceholder } from '../../../../src/engine/judge/validators';

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
