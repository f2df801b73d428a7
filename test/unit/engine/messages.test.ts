// Short messages: the first sentence of every finding names the thing and fits inline (Error Lens shows it
// beside the code), at most 100 characters; the advice goes to the hover and the rule page.
import * as assert from 'assert';
import { ALL_DETECTORS, GITIGNORE_RULES, scanWith, type Finding } from '../../../src/engine';
import { envFindingsFor } from '../../../src/engine/workspace/envFindings';
import type { EnvFileStatus } from '../../../src/engine/workspace/envGuardTypes';
import { parseExample } from '../exampleParser';

const MAX = 100;

/** The message up to its first sentence end (a `.`, `!` or `?` before a space or the end). */
function firstSentence(message: string): string {
  const m = /^.*?[.!?](?=\s|$)/s.exec(message);
  return m ? m[0] : message;
}

/** Asserts the first sentence is a whole sentence of at most 100 characters. */
function assertShort(f: Finding, where: string): void {
  const first = firstSentence(f.message);
  assert.ok(/[.!?]$/.test(first), `${where}: "${f.message}" has no sentence end`);
  assert.ok(first.length <= MAX, `${where}: ${first.length} characters: "${first}"`);
}

describe('messages: one short first sentence', () => {
  for (const d of ALL_DETECTORS) {
    it(`${d.id}: every positive example's message starts with a sentence of at most ${MAX} characters`, () => {
      d.examples.positive.forEach((example, i) => {
        const { text, path, spans, movers, pathConstants, postedConstants } = parseExample(example);
        const found = scanWith([d], text, { path, movers, pathConstants, postedConstants }).findings;
        assert.ok(found.length > 0, `positive #${i + 1} found nothing`);
        for (const f of found) {
          assertShort(f, `${d.id} positive #${i + 1}`);
          assert.ok(f.advice && f.advice.length > 20, `${d.id}: no advice for the hover`);
          if (d.category === 'secret') {
            // Masking holds in every message: the masked value is shown, the value itself never.
            assert.ok(f.message.includes(f.masked!), `${d.id}: message does not show the masked value`);
            for (const [s, e] of spans) if (e - s >= 8) assert.ok(!f.message.includes(text.slice(s, e)), `${d.id}: message holds the secret`);
          }
        }
      });
    });
  }

  it('a long name is shortened, not spilled past the limit', () => {
    const long = `w = "/sapi/v1/capital/withdraw/apply${'/x'.repeat(60)}"`;
    for (const f of scanWith(ALL_DETECTORS, `import ccxt\n${long}\nrequests.post(w)`, { path: 'bot.py' }).findings) assertShort(f, f.id);
  });

  it('env guard messages are short for every file status, even with a long path', () => {
    const fix = { entry: '.env', gitignore: '/r/.gitignore' } as never;
    const commit = { sha: 'a'.repeat(40), short: 'aaaaaaa', date: '2024-05-01T00:00:00Z' };
    const path = 'services/trading/strategies/momentum/config/production.env';
    const base: EnvFileStatus = { path, file: `/r/${path}`, ignored: false, tracked: false, onDisk: true, sensitive: true } as EnvFileStatus;
    const cases: Array<[EnvFileStatus, boolean]> = [
      [base, true], [base, false], [{ ...base, sensitive: false }, true],
      [{ ...base, tracked: true }, true], [{ ...base, tracked: true, history: [commit, commit, commit], pushedTo: 'origin/main' } as EnvFileStatus, true],
      [{ ...base, tracked: true, sensitive: false, history: [commit] } as EnvFileStatus, true],
      [{ ...base, ignored: true, history: [commit], pushedTo: 'origin/main' } as EnvFileStatus, true],
      [{ ...base, ignored: true, onDisk: false, history: [commit] } as EnvFileStatus, true],
    ];
    let seen = 0;
    for (const [status, inRepo] of cases) {
      for (const f of envFindingsFor(status, 'KEY=1', inRepo, fix)) {
        seen++;
        assertShort(f, f.id);
        assert.ok(f.advice, `${f.id}: no advice`);
      }
    }
    assert.ok(seen >= 7, `only ${seen} findings`);
  });

  it('every env guard rule has what it finds, why and how to fix it', () => {
    for (const r of GITIGNORE_RULES) for (const k of ['finds', 'description', 'advice'] as const) assert.ok(r[k].length > 20, `${r.id}.${k}`);
  });
});
