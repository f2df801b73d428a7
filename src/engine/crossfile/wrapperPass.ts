// The editor's incremental rescans leave out calls of other files' fund movers (find/scan.ts: a region rescan
// skips them, and the movers change without the text changing): this pass finds them over the whole text, one
// regex over the movers' names, and adds them to a result as a full scan with `movers` would have it.
import { withdrawWrapperCall } from '../detectors/withdrawWrapperCalls';
import { scanWith } from '../find/scan';
import type { ScanOptions, ScanResult } from '../types';

const WRAPPER_ONLY = [withdrawWrapperCall];

/**
 * `result` (a scan of `text` without movers) with the text's calls of `options.movers` added; where a finding of
 * the same category covers a call, it wins, as in a full scan's dedupe (the call rule comes last).
 */
export function withWrapperCalls(result: ScanResult, text: string, options: ScanOptions): ScanResult {
  if (result.skipped || !options.movers?.length) return result;
  const calls = scanWith(WRAPPER_ONLY, text, options).findings.filter((c) => !result.findings.some(
    (f) => f.category === c.category && f.range.start < c.range.end && c.range.start < f.range.end,
  ));
  if (calls.length === 0) return result;
  // A stable sort by start keeps an equal-start call after the other finding, as dedupe orders them.
  return { ...result, findings: [...result.findings, ...calls].sort((a, b) => a.range.start - b.range.start) };
}
