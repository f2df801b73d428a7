// Which .env a dotenv loader call actually reads. python-dotenv's `load_dotenv()` searches upward from the
// calling file's folder (find_dotenv) and takes the first .env; Node's dotenv, godotenv and most others read
// the working directory, usually the project folder (where package.json or go.mod sits); PHP's
// `createImmutable(__DIR__)`, shell `source .env` and compose `env_file` read the file's own folder. A .env in
// a sibling folder is read by none of them.
import * as path from 'path';
import type { FileKind } from '../types';

/** Files that mark a project folder, where a program is usually started from. */
const MANIFESTS = ['package.json', 'go.mod', 'Cargo.toml', 'Gemfile', 'composer.json', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'pyproject.toml'];

/** Kinds whose loader searches upward from the calling file (python-dotenv; dotenvy searches upward from the working directory). */
const UPWARD = new Set<FileKind>(['python', 'notebook', 'rust']);
/** Kinds whose loader reads the file's own folder first (PHP's __DIR__, shell scripts, compose files). */
const OWN_FOLDER = new Set<FileKind>(['php', 'shell', 'yaml', 'dockerfile']);

/**
 * The .env a loader call in `file` (absolute) reads, within the repository folder `top`: the first that
 * `exists`; undefined when there is none where the loader looks.
 */
export async function dotenvTarget(file: string, kind: FileKind, top: string, exists: (p: string) => Promise<boolean>): Promise<string | undefined> {
  const within = (dir: string) => dir === top || dir.startsWith(top + path.sep);
  const dir = path.dirname(file);
  const candidates: string[] = [];
  if (UPWARD.has(kind)) {
    for (let d = dir; within(d); d = path.dirname(d)) {
      candidates.push(d);
      if (d === top || path.dirname(d) === d) break;
    }
  } else {
    if (OWN_FOLDER.has(kind)) candidates.push(dir);
    candidates.push(await projectFolder(dir, top, exists), top);
  }
  for (const d of [...new Set(candidates)]) {
    const envFile = path.join(d, '.env');
    if (await exists(envFile)) return envFile;
  }
  return undefined;
}

/** The nearest folder from `dir` up to `top` holding a project manifest; `top` when none does. */
async function projectFolder(dir: string, top: string, exists: (p: string) => Promise<boolean>): Promise<string> {
  for (let d = dir; d === top || d.startsWith(top + path.sep); d = path.dirname(d)) {
    for (const m of MANIFESTS) if (await exists(path.join(d, m))) return d;
    if (d === top || path.dirname(d) === d) break;
  }
  return top;
}
