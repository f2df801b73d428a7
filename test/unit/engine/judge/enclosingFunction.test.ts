import * as assert from 'assert';
import { enclosingName, functionBody } from '../../../../src/engine/judge/enclosingFunction';

describe('function heads and bodies (judge/enclosingFunction)', () => {
  it('ends a Python body before its dedent line, comments aside', () => {
    const text = `def pay(key, to_addr, amt):\n    s = sign(key)\n# a note at column 0\n    return send(s)\n\npay(KEY, dest, 1)\n`;
    const def = functionBody(text, 'pay')!;
    assert.deepStrictEqual(def.params, ['key', 'to_addr', 'amt']);
    assert.ok(def.body.includes('return send(s)'));
    assert.ok(!def.body.includes('pay(KEY'));
    assert.ok(text.indexOf('pay(KEY') >= def.end);
  });

  it('ends a brace body at its closing brace, strings and nested blocks aside', () => {
    const text = `function sendAll(to, n) {\n  if (n) { log("}"); }\n  return wallet.sendTransaction({ to, value: n });\n}\nfunction next() {\n  other.sendTransaction(tx);\n}`;
    const def = functionBody(text, 'sendAll')!;
    assert.deepStrictEqual(def.params, ['to', 'n']);
    assert.ok(def.body.includes('wallet.sendTransaction'));
    assert.ok(!def.body.includes('other.sendTransaction'));
  });

  it('reads Go receivers, arrow functions and a missing definition', () => {
    assert.ok(functionBody(`func (c *Client) Pay(to string) error {\n\treturn c.send(to)\n}\n`, 'Pay')!.body.includes('c.send(to)'));
    const arrow = functionBody(`const pay = async (to) => client.send(to);\nnext();`, 'pay')!.body;
    assert.ok(arrow.includes('client.send(to)') && !arrow.includes('next'));
    assert.strictEqual(functionBody(`pay(to)`, 'pay'), undefined);
  });

  it('names the function a line sits in: Python by indentation, others by a less indented head', () => {
    const py = `def withdraw_all():\n    pass\n\nif __name__ == "__main__":\n    push(payee)\n`;
    assert.strictEqual(enclosingName(py, py.indexOf('push'), true), undefined);
    const inPy = `class Bot:\n    def withdraw_all(self):\n        if ok:\n            push(payee)\n`;
    assert.strictEqual(enclosingName(inPy, inPy.indexOf('push'), true), 'withdraw_all');
    const js = `async function withdrawAll(user) {\n  push(user);\n}\n\npush(payee);\n`;
    assert.strictEqual(enclosingName(js, js.indexOf('push'), false), 'withdrawAll');
    assert.strictEqual(enclosingName(js, js.lastIndexOf('push'), false), undefined);
  });

  it('reads heads and extents as functionSpans does: a class field arrow with its parameters on the next lines, Ruby by indentation', () => {
    const field = `class Client {
  withdrawAll = async (
    amount?: number,
  ): Promise<R> => {
    if (amount) {
      return this.calls.withdrawAllCall(amount);
    }
  };
}
this.calls.withdrawAllCall(1);
`;
    assert.strictEqual(enclosingName(field, field.indexOf('this.calls'), false), 'withdrawAll');
    assert.strictEqual(enclosingName(field, field.lastIndexOf('this.calls'), false), undefined, 'after the closing brace');
    const total = `const total = (
  a + b
);
pay(total);
`;
    assert.strictEqual(enclosingName(total, total.indexOf('pay('), false), undefined, 'a parenthesised value is no function');
    const rb = `def payout(to)
  client.send(to)
end

payout(ADDR)
`;
    assert.strictEqual(enclosingName(rb, rb.indexOf('client.send'), true), 'payout');
    assert.strictEqual(enclosingName(rb, rb.lastIndexOf('payout('), true), undefined);
    // Python parameters one a line, closed at the head's indent (black's style): the body follows.
    const black = `def pay_out(\n    to,\n    amount,\n) -> str:\n    return client.send(to, amount)\n\npay_out(ADDR, 1)\n`;
    assert.strictEqual(enclosingName(black, black.indexOf('client.send'), true), 'pay_out');
    assert.ok(functionBody(black, 'pay_out')!.body.includes('client.send(to, amount)'));
    assert.strictEqual(enclosingName(black, black.lastIndexOf('pay_out('), true), undefined);
  });
});
