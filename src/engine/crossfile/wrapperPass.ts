// The editor's incremental rescans leave out calls of other files' fund movers (find/scan.ts: a region rescan
// skips them, and the movers change without the text changing): this pass finds them over the whole text, one
// regex over the movers' names, and adds them to a result as a full scan with `movers` would have it.
import { withdrawSendCall } from '../detectors/withdraw/sendCalls';
import { withdrawHandlerSend } from '../detectors/withdraw/handlerSend';

/** The send-call shapes, which yield their span to a known mover's call. */
const SHAPES = new Set([withdrawSendCall.id, withdrawHandlerSend.id]);
import { withdrawWrapperCall } from '../detectors/withdraw/wrapperCalls';
import { scanWith } from '../find/scan';
import type { Finding, ScanOptions, ScanResult } from '../types';

const WRAPPER_ONLY = [withdrawWrapperCall];

/**
 * `result` (a scan of `text` without movers) with the text's calls of `options.movers` added; where a finding of
 * the same category covers a call, it wins, as in a full scan's dedupe (only the send-call shape, listed after the
 * call rule, yields its span).
 */
export function withWrapperCalls(result: ScanResult, text: string, options: ScanOptions): ScanResult {
  if (result.skipped || !options.movers?.length) return result;
  const overlaps = (f: Finding, c: Finding) => f.category === c.category && f.range.start < c.range.end && c.range.start < f.range.end;
  // The send-call shape comes after the call rule in the list: a known mover's call takes its span.
  const calls = scanWith(WRAPPER_ONLY, text, options).findings.filter((c) => !result.findings.some((f) => !SHAPES.has(f.id) && overlaps(f, c)));
  if (calls.length === 0) return result;
  const kept = result.findings.filter((f) => !SHAPES.has(f.id) || !calls.some((c) => overlaps(f, c)));
  // A stable sort by start keeps an equal-start call after the other finding, as dedupe orders them.
  return { ...result, findings: [...kept, ...calls].sort((a, b) => a.range.start - b.range.start) };
}
