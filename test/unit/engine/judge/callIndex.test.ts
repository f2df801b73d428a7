import * as assert from 'assert';
import { callsOf } from '../../../../src/engine/judge/callIndex';
import { functionBody } from '../../../../src/engine/judge/enclosingFunction';
import { lineOf } from '../../../../src/engine/judge/sendShape';
import { releaseTextMemos } from '../../../../src/engine/judge/textMemo';

// Long texts are read through per-text indexes; they must answer exactly as the direct searches of short texts do.
describe('per-text indexes of long texts', () => {
  const helpers = Array.from({ length: 600 }, (_, i) => `function send${i}(to, amount) { return client.sendTransaction({ to, value: amount }) }`);
  const calls = ['send3(a, 1);', 'obj.send3(b, 2);', 'resend3(c, 3);', 'send3 (d, 4);', '$send3(e, 5);', 'send30(f, 6);'];
  const long = `${helpers.join('\n')}\n${calls.join('\n')}\n`;
  after(releaseTextMemos);

  it('finds the same calls of a name as a search of the text would', () => {
    assert.ok(long.length > 20_000);
    const direct = (text: string, name: string) => [...text.matchAll(new RegExp(String.raw`(?<![A-Za-z0-9_$.])${name.replace(/\$/g, '\\$')}[ \t]*\(`, 'g'))].map((m) => m.index);
    for (const name of ['send3', 'send30', 'send599', 'sendTransaction', 'nothere']) {
      assert.deepStrictEqual(callsOf(long, name).map((c) => c.index), direct(long, name), name);
    }
    const at = callsOf(long, 'send3').map((c) => long.slice(c.index, c.open + 1));
    assert.deepStrictEqual(at, ['send3(', 'send3(', 'send3 ('], 'heads, bare and spaced calls; not obj.send3, resend3 or $send3');
    assert.deepStrictEqual(callsOf(calls.join('\n'), 'send3').length, 2, 'a short text is searched directly');
  });

  it('keeps the first 20 calls of a name, as the judges read them', () => {
    const many = `${'x'.repeat(21_000)}\n${'pay(1);\n'.repeat(40)}`;
    assert.strictEqual(callsOf(many, 'pay').length, 20);
    assert.strictEqual(callsOf(many.slice(-400), 'pay').length, 20, 'a short text too');
  });

  it('reads a Ruby method name (`send_eth!`) in a long text as in a short one', () => {
    const ruby = `${'# filler\n'.repeat(2500)}def send_eth!(to, amount)\n  client.eth_send_transaction(to: to, value: amount)\nend\n\ndef withdraw(addr, amt)\n  send_eth!(addr, amt)\nend\n`;
    assert.ok(ruby.length > 20_000);
    assert.deepStrictEqual(functionBody(ruby, 'send_eth!')?.params, ['to', 'amount']);
    assert.strictEqual(callsOf(ruby, 'send_eth!').length, 2, 'its head and its call');
  });

  it('reads a function defined far down a long text, and its line', () => {
    const def = functionBody(long, 'send599')!;
    assert.deepStrictEqual(def.params, ['to', 'amount']);
    assert.match(def.body, /sendTransaction/);
    assert.strictEqual(lineOf(long, long.indexOf('function send599(')), 599);
    assert.strictEqual(lineOf(long, long.length), long.split('\n').length - 1);
    assert.strictEqual(functionBody(long, 'send600'), undefined);
  });
});
