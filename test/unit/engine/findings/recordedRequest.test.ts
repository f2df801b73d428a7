import * as assert from 'assert';
import { scanText } from '../../../../src/engine';
import { inRecordedRequest } from '../../../../src/engine/findings/recordedRequest';

// Our own cassette shapes (VCR's YAML): a request to a host, its headers as one-item lists, then the response.
const KEY = 'Qm7vX2pL9sT4wR8yZ1nB6cD3fG5hJ0kM2aE4iO6uY8tR1eW3qA5sD7fG9hJ2kL4z';
const cassette = (uri: string, where: 'request' | 'response', value = KEY) => {
  const header = `      X-Mbx-Apikey:\n      - ${value}\n`;
  return `---\nhttp_interactions:\n- request:\n    method: post\n    uri: ${uri}\n    headers:\n      Accept:\n      - "*/*"\n${where === 'request' ? header : ''}  response:\n    status:\n      code: 200\n    headers:\n${where === 'response' ? header : ''}      Content-Type:\n      - application/json\n`;
};
const PATH = 'spec/fixtures/vcr_cassettes/Wallet/creates_subaccount.yml';
/** `severity id` of the secret findings. */
const secrets = (text: string, path = PATH) => scanText(text, { path }).findings.filter((f) => f.category === 'secret').map((f) => `${f.severity} ${f.id}`);

describe('keys recorded in a cassette request (findings/recordedRequest)', () => {
  it('keeps a key a cassette recorded in a request to a real host one level below its severity, with its own note', () => {
    const text = cassette('https://api.binance.com/sapi/v1/broker/subAccount', 'request');
    assert.deepStrictEqual(secrets(text), ['warning secret/binance-api-key']);
    const [f] = scanText(text, { path: PATH }).findings;
    assert.match(f.message, /Recorded in a test cassette's request to a real host/);
    assert.ok(!f.message.includes(KEY), 'the message stays masked');
    // vcrpy names the list `interactions:` and sorts a request's keys: its uri comes after the headers.
    const vcrpy = `interactions:\n- request:\n    body: null\n    headers:\n      X-MBX-APIKEY:\n      - ${KEY}\n    method: GET\n    uri: https://api.binance.com/api/v3/account\n  response:\n    status: {code: 200}\nversion: 1\n`;
    assert.ok(inRecordedRequest(vcrpy, vcrpy.indexOf(KEY)));
    assert.deepStrictEqual(secrets(vcrpy, 'tests/cassettes/test_account.yaml'), ['warning secret/binance-api-key']);
  });

  it('leaves a fixture key at information: a response header, a local or documentation host, a file that is no cassette', () => {
    assert.deepStrictEqual(secrets(cassette('https://api.binance.com/api/v3/account', 'response')), ['info secret/binance-api-key']);
    assert.deepStrictEqual(secrets(cassette('http://localhost:8080/api/v3/account', 'request')), ['info secret/binance-api-key']);
    assert.deepStrictEqual(secrets(cassette('https://api.example.com/v1/order', 'request')), ['info secret/binance-api-key']);
    assert.deepStrictEqual(secrets(cassette('http://192.168.1.20:8080/api/v3/account', 'request')), ['info secret/binance-api-key']);
    // A host with `test` as one of its labels is still a real host.
    assert.ok(inRecordedRequest(cassette('https://api.test.bitso.com/v3/balance', 'request'), cassette('https://api.test.bitso.com/v3/balance', 'request').indexOf(KEY)));
    const plain = `headers:\n  X-Mbx-Apikey:\n  - ${KEY}\n`;
    assert.deepStrictEqual(secrets(plain, 'spec/fixtures/headers.yml'), ['info secret/binance-api-key']);
    assert.ok(!inRecordedRequest(plain, plain.indexOf(KEY)));
  });

  it('leaves a recorded access token at information: such tokens expire, API keys live until deleted', () => {
    const token = 'ghp_' + 'R8kZ2mQ7vX4nL9pT1wB6cY3hD5fG0jS8aU2e';
    const text = cassette('https://api.github.com/repos', 'request').replace(/      X-Mbx-Apikey:\n      - \S+\n/, `      Authorization:\n      - token ${token}\n`);
    const found = scanText(text, { path: PATH }).findings.filter((f) => f.category === 'secret');
    assert.ok(found.length > 0, 'the token is found');
    assert.ok(found.every((f) => f.severity === 'info'), found.map((f) => `${f.severity} ${f.id}`).join());
  });

  it('finds nothing where the recorder filtered the key', () => {
    assert.deepStrictEqual(secrets(cassette('https://api.binance.com/api/v3/account', 'request', '<BINANCE_API_KEY>')), []);
  });
});
