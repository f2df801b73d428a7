import * as assert from 'assert';
import { consentText } from '../../../src/extension/keyCheck/foundKeyConsent';

describe('"Check what this key can do…" consent', () => {
  it('names the host and what travels, with the key masked', () => {
    const key = 'Qm4xTz8vLp2wRk6yHs0jNd3cBf7gVa1eUo5iYt9rXq2nMb6z';
    const okx = consentText('okx', key, 'https://www.okx.com');
    assert.match(okx.message, /^Ask OKX what key \S+…\S+ can do\?$/);
    assert.ok(!okx.message.includes(key) && !okx.detail.includes(key));
    assert.match(okx.detail, /one request to https:\/\/www\.okx\.com\..*the secret stays on this computer.*Nothing is stored/);
    assert.match(consentText('alpaca', key, 'https://api.alpaca.markets').detail, /its secret itself travel/);
  });
});
