// The one order every file scan follows before matching: a generated path is skipped unread, then a bounded
// read (binary, too large, unreadable are skips), then minified content is skipped. The CLI's file, blob and
// staged-blob reads, the engine's file scan and the editor's workspace scan all go through here.
import { generatedByContent, isGeneratedPath } from '../find/generatedFiles';
import type { ReadResult, SkipReason } from './node/readTextFile';

/** Text to scan, or why the input was skipped. */
export type ScannableText = { text: string } | { skipped: SkipReason | 'generated'; detail?: string };

/** Reads `where` (a scan-root-relative path) with `read` unless it is generated, and skips minified text. */
export function scannableText(where: string, read: () => ReadResult, includeGenerated: boolean): ScannableText {
  if (skipUnread(where, includeGenerated)) return { skipped: 'generated' };
  return afterRead(where, read(), includeGenerated);
}

/** scannableText with a read that does not block (the editor's background scan, git's staged blobs). */
export async function scannableTextAsync(where: string, read: () => Promise<ReadResult>, includeGenerated: boolean): Promise<ScannableText> {
  if (skipUnread(where, includeGenerated)) return { skipped: 'generated' };
  return afterRead(where, await read(), includeGenerated);
}

/** Step 1: a generated path (bundles, build output) is not read at all. */
function skipUnread(where: string, includeGenerated: boolean): boolean {
  return !includeGenerated && isGeneratedPath(where);
}

/** Steps 2 and 3: a read's skip passes through; minified text and machine glue are skipped. */
function afterRead(where: string, r: ReadResult, includeGenerated: boolean): ScannableText {
  if ('skipped' in r) return r.detail === undefined ? { skipped: r.skipped } : { skipped: r.skipped, detail: r.detail };
  const generated = includeGenerated ? undefined : generatedByContent(where, r.text);
  return generated ? { skipped: 'generated', detail: generated } : r;
}
