// The working-tree scan's pass over path constants: an SDK or bot defines a withdrawal path in one file and posts
// it in another, and only the workspace knows both. The first pass said which names each file gives a path to; the
// names one path each that is an action are linked (crossfile/pathConstants.ts, none in most workspaces: then this
// costs nothing); a look asks each code file which of them it uses; those files are scanned again with them, and
// the files defining the names they post are scanned again to report the definitions.
import { linkPathConstants, nearestConstant, type PathConstant } from '../engine';
import { handled, type ScanPool } from './scanPool';
import type { FileTask, TaskResult } from './scanTask';

/** Kinds of file that never use a name in code (a config file defines keys; Spring reads them from Java). */
const NO_USES = /\.(?:ya?ml|properties|ini|cfg|conf|json|toml|xml|md|txt|env|lock)$/i;

/**
 * Replaces, in place, the results of files that post another file's path constant or define one another file posts;
 * returns the tasks with their path-constant options, so that a later pass (fund movers) keeps them.
 */
export async function pathConstantPass(tasks: readonly FileTask[], results: TaskResult[], pool: ScanPool): Promise<FileTask[]> {
  const out = [...tasks];
  const linked = linkPathConstants(results.map((r) => (r.skipped ? [] : r.pathConstants ?? [])));
  if (linked.size === 0) return out;
  // Names only: every file's look is sent them.
  const names = [...linked.keys()];
  const looks: Array<Promise<TaskResult> | undefined> = [];
  for (let i = 0; i < tasks.length; i++) {
    if (results[i].skipped || NO_USES.test(tasks[i].rel)) {
      looks.push(undefined);
      continue;
    }
    await pool.ready();
    looks.push(handled(pool.run({ ...tasks[i], dotenv: false, linked: names })));
  }
  const users: number[] = [];
  for (let i = 0; i < tasks.length; i++) {
    const rel = tasks[i].rel;
    const used = ((await looks[i])?.usedNames ?? []).map((n) => nearestConstant(linked.get(n), rel)).filter((c): c is PathConstant => c !== undefined && c.file !== rel);
    if (!used.length) continue;
    out[i] = { ...tasks[i], pathConstants: used };
    users.push(i);
  }
  const posted = new Map<string, PathConstant[]>();
  for (const r of await rescan(users, out, results, pool)) {
    for (const c of r.posted ?? []) {
      const had = posted.get(c.file) ?? posted.set(c.file, []).get(c.file)!;
      if (!had.some((p) => p.name === c.name)) had.push(c);
    }
  }
  const index = new Map(tasks.map((t, i) => [t.rel, i]));
  const definers: number[] = [];
  for (const [file, defs] of posted) {
    const i = index.get(file);
    if (i === undefined) continue;
    out[i] = { ...out[i], postedConstants: defs };
    definers.push(i);
  }
  await rescan(definers, out, results, pool);
  return out;
}

/** Scans the given files again with their tasks' options; their results replace the first pass's (its dotenv call kept). */
async function rescan(indices: readonly number[], tasks: readonly FileTask[], results: TaskResult[], pool: ScanPool): Promise<TaskResult[]> {
  const pending: Array<[number, Promise<TaskResult>]> = [];
  for (const i of indices) {
    await pool.ready();
    pending.push([i, handled(pool.run(tasks[i]))]);
  }
  const done: TaskResult[] = [];
  for (const [i, p] of pending) {
    const r = await p;
    results[i] = { ...results[i], ...r, dotenvCall: results[i].dotenvCall };
    done.push(r);
  }
  return done;
}
