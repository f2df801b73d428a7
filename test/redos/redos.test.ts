import * as assert from 'assert';
import { createRequire } from 'module';
import * as path from 'path';
import { ALL_DETECTORS } from '../../src/engine';
import { ASSIGN_SITE } from '../../src/engine/find/assignSites';
import { CASSETTE_PATTERNS } from '../../src/engine/findings/recordedRequest';

// recheck proves (automaton) or searches (fuzz) for super-linear backtracking in each pattern.
// It needs no network. Checks run one at a time: concurrent checks share recheck's worker and its
// step counts get mixed, which reports safe patterns as polynomial.

/** What this test reads of a recheck diagnosis. */
type Diagnosis = { status: 'safe' | 'unknown' } | { status: 'vulnerable'; complexity: { summary: string } };
/** recheck's check(), from test/tools (installed by scripts/install-test-tools.sh, outside the main package). */
type Check = (source: string, flags: string, params: Record<string, unknown>) => Promise<Diagnosis>;

/** Loads recheck from test/tools/node_modules. */
function loadRecheck(): { check: Check } {
  const tools = path.resolve(__dirname, '../../../test/tools/package.json');
  return createRequire(tools)('recheck') as { check: Check };
}

describe('ReDoS analysis of every detector pattern', function () {
  // About 8 minutes on a quiet 2-core machine, much longer under load: the limit only catches a hang.
  this.timeout(1_800_000);
  it('finds no pattern with super-linear backtracking', async () => {
    const { check } = loadRecheck();
    const unique = new Map<string, { id: string; re: RegExp }>();
    const all = ALL_DETECTORS.flatMap((d) =>
      d.patterns.flatMap((p) => {
        // An assignment pattern never runs whole: the scanner runs the shared site regex (checked below) and
        // then only the pattern's value part, at each site. Check what runs.
        const list = [{ id: d.id, re: p.afterAssign ?? p.re }];
        if (p.requires?.near) list.push({ id: `${d.id} (near)`, re: p.requires.near.pattern });
        if (p.requires?.notNear) list.push({ id: `${d.id} (notNear)`, re: p.requires.notNear.pattern });
        for (const near of p.requires?.exchangeNear ?? []) list.push({ id: `${d.id} (exchangeNear)`, re: near.pattern });
        return list;
      }),
    );
    all.push({ id: 'assignment sites', re: ASSIGN_SITE });
    for (const re of CASSETTE_PATTERNS) all.push({ id: 'recorded cassette requests', re });
    // Detectors share fragments and shared constants: check each distinct pattern once.
    for (const p of all) unique.set(`${p.re.source}/${p.re.flags}`, p);
    const results = [];
    for (const { id, re } of unique.values()) {
      // Deterministic: a fixed fuzz seed and step limits only. The wall-clock limits (incubation,
      // attack) made verdicts depend on machine load; a pattern whose analysis runs out of time is
      // reported as unknown (listed below), never as safe.
      results.push({ id, re, r: await check(re.source, re.flags.replace('d', ''), { timeout: 30_000, incubationTimeout: null, attackTimeout: null, seedingTimeout: null, randomSeed: 42 }) });
    }
    const unknown = results.filter(({ r }) => r.status === 'unknown').map(({ id }) => id);
    if (unknown.length) console.log(`    not decided in 30 s (not counted as failures): ${unknown.join(', ')}`);
    const bad = results
      .filter(({ r }) => r.status === 'vulnerable')
      .map(({ id, re, r }) => `${id}: ${re.source.slice(0, 80)}… ${r.status === 'vulnerable' ? r.complexity.summary : ''}`);
    assert.deepStrictEqual(bad, []);
  });
});
