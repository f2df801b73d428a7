import * as assert from 'assert';
import { DETECTORS, IncrementalScan, scanWith, withWrapperCalls, type Mover, type ScanResult } from '../../../../src/engine';

const SEND: Mover = { name: 'sendToken', path: 'core/chain.js', line: 0, severity: 'warning' };
const WITHDRAW: Mover = { name: 'withdraw', path: 'core/ccxt.js', line: 3, severity: 'error' };

/** Findings as comparable lines. */
function lines(r: ScanResult): string[] {
  return r.findings.map((f) => `${f.range.start}-${f.range.end} ${f.id} ${f.severity} ${f.message}`);
}

describe('crossfile: the editor\'s pass for calls of other files\' movers', () => {
  // Long enough that IncrementalScan rescans a region (64 KB and up), with calls before and after the edit.
  const filler = Array.from({ length: 2500 }, (_, i) => `const value${i} = compute(${i});`).join('\n');
  const text = `const { sendToken } = require('../core/chain');\nawait sendToken(user.address, 1);\n${filler}\nawait exchange.withdraw('USDT', amount, address);\nawait sendToken(to, 2);\n`;
  const options = { path: 'commands/tip.js', movers: [SEND, WITHDRAW] };

  it('adds to an incremental result exactly the calls a full scan with the movers reports', () => {
    const { movers, ...plain } = options;
    const incremental = new IncrementalScan(DETECTORS, text, plain);
    const at = text.indexOf('value1200');
    const edited = `${text.slice(0, at)}renamed${text.slice(at + 'value1200'.length)}`;
    const updated = incremental.update(edited, [{ start: at, end: at + 'value1200'.length, text: 'renamed' }]);
    assert.strictEqual(incremental.partialScans, 1, 'the edit took the region path');
    const full = scanWith(DETECTORS, edited, { ...plain, movers });
    assert.ok(lines(full).filter((l) => l.includes('withdraw/wrapper-call')).length >= 2, 'the full scan reports the calls');
    assert.deepStrictEqual(lines(withWrapperCalls(updated, edited, options)), lines(full));
  });

  it('leaves a result alone without movers, and lets a finding of the same category keep its span', () => {
    const base = scanWith(DETECTORS, text, { path: options.path });
    assert.strictEqual(withWrapperCalls(base, text, { path: options.path }), base);
    const merged = withWrapperCalls(base, text, options);
    const atWithdraw = text.indexOf('withdraw(');
    const there = merged.findings.filter((f) => f.range.start <= atWithdraw && atWithdraw < f.range.end && f.category === 'withdraw');
    assert.strictEqual(there.length, 1, 'one withdraw finding on exchange.withdraw(');
    assert.deepStrictEqual(lines(merged), lines(scanWith(DETECTORS, text, options)));
  });

  it('keeps a mover called from a handler named for an internal move at information, the same call elsewhere at its severity', () => {
    const fee: Mover = { name: 'withdrawFee', path: 'db/FeeManager.java', line: 100, severity: 'warning' };
    const java = `class Admin {\n  public Tx withdrawCryptoFee(Currency c, BigDecimal n, String address) {\n    return feeManager.withdrawFee(c, n, address);\n  }\n  public boolean withdrawInternalFee(Currency c, BigDecimal n, Account a) {\n    feeManager.withdrawFee(c, n, accounts.getVirtualWallet(a, c));\n    return true;\n  }\n}\n`;
    const calls = scanWith(DETECTORS, java, { path: 'web/Admin.java', movers: [fee] }).findings.filter((f) => f.id === 'withdraw/wrapper-call');
    assert.deepStrictEqual(calls.map((f) => [java.slice(0, f.range.start).split('\n').length, f.severity]), [[3, 'warning'], [6, 'info']]);
    // `internal` as the last word names a public method's implementation, which pays as the method does.
    const impl = `class Admin {\n  private Tx withdrawInternal(Currency c, BigDecimal n, String address) {\n    return feeManager.withdrawFee(c, n, address);\n  }\n}\n`;
    const implCalls = scanWith(DETECTORS, impl, { path: 'web/Admin.java', movers: [fee] }).findings.filter((f) => f.id === 'withdraw/wrapper-call');
    assert.deepStrictEqual(implCalls.map((f) => f.severity), ['warning']);
  });
});
