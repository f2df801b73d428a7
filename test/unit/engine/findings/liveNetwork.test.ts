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
    assert.ok(liveNetworkTest('test/pay_test.dart', 'sdk = StellarSDK("https://horizon-testnet.stellar.org");'));
    assert.ok(!liveNetworkTest('tests/integration/test_tx.py', 'from unittest import mock\nledger.send_tokens(a, 1, "x", w)'));
    assert.ok(!liveNetworkTest('tests/test_tx.py', 'ledger.send_tokens(a, 1, "x", w)'));
    assert.ok(runnableExample('examples/pay.py', 'server = Server("https://horizon-testnet.stellar.org")'));
    assert.ok(!runnableExample('examples/pay.py', 'tx = builder.append_payment_op(dest, native, "5")'));
    assert.ok(!demoContext(undefined, 'pay.py', ''));
    assert.ok(demoContext('example', 'examples/pay.py', 'tx = builder.append_payment_op(dest, native, "5")'));
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
