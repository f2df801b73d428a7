// The one order every file scan follows before matching: a generated path is skipped unread, then a bounded
// read (binary, too large, unreadable are skips), then minified content is skipped. The CLI's file and blob
// tasks, the engine's file scan and the editor's workspace scan all go through here.
import { isGeneratedPath, looksMinified } from '../find/generatedFiles';
import type { ReadResult, SkipReason } from './node/readTextFile';

/** Text to scan, or why the input was skipped. */
export type ScannableText = { text: string } | { skipped: SkipReason | 'generated'; detail?: string };

/** Reads `where` (a scan-root-relative path) with `read` unless it is generated, and skips minified text. */
export function scannableText(where: string, read: () => ReadResult, includeGenerated: boolean): ScannableText {
  if (!includeGenerated && isGeneratedPath(where)) return { skipped: 'generated' };
  const r = read();
  if ('skipped' in r) return r.detail === undefined ? { skipped: r.skipped } : { skipped: r.skipped, detail: r.detail };
  if (!includeGenerated && looksMinified(where, r.text)) return { skipped: 'generated', detail: 'minified' };
  return r;
}
