// The line index an edit updates (lazily shifted, spliced in place) must answer as one built from the new text.
import * as assert from 'assert';
import { LineIndex } from '../../../../src/engine/text/lineIndex';
import { Rng } from '../../../../bench/random';

/** Every answer of an index about its text: line count, each line's bounds and text, each offset's position. */
function answers(index: LineIndex, text: string): unknown {
  const lines = Array.from({ length: index.lineCount }, (_, l) => [index.lineStart(l), index.lineEnd(l), index.lineText(l)]);
  const positions = Array.from({ length: text.length + 1 }, (_, o) => index.position(o));
  return { count: index.lineCount, lines, positions };
}

describe('LineIndex.lineOf', () => {
  it('answers as counting line breaks, in any order of look-ups (it starts from the line it found last)', () => {
    const r = new Rng(9);
    const text = Array.from({ length: 300 }, () => r.alnum(r.int(0, 5))).join(r.int(0, 1) ? '\n' : '\r\n');
    const index = new LineIndex(text);
    // The line of an offset: the line breaks before it (the text's are `\n` or `\r\n`).
    const fresh = (o: number) => text.slice(0, Math.max(0, o)).split('\n').length - 1;
    for (let i = 0; i < 3000; i++) {
      const o = i % 3 === 0 ? r.int(-2, text.length + 2) : Math.min(text.length, (i * 7) % (text.length + 1));
      assert.strictEqual(index.lineOf(o), fresh(o), `offset ${o}`);
    }
  });
});

describe('LineIndex.edited', () => {
  it('answers as a fresh index after every edit of a random sequence', () => {
    const r = new Rng(42);
    for (const withCR of [false, true]) {
      let text = Array.from({ length: 40 }, (_, i) => `line ${i} ${r.alnum(r.int(0, 12))}`).join(withCR ? '\r\n' : '\n');
      let index = new LineIndex(text);
      for (let i = 0; i < 400; i++) {
        // Edits jump about the text (the lazy shift's boundary moves both ways) and add or remove lines.
        const start = r.int(0, text.length);
        const end = Math.min(text.length, start + r.pick([0, 0, 1, 3, 20]));
        const inserted = r.pick(['', 'x', '\n', 'ab\ncd\n', '\n\n\n', r.alnum(5), withCR ? '\r\n' : 'q']);
        text = text.slice(0, start) + inserted + text.slice(end);
        index = index.edited(text, start, end, inserted.length);
        assert.deepStrictEqual(answers(index, text), answers(new LineIndex(text), text), `edit ${i} (CR: ${withCR})`);
      }
    }
  });
});
