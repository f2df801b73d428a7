// Builds git repositories for history tests in one `git fast-import` run: commits as data, fixed dates.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import { plainGit } from '../hardening/hostile';

/** One commit: files to write (null deletes), on a branch, optionally merging other commits. */
export interface CommitSpec {
  /** A name for the commit, to refer to it in `merge` and to read its id back. */
  name: string;
  branch?: string;
  /** The commit it follows on its branch (default: the branch's previous commit). */
  from?: string;
  merge?: string[];
  author?: string;
  files: Record<string, string | Buffer | null>;
}

/** Imports the commits into a new repository at `dir` and checks out `main`; returns commit ids by name. */
export function buildRepo(dir: string, commits: readonly CommitSpec[], options: { checkout?: boolean } = {}): Map<string, string> {
  fs.mkdirSync(dir, { recursive: true });
  plainGit(dir, 'init', '-q', '-b', 'main');
  const marks = new Map<string, number>();
  const parts: Buffer[] = [];
  const text = (s: string) => parts.push(Buffer.from(s));
  let time = 1_700_000_000;
  commits.forEach((c, i) => {
    const mark = i + 1;
    marks.set(c.name, mark);
    const who = `${c.author ?? 'Ann'} <${(c.author ?? 'ann').toLowerCase()}@example.invalid> ${(time += 60)} +0000`;
    text(`commit refs/heads/${c.branch ?? 'main'}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\ndata ${c.name.length}\n${c.name}\n`);
    if (c.from) text(`from :${marks.get(c.from)}\n`);
    for (const m of c.merge ?? []) text(`merge :${marks.get(m)}\n`);
    for (const [path, content] of Object.entries(c.files)) {
      if (content === null) {
        text(`D ${path}\n`);
        continue;
      }
      const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
      text(`M 100644 inline ${path}\ndata ${bytes.length}\n`);
      parts.push(bytes);
      text('\n');
    }
    text('\n');
  });
  const exportMarks = `${dir}.marks`;
  execFileSync('git', ['fast-import', '--quiet', `--export-marks=${exportMarks}`], { cwd: dir, input: Buffer.concat(parts), env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull } });
  const byMark = new Map(fs.readFileSync(exportMarks, 'utf8').trim().split('\n').map((l) => l.split(' ') as [string, string]));
  fs.rmSync(exportMarks);
  if (options.checkout !== false) plainGit(dir, 'reset', '-q', '--hard', 'main');
  return new Map([...marks].map(([name, mark]) => [name, byMark.get(`:${mark}`)!]));
}
