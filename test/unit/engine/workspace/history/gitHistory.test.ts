import * as assert from 'assert';
import { HistoryError, pushedCommits, type Git, type GitResult } from '../../../../../src/engine';

/** A git whose `rev-list --remotes` prints `lines` and then ends with `result`; stopping early reports a kill. */
function revList(lines: string[], result: Omit<GitResult, 'stdout'>): Git {
  const done = { ...result, stdout: '' };
  return {
    run: async () => done,
    stream: async () => done,
    lines: async (_args, _cwd, onLine) => {
      for (const l of lines) if (onLine(l) === false) return { code: -1, stdout: '', stderr: '' };
      return done;
    },
  };
}

describe('pushedCommits', () => {
  it('answers which wanted commits a remote-tracking branch reaches', async () => {
    const git = revList(['c3', 'c2', 'c1'], { code: 0, stderr: '' });
    assert.deepStrictEqual([...(await pushedCommits(git, '/r', new Set(['c1', 'c9'])))], ['c1']);
  });

  it('treats its own early stop as success, not as a failed git', async () => {
    const git = revList(['c3', 'c2', 'c1'], { code: 0, stderr: '' });
    assert.deepStrictEqual([...(await pushedCommits(git, '/r', new Set(['c3'])))], ['c3']);
  });

  it('throws when git cannot tell, instead of answering "not pushed"', async () => {
    await assert.rejects(pushedCommits(revList([], { code: 128, stderr: 'fatal: not a git repository\n' }), '/r', new Set(['c1'])),
      (e: unknown) => e instanceof HistoryError && /git rev-list --remotes failed: not a git repository/.test(e.message));
    await assert.rejects(pushedCommits(revList([], { code: 1, stderr: '' }), '/r', new Set(['c1'])), /failed: exit code 1/);
    await assert.rejects(pushedCommits(revList([], { code: -1, stderr: '', unavailable: 'git is not installed' }), '/r', new Set(['c1'])), /git is not installed/);
  });
});
