import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run, type RunEnv } from '../../../src/cli/run';

/** Temp folders made by the tests, removed after them. */
const made: string[] = [];
after(() => { for (const d of made) fs.rmSync(d, { recursive: true, force: true }); });

/** A temp folder with the given files. */
function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyguard-paths-'));
  made.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const env = (cwd: string): RunEnv => ({ cwd, isTTY: false, noColor: true, version: '9.9.9' });

interface JsonFinding { path: string; id: string; line: number; severity: string }

/** The withdraw findings of a JSON scan, as `path:line id severity`. */
async function withdrawFindings(dir: string, jobs: string): Promise<string[]> {
  const out = JSON.parse((await run(['scan', '--format', 'json', '--jobs', jobs], env(dir))).stdout) as { findings: JsonFinding[] };
  return out.findings.filter((f) => f.id.startsWith('withdraw/')).map((f) => `${f.path}:${f.line} ${f.id} ${f.severity}`).sort();
}

const API = "export const API = {\n  TRANSFERS: '/api/transfers',\n  SEND: '/api/transfers/send',\n  OFFRAMP: '/api/transfers/offramp',\n};\n";
const SERVICE = "import { API } from '../common/api';\n\nexport class PayoutService {\n  async toWallet(body) {\n    return this.http.post(API.SEND, body, this.auth());\n  }\n\n  async history(page) {\n    return this.http.get(API.TRANSFERS, { params: { page } });\n  }\n}\n";

describe('keyguard CLI: path constants across files', () => {
  it('reports the POST of another file\'s send path, its definition, and a caller of the posting function, the same with one job or several', async () => {
    const dir = workspace({
      'src/common/api.ts': API,
      'src/payout/payout.service.ts': SERVICE,
      'src/bot/pay.handler.ts': "import { PayoutService } from '../payout/payout.service';\n\nexport async function onPay(ctx, svc) {\n  await svc.toWallet({ walletAddress: ctx.to, amount: ctx.amount });\n}\n",
    });
    for (const jobs of ['1', '2']) {
      assert.deepStrictEqual(await withdrawFindings(dir, jobs), [
        'src/bot/pay.handler.ts:4 withdraw/wrapper-call warning',
        'src/common/api.ts:3 withdraw/rest-endpoint warning',
        'src/payout/payout.service.ts:5 withdraw/rest-endpoint warning',
      ], `--jobs ${jobs}`);
    }
    const out = JSON.parse((await run(['scan', '--format', 'json'], env(dir))).stdout) as { findings: Array<JsonFinding & { message: string }> };
    const message = (p: string) => out.findings.find((f) => f.path === p && f.id === 'withdraw/rest-endpoint')?.message;
    assert.strictEqual(message('src/common/api.ts'), 'Withdrawal endpoint SEND: another file of the workspace posts it.');
    assert.strictEqual(message('src/payout/payout.service.ts'), 'Withdrawal endpoint SEND (api.ts:3) posted here.');
  });

  it('reports a Rust constant posted in another file and keeps the constants only read silent', async () => {
    const dir = workspace({
      'src/constant.rs': 'pub const URL_SERVER: &str = "https://api.example.com";\npub const WITHDRAW_INFO: &str = "/v1/withdraw";\npub const WITHDRAW_KRW: &str = "/v1/withdraws/krw";\n',
      'src/api/krw.rs': 'use crate::constant::{URL_SERVER, WITHDRAW_KRW};\n\npub async fn pull_krw(p: Params) -> Result<Receipt, ApiError> {\n    let url = format!("{}{}", URL_SERVER, WITHDRAW_KRW);\n    request_post(url, sign(&p)?, p).await\n}\n',
      'src/api/info.rs': 'use crate::constant::{URL_SERVER, WITHDRAW_INFO};\n\npub async fn info(uuid: &str) -> Result<Info, ApiError> {\n    let url = format!("{}{}?uuid={}", URL_SERVER, WITHDRAW_INFO, uuid);\n    request_get(url, sign_query(uuid)?).await\n}\n',
    });
    const found = await withdrawFindings(dir, '1');
    assert.ok(found.includes('src/constant.rs:3 withdraw/rest-endpoint warning'), found.join('\n'));
    assert.ok(!found.some((f) => f.startsWith('src/constant.rs:2') || f.startsWith('src/api/info.rs')), found.join('\n'));
  });

  it('links nothing for a name two files give different paths, or a constant only read', async () => {
    const dir = workspace({
      'src/common/api.ts': API,
      'src/chat/api.ts': "export const API = {\n  SEND: '/api/chat/messages/send',\n};\n",
      'src/payout/send.ts': "import { API } from '../common/api';\n\nexport const pay = (http, b) => http.post(API.SEND, b);\n",
      'src/payout/list.ts': "import { API } from '../common/api';\n\nexport const list = (http) => http.get(API.OFFRAMP);\n",
    });
    assert.deepStrictEqual(await withdrawFindings(dir, '1'), []);
  });

  it('links each template-cloned connector to the constants file in its own folder', async () => {
    const client = (n: string) => `from .consts import *\n\n\nclass Funding${n}(Client):\n    def coin_withdraw(self, ccy, amt, to_addr):\n        params = {'ccy': ccy, 'amt': amt, 'toAddr': to_addr}\n        return self._request_with_params(POST, WITHDRAWAL_COIN, params)\n`;
    const dir = workspace({
      'OKEX/okex/consts.py': "POST = 'POST'\nWITHDRAWAL_COIN = '/api/v5/asset/withdrawal'\n",
      'OKEX/okex/funding.py': client('Okx'),
      'XT/xt/consts.py': "POST = 'POST'\n\nWITHDRAWAL_COIN = '/v4/withdraw'\n",
      'XT/xt/funding.py': client('Xt'),
      'main.py': 'from OKEX.okex import consts\n\nprint(WITHDRAWAL_COIN)\n',
    });
    assert.deepStrictEqual(await withdrawFindings(dir, '2'), [
      'OKEX/okex/consts.py:2 withdraw/rest-endpoint warning',
      'OKEX/okex/funding.py:7 withdraw/rest-endpoint warning',
      'XT/xt/consts.py:3 withdraw/rest-endpoint warning',
      'XT/xt/funding.py:7 withdraw/rest-endpoint warning',
    ]);
  });
});
