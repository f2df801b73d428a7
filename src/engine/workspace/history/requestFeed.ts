// The requests for `git cat-file --batch`, written while `git log` is still finding them: a queue that
// git's stdin drains as an async iterable, and that tells the producer to wait while it is full, so
// neither side holds more than a bounded number of ids.

/** Ids queued before the producer is asked to wait (about 160 KB of requests). */
const HIGH_WATER = 4096;

/** A bounded queue of object ids, read as newline-terminated batches. */
export class RequestFeed implements AsyncIterable<string> {
  private queue: string[] = [];
  private ended = false;
  private wake: (() => void) | undefined;
  private waiting: Array<() => void> = [];

  /** Ids handed to git so far. */
  requested = 0;

  /** Queues one id; dropped after `close()`. */
  push(id: string): void {
    if (this.ended) return;
    this.queue.push(id);
    this.requested++;
    this.signal();
  }

  /** Undefined while there is room; else a promise that settles once git has taken the queue. */
  room(): Promise<void> | undefined {
    if (this.queue.length < HIGH_WATER || this.ended) return undefined;
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** No more ids: git gets what is queued, then end of input. */
  end(): void {
    this.ended = true;
    this.signal();
  }

  /** Stops at once (git is gone or the scan is over): the queue is dropped and a waiting producer released. */
  close(): void {
    this.queue = [];
    this.end();
    this.release();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    for (;;) {
      if (this.queue.length) {
        const batch = `${this.queue.join('\n')}\n`;
        this.queue = [];
        this.release();
        yield batch;
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private signal(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  private release(): void {
    for (const r of this.waiting.splice(0)) r();
  }
}
