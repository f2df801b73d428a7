// The working-tree scan's cross-file pass: a bot calls its own send or withdraw helper from another file, and
// only the workspace knows both. After the first pass, files that define fund movers are known (few, often none:
// then this costs nothing); a second look asks every file where it defines or calls those names; the files that
// call another file's mover are scanned again with it (crossfile/fundMovers.ts). Their callers become movers in
// turn, up to MAX_LAYERS: a command calls a service that calls the sender.
import { crossFileMovers, MAX_LAYERS, moverKey, type FileSummary } from '../engine';
import { handled, type ScanPool } from './scanPool';
import type { FileTask, TaskResult } from './scanTask';
import { pathConstantPass } from './pathConstantPass';

/**
 * Replaces, in place, the results of files that post another file's path constant (pathConstantPass.ts), then of
 * files that call another file's fund mover, with a scan that reports those uses and calls. Path constants come
 * first: a function that posts another file's withdrawal path moves funds, and its callers are found here.
 */
export async function crossFilePass(firstTasks: readonly FileTask[], results: TaskResult[], pool: ScanPool): Promise<void> {
  const tasks = await pathConstantPass(firstTasks, results, pool);
  const summaries = new Map<string, FileSummary>();
  const looked = new Set<string>();
  let linked = new Map<string, string>();
  for (let layer = 0; layer < MAX_LAYERS; layer++) {
    const fresh = [...new Set(results.flatMap((r) => (r.movers ?? []).map((m) => m.name)))].filter((n) => !looked.has(n));
    // A layer with no new name still counts: a caller may have become a mover under a name already looked for.
    if (fresh.length) {
      for (const n of fresh) looked.add(n);
      await lookFor(fresh, tasks, results, summaries, pool);
    }
    if (looked.size === 0) return;
    for (let i = 0; i < tasks.length; i++) {
      const s = summaries.get(tasks[i].rel);
      if (s) s.movers = results[i].movers ?? [];
    }
    const byPath = crossFileMovers(summaries);
    const rescans: Array<[number, Promise<TaskResult>]> = [];
    for (let i = 0; i < tasks.length; i++) {
      const movers = byPath.get(tasks[i].rel);
      if (!movers || moverKey(movers) === linked.get(tasks[i].rel)) continue;
      await pool.ready();
      rescans.push([i, handled(pool.run({ ...tasks[i], movers }))]);
    }
    linked = new Map([...byPath].map(([rel, m]) => [rel, moverKey(m)]));
    // No file calls other movers than before: the next layers would find the same.
    if (rescans.length === 0) return;
    // The rescan keeps what the first pass knew about the file (its dotenv call).
    for (const [i, p] of rescans) results[i] = { ...results[i], ...(await p), dotenvCall: results[i].dotenvCall };
  }
}

/** The second look for some names: every scanned file says where it defines or calls them (merged into `summaries`). */
async function lookFor(names: string[], tasks: readonly FileTask[], results: readonly TaskResult[], summaries: Map<string, FileSummary>, pool: ScanPool): Promise<void> {
  const looks: Array<Promise<TaskResult> | undefined> = [];
  for (let i = 0; i < tasks.length; i++) {
    if (results[i].skipped) {
      looks.push(undefined);
      continue;
    }
    await pool.ready();
    looks.push(handled(pool.run({ ...tasks[i], dotenv: false, names })));
  }
  for (let i = 0; i < tasks.length; i++) {
    const uses = (await looks[i])?.uses;
    if (!uses) continue;
    const had = summaries.get(tasks[i].rel);
    if (!had) summaries.set(tasks[i].rel, { movers: [], ...uses });
    else summaries.set(tasks[i].rel, { movers: had.movers, defs: [...had.defs, ...uses.defs], calls: [...had.calls, ...uses.calls], imports: [...new Set([...had.imports, ...uses.imports])] });
  }
}
