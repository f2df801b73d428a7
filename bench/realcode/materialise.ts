// `npm run bench:realcode:materialise`: writes the manifest's files at their pinned commits into a folder outside
// git (bench/realcode/files/, gitignored), from local git mirrors. Nothing is fetched from the network: a repository
// or file the mirrors do not hold is skipped and named. Each repository becomes its own small git repository with
// the files committed (and its .gitignore files), so KeyGuard sees them tracked, as in the original.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_FILES_DIR, loadManifest, MANIFEST_SETS, repoFolder, type ManifestRepo, type ManifestSet } from './manifest';

/** Where mirrors live: `<root>/<owner>+<name>/repo` (a work tree's .git or a bare git directory). */
const MIRRORS = process.env.KEYGUARD_MIRRORS ?? '/work/.mirror';

/** The git directory of a repository's local mirror, if there is one. */
function mirrorGitDir(repo: string): string | undefined {
  const base = path.join(MIRRORS, repoFolder(repo));
  for (const d of [path.join(base, 'repo', '.git'), path.join(base, 'repo'), path.join(base, '.git'), base]) {
    if (fs.existsSync(path.join(d, 'HEAD')) && fs.existsSync(path.join(d, 'objects'))) return d;
  }
  return undefined;
}

/** Runs git and returns stdout as bytes, or undefined when git fails. */
function git(args: string[], cwd?: string): Buffer | undefined {
  try {
    return execFileSync('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The .gitignore files on the way from the repository root to each path (they decide what git ignores). */
function ignoreFiles(gitDir: string, commit: string, paths: string[]): string[] {
  const dirs = new Set<string>(['']);
  for (const p of paths) {
    const parts = p.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return [...dirs].map((d) => (d ? `${d}/.gitignore` : '.gitignore')).filter((f) => git(['--git-dir', gitDir, 'cat-file', '-e', `${commit}:${f}`]) !== undefined);
}

/** Writes one repository's files; returns what it skipped. */
function materialiseRepo(r: ManifestRepo, outRoot: string): { written: number; skipped: string[] } {
  const gitDir = mirrorGitDir(r.repo);
  if (!gitDir) return { written: 0, skipped: [`${r.repo}: no local mirror under ${MIRRORS}`] };
  if (git(['--git-dir', gitDir, 'cat-file', '-e', `${r.commit}^{commit}`]) === undefined) {
    return { written: 0, skipped: [`${r.repo}: the mirror lacks commit ${r.commit.slice(0, 12)}`] };
  }
  const dir = path.join(outRoot, repoFolder(r.repo));
  fs.rmSync(dir, { recursive: true, force: true });
  const wanted = r.files.map((f) => f.path);
  const skipped: string[] = [];
  const written: string[] = [];
  for (const p of [...wanted, ...ignoreFiles(gitDir, r.commit, wanted)]) {
    if (written.includes(p)) continue;
    const blob = git(['--git-dir', gitDir, 'show', `${r.commit}:${p}`]);
    if (blob === undefined) {
      skipped.push(`${r.repo}: ${p} (not readable from the mirror)`);
      continue;
    }
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), blob);
    written.push(p);
  }
  // Tracked, as in the original repository: env-file rules depend on it.
  if (written.length) {
    const id = ['-c', 'user.name=keyguard-bench', '-c', 'user.email=bench@localhost', '-c', 'commit.gpgsign=false'];
    const ok = git(['init', '-q'], dir) && git(['add', '-f', '--', ...written], dir) && git([...id, 'commit', '-q', '-m', `${r.repo}@${r.commit}`], dir);
    if (!ok) skipped.push(`${r.repo}: could not commit the files into a local git repository (env rules may differ)`);
  }
  return { written: written.filter((p) => wanted.includes(p)).length, skipped };
}

function main(): void {
  const outIdx = process.argv.indexOf('--out');
  const outRoot = path.resolve(outIdx > 0 ? process.argv[outIdx + 1] : DEFAULT_FILES_DIR);
  // All fact sets share one folder: their repositories never overlap (a test checks it).
  const setIdx = process.argv.indexOf('--set');
  const sets = (setIdx > 0 ? [process.argv[setIdx + 1]] : Object.keys(MANIFEST_SETS)) as ManifestSet[];
  for (const set of sets) {
    const manifest = loadManifest(MANIFEST_SETS[set].file);
    let files = 0;
    let repos = 0;
    const skipped: string[] = [];
    for (const r of manifest.repositories) {
      const res = materialiseRepo(r, outRoot);
      files += res.written;
      if (res.written) repos++;
      skipped.push(...res.skipped);
    }
    const total = manifest.repositories.reduce((a, r) => a + r.files.length, 0);
    console.log(`${set}: materialised ${files} of ${total} files from ${repos} of ${manifest.repositories.length} repositories into ${outRoot}`);
    if (skipped.length) console.log(`skipped (${skipped.length}):\n  ${skipped.join('\n  ')}`);
  }
}

main();
