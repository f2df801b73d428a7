import * as assert from 'assert';
import { DETECTORS } from '../../../../src/engine';
import { applyingPatterns, assignConditionsOf, type ActiveLists } from '../../../../src/engine/find/assignConditions';
import { kindPlan, planFor } from '../../../../src/engine/find/scanPlan';

const plan = planFor(DETECTORS);
const kind = kindPlan(plan, 'python');

describe('find/assignConditions', () => {
  it('groups the assignment patterns by file words and path test, each pattern once', () => {
    const conditions = assignConditionsOf(kind.assignPatterns);
    assert.deepStrictEqual(conditions.flatMap((c) => c.members).sort((a, b) => a - b), kind.assignPatterns.map((_, i) => i));
    for (const c of conditions) for (const m of c.members) assert.ok(kind.assignPatterns[m].fileSlot === c.slot && kind.assignPatterns[m].path === c.path);
    assert.ok(conditions.length < kind.assignPatterns.length);
  });

  it('marks exactly the patterns whose condition holds, and shares one frozen list between files that answer alike', () => {
    const kept: ActiveLists = new Map();
    const conditions = kind.assignConditions;
    const holdsFor = (yes: Set<number>) => (c: (typeof conditions)[number]) => yes.has(c.slot);
    const slots = [...new Set(conditions.map((c) => c.slot))];
    for (const yes of [new Set([-1]), new Set(slots.slice(0, 3)), new Set(slots)]) {
      const active = applyingPatterns(conditions, kept, plan.assignPatterns.length, kind.assignIndex, holdsFor(yes));
      const brute = plan.assignPatterns.map(() => false);
      kind.assignPatterns.forEach((pp, i) => (brute[kind.assignIndex[i]] = yes.has(pp.fileSlot)));
      assert.deepStrictEqual(active, brute);
      assert.ok(Object.isFrozen(active));
      assert.strictEqual(applyingPatterns(conditions, kept, plan.assignPatterns.length, kind.assignIndex, holdsFor(yes)), active, 'shared');
    }
    assert.strictEqual(kept.size, 3);
  });
});
