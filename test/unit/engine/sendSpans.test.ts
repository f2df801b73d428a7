// A send one rule judges by its shape and another by its signer: with every detector, the louder verdict must stand.
// (An information shape once took the span from a warning of another rule: held-out-58's claim payouts.)
import * as assert from 'assert';
import { scanText } from '../../../src/engine';

describe('sends judged by two rules', () => {
  it("keeps the signed-send warning on a TON wallet transfer whose payee is a contract's message body", () => {
    const text = [
      "import { internal, toNano } from '@ton/ton';",
      'export async function payClaim(wallet, key, seqno, toAddress, amount) {',
      '  await wallet.sendTransfer({',
      '    secretKey: key.secretKey,',
      '    seqno,',
      "    messages: [internal({ to: CLAIM_CONTRACT, value: toNano('0.05'), body: claimBody(toAddress, amount) })],",
      '  });',
      '}',
      '',
    ].join('\n');
    const found = scanText(text, { path: 'src/claim.js' }).findings.map((f) => `${f.range.startLine} ${f.severity} ${f.id}`);
    assert.deepStrictEqual(found, ['2 warning withdraw/signed-send-call']);
  });

  it("keeps the on-chain warning on a TON wallet transfer to a fixed address", () => {
    const text = "import { internal } from '@ton/ton';\nawait wallet.sendTransfer({ secretKey: kp.secretKey, seqno, messages: [internal({ to: 'EQpTyGJMuHbEL31IeL2HPcHyGcFRl1SPnXNYvMIHa-2o76um', value: '1.5' })] });\n";
    const found = scanText(text, { path: 'src/payout.ts' }).findings.filter((f) => f.severity !== 'info').map((f) => f.id);
    assert.deepStrictEqual(found, ['withdraw/onchain-send']);
  });
});
