// Splits `git cat-file --batch` output into objects as it streams, holding at most one object's bytes
// (an object over the size limit is counted and dropped, never buffered).

/** One object out of the batch: its bytes, or why they were dropped. */
export type BatchObject =
  | { id: string; type: string; size: number; bytes: Buffer }
  | { id: string; type: string; size: number; tooLarge: true }
  | { id: string; missing: true };

/** Incremental parser of `<id> <type> <size>\n<bytes>\n` records (and `<id> missing\n`). */
export class CatFileBatchParser {
  private head = Buffer.alloc(0);
  private current: { id: string; type: string; size: number; got: number; parts: Buffer[] | undefined } | undefined;

  /** `onObject` may return a promise: the caller waits for it before feeding more (backpressure). */
  constructor(private readonly maxBytes: number, private readonly onObject: (o: BatchObject) => void | Promise<void>) {}

  /** Feeds a chunk; resolves when every object it completed has been handed on. */
  async push(chunk: Buffer): Promise<void> {
    let at = 0;
    while (at < chunk.length) {
      if (this.current) {
        const c = this.current;
        // The content is followed by one newline, counted here as part of the record.
        const take = Math.min(chunk.length - at, c.size + 1 - c.got);
        if (c.parts) c.parts.push(chunk.subarray(at, at + take));
        c.got += take;
        at += take;
        if (c.got === c.size + 1) {
          this.current = undefined;
          const o: BatchObject = c.parts ? { id: c.id, type: c.type, size: c.size, bytes: Buffer.concat(c.parts).subarray(0, c.size) } : { id: c.id, type: c.type, size: c.size, tooLarge: true };
          await this.onObject(o);
        }
        continue;
      }
      const nl = chunk.indexOf(10, at);
      if (nl === -1) {
        this.head = Buffer.concat([this.head, chunk.subarray(at)]);
        return;
      }
      const line = Buffer.concat([this.head, chunk.subarray(at, nl)]).toString('latin1');
      this.head = Buffer.alloc(0);
      at = nl + 1;
      const [id, type, sizeText] = line.split(' ');
      if (type === 'missing' || sizeText === undefined) {
        await this.onObject({ id, missing: true });
        continue;
      }
      const size = Number(sizeText);
      this.current = { id, type, size, got: 0, parts: size <= this.maxBytes && type === 'blob' ? [] : undefined };
    }
  }
}
