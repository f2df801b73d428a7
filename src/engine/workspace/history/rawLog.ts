// Parses `git log --raw -z -c --format=%x01%H%x00%aI%x00%an` output as it streams: each commit's header,
// then one record per path it changed (merges: the combined form, one source blob per parent).

/** A commit of the enumerated history; `order` grows from newest to oldest (git's topological order). */
export interface HistoryCommit {
  id: string;
  /** Author date, ISO 8601 with the author's offset. */
  date: string;
  author: string;
  order: number;
}

/** One path a commit changed: the blob it has now and the blobs its parents had there (none when added). */
export interface RawChange {
  commit: number;
  path: string;
  /** Blob ids before the change, one per parent that had a blob there. */
  sources: string[];
  /** Blob id after the change; undefined when the path was deleted or is not a regular file. */
  blob?: string;
}

/** The `--format` the parser expects (\x01 marks a commit; \0 ends each header field). */
export const RAW_LOG_FORMAT = '--format=%x01%H%x00%aI%x00%an';

/** Arguments of the one enumeration pass (before the revision selection). */
export const RAW_LOG_ARGS = ['log', '--topo-order', '--raw', '--no-renames', '--no-abbrev', '-c', '-z', RAW_LOG_FORMAT];

// A blob id of zeros stands for "no blob" (added or deleted); gitlinks and symlinks are not file text.
const NO_BLOB = /^0+$/;
const REGULAR_FILE = /^100[0-7]{3}$/;

/** Incremental parser: feed it \0-separated tokens as they arrive. */
export class RawLogParser {
  readonly commits: HistoryCommit[] = [];
  private header: string[] | undefined;
  private pendingMeta: string | undefined;
  private rest = '';

  constructor(private readonly onChange: (change: RawChange) => void) {}

  /** Feeds a decoded piece of output. */
  push(text: string): void {
    const parts = (this.rest + text).split('\0');
    this.rest = parts.pop() ?? '';
    for (const token of parts) this.token(token);
  }

  /** Feeds whatever is left after git exits. */
  end(): void {
    if (this.rest) this.token(this.rest);
    this.rest = '';
  }

  private token(token: string): void {
    if (this.pendingMeta !== undefined) {
      const meta = this.pendingMeta;
      this.pendingMeta = undefined;
      this.change(meta, token);
      return;
    }
    if (this.header) {
      this.header.push(token);
      if (this.header.length === 3) {
        const [id, date, author] = this.header;
        this.commits.push({ id, date, author, order: this.commits.length });
        this.header = undefined;
      }
      return;
    }
    if (token.startsWith('\x01')) {
      this.header = [token.slice(1)];
      return;
    }
    const meta = token.replace(/^\n/, '');
    if (meta.startsWith(':')) this.pendingMeta = meta;
  }

  /** One `:mode… sha… status` record and its path. */
  private change(meta: string, path: string): void {
    if (this.commits.length === 0) return;
    const parents = /^:+/.exec(meta)![0].length;
    const fields = meta.slice(parents).split(' ');
    const modes = fields.slice(0, parents + 1);
    const ids = fields.slice(parents + 1, 2 * parents + 2);
    if (ids.length !== parents + 1) return;
    const sources: string[] = [];
    for (let i = 0; i < parents; i++) if (REGULAR_FILE.test(modes[i]) && !NO_BLOB.test(ids[i])) sources.push(ids[i]);
    const dst = ids[parents];
    const blob = REGULAR_FILE.test(modes[parents]) && !NO_BLOB.test(dst) ? dst : undefined;
    this.onChange({ commit: this.commits.length - 1, path, sources, blob });
  }
}
