import * as assert from 'assert';
import { CCXT_CTOR } from '../../../src/engine/detectors/ccxt';
import { scanText } from '../../../src/engine';

describe('which exchange a ccxt reference names (detectors/ccxt CCXT_CTOR)', () => {
  it('reads constructors, not hosts or ccxt modules', () => {
    const ex = (t: string) => CCXT_CTOR.exec(t)?.groups?.ex;
    assert.strictEqual(ex('ex = ccxt.binance(cfg)'), 'binance');
    assert.strictEqual(ex('const okx = new ccxt.pro.okx(cfg)'), 'okx');
    assert.strictEqual(ex('see https://docs.ccxt.com/?id=fee-structure'), undefined);
    assert.strictEqual(ex('from ccxt.base.exchange import Exchange'), undefined);
    assert.strictEqual(ex('from ccxt.abstract.woo import ImplicitAPI'), undefined);
  });

  it("names the table's exchange for an implicit call in ccxt's own source", () => {
    const text = '    def withdraw(self, code, amount, address, tag=None, params={}):\n        """\n        :returns dict: a `transaction structure <https://docs.ccxt.com/?id=transaction-structure>`\n        """\n        response = self.v3PrivatePostAssetWalletWithdraw(self.extend(request, params))\n';
    const found = scanText(text, { path: 'woo/ccxt/woo.py' }).findings.filter((f) => f.id === 'withdraw/ccxt-implicit');
    assert.deepStrictEqual(found.map((f) => f.exchange), ['Woo']);
  });
});
