import * as assert from 'assert';
import { fillExchange, fillMessage } from '../../../../src/engine/find/messageTemplate';

/** What the scanner did before: three chained global replaces. */
function chained(template: string, exchange: string, masked: string, name: string): string {
  return template.replace(/\{exchange\}/g, exchange).replace(/\{masked\}/g, masked).replace(/\{name\}/g, name);
}

describe('message templates', () => {
  it('fill exactly as chained replaces do, also for values with $ patterns and braces', () => {
    const templates = [
      'Value {masked} assigned to {name} looks like a real credential.',
      '{exchange} API secret {masked} is hard-coded.',
      'No placeholders at all.',
      '{name}{masked}{exchange}{name}',
      'A stray { brace before {masked}',
      'Braces {{masked}} and {unknown} {name}',
    ];
    const values = ['Binance', 'AB$&…$1yz', '$$', "$'", '$`', '{name}', '{masked}', 'name}', '…', 'api_secret', ''];
    for (const t of templates) {
      for (const ex of values) for (const masked of values) for (const name of values) {
        assert.strictEqual(fillMessage(t, ex, masked, name), chained(t, ex, masked, name), `${t} / ${ex} / ${masked} / ${name}`);
      }
    }
  });

  it('fill the exchange into advice, and leave advice without one as it is', () => {
    assert.strictEqual(fillExchange('Revoke it on {exchange} now; {exchange} support helps.', 'OKX'), 'Revoke it on OKX now; OKX support helps.');
    assert.strictEqual(fillExchange('Revoke it on {exchange}.', '$&x'), 'Revoke it on {exchange}x.');
    assert.strictEqual(fillExchange('Move it to an environment variable.', 'OKX'), 'Move it to an environment variable.');
  });
});
