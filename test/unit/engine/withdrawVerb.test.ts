import * as assert from 'assert';
import { isUnknownWithdrawPath } from '../../../src/engine/detectors/withdraw/pathShape';
import { ownVerb, verbAssignedBefore, verbLaterInFunction } from '../../../src/engine/detectors/withdraw/verb';

const fill = (n: number) => '    $h[] = $x;\n'.repeat(n);

describe('the verb of an ambiguous withdrawal path (detectors/withdrawVerb, withdrawPathShape)', () => {
  it('reads the first verb token later in the same function', () => {
    const fn = (verb: string, n: number) => `function f()\n{\n    $resourcePath = '/withdrawals';\n${fill(n)}    return new Request(${verb}, $url);\n}\n`;
    const at = (t: string) => t.indexOf("';") + 1;
    assert.strictEqual(verbLaterInFunction(fn("'POST'", 60), at(fn("'POST'", 60))), 'post');
    assert.strictEqual(verbLaterInFunction(fn('HttpMethod.Delete', 5), at(fn('HttpMethod.Delete', 5))), 'delete');
    assert.strictEqual(verbLaterInFunction(fn("'GET'", 5), at(fn("'GET'", 5))), 'get');
    assert.strictEqual(verbLaterInFunction(fn("'POST'", 90), at(fn("'POST'", 90))), undefined, 'past 80 lines');
    const two = `def a():\n    path = "/withdrawals"\n    return 1\n\ndef b():\n    return call("POST", "/orders")\n`;
    assert.strictEqual(verbLaterInFunction(two, two.indexOf('"\n')), undefined, 'the next function is not this one');
    const calls = `path = "/withdrawals"\nh = headers.get("x")\nr = send("POST", path)\n`;
    assert.strictEqual(verbLaterInFunction(calls, calls.indexOf('"\n')), 'post', 'method calls like .get( are not verbs');
  });

  it('ties a path to the verb of its own call or annotation', () => {
    const at = (t: string) => t.indexOf('/withdrawals') - 1;
    const retro = `@DELETE("api/v1/orders/{id}")\nCall<Void> drop();\n\n@GET("api/v1/withdrawals")\n`;
    assert.strictEqual(ownVerb(retro, at(retro) + 1), 'get', 'the @DELETE above belongs to another method');
    const glued = "return this.deletePrivate(`/withdrawals/${id}`);";
    assert.strictEqual(ownVerb(glued, at(glued) + 1), 'delete');
    const split = "return this.postPrivate(\n  '/withdrawals',\n  body);";
    assert.strictEqual(ownVerb(split, at(split) + 1), 'post', 'the call opened on the line above');
    const closed = "send(headers.get('x'), '/withdrawals', 'POST')";
    assert.strictEqual(ownVerb(closed, at(closed) + 1), undefined, 'a closed .get( call is not the path\'s own');
  });

  it('reads the verb from a request helper\'s name segments, not from any name that holds one', () => {
    const at = (t: string) => t.indexOf('withdrawals');
    for (const [t, v] of [
      ["return self._post('withdrawals', body)", 'post'],
      ["return self._delete('withdrawals/{}'.format(w), True)", 'delete'],
      ['r = _send_post_request(url + "/withdrawals")', 'post'],
      ["return this.post(\n  'withdrawals',\n  body);", 'post'],
      ["r = http_delete('/withdrawals/' + wid)", 'delete'],
    ] as const) assert.strictEqual(ownVerb(t, at(t)), v, t);
    for (const t of ['var r = _defs.GetOrCreate(HttpMethod.Post, host, "api/v1/withdrawals");', 'u = postprocess("/withdrawals")', 'r = self._get_or_post("/withdrawals")']) {
      assert.strictEqual(ownVerb(t, at(t)), undefined, t);
    }
    const later = (call: string) => `def pull(self):\n    url = "/v1/withdraws/krw"\n    hdr = self._sign(body)\n    return ${call}(url, headers=hdr)\n`;
    assert.strictEqual(verbLaterInFunction(later('_send_post_request'), later('_send_post_request').indexOf('"\n')), 'post');
    assert.strictEqual(verbLaterInFunction(later('self._delete'), later('self._delete').indexOf('"\n')), 'delete');
    assert.strictEqual(verbLaterInFunction(later('self._get'), later('self._get').indexOf('"\n')), 'get');
    assert.strictEqual(verbLaterInFunction(later('target'), later('target').indexOf('"\n')), undefined, 'no verb segment in "target"');
  });

  it('reads a method variable assigned above the path, within its function', () => {
    const go = (m: string) => `func (a *S) Pull(ctx context.Context) {\n\tvar (\n\t\tverbMethod = ${m}\n\t)\n\tp := a.base + "/withdrawals"\n`;
    assert.strictEqual(verbAssignedBefore(go('http.MethodPost'), go('http.MethodPost').indexOf('"/w')), 'post');
    assert.strictEqual(verbAssignedBefore(go('strings.ToUpper("Delete")'), go('strings.ToUpper("Delete")').indexOf('"/w')), 'delete');
    const other = `func (a *S) A() {\n\tverbMethod = http.MethodPost\n}\n\nfunc (a *S) B() {\n\tp := a.base + "/withdrawals"\n`;
    assert.strictEqual(verbAssignedBefore(other, other.indexOf('"/w')), undefined, 'another function\'s verb');
  });

  it('tells withdrawal-shaped paths the table does not know', () => {
    for (const p of ['/api/xa/v2/withdrawal', 'https://api.newex.io/v3/wallet/withdraws', '/v2/funds/withdraw/apply', '/private/coin/withdrawal/',
      // A last segment of several words: a withdraw word and no query word (a destination after `to`).
      '/v1/quick-withdraw', '/api/v2/make-withdrawal-to-address', '/v4/bridge_withdraw']) {
      assert.strictEqual(isUnknownWithdrawPath(p), true, p);
    }
    for (const p of ['/payouts/withdrawal', '/v3/wallet/withdraw/history', '/v3/withdrawal-fee', '/api/v1/withdrawals', '/v2/withdrawal/status',
      '/v1/withdraw-list', '/v2/max-withdrawal', '/v3/history-of-withdrawals', '/pay/quick-withdraw']) {
      assert.strictEqual(isUnknownWithdrawPath(p), false, p);
    }
  });
});
