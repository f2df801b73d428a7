// Finds every detector keyword in one pass over the text, whatever the number of keywords: a hash of
// each keyword's first three characters marks candidate positions, and only those are compared in full.

const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

/** Hash of three character codes (collisions only cost a full comparison). */
function trigram(a: number, b: number, c: number): number {
  return (a * 961 + b * 31 + c) & TABLE_MASK;
}

/** Keywords compiled for one-pass search. */
export class KeywordTable {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];
  // Dense, not sparse: assigning a few of 65,536 indices of an empty array makes V8 store it as a
  // dictionary, and every lookup a hash lookup.
  private readonly byHash: Array<number[] | null> = new Array<number[] | null>(1 << TABLE_BITS).fill(null);
  private readonly mask = new Uint8Array(1 << TABLE_BITS);
  /** First four character codes of each keyword (-1 past its end): most candidates fail on one of them. */
  private prefix = new Int32Array(0);
  /** Two-character keywords cannot be hashed on three characters: they are searched with indexOf. */
  private readonly short: number[] = [];

  constructor(keywords: Iterable<string>) {
    for (const k of keywords) {
      if (this.ids.has(k)) continue;
      if (k.length < 2) throw new Error(`keyword "${k}" is shorter than 2 characters`);
      if (k !== k.toLowerCase() || /[^\x00-\x7f]/.test(k)) throw new Error(`keyword "${k}" must be lowercase ASCII`);
      const id = this.list.length;
      this.ids.set(k, id);
      this.list.push(k);
      if (k.length < 3) {
        this.short.push(id);
        continue;
      }
      const h = trigram(k.charCodeAt(0), k.charCodeAt(1), k.charCodeAt(2));
      this.mask[h] = 1;
      (this.byHash[h] ??= []).push(id);
    }
    this.prefix = new Int32Array(this.list.length * 4);
    this.list.forEach((k, id) => {
      for (let j = 0; j < 4; j++) this.prefix[id * 4 + j] = j < k.length ? k.charCodeAt(j) : -1;
    });
  }

  /** Id of a keyword (it must be in the table). */
  idOf(keyword: string): number {
    const id = this.ids.get(keyword);
    if (id === undefined) throw new Error(`keyword "${keyword}" is not in the table`);
    return id;
  }

  /** For each keyword id, the ascending distinct indices of the `chunk`-sized pieces of `lower` holding it. */
  chunksOf(lower: string, chunk: number): number[][] {
    const out: number[][] = this.list.map(() => []);
    const { mask, byHash, list, prefix } = this;
    let a = lower.charCodeAt(0), b = lower.charCodeAt(1);
    for (let i = 2; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      const h = trigram(a, b, c);
      if (mask[h] !== 0) {
        const start = i - 2;
        const piece = (start / chunk) | 0;
        const d = lower.charCodeAt(i + 1);
        const ids = byHash[h]!;
        for (let q = 0; q < ids.length; q++) {
          const id = ids[q];
          const hits = out[id];
          if (hits.length !== 0 && hits[hits.length - 1] === piece) continue;
          // The hash collides; compare the first four characters before the whole keyword.
          const f = id * 4;
          if (prefix[f] !== a || prefix[f + 1] !== b || prefix[f + 2] !== c) continue;
          if (prefix[f + 3] !== -1 && (prefix[f + 3] !== d || !lower.startsWith(list[id], start))) continue;
          hits.push(piece);
        }
      }
      a = b;
      b = c;
    }
    for (const id of this.short) {
      for (let p = lower.indexOf(list[id]); p !== -1; ) {
        const piece = (p / chunk) | 0;
        out[id].push(piece);
        p = lower.indexOf(list[id], (piece + 1) * chunk);
      }
    }
    return out;
  }
}
