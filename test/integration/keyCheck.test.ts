import * as assert from 'assert';
import * as vscode from 'vscode';
import { startMockExchange, type MockExchange } from '../mock-exchange/server';
import { activateKeyGuard } from './helpers';

const SECRET = '7YtT3EhOhzX3N9tnKqZaHjiDIgnAKRAFzll9793aQf02twE5p4fQ0DvUWOIf3mXN';
const SAFE = 'u6WRx81a6Zx92Z04OA2t7sFSWcjxWPxBXC55IyqREMOXCh3uYIm8RNVUIIXgm3nX';
const WITHDRAW = 'GaqlSEdCwdil7oxLVUB431glm72e9n4FBe5Gs2a0c92l7cZdvMRtsW6mMTDlKfhv';

interface Outcome {
  result?: { verdict: { level: string; items: Array<{ rule: string; level: string }> }; facts: { withdrawals?: boolean } };
  error?: string;
}

/** Resolves when a tab whose label satisfies `test` exists, waiting on tab events. */
function tabOpened(test: (label: string) => boolean, timeoutMs = 15_000): Promise<void> {
  const has = () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => test(t.label)));
  return new Promise((resolve, reject) => {
    if (has()) return resolve();
    const timer = setTimeout(() => { sub.dispose(); reject(new Error('report panel did not open')); }, timeoutMs);
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (has()) { clearTimeout(timer); sub.dispose(); resolve(); }
    });
  });
}

describe('Check API Key command', function () {
  this.timeout(60_000);
  let mock: MockExchange;

  before(async () => {
    await activateKeyGuard();
    mock = await startMockExchange({
      [SAFE]: { secret: SECRET, restrictions: { ipRestrict: true } },
      [WITHDRAW]: { secret: SECRET, restrictions: { enableWithdrawals: true, ipRestrict: false } },
    });
  });
  after(() => mock.close());

  it('reports a safe key as safe and opens the report panel', async () => {
    const panel = tabOpened((label) => label.startsWith('Key check: Binance u6WR…m3nX'));
    const out = await vscode.commands.executeCommand<Outcome>('keyguard.checkApiKey', { exchange: 'binance', apiKey: SAFE, secret: SECRET, baseUrl: mock.url });
    assert.ok(out.result, out.error);
    assert.strictEqual(out.result.facts.withdrawals, false);
    assert.notStrictEqual(out.result.verdict.level, 'critical');
    await panel;
  });

  it('flags withdrawals as critical, and spot trading without an IP whitelist as critical too', async () => {
    const out = await vscode.commands.executeCommand<Outcome>('keyguard.checkApiKey', { exchange: 'binance', apiKey: WITHDRAW, secret: SECRET, baseUrl: mock.url });
    assert.strictEqual(out.result?.verdict.level, 'critical');
    assert.deepStrictEqual(out.result.verdict.items.filter((i) => i.rule !== 'permissions' && i.rule !== 'rotation').map((i) => [i.rule, i.level]), [['withdrawals', 'critical'], ['trading', 'critical']]);
  });

  it('says whether the key is live, and why not when it cannot tell (Binance answers an unknown key and a wrong IP alike)', async () => {
    const live = await vscode.commands.executeCommand<Outcome & { verification?: { state: string; cause?: string } }>('keyguard.checkApiKey', { exchange: 'binance', apiKey: SAFE, secret: SECRET, baseUrl: mock.url });
    assert.strictEqual(live.verification?.state, 'live');
    const unknown = await vscode.commands.executeCommand<Outcome & { verification?: { state: string; cause?: string } }>('keyguard.checkApiKey', { exchange: 'binance', apiKey: SAFE.replace(/.$/, 'Q'), secret: SECRET, baseUrl: mock.url });
    assert.deepStrictEqual([unknown.verification?.state, unknown.verification?.cause], ['unknown', 'ambiguous']);
  });

  it('refuses to send a key to a host that is not the exchange\'s', async () => {
    const count = mock.requests.length;
    const out = await vscode.commands.executeCommand<Outcome>('keyguard.checkApiKey', { exchange: 'binance', apiKey: SAFE, secret: SECRET, baseUrl: 'https://binance.example.net' });
    assert.match(out.error ?? '', /own hosts/);
    assert.strictEqual(mock.requests.length, count);
  });
});
