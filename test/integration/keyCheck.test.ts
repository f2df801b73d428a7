import * as assert from 'assert';
import * as net from 'net';
import * as vscode from 'vscode';
import type { KeyGuardTestApi } from '../../src/extension/main';
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
  let api: KeyGuardTestApi;

  before(async () => {
    api = await activateKeyGuard<KeyGuardTestApi>();
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

  it('offers "Configure exchange URL…" when the check cannot connect, and opens the setting', async () => {
    // A loopback port that was just free: nothing listens there, so the connection is refused.
    const closed = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const prompt = api.keyCheck.connectFailurePrompt;
    const original = prompt.show;
    const shown: Array<{ message: string; actions: string[] }> = [];
    prompt.show = async (message, ...actions) => (shown.push({ message, actions }), actions.find((a) => a === 'Configure exchange URL…'));
    try {
      const out = await vscode.commands.executeCommand<Outcome & { offered?: string[] }>('keyguard.checkApiKey', { exchange: 'binance', apiKey: SAFE, secret: SECRET, baseUrl: `http://127.0.0.1:${closed}` });
      assert.match(out.error ?? '', /refused/);
      assert.deepStrictEqual(out.offered, ['configureExchangeUrl']);
      assert.strictEqual(shown.length, 1);
      assert.deepStrictEqual(shown[0].actions, ['Configure exchange URL…']);
      assert.match(shown[0].message, /u6WR…m3nX/);
      assert.ok(!shown[0].message.includes(SAFE) && !shown[0].message.includes(SECRET), 'the message shows a key unmasked');
      // Resolves once the settings editor is open (a late one would steal the next test's active editor).
      assert.strictEqual(await prompt.last, true);
      await tabOpened((label) => /Settings/.test(label), 45_000);
      console.log(`      opened ${vscode.env.remoteName ? `the remote settings (${vscode.env.remoteName})` : 'the user settings'}`);
    } finally {
      prompt.show = original;
      await prompt.last?.catch(() => undefined);
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => /Settings/.test(t.label));
      await vscode.window.tabGroups.close(tabs);
    }
  });

  it('offers no settings action when the exchange answers with an error', async () => {
    const prompt = api.keyCheck.connectFailurePrompt;
    const original = prompt.show;
    let shown = 0;
    prompt.show = async () => (shown++, undefined);
    try {
      const out = await vscode.commands.executeCommand<Outcome & { offered?: string[] }>('keyguard.checkApiKey', { exchange: 'binance', apiKey: 'Zq3Wv8Xk1Lm6Np0Rt5Ys9Bc2Df7Gh4Jk8Mn1Pq6Rs3Tv0Wx5Yz9Ab2Cd7Ef4Gh1', secret: SECRET, baseUrl: mock.url });
      assert.ok(out.error, 'the mock exchange rejects an unknown key');
      assert.strictEqual(out.offered, undefined);
      assert.strictEqual(shown, 0);
    } finally {
      prompt.show = original;
    }
  });
});
