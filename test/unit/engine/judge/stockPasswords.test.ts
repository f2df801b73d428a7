import * as assert from 'assert';
import { isStockPassword } from '../../../../src/engine/judge/stockPasswords';

describe('stockPasswords', () => {
  it('knows the defaults of tutorials, images and CI services, in any case', () => {
    for (const v of ['postgres', 'ChangeIt', 'passw0rd', 'password123', 'qwerty1', 'qwerty', 'redis', 'guest']) {
      assert.strictEqual(isStockPassword(v), true, v);
    }
  });

  it('takes no chosen or generated password for a stock one', () => {
    for (const v of ['Tr4d3r!2024', 'password-vault-9', 'xk3Lq9Zt', 'rootbeer', 'admin2', 'passwordless']) {
      assert.strictEqual(isStockPassword(v), false, v);
    }
  });
});
