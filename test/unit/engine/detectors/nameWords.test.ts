import * as assert from 'assert';
import { exchangeCredentialName, exchangeNamedBy, nameWords } from '../../../../src/engine/detectors/exchanges/nameWords';
import { scanText } from '../../../../src/engine';

describe('exchange names in variable names', () => {
  it('splits camel, snake, kebab and upper case names into words', () => {
    assert.deepStrictEqual(nameWords('kucoinAPIToken'), ['kucoin', 'api', 'token']);
    assert.deepStrictEqual(nameWords('KRAKEN_PRIVATE_KEY'), ['kraken', 'private', 'key']);
    assert.deepStrictEqual(nameWords('coinbase-access.token'), ['coinbase', 'access', 'token']);
  });

  it('finds the exchange a name names as a whole word, and none in look-alikes', () => {
    assert.strictEqual(exchangeNamedBy('bitfinexSecret'), 'Bitfinex');
    assert.strictEqual(exchangeNamedBy('coinbase_access_token'), 'Coinbase');
    assert.strictEqual(exchangeNamedBy('GATE_IO_KEY'), 'Gate.io');
    // Regional exchanges (held-out sets: Upbit and Bithumb bots and clients).
    assert.strictEqual(exchangeNamedBy('upbit_secret'), 'Upbit');
    assert.strictEqual(exchangeNamedBy('bithumbApiKey'), 'Bithumb');
    assert.strictEqual(exchangeNamedBy('LUNO_API_SECRET'), 'Luno');
    assert.strictEqual(exchangeNamedBy('lunoxToken'), undefined);
    assert.strictEqual(exchangeNamedBy('gatewayToken'), undefined);
    assert.strictEqual(exchangeNamedBy('GEMINI_API_KEY'), undefined); // Google's LLM, not the exchange
    assert.strictEqual(exchangeNamedBy(undefined), undefined);
  });

  it('accepts an exchange word next to a credential word, in any case style', () => {
    const kucoin = exchangeCredentialName('kucoin');
    for (const n of ['kucoinToken', 'KUCOIN_TOKEN', 'kucoin-access-token', 'myKucoinKey', 'KucoinSecret']) assert.ok(kucoin.test(n), n);
    for (const n of ['kucoinOrderRef', 'KUCOINX_TOKEN', 'kucoinsToken', 'apiToken']) assert.ok(!kucoin.test(n), n);
    assert.ok(!exchangeCredentialName('gate').test('GATEWAY_TOKEN'));
    assert.ok(exchangeCredentialName('gate').test('GATE_TOKEN'));
  });

  it('gives a generic secret the exchange its name names, with that exchange\'s env name', () => {
    const [f] = scanText(`bitfinexSecret := "Qm7Xr2Lp9Vn4Kt8Zw3Hs6Jd1Fb5Gc0Ya"`, { path: 'main.go' }).findings;
    assert.strictEqual(f.exchange, 'Bitfinex');
    assert.strictEqual(f.envName, 'BITFINEX_API_SECRET');
    const [g] = scanText(`gatewaySecret := "Qm7Xr2Lp9Vn4Kt8Zw3Hs6Jd1Fb5Gc0Ya"`, { path: 'main.go' }).findings;
    assert.strictEqual(g.exchange, undefined);
  });
});
