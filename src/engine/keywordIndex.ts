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
  private readonly byHash: number[][] = [];
  private readonly mask = new Uint8Array(1 << TABLE_BITS);
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
    const { mask, byHash, list } = this;
    let a = lower.charCodeAt(0), b = lower.charCodeAt(1);
    for (let i = 2; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      const h = trigram(a, b, c);
      a = b;
      b = c;
      if (mask[h] === 0) continue;
      const start = i - 2;
      const piece = (start / chunk) | 0;
      for (const id of byHash[h]) {
        const hits = out[id];
        if (hits.length && hits[hits.length - 1] === piece) continue;
        if (lower.startsWith(list[id], start)) hits.push(piece);
      }
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
