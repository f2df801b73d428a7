import * as assert from 'assert';
import { variableOwners } from '../../../src/vault/environment';
import { conflictKey, conflictMessage, envConflicts, linesToComment } from '../../../src/vault/envConflicts';
import type { StoredKeyMeta } from '../../../src/vault/vaultStore';

// Made-up values for these tests.
const VAULT_KEY = 'SJfBTEpgkYDBosnI7kWM5v7kF1h9r8p90WtMnYFTTrMO7fIT0iSTc2MsWcExH7gS';
const ENV_KEY = 'e6ekpXhq1QgCiJDbOMPcPtiTefZCQJS7ZKnmbYr5Il0PK1ghbwl4fxGvMWhFBLCn';
const SECRET = 'S5a3kzJxpbN0mJZntdJ3eQECKZteztrBG7B8KlMAxVbxUfosq5bgfkKQXDiw0GzE';

const vars = { BINANCE_API_KEY: VAULT_KEY, BINANCE_API_SECRET: SECRET, OKX_PASSPHRASE: '2ypxkAi3ng' };
const owners = { BINANCE_API_KEY: 'Grid-Spot', BINANCE_API_SECRET: 'Grid-Spot', OKX_PASSPHRASE: 'Okx-Bot' };

describe('vault and .env conflicts', () => {
  it('reports only variables with a different non-empty value, with masked values and the 0-based line', () => {
    const env = `# bot\nBINANCE_API_KEY=${ENV_KEY}\nBINANCE_API_SECRET="${SECRET}"\nOKX_PASSPHRASE=\nOTHER=${ENV_KEY}\n`;
    const found = envConflicts(vars, owners, [{ path: '.env', text: env }]);
    assert.deepStrictEqual(found, [{
      name: 'BINANCE_API_KEY', label: 'Grid-Spot', file: '.env', line: 1,
      vaultMasked: 'SJfB…H7gS', envMasked: 'e6ek…BLCn', multiline: false,
    }]);
  });

  it('finds conflicts in every env file given, and marks multi-line values', () => {
    const files = [
      { path: '.env', text: `export BINANCE_API_KEY = '${ENV_KEY}'\n` },
      { path: '.env.local', text: `BINANCE_API_SECRET="line one\nline two"\nOKX_PASSPHRASE=o32TFQFXVu # old\n` },
    ];
    const found = envConflicts(vars, owners, files);
    assert.deepStrictEqual(found.map((c) => [c.name, c.file, c.line, c.multiline]), [
      ['BINANCE_API_KEY', '.env', 0, false], ['BINANCE_API_SECRET', '.env.local', 0, true], ['OKX_PASSPHRASE', '.env.local', 2, false],
    ]);
    assert.deepStrictEqual(linesToComment(found, '.env.local'), [2], 'a multi-line value is not commented out');
    assert.deepStrictEqual(linesToComment(found, '.env'), [0]);
  });

  it('names the first conflict with both masked values and never prints a value in full', () => {
    const found = envConflicts(vars, owners, [{ path: '.env', text: `BINANCE_API_KEY=${ENV_KEY}\nBINANCE_API_SECRET=${ENV_KEY}\nOKX_PASSPHRASE=o32TFQFXVu\n` }]);
    const message = conflictMessage(found, 'New terminals');
    assert.strictEqual(message, 'KeyGuard: BINANCE_API_KEY has e6ek…BLCn in .env, SJfB…H7gS in the vault ("Grid-Spot", .env line 1). '
      + 'New terminals get the vault\'s value; a bot that loads .env with override gets the file\'s. Also 2 more: BINANCE_API_SECRET, OKX_PASSPHRASE.');
    for (const v of [VAULT_KEY, ENV_KEY, SECRET, '2ypxkAi3ng', 'o32TFQFXVu']) assert.ok(!message.includes(v), v);
  });

  it('says the values differ when their masks look the same (short values)', () => {
    const found = envConflicts(vars, owners, [{ path: '.env', text: 'OKX_PASSPHRASE=o32TFQFXVu\n' }]);
    assert.match(conflictMessage(found, 'Debug sessions'), /^KeyGuard: OKX_PASSPHRASE has two different values \(both show as …\) \("Okx-Bot", \.env line 1\)\. Debug sessions get/);
    assert.ok(!conflictKey(found[0]).includes('o32TFQFXVu') && !conflictKey(found[0]).includes('2ypxkAi3ng'));
  });

  it('maps each variable to the key that hands it out, the later key winning', () => {
    const meta = (label: string, env: StoredKeyMeta['env']) => ({ id: label, label, exchange: 'binance', env } as StoredKeyMeta);
    assert.deepStrictEqual(variableOwners([meta('A', { apiKey: 'K', secret: 'S' }), meta('B', { apiKey: 'K' })]), { K: 'B', S: 'A' });
  });
});
