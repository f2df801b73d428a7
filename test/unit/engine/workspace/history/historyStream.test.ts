// The history pipeline with a scripted git: blobs are requested while `git log` is still running, a blob
// needed again under another file name is requested again, and a failing log stops the batch process.
import * as assert from 'assert';
import { HistoryError, streamHistory, type Git, type GitResult, type GitStdin } from '../../../../../src/engine';
import { RequestFeed } from '../../../../../src/engine/workspace/history/requestFeed';

const B1 = '1'.repeat(40), B2 = '2'.repeat(40), C1 = 'c'.repeat(40), C2 = 'd'.repeat(40);
const OK: GitResult = { code: 0, stdout: '', stderr: '' };

/** One commit of `git log --raw -z -c --format=%x01%H%x00%aI%x00%an` that adds `path` as `blob`. */
const commit = (id: string, path: string, blob: string) => `\x01${id}\x002024-01-01T00:00:00+00:00\x00Ann\x00\n:000000 100644 ${'0'.repeat(40)} ${blob} A\x00${path}\x00`;

/** Event-loop turns the scripted log gives the pipeline to ask for a blob before it prints more. */
const TURNS = 50;

/**
 * A git whose log prints `chunks` one at a time (pausing a few event-loop turns after each until a blob
 * was requested) and whose cat-file answers each requested id as it reads it. `events` records the order.
 */
function scriptedGit(chunks: string[], events: string[], logResult: GitResult = OK): Git {
  const requested: string[] = [];
  const answer = async (ids: string, onChunk: (c: Buffer) => unknown) => {
    for (const id of ids.split('\n').filter(Boolean)) {
      events.push(`request ${id.slice(0, 2)}`);
      requested.push(id);
      await onChunk(Buffer.from(`${id} blob 3\nx=1\n`));
    }
  };
  return {
    run: async () => OK,
    lines: async () => OK,
    async stream(args, _cwd, onChunk, stdin?: GitStdin) {
      if (args[0] === 'cat-file') {
        if (typeof stdin === 'string') await answer(stdin, onChunk);
        else for await (const batch of stdin as AsyncIterable<string>) await answer(batch, onChunk);
        events.push('cat-file end');
        return OK;
      }
      for (const [i, chunk] of chunks.entries()) {
        await onChunk(Buffer.from(chunk));
        events.push(`log chunk ${i}`);
        const before = requested.length;
        for (let t = 0; t < TURNS && requested.length === before; t++) await new Promise((r) => setImmediate(r));
      }
      events.push('log end');
      return logResult;
    },
  };
}

describe('streamHistory (log and cat-file as one pipeline)', () => {
  it('requests the first blob before git log has finished, and hands on every blob once', async () => {
    const events: string[] = [];
    const git = scriptedGit([commit(C2, 'b.py', B2), commit(C1, 'a.py', B1)], events);
    const got: string[] = [];
    const progress: string[] = [];
    const r = await streamHistory(git, '/r', {
      maxBytes: 1 << 20, onProgress: (done, listed) => void progress.push(`${done}/${listed}`),
      onBlob: (o, units) => void got.push(`${o.id.slice(0, 2)}:${units.map((u) => u.path).join(',')}`),
    });
    assert.ok(events.indexOf(`request ${B2.slice(0, 2)}`) < events.indexOf('log end'), `order: ${events.join(' | ')}`);
    // The first commit is not counted done while the log may still list changes of it; the total grows.
    assert.strictEqual(progress[0], '0/1');
    assert.strictEqual(progress[progress.length - 1], '2/2');
    assert.ok(progress.every((p, i) => i === 0 || Number(p.split('/')[0]) >= Number(progress[i - 1].split('/')[0])), progress.join(' '));
    assert.ok(events.indexOf(`request ${B2.slice(0, 2)}`) < events.indexOf('log chunk 1'), `order: ${events.join(' | ')}`);
    assert.deepStrictEqual(got, ['22:b.py', '11:a.py']);
    assert.deepStrictEqual([r.commits.map((c) => c.id), r.changes.length, r.blobs, r.missing, r.cancelled], [[C2, C1], 2, 2, 0, false]);
  });

  it('requests a blob again when an older commit needs it under another file name, each unit once', async () => {
    const events: string[] = [];
    const git = scriptedGit([commit(C2, 'tests/b.py', B1), commit(C1, 'a.py', B1)], events);
    const got: string[] = [];
    const r = await streamHistory(git, '/r', { maxBytes: 1 << 20, onBlob: (o, units) => void got.push(`${o.id.slice(0, 2)}:${units.map((u) => u.path).join(',')}`) });
    assert.deepStrictEqual(got, ['11:tests/b.py', '11:a.py']);
    assert.strictEqual(r.blobs, 1);
  });

  it('leaves out skipped paths and throws the log\'s failure after stopping the batch process', async () => {
    const events: string[] = [];
    const got: string[] = [];
    const ok = await streamHistory(scriptedGit([commit(C2, 'vendor/x.py', B2), commit(C1, 'a.py', B1)], events), '/r', {
      maxBytes: 1 << 20, skipPath: (p) => p.startsWith('vendor/'), onBlob: (o) => void got.push(o.id.slice(0, 2)),
    });
    assert.deepStrictEqual([got, ok.changes.map((c) => c.path)], [['11'], ['a.py']]);
    const failing = scriptedGit([commit(C1, 'a.py', B1)], [], { code: 128, stdout: '', stderr: 'fatal: bad object\n' });
    await assert.rejects(streamHistory(failing, '/r', { maxBytes: 1 << 20, onBlob: () => undefined }), (e: unknown) => e instanceof HistoryError && /bad object/.test(e.message));
  });
});

describe('RequestFeed (the bounded queue of cat-file requests)', () => {
  it('asks the producer to wait once full, lets it go when git takes the queue, and ends or closes cleanly', async () => {
    const feed = new RequestFeed();
    assert.strictEqual(feed.room(), undefined);
    for (let i = 0; i < 4096; i++) feed.push(i.toString(16).padStart(40, '0'));
    const wait = feed.room();
    assert.ok(wait instanceof Promise, 'a full queue makes the producer wait');
    let released = false;
    void wait.then(() => (released = true));
    const reader = feed[Symbol.asyncIterator]();
    const first = await reader.next();
    assert.strictEqual((first.value as string).split('\n').length, 4097); // one id a line, newline-terminated
    await wait;
    assert.ok(released);
    feed.push('f'.repeat(40));
    feed.end();
    feed.push('e'.repeat(40)); // after end: dropped
    assert.deepStrictEqual(await reader.next(), { value: `${'f'.repeat(40)}\n`, done: false });
    assert.strictEqual((await reader.next()).done, true);
    const closed = new RequestFeed();
    for (let i = 0; i < 5000; i++) closed.push('a'.repeat(40));
    const held = closed.room();
    closed.close();
    await held; // a closed feed never leaves its producer waiting
    assert.strictEqual((await closed[Symbol.asyncIterator]().next()).done, true);
  });
  it('hands on no blob after a cancel, even when git sends many in one chunk', async () => {
    const log = commit(C2, 'b.py', B2) + commit(C1, 'a.py', B1);
    const git: Git = {
      run: async () => OK,
      lines: async () => OK,
      async stream(args, _cwd, onChunk, stdin?: GitStdin) {
        if (args[0] !== 'cat-file') { await onChunk(Buffer.from(log)); return OK; }
        let ids = '';
        if (typeof stdin === 'string') ids = stdin;
        else for await (const batch of stdin as AsyncIterable<string>) ids += batch;
        // Both answers in one chunk, as git does for small blobs.
        await onChunk(Buffer.from(ids.split('\n').filter(Boolean).map((id) => `${id} blob 3\nx=1\n`).join('')));
        return OK;
      },
    };
    let handed = 0;
    const r = await streamHistory(git, '/r', { maxBytes: 1 << 20, onBlob: () => void handed++, cancelled: () => handed >= 1 });
    assert.strictEqual(handed, 1);
    assert.strictEqual(r.cancelled, true);
  });
});
