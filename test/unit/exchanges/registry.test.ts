import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from '../../../src/cli/args';
import { resolveBaseUrl } from '../../../src/exchanges/baseUrls';
import type { ExchangeRecord } from '../../../src/exchanges/exchange';
import { CHECKABLE, EXCHANGES, exchangeById, isCheckable, needsPassphrase } from '../../../src/exchanges/registry';
import { PROFILES } from '../../../src/vault/profiles';

describe('exchange registry', () => {
  it('has one record per id, and every preset is on the exchange\'s own HTTPS hosts', () => {
    const ids = EXCHANGES.map((e) => e.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    for (const e of EXCHANGES) {
      for (const [preset, url] of Object.entries(e.presets)) {
        const u = new URL(url);
        assert.strictEqual(u.protocol, 'https:', `${e.id} ${preset}`);
        assert.ok(e.ownHosts.test(u.hostname), `${e.id} ${preset}: ${u.hostname} is not one of its own hosts`);
      }
      assert.ok(e.ownHosts.test(new URL(e.apiManagementUrl).hostname), `${e.id} API management page`);
    }
  });

  it('Alpaca\'s API page is the live account\'s dashboard, not the paper one', () => {
    const alpaca = EXCHANGES.find((e) => e.id === 'alpaca')!;
    assert.strictEqual(alpaca.apiManagementUrl, 'https://app.alpaca.markets/brokerage/dashboard/overview');
  });

  it('a host of another exchange never receives a key', () => {
    for (const e of EXCHANGES) {
      for (const other of EXCHANGES) {
        if (other === e) continue;
        assert.throws(() => resolveBaseUrl(e.id, other.presets.mainnet), /own hosts/, `${e.id} key to ${other.id}`);
      }
    }
  });

  it('checkable exchanges are exactly the records with a check', () => {
    assert.deepStrictEqual([...CHECKABLE], EXCHANGES.filter((e) => 'check' in e).map((e) => e.id));
    assert.ok(isCheckable('okx') && isCheckable('gate') && isCheckable('bitget') && isCheckable('alpaca'));
    assert.deepStrictEqual((EXCHANGES as readonly ExchangeRecord[]).filter((e) => !e.check).map((e) => e.id), [], 'every exchange record has a key check');
    assert.ok(!isCheckable('telegram'));
    assert.ok(needsPassphrase('kucoin') && needsPassphrase('bitget') && !needsPassphrase('binance'));
  });

  it('the vault offers every exchange record with its fields, and knows which can be checked', () => {
    for (const e of EXCHANGES) {
      const p = PROFILES.find((x) => x.id === e.id);
      assert.ok(p, `vault profile for ${e.id}`);
      assert.strictEqual(p.apiKey, e.fields.apiKey);
      assert.strictEqual(p.checkable, isCheckable(e.id) ? e.id : undefined);
    }
  });

  it('check-key reads the environment variables the record names', () => {
    for (const id of CHECKABLE) {
      const a = parseArgs(['check-key', '--exchange', id]);
      assert.strictEqual(a.command, 'check-key');
      if (a.command !== 'check-key') return;
      const { fields } = exchangeById(id);
      assert.deepStrictEqual([a.keyEnv, a.secretEnv, a.passphraseEnv], [fields.apiKey.env, fields.secret.env, fields.passphrase?.env]);
    }
    assert.throws(() => parseArgs(['check-key', '--exchange', 'telegram']), /--exchange must be/);
  });

  it('the manifest\'s base-URL setting names every checkable exchange', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../package.json'), 'utf8'));
    const text: string = pkg.contributes.configuration.properties['keyguard.exchangeBaseUrls'].markdownDescription;
    for (const id of CHECKABLE) assert.ok(text.includes(`\`${id}\``), `package.json's keyguard.exchangeBaseUrls does not name ${id}`);
  });
});
