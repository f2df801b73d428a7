import * as assert from 'assert';
import { isStubBody } from '../../../../src/engine/judge/stubFunction';

describe('stub function bodies (judge/stubFunction)', () => {
  it('takes comments, pass, an ellipsis or a not-implemented error for a stub', () => {
    for (const body of ['\n    pass\n', '\n    """Withdraws to the address."""\n    ...\n', ' // TODO ', '\n  throw new Error("not implemented");\n', '\n    raise NotImplementedError("later")\n', '\n    todo!()\n', '']) {
      assert.ok(isStubBody(body), JSON.stringify(body));
    }
  });

  it('takes any code for a body', () => {
    for (const body of ['\n    return ex.withdraw(coin, amount, addr)\n', '\n  // send it\n  await client.withdraw(a);\n', '\n    pass\n    log(x)\n', '\n  throw new Error(`no funds: ${balance}`);\n  pay();\n']) {
      assert.ok(!isStubBody(body), JSON.stringify(body));
    }
  });
});
