import * as assert from 'assert';
import { scanText } from '../../../../src/engine';
import { isStubBody } from '../../../../src/engine/judge/stubFunction';

/** `severity id` of the withdrawal findings. */
const withdrawals = (text: string, path: string) => scanText(text, { path }).findings.filter((f) => f.category === 'withdraw').map((f) => `${f.severity} ${f.id}`);

describe('stub function bodies (judge/stubFunction)', () => {
  it('takes comments, pass, an ellipsis or a not-implemented error for a stub', () => {
    for (const body of ['\n    pass\n', '\n    """Withdraws to the address."""\n    ...\n', ' // TODO ', '\n  throw new Error("not implemented");\n', '\n    raise NotImplementedError("later")\n', '\n    todo!()\n', ' TODO() ', '\n\tpanic("not implemented")\n']) {
      assert.ok(isStubBody(body), JSON.stringify(body));
    }
  });

  it('takes any code for a body', () => {
    for (const body of ['\n    return ex.withdraw(coin, amount, addr)\n', '\n  // send it\n  await client.withdraw(a);\n', '\n    pass\n    log(x)\n', '\n  throw new Error(`no funds: ${balance}`);\n  pay();\n', 'x'.repeat(3000), '\n    #[allow(unused)]\n    pay(a);\n']) {
      assert.ok(!isStubBody(body), JSON.stringify(body));
    }
  });

  it('keeps the call of a helper whose body is on its head line, or whose stub is only an overload', () => {
    const oneLine = `def withdraw_funds(address, amount, network): return exchange.withdraw('ETH', amount, address)\n\nfor w in wallets:\n    withdraw_funds(wallet_address, amount, network)\n`;
    assert.deepStrictEqual(withdrawals(oneLine, 'main.py').filter((f) => f.endsWith('helper-call')), ['warning withdraw/helper-call']);
    const overload = `from typing import overload\n@overload\ndef withdraw_funds(address: str, amount: float, network: str) -> None: ...\ndef withdraw_funds(address, amount, network):\n    exchange.withdraw('ETH', amount, address)\n\nwithdraw_funds(wallet_address, amount, network)\n`;
    assert.ok(withdrawals(overload, 'main.py').includes('warning withdraw/helper-call'));
    const stub = `def withdraw_funds(address, amount, network):\n    # todo\n    pass\n\nwithdraw_funds(wallet_address, amount, network)\n`;
    assert.ok(!withdrawals(stub, 'main.py').includes('warning withdraw/helper-call'));
  });
});
