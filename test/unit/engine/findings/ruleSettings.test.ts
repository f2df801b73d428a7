import * as assert from 'assert';
import { applyRuleSettings, documentFindings } from '../../../../src/engine';

const TOKEN = '7087522179:AA0DkBHd8NeYvrEfWQ69XrxGAtNedF794LA';
const CODE = `TELEGRAM_TOKEN = "${TOKEN}"\nimport ccxt\nex = ccxt.kraken(c)\nex.withdraw("BTC", 1, addr)\n`;

describe('per-rule settings (keyguard.rules)', () => {
  it('documentFindings drops a rule set to off and re-levels one set to a severity', async () => {
    const all = (await documentFindings(CODE, { path: 'bot.py' })).findings.map((f) => `${f.id} ${f.severity}`);
    assert.deepStrictEqual(all, ['secret/telegram-bot-token error', 'withdraw/library-call warning']);
    const set = (await documentFindings(CODE, { path: 'bot.py', rules: { 'secret/telegram-bot-token': 'off', 'withdraw/library-call': 'info' } })).findings;
    assert.deepStrictEqual(set.map((f) => `${f.id} ${f.severity}`), ['withdraw/library-call info']);
  });

  it('a rule setting wins over the category severity; unknown values and other rules change nothing', async () => {
    const f = (await documentFindings(CODE, { path: 'bot.py', severityOverrides: { secret: 'warning' }, rules: { 'secret/telegram-bot-token': 'error', 'withdraw/library-call': 'loud' } })).findings;
    assert.deepStrictEqual(f.map((x) => x.severity), ['error', 'warning']);
  });

  it('applies to findings made elsewhere (the env guard\'s file findings), without touching the input', () => {
    const input = [{ id: 'gitignore/env-tracked', severity: 'error' } as never];
    assert.deepStrictEqual(applyRuleSettings(input, { 'gitignore/env-tracked': 'off' }), []);
    assert.strictEqual((input[0] as { severity: string }).severity, 'error');
  });
});
