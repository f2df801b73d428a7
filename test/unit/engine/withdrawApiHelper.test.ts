import * as assert from 'assert';
import { notApiPlumbing } from '../../../src/engine/detectors/withdraw/apiHelper';

/** The validator on the name `_send_withdraw_api` where it stands in `text`. */
const keeps = (text: string): boolean => {
  const start = text.indexOf('_send_withdraw_api');
  return notApiPlumbing.test('_send_withdraw_api', { text, start, end: start + '_send_withdraw_api'.length, path: 'client.py', kind: 'python' });
};

describe("the withdraw API's plumbing (detectors/withdrawApiHelper)", () => {
  it('reads the literal arguments of the call itself', () => {
    assert.strictEqual(keeps(`r = self._send_withdraw_api('post', 'withdraw.html', signed=True)`), true);
    assert.strictEqual(keeps(`r = self._send_withdraw_api('get', 'withdrawHistory.html')`), false);
  });

  it('reads no arguments when no `(` follows the name (never the text before it)', () => {
    assert.strictEqual(keeps(`go('post', 'withdraw.html')\nhandler = self._send_withdraw_api\n`), false);
    assert.strictEqual(keeps(`go('post', 'withdraw.html')\nhandler = self._send_withdraw_api`), false);
    assert.strictEqual(keeps(`handler = self._send_withdraw_api\nrun('post', 'withdraw.html')`), false);
  });
});
