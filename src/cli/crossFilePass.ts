// The working-tree scan's cross-file pass: a bot calls its own send or withdraw helper from another file, and
// only the workspace knows both. After the first pass, files that define fund movers are known (few, often none:
// then this costs nothing); the second look asks every file where it defines or calls those names; the files
// that call another file's mover are scanned again with it (crossfile/fundMovers.ts).
import { crossFileMovers, type FileSummary } from '../engine';
import { handled, type ScanPool } from './scanPool';
import type { FileTask, TaskResult } from './scanTask';

/** Replaces, in place, the results of files that call another file's fund mover with a scan that reports those calls. */
export async function crossFilePass(tasks: readonly FileTask[], results: TaskResult[], pool: ScanPool): Promise<void> {
  const names = [...new Set(results.flatMap((r) => (r.movers ?? []).map((m) => m.name)))];
  if (names.length === 0) return;
  const looks: Array<Promise<TaskResult> | undefined> = [];
  for (let i = 0; i < tasks.length; i++) {
    if (results[i].skipped) {
      looks.push(undefined);
      continue;
    }
    await pool.ready();
    looks.push(handled(pool.run({ ...tasks[i], dotenv: false, names })));
  }
  const summaries = new Map<string, FileSummary>();
  for (let i = 0; i < tasks.length; i++) {
    const uses = (await looks[i])?.uses;
    if (uses) summaries.set(tasks[i].rel, { movers: results[i].movers ?? [], ...uses });
  }
  const rescans: Array<[number, Promise<TaskResult>]> = [];
  const byPath = crossFileMovers(summaries);
  for (let i = 0; i < tasks.length; i++) {
    const movers = byPath.get(tasks[i].rel);
    if (!movers) continue;
    await pool.ready();
    rescans.push([i, handled(pool.run({ ...tasks[i], movers }))]);
  }
  // The rescan keeps what the first pass knew about the file (its dotenv call, its own movers).
  for (const [i, p] of rescans) results[i] = { ...results[i], ...(await p), movers: results[i].movers };
}
