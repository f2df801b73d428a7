import * as assert from 'assert';
import { documentFindings, type EnvFacts, type Finding } from '../../../../src/engine';

// A random-looking value made for this test.
const SECRET = 'Qm4Xr8Tz2Lp6Vn0Bc3Hd7Jf1Ks5Wy9Ge2Ua6Io0Pe4Rt8Yu2Zx6Cv0Bn4Mq8Ws2D';

/** Env facts that call `path` safe when listed, and report one loader warning on `load_dotenv()` calls. */
function facts(safe: string[]): EnvFacts & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    isSafeEnvFile: (p) => safe.includes(p),
    dotenvFindings: async (text, p) => {
      asked.push(p);
      const at = text.indexOf('load_dotenv()');
      if (at === -1) return [];
      const f: Finding = { id: 'gitignore/dotenv-unignored', category: 'gitignore', severity: 'warning', title: 't', message: 'm', range: { start: at, end: at + 13, startLine: 0, startColumn: at, endLine: 0, endColumn: at + 13 } };
      return [f];
    },
  };
}

describe('documentFindings (the one pipeline behind editor, workspace scan and CLI)', () => {
  it('drops secrets of a safe env file and keeps them in an unsafe one', async () => {
    const text = `BINANCE_API_SECRET=${SECRET}\n`;
    assert.deepStrictEqual((await documentFindings(text, { path: '.env' }, facts(['.env']))).findings, []);
    assert.ok((await documentFindings(text, { path: '.env' }, facts([]))).findings.some((f) => f.category === 'secret'));
  });

  it('adds loader warnings in text order, with the gitignore severity override', async () => {
    const text = `from dotenv import load_dotenv\nload_dotenv()\nBINANCE_API_SECRET = "${SECRET}"\n`;
    const { findings } = await documentFindings(text, { path: 'bot.py', severityOverrides: { gitignore: 'error' } }, facts([]));
    assert.deepStrictEqual(findings.map((f) => [f.id, f.severity]), [['gitignore/dotenv-unignored', 'error'], ['secret/binance-api-secret', 'error']]);
  });

  it('asks nothing of the env guard when the gitignore category is off or there is no guard', async () => {
    const text = `load_dotenv()\n`;
    const env = facts([]);
    assert.deepStrictEqual((await documentFindings(text, { path: 'bot.py', disabledCategories: ['gitignore'] }, env)).findings, []);
    assert.deepStrictEqual(env.asked, []);
    assert.deepStrictEqual((await documentFindings(text, { path: 'bot.py' })).findings, []);
  });
});
