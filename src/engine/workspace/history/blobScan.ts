// Scanning one blob of history as if it were the file at its path, in the calling thread (the editor's
// history scan; the CLI runs the same steps on its worker pool).
import { DETECTORS } from '../../detectors';
import { scanWith } from '../../find/scan';
import { valueKey } from '../../text/valueKey';
import { decodeText } from '../node/readTextFile';
import { scannableText } from '../scannableText';
import type { BlobFindings } from './attribution';

/** What a history scan skips and keeps. */
export interface BlobScanOptions {
  includeGenerated?: boolean;
  /** Categories left out (a history scan leaves out `withdraw` and `gitignore`: code and files of the past). */
  disabledCategories?: readonly string[];
}

/** The findings of a blob with one value key each; undefined when it is binary, a lockfile or generated. */
export function scanBlob(path: string, bytes: Buffer, options: BlobScanOptions = {}): BlobFindings | undefined {
  const read = scannableText(path, () => decodeText(bytes), options.includeGenerated ?? false);
  if ('skipped' in read) return undefined;
  const scanned = scanWith(DETECTORS, read.text, { path, disabledCategories: options.disabledCategories ?? ['withdraw', 'gitignore'] });
  if (scanned.skipped) return undefined;
  return { findings: scanned.findings, keys: scanned.findings.map((f) => valueKey(read.text.slice(f.range.start, f.range.end))) };
}
