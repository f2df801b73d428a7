// A pool of worker threads that run scan tasks on every core; `--jobs 1` runs them in this thread.
// The same file is the workers' entry: in the shipped bundle that is dist/cli.js (main.ts starts the
// CLI only on the main thread), in tests out/src/cli/scanPool.js.
import * as os from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { runTask, type ScanTask, type TaskResult } from './scanTask';

/** Marks a worker started by this pool (any other worker that loads the bundle stays idle). */
const ROLE = 'keyguard-scan-worker';

/** Runs scan tasks; `ready()` resolves when a new task would not grow the backlog past a few per worker. */
export interface ScanPool {
  readonly jobs: number;
  run(task: ScanTask): Promise<TaskResult>;
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A task's promise, marked as handled now: it is awaited only after more tasks are queued, and a worker
 * that fails meanwhile must end the scan through Promise.all (exit code 2), not as an unhandled rejection.
 */
export function handled<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** The default pool size: the cores this process may use. */
export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** A pool of `jobs` workers (in-thread when 1); `script` is the file workers load (this module by default). */
export function createPool(jobs: number, script: string = __filename): ScanPool {
  return jobs <= 1 ? inThreadPool() : new WorkerPool(jobs, script);
}

/** `--jobs 1`: the tasks run here, one at a time. */
function inThreadPool(): ScanPool {
  return {
    jobs: 1,
    run: async (task) => runTask(task),
    ready: async () => undefined,
    close: async () => undefined,
  };
}

interface Pending {
  id: number;
  task: ScanTask;
  resolve: (r: TaskResult) => void;
  reject: (e: Error) => void;
}

/** Workers fed from one queue; each worker runs one task at a time. */
class WorkerPool implements ScanPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private readonly waiting: Array<() => void> = [];
  private readonly workers: Worker[] = [];
  private nextId = 0;
  private failure: Error | undefined;

  constructor(readonly jobs: number, script: string) {
    for (let i = 0; i < jobs; i++) {
      const w = new Worker(script, { workerData: { role: ROLE } });
      w.unref();
      w.on('message', (m: { id: number; result?: TaskResult; error?: string }) => this.done(w, m));
      w.on('error', (e) => this.fail(w, e));
      w.on('exit', (code) => {
        if (this.busy.has(w) || code !== 0) this.fail(w, new Error(`a scan worker stopped (exit ${code})`));
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  run(task: ScanTask): Promise<TaskResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.pump();
    });
  }

  ready(): Promise<void> {
    if (this.queue.length < this.jobs * 2 || this.failure) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Hands queued tasks to idle workers. */
  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const p = this.queue.shift()!;
      this.busy.set(w, p);
      w.ref();
      // Blob bytes move to the worker instead of being copied (they are the task's own copy).
      const transfer = p.task.kind === 'blob' ? [p.task.bytes.buffer as ArrayBuffer] : [];
      w.postMessage({ id: p.id, task: p.task }, transfer);
    }
    while (this.waiting.length && this.queue.length < this.jobs * 2) this.waiting.shift()!();
  }

  private done(w: Worker, m: { id: number; result?: TaskResult; error?: string }): void {
    const p = this.busy.get(w);
    this.busy.delete(w);
    w.unref();
    this.idle.push(w);
    if (p) {
      if (m.result) p.resolve(m.result);
      else p.reject(new Error(m.error ?? 'scan worker failed'));
    }
    this.pump();
  }

  private fail(w: Worker, e: Error): void {
    this.failure ??= e;
    const p = this.busy.get(w);
    this.busy.delete(w);
    p?.reject(e);
    for (const q of this.queue.splice(0)) q.reject(e);
    for (const r of this.waiting.splice(0)) r();
  }
}

/** The worker side: answers each task message with its result. */
function serve(): void {
  parentPort!.on('message', ({ id, task }: { id: number; task: ScanTask }) => {
    try {
      parentPort!.postMessage({ id, result: runTask(task) });
    } catch (e) {
      parentPort!.postMessage({ id, error: (e as Error).message });
    }
  });
}

if (!isMainThread && (workerData as { role?: string } | undefined)?.role === ROLE) serve();
