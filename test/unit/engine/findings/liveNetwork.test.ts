import * as assert from 'assert';
import { scanText } from '../../../../src/engine';
import { demoContext, liveNetworkTest, runnableExample } from '../../../../src/engine/findings/liveNetwork';

/** `severity id` of every finding. */
const severities = (text: string, path: string) => scanText(text, { path }).findings.map((f) => `${f.severity} ${f.id}`);

// Throwaway values generated for these tests (valid checksums), and octez's public sandbox key bootstrap1.
const STELLAR_SEED = 'SAAE2NVKEBHUWMG54A3AQXADWR3C5YKHIUF7Z2FIESE4PT3AZYUUCNL3';
const EDSK = 'edsk3ik85TXby4RKLiPJBdsLibqF19jfAUuFm6pCt4a8XvgmYfjDPX';
const BOOTSTRAP1 = 'edsk3gUfUPyBSfrS9CCgmCiQsTCHGkviBDusMxDJstFtojtc1zcpsh';

const XRPL_TEST = `from xrpl.models import Payment\nclient = JsonRpcClient("https://s.altnet.rippletest.net:51234")\npay = Payment(account=w.address, amount="1", destination=dest)\nres = submit_and_wait(pay, client, w)\n`;

describe('live tests and runnable examples (findings/liveNetwork)', () => {
  it('knows integration tests, testnet tests and runnable examples, and not mocked or networkless ones', () => {
    assert.ok(liveNetworkTest('tests/integration/test_tx.py', 'ledger.send_tokens(a, 1, "x", w)'));
    assert.ok(liveNetworkTest('src/it/java/PayIT.java', 'client.submit(p);'));
    // End-to-end suites run against a node too; a folder that only contains the letters does not count.
    for (const p of ['teste2e/transfer_test.go', 'tests/e2e/send.spec.ts', 'e2e-tests/pay.rs', 'tests/functional/test_client.py']) assert.ok(liveNetworkTest(p, 'api.transfer(bob, 5);'), p);
    assert.ok(!liveNetworkTest('tests/e2eish/send.spec.ts', 'api.transfer(bob, 5);'));
    assert.ok(liveNetworkTest('test/pay_test.dart', 'sdk = StellarSDK("https://horizon-testnet.stellar.org");'));
    assert.ok(!liveNetworkTest('tests/integration/test_tx.py', 'from unittest import mock\nledger.send_tokens(a, 1, "x", w)'));
    assert.ok(!liveNetworkTest('tests/test_tx.py', 'ledger.send_tokens(a, 1, "x", w)'));
    assert.ok(runnableExample('examples/pay.py', 'server = Server("https://horizon-testnet.stellar.org")'));
    assert.ok(!runnableExample('examples/pay.py', 'tx = builder.append_payment_op(dest, native, "5")'));
    // A unit test that does not run live is a demo; an integration test is not.
    assert.ok(demoContext('test', 'tests/test_tx.py', 'ledger.send_tokens(a, 1, "x", w)'));
    assert.ok(!demoContext('test', 'tests/integration/test_tx.py', 'ledger.send_tokens(a, 1, "x", w)'));
    assert.ok(demoContext('example', 'examples/pay.py', 'tx = builder.append_payment_op(dest, native, "5")'));
  });

  it('takes only a capital IT class as an integration test, and only real test doubles as mocks', () => {
    for (const path of ['src/test/java/Audit.java', 'Tests/Unit.cs', 'test/Submit.kt', 'src/test/java/Edit.java']) {
      assert.ok(!liveNetworkTest(path, 'client.submit(p);'), path);
    }
    assert.ok(liveNetworkTest('src/test/java/PaymentIT.kt', 'client.submit(p);'));
    const live = 'server = Server("https://horizon-testnet.stellar.org")';
    for (const words of ['# nap in a hammock', '// see the mockup', '# not a fake address, a funded one']) {
      assert.ok(liveNetworkTest('tests/integration/test_pay.py', `${words}\n${live}`), words);
      assert.ok(runnableExample('examples/pay.py', `${words}\n${live}`), words);
    }
    for (const words of ['from unittest.mock import MagicMock', 'jest.mock("axios")', 'const server = new MockWebServer()', 'wallet = FakeWallet()', 'mocker.patch("x")']) {
      assert.ok(!liveNetworkTest('tests/integration/test_pay.py', `${words}\n${live}`), words);
    }
  });

  it('keeps an integration test\'s payment on a testnet at warning, and a mocked unit test\'s one lower', () => {
    assert.ok(severities(XRPL_TEST, 'tests/integration/test_payment.py').includes('warning withdraw/onchain-send'));
    const mocked = severities(`from unittest import mock\n${XRPL_TEST}`, 'tests/unit/test_payment.py');
    assert.ok(!mocked.some((f) => f.startsWith('warning withdraw/')), mocked.join());
  });

  it('reports Stellar seeds in documentation, and Tezos sandbox keys, as information', () => {
    assert.deepStrictEqual(severities(`\`\`\`python\nkp = Keypair.from_secret("${STELLAR_SEED}")\n\`\`\`\n`, 'docs/getting-started.md'), ['info secret/stellar-secret-seed']);
    assert.deepStrictEqual(severities(`bootstrap1 = '${BOOTSTRAP1}'\n`, 'src/sandbox.py'), ['info secret/tezos-wallet-key']);
    assert.deepStrictEqual(severities(`key = '${EDSK}'\n`, 'src/deploy.py'), ['error secret/tezos-wallet-key']);
  });
});
