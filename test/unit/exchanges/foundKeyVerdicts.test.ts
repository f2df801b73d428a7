// The found-key check's answer in the editor: into the key's messages (by the value's hash), a dead key a
// note, a key still live after rotation an error; the report's dates in the user's locale and its links.
import * as assert from 'assert';
import { documentFindings, type Finding } from '../../../src/engine';
import { applyVerdicts, fingerprint, foundKeyVerdict, STILL_LIVE, type FoundKeyVerdict } from '../../../src/extension/diagnostics/applyVerdicts';
import { localDateTime, reportHtml } from '../../../src/extension/keyCheck/reportHtml';
import { judge } from '../../../src/exchanges/verdict';

const KEY = 'qG7tXWOHvhI5mFAlVl';
const SECRET = 'wG7lBHCbC7KGnaMnG3bb4HTRVr9GQKG7tXHW';
const TEXT = `from pybit.unified_trading import HTTP\nsession = HTTP(api_key="${KEY}", api_secret="${SECRET}")\n`;

describe('found-key verdicts in the diagnostics', () => {
  let base: Finding[] = [];
  before(async () => { base = (await documentFindings(TEXT, { path: 'bot.py' })).findings; });
  const findings = (): Finding[] => base;
  const store = (values: string[], v: FoundKeyVerdict) => new Map(values.map((x) => [fingerprint(x), v]));

  it('the fixture has a Bybit key and secret as errors', () => {
    assert.deepStrictEqual(findings().map((f) => [f.role, f.severity, f.exchange]), [['api-key', 'error', 'Bybit'], ['api-secret', 'error', 'Bybit']]);
  });

  it('puts a live answer into both messages and keeps the severity; the store is keyed by a hash, never the value', () => {
    const v = foundKeyVerdict('bybit', { state: 'live', risk: 'critical', permissions: [] }, { exchange: 'Bybit', withdrawals: true, ipRestricted: false, permissions: [], source: 's' }, false, 1);
    const prints = store([KEY, SECRET], v);
    assert.ok([...prints.keys()].every((k) => /^[0-9a-f]{64}$/.test(k) && !k.includes(KEY)));
    const out = applyVerdicts(TEXT, findings(), (p) => prints.get(p));
    assert.deepStrictEqual(out.map((f) => f.severity), ['error', 'error']);
    assert.ok(out.every((f) => f.message.startsWith('Key check: live · withdrawals ENABLED · no IP whitelist. ')));
    assert.strictEqual(out[0].verification?.state, 'live');
  });

  it('a dead key drops to a note that says so; a key still live after rotation is an error that says to delete it', () => {
    const dead = foundKeyVerdict('bybit', { state: 'dead', risk: 'ok', permissions: [], cause: 'invalid-key' }, undefined, true);
    const out = applyVerdicts(TEXT, findings(), (p) => store([KEY], dead).get(p));
    assert.deepStrictEqual(out.map((f) => [f.severity, f.message.startsWith('Key check: dead (rejected as invalid key). ')]), [['info', true], ['error', false]]);
    const live = foundKeyVerdict('bybit', { state: 'live', risk: 'ok', permissions: [] }, undefined, true);
    assert.strictEqual(live.summary, STILL_LIVE);
    const still = applyVerdicts(TEXT, findings().map((f) => ({ ...f, severity: 'warning' as const })), (p) => store([KEY, SECRET], live).get(p));
    assert.ok(still.every((f) => f.severity === 'error' && f.message.startsWith('Old key still live: delete it on the exchange (disabling is not enough). ')));
  });

  it('an unknown answer says why, and never lowers the severity', () => {
    const v = foundKeyVerdict('okx', { state: 'unknown', risk: 'unknown', permissions: [], cause: 'network' });
    const out = applyVerdicts(TEXT, findings(), (p) => store([SECRET], v).get(p));
    assert.deepStrictEqual(out.map((f) => [f.severity, f.message.startsWith('Key check: unknown: network error. ')]), [['error', false], ['error', true]]);
  });
});

describe('key-check report', () => {
  const result = {
    facts: { exchange: 'Binance', withdrawals: true, ipRestricted: false, permissions: ['spot & margin trading'], createdAt: Date.UTC(2026, 0, 15), source: '/sapi/v1/account/apiRestrictions' },
    verdict: judge({ exchange: 'Binance', withdrawals: true, ipRestricted: false, permissions: ['spot & margin trading'], source: 's' }, { now: Date.UTC(2026, 5, 1) }),
    baseUrl: 'https://api.binance.com',
  };

  it('offers Open API Management next to "Delete this key on the exchange", and only links https pages', () => {
    const html = reportHtml(result, 'abcd…wxyz', new Date(Date.UTC(2026, 5, 1, 14, 5)), { locale: 'en-US', apiManagementUrl: 'https://www.binance.com/en/my/settings/api-management' });
    const row = html.split('<tr>').find((r) => r.includes('Delete this key on the exchange'))!;
    assert.match(row, /<a href="https:\/\/www\.binance\.com\/en\/my\/settings\/api-management">Open API Management<\/a>/);
    assert.ok(!reportHtml(result, 'abcd…wxyz', new Date(), { apiManagementUrl: 'javascript:alert(1)' }).includes('<a '));
  });

  it('shows dates in the user\'s locale', () => {
    const at = new Date(Date.UTC(2026, 5, 1, 14, 5));
    const de = reportHtml(result, 'abcd…wxyz', at, { locale: 'de-DE' });
    const us = reportHtml(result, 'abcd…wxyz', at, { locale: 'en-US' });
    assert.ok(de.includes(`Checked ${localDateTime(at, 'de-DE')}`) && us.includes(`Checked ${localDateTime(at, 'en-US')}`));
    assert.notStrictEqual(localDateTime(at, 'de-DE'), localDateTime(at, 'en-US'));
    assert.ok(!de.includes(at.toISOString()));
    assert.match(us, /Created Jan 15, 2026\./);
    assert.strictEqual(localDateTime(at, 'not a locale!'), localDateTime(at, undefined));
  });
});
