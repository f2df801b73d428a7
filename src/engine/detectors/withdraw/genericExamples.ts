// Examples of the rest-endpoint pattern for withdrawal paths with no API version and no exchange table entry
// (restEndpoint.ts): reported only with a write verb proven on their call or request object (provenVerb.ts).
import type { Example } from '../../defineDetector';
import { code } from './shared';

export const GENERIC_PATH_POSITIVE: readonly Example[] = [
  code(`def pull(self, body):\n    endpoint = "⟦/wallet/create_withdrawal⟧"\n    return self._send_post(endpoint, body)`),
  { text: `err = c.Do("POST", "⟦/wallet/withdraw⟧", body, &out)`, path: 'pull.go' },
  { text: `def confirm(id)\n  path = '⟦/api/coin_withdrawals/{id}/commit⟧'\n  req = Request.new(\n    method: :post,\n    path: path\n  )\nend`, path: 'lib/pull.rb' },
  { text: `return this.http.request({\n  url: \`⟦accounts/\${a}/withdrawals⟧\`,\n  method: Method.POST,\n});`, path: 'src/pull.ts' },
  { text: `class Routes {\n  static final String pull = '⟦/api/withdraw/req⟧';\n}\n\nFuture<Res> pull(Map d) {\n  return post(url: Routes.pull, data: d);\n}`, path: 'lib/pull.dart' },
  { text: `const (\n\tPathPull = "⟦/wallet/withdrawal⟧"\n)\n\nfunc (c *C) Pull(ctx context.Context, r *Req) error {\n\t_, err := c.Post(ctx, PathPull, r)\n\treturn err\n}`, path: 'paths.go' },
  { text: `const data = await this.#postCall('⟦/wallet/withdraw⟧', param);`, path: 'index.js' },
  { text: `let p = format!("⟦wallets/{}/withdrawals⟧", w);\nlet req = Req::new(HttpMethod::Post, &p);`, path: 'src/pull.rs' },
  { text: `url = self._url("⟦/my/coin/withdraw/send⟧")\nreturn await send_post_request(\n    session,\n    url,\n    json=body,\n)`, path: 'pull.py' },
  // A table path whose constant is posted below it (the verb is not in the path's own function).
  { text: `private const string PullPath = "⟦/v1/me/withdraw⟧";\n\npublic Task<R> Pull(P p) {\n    return Post<R>(PullPath, p);\n}`, path: 'Pull.cs' },
  // A constant defined in another file, named path-first, posted.
  { text: `func (c *C) Out(ctx context.Context, r *Req) error {\n\t_, err := c.Post(ctx, ⟦PathWithdraw⟧, r)\n\treturn err\n}`, path: 'wallet.go' },
];

export const GENERIC_PATH_NEGATIVE: readonly Example[] = [
  { text: `app.post('/wallet/withdraw', async (req, res) => { res.json(await q.add(req.body)); });`, path: 'server.js' },
  code(`rows = self._get("/wallet/withdrawals", params)`),
  // A browser page asking its own server; a read helper; a query function that POSTs (APIs that POST every call).
  { text: `const r = await fetch('/account/smart-withdraw', { method: 'POST', body });`, path: 'public/app.js' },
  code(`method_url = "/wallet/withdrawals"\nresp = self._make_get_request(method_url)`),
  { text: `withdrawalHistory(p) {\n  return this.post("/my/withdrawals", p);\n}`, path: 'src/ro.ts' },
  // No verb proven: a verb word in prose; the variable posted is another one; a fee path of one asset.
  code(`r = client.call("/wallet/withdraw")  # post-processing below`),
  code(`path = "/wallet/withdraw"\nother = "/orders"\nr = self._post(other, body)`),
  { text: `var r = Define(HttpMethod.Post, host, "/api/v2/fees/withdrawal/{asset}/");`, path: 'Fees.cs' },
  code(`r = self._post("/wallet/withdraw/history", body)`),
  { text: `func (c *C) Row(ctx context.Context, r *Req) error {\n\t_, err := c.Get(ctx, PathWithdrawDetail, r)\n\treturn err\n}`, path: 'wallet.go' },
  { text: `func (c *C) Rows(ctx context.Context) {\n\tu := c.Host + PathWithdraws\n\tc.hs.Post(u, nil)\n}`, path: 'rows.go' },
  { text: `  fiatWithdrawalHistory(\n    params: P,\n  ): Promise<R> {\n    return this.post("/my/withdrawals", params);\n  }`, path: 'src/ro.ts' },
  { text: `private const string RowsPath = "/v1/me/withdraw";\n\npublic Task<R> Rows() {\n    return Get<R>(RowsPath);\n}`, path: 'Rows.cs' },
];
