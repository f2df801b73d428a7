import * as assert from 'assert';
import { ALL_DETECTORS as DETECTORS, scanWith } from '../../../src/engine';
import { parseExample } from '../exampleParser';

describe('detectors (data)', () => {
  it('have unique ids of the form category/kebab-name', () => {
    const ids = DETECTORS.map((d) => d.id);
    assert.deepStrictEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
    for (const id of ids) assert.match(id, /^[a-z]+\/[a-z0-9-]+$/);
  });

  it('each carry at least one positive and one negative example', () => {
    for (const d of DETECTORS) {
      assert.ok(d.examples.positive.length > 0, `${d.id} has no positive example`);
      assert.ok(d.examples.negative.length > 0, `${d.id} has no negative example`);
    }
  });

  for (const d of DETECTORS) {
    describe(d.id, () => {
      d.examples.positive.forEach((example, i) => {
        it(`finds exactly the marked spans in positive #${i + 1}`, () => {
          const { text, path, spans, movers, pathConstants, postedConstants } = parseExample(example);
          assert.ok(spans.length > 0, 'a positive example must mark at least one span');
          const found = scanWith([d], text, { path, movers, pathConstants, postedConstants }).findings.map((f) => [f.range.start, f.range.end]);
          assert.deepStrictEqual(found, spans, `spans found: ${JSON.stringify(found.map(([s, e]) => text.slice(s, e)))}`);
        });
      });
      d.examples.negative.forEach((example, i) => {
        it(`finds nothing in negative #${i + 1}`, () => {
          const { text, path, movers, pathConstants, postedConstants } = parseExample(example);
          const found = scanWith([d], text, { path, movers, pathConstants, postedConstants }).findings;
          assert.deepStrictEqual(found.map((f) => f.masked), []);
        });
      });
    });
  }
});
