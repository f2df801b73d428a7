import * as assert from 'assert';
import { scanText } from '../../../../src/engine';
import { CONTEXT_POLICY, contextSeverity, downgradeFor, pathContext } from '../../../../src/engine/findings/contextSeverity';

// Random values generated for these tests.
const KEY = 'Vr4Nq8Lm2Xc7Tb1Kp9Hz3Wd6Fs0Gy5Ja8Ue2Io4Pl7Rk1Mn3Qt6Bv9Cx0Zw5Ey2Dh';
const SECRET = 'p3Xk8Rw1Lm6Tq9Zb2Nc5Vh7Jd0Gf4Sa8Ey1Uo3Ii6Wt9Qr2Pk5Mn7Lb0Cv4Xz1Hs';
const KEYS_JS = `const Binance = require('node-binance-api');\nconst binance = new Binance().options({\n  APIKEY: '${KEY}',\n  APISECRET: '${SECRET}',\n});\n`;
const WITHDRAW_PY = `from binance.spot import Spot\n\nclient = Spot(api_key, api_secret)\nprint(client.withdraw(coin="USDT", amount=12, address=dest))\n`;
const WITHDRAW_TS = `import { Wallet } from '@acme/wallet-connector';\nconst res = await client.restAPI.travelRuleWithdraw({ coin: 'USDT', amount: 4, address });\n`;

/** `severity id` of the findings of a category. */
const of = (category: string, text: string, path: string) =>
  scanText(text, { path }).findings.filter((f) => f.category === category).map((f) => `${f.severity} ${f.id}`);

describe('context policy per category (findings/contextSeverity)', () => {
  it('takes test files by their own name as test context wherever they sit', () => {
    const tests = [
      'test.js', 'tests.py', 'test.ts', 'spec.js', 'specs.rb', 'lib/test.mjs', 'conftest.py', 'test_withdraw.py', 'pkg/sign_test.go',
      'src/client.spec.ts', 'WalletTest.java', 'src/Exchange/ClientTests.cs', 'OrderSpec.kt', 'WithdrawIT.java',
    ];
    for (const path of tests) assert.strictEqual(pathContext(path), 'test', path);
    const code = ['latest.js', 'protest.js', 'contest.ts', 'Contest.java', 'Latest.cs', 'BackTest.java', 'test.json', 'testnet.js', 'src/backtest.py', 'Attest.kt'];
    for (const path of code) assert.strictEqual(pathContext(path), undefined, path);
  });

  it('reports keys in a root-level test.js of test code as information, and in the same code elsewhere as errors', () => {
    const mocha = `${KEYS_JS}describe('balances', () => {\n  it('reads them', async () => {});\n});\n`;
    const sev = (path: string, text = mocha) => of('secret', text, path).map((s) => s.split(' ')[0]);
    assert.deepStrictEqual(sev('test.js'), ['info', 'info']);
    assert.ok(sev('bot.js').length === 2 && !sev('bot.js').includes('info'), sev('bot.js').join());
    // A bare test.js or test.py with no test code in it is a scratch script run by hand against the exchange:
    // its keys keep their severity, unless its folder is a test or example folder.
    assert.ok(!sev('test.js', KEYS_JS).includes('info'), sev('test.js', KEYS_JS).join());
    const scratchPy = `import requests\nkey = '${KEY}'  # binance api key\nsecret = '${SECRET}'\nrequests.get('https://api.binance.com/api/v3/account', headers={'X-MBX-APIKEY': key})\n`;
    assert.ok(sev('test.py', scratchPy).length > 0 && !sev('test.py', scratchPy).includes('info'), sev('test.py', scratchPy).join());
    assert.deepStrictEqual(sev('tests/test.js', KEYS_JS), ['info', 'info']);
    assert.deepStrictEqual(sev('examples/test.js', KEYS_JS), ['info', 'info']);
    assert.deepStrictEqual(sev('test.py', `import unittest\n${scratchPy}`), sev('test.py', scratchPy).map(() => 'info'));
    // A script named `test_` and a word (a bot's `test_balance.py` reading its balance) likewise; with test functions it is a test.
    assert.ok(sev('test_balance.py', scratchPy).length > 0 && !sev('test_balance.py', scratchPy).includes('info'), sev('test_balance.py', scratchPy).join());
    assert.deepStrictEqual(sev('test_balance.py', `${scratchPy}\ndef test_balance():\n    pass\n`), sev('test_balance.py', scratchPy).map(() => 'info'));
    assert.deepStrictEqual(sev('tests/test_balance.py', scratchPy), sev('test_balance.py', scratchPy).map(() => 'info'));
    // A script of another name in a test folder that calls the live exchange and holds no test code is a try-out
    // run by hand; without the live host, or with test code, it is a test.
    assert.ok(sev('kucoin-crawler/test/get-balance.py', scratchPy).length > 0 && !sev('kucoin-crawler/test/get-balance.py', scratchPy).includes('info'));
    assert.deepStrictEqual(sev('tests/client.js', KEYS_JS), ['info', 'info']);
    // A `test_telegram.ps1` or `.bat` connectivity check is a script too.
    const ps1 = `$botToken = "8426503372:AAEGNx3nuaAX4-8zaQ-Rg4RUO4PkRHl39ZA"\nInvoke-RestMethod "https://api.telegram.org/bot$botToken/getMe"\n`;
    assert.ok(of('secret', ps1, 'test_telegram.ps1').length > 0 && !of('secret', ps1, 'test_telegram.ps1').some((f) => f.startsWith('info')));
    assert.deepStrictEqual(sev('tests/get_balance.py', `import pytest\n${scratchPy}`), sev('test_balance.py', scratchPy).map(() => 'info'));
    // So is a console program named Test.cs or Test.java; with test attributes it is a test.
    const program = `class Test {\n  static void Main(string[] args) {\n    var client = new Bitbank("${KEY.slice(0, 16)}", "${SECRET.slice(0, 32)}");\n  }\n}\n`;
    assert.deepStrictEqual(sev('Bot/Test.cs', program), ['error', 'error']);
    assert.deepStrictEqual(sev('Bot/Test.cs', `[TestClass]\n${program.replace('static', '[TestMethod] static')}`), ['info', 'info']);
  });

  it('keeps a withdrawal call in examples and samples at its own severity (code users copy and run)', () => {
    const glued = ['src/test/python/acme/Hmac256examples/wallet_example.py', 'tests/wsdemos/wallet.py'];
    for (const path of ['examples/wallet/withdraw.py', 'clients/wallet/examples/rest_api/withdraw.py', 'samples/withdraw.py', 'withdraw_example.py', ...glued]) {
      assert.deepStrictEqual(of('withdraw', WITHDRAW_PY, path), ['warning withdraw/library-call'], path);
    }
    assert.deepStrictEqual(of('withdraw', WITHDRAW_TS, 'examples/rest-api/travelRuleWithdraw.ts'), ['warning withdraw/library-call']);
    const found = scanText(WITHDRAW_PY, { path: 'examples/withdraw.py' }).findings[0];
    assert.ok(!found.inTestPath && !/lower severity/.test(found.message), 'nothing lowered, no note');
  });

  it('lowers a withdrawal call one level in tests, and to information in documentation (docstrings stay silent)', () => {
    assert.deepStrictEqual(of('withdraw', WITHDRAW_PY, 'tests/test_wallet.py'), ['info withdraw/library-call']);
    assert.deepStrictEqual(of('withdraw', `import pytest\n${WITHDRAW_PY}`, 'test.py'), ['info withdraw/library-call']);
    // A bare test.py with no test code is a script run by hand: its withdrawal is a real one.
    assert.deepStrictEqual(of('withdraw', WITHDRAW_PY, 'test.py'), ['warning withdraw/library-call']);
    assert.deepStrictEqual(of('withdraw', WITHDRAW_PY, 'docs/wallet.py'), ['info withdraw/library-call']);
    const docstring = `from binance.spot import Spot\n\ndef cash_out(client):\n    """Sends funds out.\n\n    >>> client.withdraw(coin="USDT", amount=12, address=dest)\n    """\n    return None\n`;
    assert.deepStrictEqual(of('withdraw', docstring, 'wallet.py'), []);
    assert.deepStrictEqual(of('withdraw', WITHDRAW_PY, 'wallet.py'), ['warning withdraw/library-call']);
  });

  it('keeps a withdrawal call at its severity in a test that runs live: keys from the environment, or a main outside a test framework', () => {
    const envKeys = `from binance.spot import Spot\nimport os\n\ndef test_pull():\n    client = Spot(os.getenv("BINANCE_API_KEY"), os.getenv("BINANCE_API_SECRET"))\n    client.withdraw(coin="USDT", amount=12, address=dest)\n`;
    assert.deepStrictEqual(of('withdraw', envKeys, 'tests/test_live.py'), ['warning withdraw/library-call']);
    const main = `from binance.spot import Spot\n\ndef pull(client):\n    client.withdraw(coin="USDT", amount=12, address=dest)\n\nif __name__ == "__main__":\n    pull(Spot(key, secret))\n`;
    assert.deepStrictEqual(of('withdraw', main, 'tests/run_pull.py'), ['warning withdraw/library-call']);
    // The key's name in any case, read the way Ruby and Scala read the environment.
    const rubyEnv = envKeys.replace('os.getenv("BINANCE_API_KEY")', "ENV.fetch('binance_api_key')");
    assert.deepStrictEqual(of('withdraw', rubyEnv, 'tests/test_live.py'), ['warning withdraw/library-call']);
    const scalaEnv = envKeys.replace('os.getenv("BINANCE_API_KEY")', 'sys.env("payments_binanceApiKey")');
    assert.deepStrictEqual(of('withdraw', scalaEnv, 'tests/test_live.py'), ['warning withdraw/library-call']);
    // A wallet's private key from the environment is no exchange key: the test may fund itself on a local chain.
    const walletEnv = envKeys.replace('os.getenv("BINANCE_API_KEY"), os.getenv("BINANCE_API_SECRET")', 'os.environ["WALLET1_PRIVATE_KEY"]');
    assert.deepStrictEqual(of('withdraw', walletEnv, 'tests/test_live.py'), ['info withdraw/library-call']);
    // Mocked, pointed at a testnet, or a main inside a test framework: one level lower as before.
    assert.deepStrictEqual(of('withdraw', envKeys.replace('def test_pull', 'from unittest import mock\ndef test_pull'), 'tests/test_live.py'), ['info withdraw/library-call']);
    assert.deepStrictEqual(of('withdraw', envKeys.replace('import os', 'import os  # testnet'), 'tests/test_live.py'), ['info withdraw/library-call']);
    assert.deepStrictEqual(of('withdraw', main.replace('def pull', 'def test_pull'), 'tests/run_pull.py'), ['info withdraw/library-call']);
  });

  it('keeps secrets at information in tests, examples and docs (the policy before withdrawals were split out)', () => {
    for (const path of ['examples/spot.js', 'samples/spot.js', 'tests/spot.js', 'docs/spot.js']) {
      assert.deepStrictEqual(of('secret', KEYS_JS, path).map((s) => s.split(' ')[0]), ['info', 'info'], path);
    }
  });

  it('is a table: every category lists every context, and the severity follows it', () => {
    for (const [category, row] of Object.entries(CONTEXT_POLICY)) assert.deepStrictEqual(Object.keys(row).sort(), ['docs', 'example', 'test'], category);
    assert.strictEqual(downgradeFor('withdraw', 'example'), 'keep');
    assert.strictEqual(downgradeFor('withdraw', 'test'), 'one');
    assert.strictEqual(downgradeFor('gitignore', 'example'), 'info');
    assert.strictEqual(downgradeFor('secret', 'docs', true), 'one');
    assert.strictEqual(contextSeverity('error', 'example', false, 'withdraw'), 'error');
    assert.strictEqual(contextSeverity('error', 'test', false, 'withdraw'), 'warning');
    assert.strictEqual(contextSeverity('warning', 'docs', false, 'withdraw'), 'info');
  });
});
