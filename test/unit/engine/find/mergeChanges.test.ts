// Successive change events merged into one change on the first text (the editor's edits between two lints).
import * as assert from 'assert';
import { mergeChanges, type TextChange } from '../../../../src/engine';

/** Applies changes one after another, each to the text the previous one left. */
function apply(text: string, changes: readonly TextChange[]): string {
  return changes.reduce((t, c) => t.slice(0, c.start) + c.text + t.slice(c.end), text);
}

describe('mergeChanges', () => {
  it('gives one change that turns the first text into the last, for random sequences', () => {
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % (n + 1));
    for (let run = 0; run < 300; run++) {
      const first = 'abcdefghij\n'.repeat(1 + rand(20));
      const changes: TextChange[] = [];
      let text = first;
      for (let i = 0, n = 1 + rand(6); i < n; i++) {
        const start = rand(text.length);
        const c = { start, end: start + rand(Math.min(5, text.length - start)), text: 'XYZ\n'.slice(0, rand(4)) };
        changes.push(c);
        text = apply(text, [c]);
      }
      const merged = mergeChanges(changes, text)!;
      assert.strictEqual(apply(first, [merged]), text, JSON.stringify(changes));
    }
  });

  it('gives nothing for no changes', () => {
    assert.strictEqual(mergeChanges([], 'abc'), undefined);
  });
});
