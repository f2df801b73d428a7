// Dead, live or unknown from each exchange's own answers (the mock answers as the exchanges do): "dead"
// only where the exchange says it does not know the key; IP refusals, wrong secrets, clocks, rate limits
// and network errors each get their own cause, never "dead".
import * as assert from 'assert';
import { generateKeyPairSync } from 'crypto';
import { checkKey } from '../../../src/exchanges/checkKey';
import type { Credentials } from '../../../src/exchanges/credentials';
import { verification, type KeyVerification } from '../../../src/exchanges/liveness';
import type { CheckableExchange } from '../../../src/exchanges/registry';
import { stateSummary } from '../../../src/exchanges/stateSummary';
import { startMockExchange, type MockAccount, type MockExchange } from '../../mock-exchange/server';

const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const otherEc = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const pem = (k: typeof ec.privateKey) => k.export({ type: 'sec1', format: 'pem' }).toString();
const CB_NAME = 'organizations/f631dd2d-bf93-40a1-a5c2-d891edc799f8/apiKeys/bfbf60f6-ff91-4617-ba26-71e40b998b96';

interface Case {
  exchange: CheckableExchange;
  creds: Credentials;
  /** A key the exchange does not know, with the same secret. */
  unknownKey: string;
  /** A secret that does not belong to the key. */
  wrongSecret: string;
  account: Omit<MockAccount, 'secret' | 'passphrase'>;
  /** What an unknown key is: dead, or unknown when the exchange's answer names no cause. */
  unknownKeyState: 'dead' | 'unknown';
  ipRefusal?: 'ip-rejected' | 'ambiguous';
  clock?: 'clock' | 'live' | 'ambiguous';
}

const CASES: Case[] = [
  { exchange: 'binance', creds: { apiKey: 'ItfQrXCUw019PSE2nf6ereF6kvCWDuZ7QYRFT0rjTU2l2HhvVDKE0DKuLTcpgHcR', secret: 'WPfNhxo9UtuRHcddOXLlloKLE03w2k0XDud3WoSqVv5ZW3Zhl1f1JGMNMOEt9cdo' }, unknownKey: 'WPfNhxo9UtuRHcddOXLlloKLE03w2k0XDud3WoSqVv5ZW3Zhl1f1JGMNMOEt9cdX', wrongSecret: 'ItfQrXCUw019PSE2nf6ereF6kvCWDuZ7QYRFT0rjTU2l2HhvVDKE0DKuLTcpgHcX', account: {}, unknownKeyState: 'unknown', ipRefusal: 'ambiguous', clock: 'live' },
  { exchange: 'bybit', creds: { apiKey: 'iXDtw7tP9GwnfNBsIj', secret: 'r9GQKG7tXHWOqlrhuXkJGgiuZhMCuYIqRinA' }, unknownKey: 'JOdm7iWP0FbMeHbjB3', wrongSecret: 'HvhI5mFAlVlwG7lBHCbC7KGnaMnG3bb4HTRV', account: {}, unknownKeyState: 'dead', ipRefusal: 'ip-rejected', clock: 'clock' },
  { exchange: 'okx', creds: { apiKey: 'f631dd2d-bf93-40a1-a5c2-d891edc799f8', secret: 'e1ad0d27226bea3a03e368d0aa96c043', passphrase: 'Okx-pass-7731' }, unknownKey: 'bfbf60f6-ff91-4617-ba26-71e40b998b96', wrongSecret: 'e2e02c64434b97c8377927b03490ef64', account: {}, unknownKeyState: 'dead', clock: 'clock' },
  { exchange: 'kraken', creds: { apiKey: 'BWVw6keAl+6sn4rtqPweD868qq63raA7Iur81AZN/BAm/2Br/Bfb/91G', secret: 'QLfiqCdtVkLvLPM5aVY7XGDZ7uS4h+J9dAjUmDmvyQN7c4Vy0jPViwiPI0Myz1PiqkbODiFwRam8Au9/HXf7YA==' }, unknownKey: 'BWVw6keAl+6sn4rtqPweD868qq63raA7Iur81AZN/BAm/2Br/Bfb/91X', wrongSecret: Buffer.from('not-the-kraken-private-key'.repeat(3)).toString('base64'), account: {}, unknownKeyState: 'dead' },
  { exchange: 'kucoin', creds: { apiKey: 'd390741d7007cb04f674cbc2', secret: 'f631dd2d-bf93-40a1-a5c2-d891edc799f8', passphrase: 'Kc-pass-2290' }, unknownKey: '08381a91687d136180f69801', wrongSecret: 'bfbf60f6-ff91-4617-ba26-71e40b998b96', account: {}, unknownKeyState: 'dead', ipRefusal: 'ip-rejected', clock: 'clock' },
  { exchange: 'coinbase', creds: { apiKey: CB_NAME, secret: pem(ec.privateKey) }, unknownKey: CB_NAME.replace('b96', 'b97'), wrongSecret: pem(otherEc.privateKey), account: { publicKeyPem: ec.publicKey.export({ type: 'spki', format: 'pem' }).toString() }, unknownKeyState: 'unknown', clock: 'ambiguous' },
  { exchange: 'gate', creds: { apiKey: 'e1ad0d27226bea3a03e368d0aa96c043', secret: '384c850db8f7fbb6f3957bed478c7fb5d04fc50f4fa7d727b659add87511ca06' }, unknownKey: 'e2e02c64434b97c8377927b03490ef64', wrongSecret: '384c850db8f7fbb6f3957bed478c7fb5d04fc50f4fa7d727b659add87511ca07', account: {}, unknownKeyState: 'dead', ipRefusal: 'ip-rejected', clock: 'clock' },
  { exchange: 'bitget', creds: { apiKey: 'bg_e2e02c64434b97c8377927b03490ef64', secret: '384c850db8f7fbb6f3957bed478c7fb5d04fc50f4fa7d727b659add87511ca06', passphrase: 'Bg-pass-5510' }, unknownKey: 'bg_e1ad0d27226bea3a03e368d0aa96c043', wrongSecret: '384c850db8f7fbb6f3957bed478c7fb5d04fc50f4fa7d727b659add87511ca07', account: {}, unknownKeyState: 'dead', ipRefusal: 'ip-rejected', clock: 'clock' },
  { exchange: 'alpaca', creds: { apiKey: 'PK7I3QQ8LGRYYBL4ISVQ', secret: 'hzaSL6DLx2Y9Kzqu21JfMHdDKzWbFrsxs6iVpA4q' }, unknownKey: 'PK7I3QQ8LGRYYBL4ISVX', wrongSecret: 'hzaSL6DLx2Y9Kzqu21JfMHdDKzWbFrsxs6iVpA4X', account: {}, unknownKeyState: 'unknown' },
];

/** Checks one key against a mock and classifies the outcome. */
async function verify(c: Case, mock: MockExchange, creds: Credentials, maxRetryAfterMs?: number): Promise<KeyVerification> {
  const outcome = await checkKey(c.exchange, creds, { baseUrl: mock.url, allowLoopback: true, net: { timeoutMs: 5000, maxRetryAfterMs } })
    .then((result) => ({ result }), (error: unknown) => ({ error }));
  return verification(c.exchange, outcome);
}

const brief = (v: KeyVerification) => [v.state, v.cause];

describe('dead, live or unknown from each exchange\'s answers', function () {
  this.timeout(30_000);

  for (const c of CASES) {
    it(`${c.exchange}: live with its secret; an unknown key is ${c.unknownKeyState}; a wrong secret is never dead`, async () => {
      const mock = await startMockExchange({ [c.creds.apiKey]: { ...c.account, secret: c.creds.secret, passphrase: c.creds.passphrase } });
      try {
        assert.deepStrictEqual(brief(await verify(c, mock, c.creds)), ['live', undefined]);
        const unknown = await verify(c, mock, { ...c.creds, apiKey: c.unknownKey });
        assert.deepStrictEqual(brief(unknown), c.unknownKeyState === 'dead' ? ['dead', 'invalid-key'] : ['unknown', 'ambiguous']);
        const wrong = await verify(c, mock, c.exchange === 'coinbase' ? { ...c.creds, secret: c.wrongSecret } : { ...c.creds, secret: c.wrongSecret });
        assert.strictEqual(wrong.state, 'unknown');
        assert.ok(wrong.cause === 'wrong-credentials' || wrong.cause === 'ambiguous', `${c.exchange}: ${wrong.cause}`);
      } finally {
        await mock.close();
      }
    });

    if (c.ipRefusal) {
      it(`${c.exchange}: an IP refusal is unknown (${c.ipRefusal}), not dead`, async () => {
        const mock = await startMockExchange({ [c.creds.apiKey]: { ...c.account, secret: c.creds.secret, passphrase: c.creds.passphrase, scenario: 'ip-rejected' } });
        try {
          assert.deepStrictEqual(brief(await verify(c, mock, c.creds)), ['unknown', c.ipRefusal]);
        } finally {
          await mock.close();
        }
      });
    }

    if (c.clock) {
      it(`${c.exchange}: a clock 10 minutes off is ${c.clock === 'live' ? 'corrected (live)' : `unknown (${c.clock})`}, not dead`, async () => {
        const mock = await startMockExchange({ [c.creds.apiKey]: { ...c.account, secret: c.creds.secret, passphrase: c.creds.passphrase } }, 600_000);
        try {
          assert.deepStrictEqual(brief(await verify(c, mock, c.creds)), c.clock === 'live' ? ['live', undefined] : ['unknown', c.clock]);
        } finally {
          await mock.close();
        }
      });
    }
  }

  it('every exchange: no answer at all (network error) is unknown, not dead', async () => {
    const mock = await startMockExchange({});
    await mock.close();
    for (const c of CASES) assert.deepStrictEqual(brief(await verify(c, mock, c.creds)), ['unknown', 'network'], c.exchange);
  });

  it('a rate limit is unknown (rate-limited), not dead', async () => {
    const c = CASES[0];
    const mock = await startMockExchange({ [c.creds.apiKey]: { secret: c.creds.secret, scenario: 'rate-limit' } });
    try {
      assert.deepStrictEqual(brief(await verify(c, mock, c.creds, 0)), ['unknown', 'rate-limit']);
    } finally {
      await mock.close();
    }
  });

  it('summarises each answer in one line for the editor', () => {
    assert.strictEqual(stateSummary({ state: 'live', risk: 'critical', permissions: [] }, { withdrawals: true, ipRestricted: false }), 'live · withdrawals ENABLED · no IP whitelist');
    assert.strictEqual(stateSummary({ state: 'live', risk: 'ok', permissions: [] }, { withdrawals: false, ipRestricted: true }), 'live · withdrawals off · IP whitelist');
    assert.strictEqual(stateSummary({ state: 'live', risk: 'warning', permissions: [] }, {}), 'live · withdrawals unknown · IP whitelist unknown');
    assert.strictEqual(stateSummary({ state: 'dead', risk: 'ok', permissions: [], cause: 'invalid-key' }), 'dead (rejected as invalid key)');
    assert.strictEqual(stateSummary({ state: 'unknown', risk: 'unknown', permissions: [], cause: 'network' }), 'unknown: network error');
    assert.strictEqual(stateSummary({ state: 'unknown', risk: 'unknown', permissions: [], cause: 'rate-limit' }), 'unknown: rate-limited');
    assert.match(stateSummary({ state: 'unknown', risk: 'unknown', permissions: [], cause: 'ip-rejected' }), /^unknown: IP-restricted/);
    assert.match(stateSummary({ state: 'unknown', risk: 'unknown', permissions: [], cause: 'clock' }), /^unknown: this computer's clock is off$/);
    assert.strictEqual(stateSummary({ state: 'unknown', risk: 'unknown', permissions: [], cause: 'other', reason: 'Bitget (40014): no Spot read' }), 'unknown: Bitget (40014): no Spot read');
  });
});
