// The findings pipeline runs its steps in the documented order (findings/pipeline.ts); each case below
// would come out differently if two steps swapped.
import * as assert from 'assert';
import { scanText } from '../../../../src/engine';
import { categorySeverityStage } from '../../../../src/engine/findings/categorySeverity';
import { contextStage } from '../../../../src/engine/findings/contextSeverity';
import { MATCH_STAGES } from '../../../../src/engine/findings/pipeline';
import { publicTestValueStage } from '../../../../src/engine/findings/publicTestValue';
import { suppressionStage } from '../../../../src/engine/findings/suppressions';
import { randomSecret } from '../../hardening/hostile';

// Hardhat's first development account: public, documented everywhere.
const HARDHAT = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';

describe('findings pipeline', () => {
  it('lists its per-match steps in the documented order', () => {
    assert.deepStrictEqual(MATCH_STAGES, [suppressionStage, publicTestValueStage, categorySeverityStage, contextStage]);
  });

  it('sets the category severity before the context lowers it', () => {
    const text = `import ccxt\nBINANCE_API_SECRET = "${randomSecret()}"\n`;
    const [inCode] = scanText(text, { path: 'bot.py', severityOverrides: { secret: 'warning' } }).findings;
    const [inTest] = scanText(text, { path: 'tests/bot.py', severityOverrides: { secret: 'warning' } }).findings;
    assert.deepStrictEqual([inCode.severity, inCode.inTestPath], ['warning', undefined]);
    assert.deepStrictEqual([inTest.severity, inTest.inTestPath], ['info', true]);
    assert.match(inTest.message, /In a test or fixture/);
  });

  it('gives a public test value its own message before the category severity, and a suppression drops it first', () => {
    const text = `PRIVATE_KEY = "${HARDHAT}"\n`;
    const plain = scanText(text, { path: 'deploy.js' }).findings;
    assert.ok(plain.length > 0 && plain.every((f) => f.severity === 'info' && f.publicTestValue && /well-known public test value/.test(f.message)));
    const set = scanText(text, { path: 'deploy.js', severityOverrides: { secret: 'error' } }).findings;
    assert.ok(set.every((f) => f.severity === 'error' && f.publicTestValue));
    assert.deepStrictEqual(scanText(`${text.trim()}  // keyguard:allow\n`, { path: 'deploy.js' }).findings, []);
  });
});
