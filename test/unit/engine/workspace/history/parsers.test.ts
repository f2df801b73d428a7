import * as assert from 'assert';
import { attribute, scanUnit } from '../../../../../src/engine/workspace/history/attribution';
import { CatFileBatchParser, type BatchObject } from '../../../../../src/engine/workspace/history/catFileBatch';
import { HistoryError, revisionArgs } from '../../../../../src/engine/workspace/history/gitHistory';
import { RawLogParser, type RawChange } from '../../../../../src/engine/workspace/history/rawLog';
import type { Finding } from '../../../../../src/engine';

const A = 'a'.repeat(40), B = 'b'.repeat(40), C = 'c'.repeat(40), Z = '0'.repeat(40);
const C1 = '1'.repeat(40), C2 = '2'.repeat(40), M = '3'.repeat(40);

// What `git log --raw -z -c --format=%x01%H%x00%aI%x00%an` prints: a plain commit, a merge without
// changes, a merge with a combined record, a root commit, and a symlink and a gitlink that are not text.
const LOG =
  `\x01${M}\x002024-01-03T00:00:00+00:00\x00Ann\x00\n::100644 100644 100644 ${A} ${B} ${C} MM\x00m.py\x00` +
  `\x01${C2}\x002024-01-02T00:00:00+01:00\x00Bö B\x00\n:100644 100644 ${A} ${B} M\x00a.py\x00:100644 000000 ${C} ${Z} D\x00gone.py\x00:000000 120000 ${Z} ${C} A\x00link\x00:000000 160000 ${Z} ${C} A\x00sub\x00` +
  `\x01${C1}\x002024-01-01T00:00:00+00:00\x00\x00\n:000000 100755 ${Z} ${A} A\x00a.py\x00`;

describe('history parsers', () => {
  it('parse git log --raw -z the same at every chunk boundary', () => {
    const whole = parse([LOG]);
    assert.deepStrictEqual(whole.commits.map((c) => [c.id, c.author, c.order]), [[M, 'Ann', 0], [C2, 'Bö B', 1], [C1, '', 2]]);
    assert.deepStrictEqual(whole.changes, [
      { commit: 0, path: 'm.py', sources: [A, B], blob: C },
      { commit: 1, path: 'a.py', sources: [A], blob: B },
      { commit: 1, path: 'gone.py', sources: [C], blob: undefined },
      { commit: 1, path: 'link', sources: [], blob: undefined },
      { commit: 1, path: 'sub', sources: [], blob: undefined },
      { commit: 2, path: 'a.py', sources: [], blob: A },
    ]);
    for (let i = 1; i < LOG.length; i += 7) assert.deepStrictEqual(parse([LOG.slice(0, i), LOG.slice(i)]), whole, `split at ${i}`);
  });

  it('split cat-file --batch output into objects at every chunk boundary, dropping what is too large', async () => {
    const out = Buffer.concat([
      Buffer.from(`${A} blob 5\nhello\n${B} missing\n${C} blob 12\n`), Buffer.from('0123456789ab\n'), Buffer.from(`${Z} blob 0\n\n`),
    ]);
    const run = async (chunks: Buffer[]) => {
      const got: BatchObject[] = [];
      const p = new CatFileBatchParser(8, async (o) => void got.push(o));
      for (const c of chunks) await p.push(c);
      return got.map((o) => ('bytes' in o ? `${o.id[0]}:${o.bytes.toString()}` : 'missing' in o ? `${o.id[0]}:missing` : `${o.id[0]}:too-large ${o.size}`));
    };
    const whole = await run([out]);
    assert.deepStrictEqual(whole, ['a:hello', 'b:missing', 'c:too-large 12', '0:']);
    for (let i = 1; i < out.length; i++) assert.deepStrictEqual(await run([out.subarray(0, i), out.subarray(i)]), whole, `split at ${i}`);
  });

  it('attribute a value to the oldest commit that introduced it, not to edits that kept it', () => {
    const commits = [{ id: 'new', date: '', author: '', order: 0 }, { id: 'mid', date: '', author: '', order: 1 }, { id: 'old', date: '', author: '', order: 2 }];
    const changes: RawChange[] = [
      { commit: 0, path: 'x.py', sources: [], blob: A }, // re-added after a deletion
      { commit: 1, path: 'x.py', sources: [A], blob: B }, // an edit that kept the value
      { commit: 2, path: 'x.py', sources: [], blob: A },
    ];
    const f = { id: 'secret/x', range: { start: 0 } } as Finding;
    const scanned = new Map([[scanUnit(A, 'x.py'), { findings: [f], keys: ['k'] }], [scanUnit(B, 'x.py'), { findings: [f], keys: ['k'] }]]);
    assert.deepStrictEqual(attribute(commits, changes, (u) => scanned.get(u)).map((i) => i.commit.id), ['old']);
    // A move between folders of the same kind reuses the scan; into a test folder it does not.
    assert.strictEqual(scanUnit(A, 'src/bot.py'), scanUnit(A, 'bot.py'));
    assert.notStrictEqual(scanUnit(A, 'tests/bot.py'), scanUnit(A, 'bot.py'));
  });

  it('turn selections into revision arguments, refusing option-like names', () => {
    assert.deepStrictEqual(revisionArgs({}), ['--all']);
    assert.deepStrictEqual(revisionArgs({ since: 'v1' }), ['--all', '--not', 'v1']);
    assert.deepStrictEqual(revisionArgs({ branch: 'dev', since: 'v1' }), ['dev', '--not', 'v1']);
    assert.deepStrictEqual(revisionArgs({ range: 'a..b' }), ['a..b']);
    assert.throws(() => revisionArgs({ branch: '--output=/tmp/x' }), HistoryError);
  });
});

/** Parses the pieces of a log as the stream would deliver them. */
function parse(pieces: string[]) {
  const changes: RawChange[] = [];
  const p = new RawLogParser((c) => changes.push(c));
  for (const x of pieces) p.push(x);
  p.end();
  return { commits: p.commits, changes };
}
