import * as assert from 'assert';
import { KeyCheckError } from '../../../src/exchanges/credentials';
import { ExchangeRequestError } from '../../../src/exchanges/http';
import { verification } from '../../../src/exchanges/liveness';

describe('live, dead or unknown', () => {
  const state = (exchange: Parameters<typeof verification>[0], error: unknown) => verification(exchange, { error }).state;

  it('dead only on each exchange\'s own "no such key" answer', () => {
    assert.deepStrictEqual([
      state('bybit', new KeyCheckError('x', 10003)), state('kraken', new KeyCheckError('x', 'EAPI:Invalid key')),
      state('binance', new KeyCheckError('x', -2014)), state('okx', new KeyCheckError('x', '50111')),
      state('kucoin', new KeyCheckError('x', '400003')), state('gate', new KeyCheckError('x', 'INVALID_KEY')), state('bitget', new KeyCheckError('x', '40006')),
    ], ['dead', 'dead', 'dead', 'dead', 'dead', 'dead', 'dead']);
  });

  it('unknown on ambiguous answers, wrong secrets, clocks, rate limits and network errors; another exchange\'s code is not dead', () => {
    assert.deepStrictEqual([
      state('binance', new KeyCheckError('invalid, IP or permission', -2015)), state('coinbase', new KeyCheckError('x', 401)), state('alpaca', new KeyCheckError('x', '40110000')),
      state('kraken', new KeyCheckError('x', 'EAPI:Invalid signature')), state('okx', new KeyCheckError('x', '50105')), state('bybit', new KeyCheckError('x', 10002)),
      state('okx', new KeyCheckError('x', 10003)), state('kucoin', new KeyCheckError('x')),
      state('binance', new ExchangeRequestError('rate', 'rate-limit')), state('okx', new ExchangeRequestError('down', 'network')), state('gate', new ExchangeRequestError('slow', 'timeout')),
    ], Array(11).fill('unknown'));
    assert.deepStrictEqual(verification('bybit', { error: new KeyCheckError('x', 10003) }).risk, 'ok');
    assert.deepStrictEqual(verification('okx', { error: new ExchangeRequestError('down', 'network') }).risk, 'unknown');
    assert.throws(() => verification('okx', { error: new TypeError('bug') }), TypeError, 'a bug is not an answer about the key');
  });
});
