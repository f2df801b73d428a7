import * as assert from 'assert';
import { ALL_DETECTORS, DETECTED_ONLY_RECORDS, envNameFor, EXCHANGE_RECORDS, exchangeFromCcxtId, NAMED_EXCHANGES, type Role } from '../../../../src/engine';
import type { ExchangeRecord } from '../../../../src/exchanges/exchange';
import { EXCHANGES } from '../../../../src/exchanges/registry';

/**
 * Where the client record's env name (what `keyguard check-key` reads) and the engine's proposed name (what a
 * quick fix writes) differ. Alpaca's client reads the official SDK's APCA_* names. (KuCoin's engine name was
 * split at the capital C, KU_COIN_…, which check-key never read: fixed, so it is no longer listed.)
 */
const KNOWN_DIFFERENCES: Record<string, readonly string[]> = {
  alpaca: ['APCA_API_KEY_ID ≠ ALPACA_API_KEY', 'APCA_API_SECRET_KEY ≠ ALPACA_API_SECRET'],
};

describe('exchange detection records', () => {
  it('have unique ids and names, and at least one detector each', () => {
    const ids = NAMED_EXCHANGES.map((r) => r.id);
    const names = NAMED_EXCHANGES.map((r) => r.name);
    assert.deepStrictEqual(ids, [...new Set(ids)]);
    assert.deepStrictEqual(names, [...new Set(names)]);
    assert.deepStrictEqual([...EXCHANGE_RECORDS, ...DETECTED_ONLY_RECORDS].filter((r) => r.detectors.length === 0).map((r) => r.id), []);
  });

  it('hold every detector of their exchange, and only those', () => {
    for (const r of [...EXCHANGE_RECORDS, ...DETECTED_ONLY_RECORDS]) {
      assert.deepStrictEqual(r.detectors.filter((d) => d.exchange !== r.name).map((d) => d.id), [], r.id);
      const elsewhere = ALL_DETECTORS.filter((d) => d.exchange === r.name && !r.detectors.includes(d)).map((d) => d.id);
      assert.deepStrictEqual(elsewhere, [], r.id);
    }
  });

  it('match the client records one to one (same ids, same names)', () => {
    const client = EXCHANGES.map((e) => `${e.id}=${e.name}`).sort();
    const engine = EXCHANGE_RECORDS.map((r) => `${r.id}=${r.name}`).sort();
    assert.deepStrictEqual(engine, client);
  });

  it('propose the env names the client records read (known differences listed)', () => {
    const differences: Record<string, string[]> = {};
    for (const e of EXCHANGES as readonly ExchangeRecord[]) {
      const r = EXCHANGE_RECORDS.find((x) => x.id === e.id)!;
      const fields: Array<[string | undefined, Role]> = [[e.fields.apiKey.env, 'api-key'], [e.fields.secret.env, 'api-secret'], [e.fields.passphrase?.env, 'passphrase']];
      for (const [env, role] of fields) {
        const proposed = envNameFor(r.name, role);
        if (env && env !== proposed) (differences[e.id] ??= []).push(`${env} ≠ ${proposed}`);
      }
    }
    assert.deepStrictEqual(differences, KNOWN_DIFFERENCES);
  });

  it('name an exchange from any ccxt spelling of it', () => {
    for (const r of NAMED_EXCHANGES) assert.strictEqual(exchangeFromCcxtId(r.id), r.name, r.id);
    assert.strictEqual(exchangeFromCcxtId('binanceusdm'), 'Binance');
    assert.strictEqual(exchangeFromCcxtId('pybit'), 'Bybit');
    assert.strictEqual(exchangeFromCcxtId('okex5'), 'OKX');
    assert.strictEqual(exchangeFromCcxtId('gateio'), 'Gate.io');
    assert.strictEqual(exchangeFromCcxtId('NewKraken'), 'Kraken');
    assert.strictEqual(exchangeFromCcxtId('huobi'), 'HTX');
    assert.strictEqual(exchangeFromCcxtId('mexc3'), 'MEXC');
    assert.strictEqual(exchangeFromCcxtId('phemex'), 'Phemex');
  });
});
