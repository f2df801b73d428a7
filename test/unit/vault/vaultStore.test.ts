import * as assert from 'assert';
import { environmentFor } from '../../../src/vault/environment';
import { vaultKeysFor } from '../../../src/vault/fromFindings';
import { ageDays, formatAge, rotationWarnings, sharingWarning } from '../../../src/vault/keyHealth';
import { PROFILES, shapeProblem } from '../../../src/vault/profiles';
import { VaultInputError, VaultStore, VaultUnavailableError, type MetaBackend, type SecretBackend } from '../../../src/vault/vaultStore';

/** In-memory SecretStorage; `broken` makes store() throw like a missing keychain. */
class MemorySecrets implements SecretBackend {
  readonly map = new Map<string, string>();
  broken = false;
  async get(k: string) { return this.map.get(k); }
  async store(k: string, v: string) {
    if (this.broken) throw new Error(`no keyring daemon (value ${v})`);
    this.map.set(k, v);
  }
  async delete(k: string) { this.map.delete(k); }
}

/** In-memory Memento that keeps JSON, as globalState does. */
class MemoryMeta implements MetaBackend {
  readonly map = new Map<string, string>();
  get<T>(k: string): T | undefined { const v = this.map.get(k); return v === undefined ? undefined : (JSON.parse(v) as T); }
  async update(k: string, v: unknown) { this.map.set(k, JSON.stringify(v)); }
}

const KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8B';
const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0k';
const KEY2 = 'Q7dyc1nT4oeU6vBf3xGk2mWzR8pLsH5jA9cE0iYtN6uVbK1qZ4rMwX7gJ2hD3fS8';
const DAY = 86_400_000;

function setup(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  const secrets = new MemorySecrets();
  const meta = new MemoryMeta();
  const store = new VaultStore(secrets, meta, () => now);
  return { store, secrets, meta, advance: (days: number) => { now += days * DAY; }, now: () => now };
}

describe('vault store', () => {
  it('stores secrets only in the secret backend and metadata without any secret', async () => {
    const { store, secrets, meta } = setup();
    const m = await store.add({ label: '3Commas-Spot', exchange: 'binance', apiKey: ` ${KEY}\n`, secret: SECRET });
    assert.deepStrictEqual(m.env, { apiKey: 'BINANCE_API_KEY', secret: 'BINANCE_API_SECRET' });
    assert.deepStrictEqual(await store.read(m.id), { apiKey: KEY, secret: SECRET });
    const metaText = [...meta.map.values()].join('\n');
    assert.ok(metaText.includes('3Commas-Spot'));
    assert.ok(!metaText.includes(KEY) && !metaText.includes(SECRET) && !metaText.includes(KEY.slice(0, 12)));
    assert.strictEqual(secrets.map.size, 1);
  });

  it('rejects values of the wrong shape with a message that never quotes them', async () => {
    const { store, secrets } = setup();
    await assert.rejects(store.add({ label: 'bot', exchange: 'binance', apiKey: KEY.slice(0, 40), secret: SECRET }), (e: Error) =>
      e instanceof VaultInputError && /64 letters and digits/.test(e.message) && /40 characters/.test(e.message) && !e.message.includes(KEY.slice(0, 40)));
    await assert.rejects(store.add({ label: 'okx', exchange: 'okx', apiKey: '0f9a2c4e-7b1d-4e8a-9c3f-5d6b7a8e9f01', secret: 'A1B2C3D4E5F60718293A4B5C6D7E8F90' }), /passphrase/);
    assert.strictEqual(secrets.map.size, 0);
  });

  it('accepts a PEM private key as a Binance secret and a Telegram token alone', async () => {
    const { store } = setup();
    const pem = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIGZha2Vfa2V5X2Zvcl90ZXN0c19vbmx5X2Rvbm90dXNl\n-----END PRIVATE KEY-----';
    const ed = await store.add({ label: 'ed', exchange: 'binance', apiKey: KEY, secret: pem.replace(/\n/g, ' ') });
    assert.strictEqual((await store.read(ed.id))?.secret, `${pem}\n`, 'line breaks lost in a one-line input box are restored');
    const t = await store.add({ label: 'alerts', exchange: 'telegram', apiKey: '123456789:AAFakeTokenForTests_0123456789abcde' });
    assert.deepStrictEqual(t.env, { apiKey: 'TELEGRAM_BOT_TOKEN' });
  });

  it('refuses a second key under the same label (one key per tool) and bad env names', async () => {
    const { store } = setup();
    await store.add({ label: 'Grid', exchange: 'binance', apiKey: KEY, secret: SECRET });
    await assert.rejects(store.add({ label: 'grid', exchange: 'binance', apiKey: KEY2, secret: SECRET }), /already stored/);
    await assert.rejects(store.add({ label: 'b', exchange: 'binance', apiKey: KEY2, secret: SECRET, env: { apiKey: '1BAD' } }), /not a valid environment variable/);
    await assert.rejects(store.add({ label: 'c', exchange: 'binance', apiKey: KEY2, secret: SECRET, env: { apiKey: 'X', secret: 'X' } }), /different environment variable names/);
  });

  it('says plainly when the keychain is unavailable, stores nothing and masks the value', async () => {
    const { store, secrets } = setup();
    secrets.broken = true;
    await assert.rejects(store.add({ label: 'bot', exchange: 'binance', apiKey: KEY, secret: SECRET }), (e: Error) =>
      e instanceof VaultUnavailableError && /keychain is not available/.test(e.message) && /nothing was stored/.test(e.message) && !e.message.includes(SECRET) && !e.message.includes(KEY));
    assert.deepStrictEqual(store.list(), []);
  });

  it('rotates under the same label, records the date and forgets the old check', async () => {
    const { store, advance, now } = setup();
    const m = await store.add({ label: 'Grid', exchange: 'binance', apiKey: KEY, secret: SECRET });
    await store.recordCheck(m.id, { level: 'critical', headline: 'Withdrawals are ENABLED' });
    advance(200);
    await assert.rejects(store.rotate(m.id, { apiKey: KEY, secret: SECRET }), /already stored/);
    const r = await store.rotate(m.id, { apiKey: KEY2, secret: SECRET });
    assert.strictEqual(r.label, 'Grid');
    assert.strictEqual(r.rotatedAt, now());
    assert.strictEqual(r.lastCheck, undefined);
    assert.strictEqual((await store.read(m.id))?.apiKey, KEY2);
    assert.strictEqual(store.list().length, 1);
  });

  it('deletes secret and metadata', async () => {
    const { store, secrets } = setup();
    const m = await store.add({ label: 'Grid', exchange: 'binance', apiKey: KEY, secret: SECRET });
    await store.remove(m.id);
    assert.deepStrictEqual(store.list(), []);
    assert.strictEqual(secrets.map.size, 0);
    await assert.rejects(store.remove(m.id), /no longer stored/);
  });

  it('finds one key value stored under two labels', async () => {
    const { store } = setup();
    await store.add({ label: 'A', exchange: 'binance', apiKey: KEY, secret: SECRET });
    await store.add({ label: 'B', exchange: 'binance', apiKey: KEY2, secret: SECRET });
    assert.deepStrictEqual(await store.sharedKeys(), []);
    await store.add({ label: 'C', exchange: 'binance', apiKey: KEY, secret: SECRET });
    const groups = await store.sharedKeys();
    assert.deepStrictEqual(groups, [['A', 'C']]);
    assert.match(sharingWarning(groups) ?? '', /"A" and "C".*its own key/);
  });
});

describe('vault key health', () => {
  it('warns about keys older than the rotation period, counting from the last rotation', async () => {
    const { store, advance, now } = setup();
    const a = await store.add({ label: 'Old', exchange: 'binance', apiKey: KEY, secret: SECRET });
    advance(100);
    await store.add({ label: 'New', exchange: 'binance', apiKey: KEY2, secret: SECRET });
    advance(100);
    assert.strictEqual(ageDays(store.find('Old')!, now()), 200);
    const w = rotationWarnings(store.list(), 180, now());
    assert.strictEqual(w.length, 1);
    assert.match(w[0], /"Old" is 6 months old \(rotate every 180 days\)/);
    await store.rotate(a.id, { apiKey: 'Z'.repeat(64), secret: SECRET });
    assert.deepStrictEqual(rotationWarnings(store.list(), 180, now()), []);
    assert.strictEqual(formatAge(0), 'today');
    assert.strictEqual(formatAge(1), '1 day');
  });
});

describe('vault environment', () => {
  it('maps stored keys to their variables and reports names two keys claim', () => {
    const k = (id: string, apiKey: string) => ({ meta: { id, label: id, exchange: 'binance' as const, env: { apiKey: 'BINANCE_API_KEY', secret: 'BINANCE_API_SECRET' }, createdAt: 0 }, secret: { apiKey, secret: SECRET } });
    assert.deepStrictEqual(environmentFor([k('a', KEY)]), { vars: { BINANCE_API_KEY: KEY, BINANCE_API_SECRET: SECRET }, clashes: [] });
    const both = environmentFor([k('a', KEY), k('b', KEY2)]);
    assert.strictEqual(both.vars.BINANCE_API_KEY, KEY2);
    assert.deepStrictEqual(both.clashes.sort(), ['BINANCE_API_KEY', 'BINANCE_API_SECRET']);
  });
});

describe('vault exchange profiles', () => {
  it('propose distinct env names per exchange and check shapes', () => {
    const names = PROFILES.filter((p) => p.id !== 'other').map((p) => p.apiKey.env);
    assert.strictEqual(new Set(names).size, names.length);
    const binance = PROFILES.find((p) => p.id === 'binance')!;
    assert.strictEqual(shapeProblem(binance.apiKey, KEY), undefined);
    assert.match(shapeProblem(binance.apiKey, 'abc def') ?? '', /spaces/);
    assert.match(shapeProblem(binance.apiKey, '') ?? '', /empty/);
    const other = PROFILES.find((p) => p.id === 'other')!;
    assert.strictEqual(shapeProblem(other.apiKey, 'anything-goes'), undefined);
  });
});

describe('vault entries from moved secrets', () => {
  const none = () => false;
  it('a key and its secret of one exchange become one stored key with their variable names', () => {
    const keys = vaultKeysFor([
      { name: 'BINANCE_API_KEY', value: KEY, findingId: 'secret/binance-api-key', exchange: 'Binance', role: 'api-key' },
      { name: 'BINANCE_API_SECRET_2', value: SECRET, findingId: 'secret/binance-api-secret', exchange: 'Binance', role: 'api-secret' },
    ], 'bot.py', none);
    assert.deepStrictEqual(keys, [{ label: 'bot.py · Binance', exchange: 'binance', apiKey: KEY, secret: SECRET, passphrase: undefined, env: { apiKey: 'BINANCE_API_KEY', secret: 'BINANCE_API_SECRET_2', passphrase: undefined } }]);
  });

  it('values that do not form one key are stored one by one, labels unique', () => {
    const keys = vaultKeysFor([
      { name: 'BINANCE_API_SECRET', value: SECRET, findingId: 'secret/binance-api-secret', exchange: 'Binance', role: 'api-secret' },
      { name: 'ETH_PRIVATE_KEY', value: '0x' + 'ab'.repeat(32), findingId: 'secret/evm-private-key', role: 'private-key' },
      { name: 'TELEGRAM_BOT_TOKEN', value: '123456789:AAFakeTokenForTests_0123456789abcde', findingId: 'secret/telegram-bot-token', role: 'token' },
    ], 'bot.py', (l) => l === 'bot.py · BINANCE_API_SECRET');
    assert.deepStrictEqual(keys.map((k) => [k.label, k.exchange, k.env?.apiKey]), [
      ['bot.py · BINANCE_API_SECRET (2)', 'other', 'BINANCE_API_SECRET'],
      ['bot.py · ETH_PRIVATE_KEY', 'other', 'ETH_PRIVATE_KEY'],
      ['bot.py · Telegram bot', 'telegram', 'TELEGRAM_BOT_TOKEN'],
    ]);
  });
});

describe('vault: storing a key of an unusual shape ("store anyway")', () => {
  it('refuses an unusual shape unless the user accepted it; empty or spaced values are refused either way', async () => {
    const { store } = setup();
    const odd = KEY.slice(0, 40);
    assert.match(shapeProblem(PROFILES.find((p) => p.id === 'binance')!.apiKey, odd) ?? '', /does not look like/);
    assert.strictEqual(shapeProblem(PROFILES.find((p) => p.id === 'binance')!.apiKey, odd, { allowUnusual: true }), undefined);
    assert.match(shapeProblem(PROFILES.find((p) => p.id === 'binance')!.apiKey, 'a b', { allowUnusual: true }) ?? '', /spaces/);
    await assert.rejects(store.add({ label: 'odd', exchange: 'binance', apiKey: odd, secret: SECRET }), VaultInputError);
    const m = await store.add({ label: 'odd', exchange: 'binance', apiKey: odd, secret: SECRET }, { acceptUnusualShape: true });
    assert.deepStrictEqual(await store.read(m.id), { apiKey: odd, secret: SECRET });
    await assert.rejects(store.add({ label: 'empty', exchange: 'binance', apiKey: ' ', secret: SECRET }, { acceptUnusualShape: true }), /empty/);
  });

  it('keeps a failed check as the last check', async () => {
    const { store } = setup();
    const m = await store.add({ label: 'Grid', exchange: 'binance', apiKey: KEY, secret: SECRET });
    const after = await store.recordCheck(m.id, { level: 'failed', headline: 'the exchange did not answer' });
    assert.deepStrictEqual([after.lastCheck?.level, after.lastCheck?.headline], ['failed', 'the exchange did not answer']);
  });
});
