// Suppressions: a marker on the finding's line, or on a comment line just above it, drops the finding.
import type { LineIndex } from '../text/lineIndex';
import type { MatchStage, StageScope } from './stage';

// Markers users already write for other scanners, plus KeyGuard's own (optionally naming a category).
const MARKER = /keyguard:allow(?:[ \t]+(secret|withdraw|gitignore)\b)?|gitleaks:allow|pragma:[ \t]*allowlist[ -]secret|trufflehog:ignore|secretlint-disable-(?:next-)?line|ggignore|noqa:[ \t]*(?:mock|documentation)/gi;
const COMMENT_ONLY = /^\s*(?:#|\/\/|\/\*|\*|--|;|<!--|'|rem\b)/i;

/** MARKER for the line checks, run with exec from lastIndex 0: matchAll cloned the regex for every line. */
const LINE_MARKER = new RegExp(MARKER.source, MARKER.flags);

/** True when `text` carries a suppression marker that covers `category`. */
function lineSuppresses(text: string, category: string): boolean {
  if (text.length > 4096) text = text.slice(0, 4096) + text.slice(-4096);
  LINE_MARKER.lastIndex = 0;
  for (let m = LINE_MARKER.exec(text); m; m = LINE_MARKER.exec(text)) {
    if (!m[1] || m[1].toLowerCase() === category) return true;
  }
  return false;
}

/** True when a finding of `category` on `line` is suppressed there or by a comment line just above. */
export function isSuppressed(lines: LineIndex, line: number, category: string): boolean {
  if (lineSuppresses(lines.lineText(line), category)) return true;
  if (line === 0) return false;
  const above = lines.lineText(line - 1);
  return COMMENT_ONLY.test(above) && lineSuppresses(above, category);
}

/** Findings of one text checked line by line before its markers are found once (most files have a few findings). */
const LINE_CHECKS = 8;
/** Lines longer than this are cut before the check (lineSuppresses): the index is not used for them. */
const LONG_LINE = 4096;

/** Per scan: findings checked so far, and the start offsets of every marker in the text once they are many. */
const markersOf = new WeakMap<StageScope, { checks: number; at?: number[] }>();

/** False when no marker starts on the line: a marker never spans lines, so the line's own check finds none. */
function mayHoldMarker(at: readonly number[], lines: LineIndex, line: number): boolean {
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  if (end - start > LONG_LINE) return true;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo] < end;
}

/**
 * Drops a match whose line (or the comment line above) carries a marker for its category. A text with many
 * findings (a file of thousands of assignments) finds its markers once, and checks only the lines that hold one.
 */
export const suppressionStage: MatchStage = ({ finding }, scope) => {
  const { lines, text } = scope;
  let seen = markersOf.get(scope);
  if (!seen) markersOf.set(scope, (seen = { checks: 0 }));
  const line = finding.range.startLine;
  if (++seen.checks > LINE_CHECKS) {
    const at = (seen.at ??= Array.from(text.matchAll(MARKER), (m) => m.index));
    if (!mayHoldMarker(at, lines, line) && (line === 0 || !mayHoldMarker(at, lines, line - 1))) return true;
  }
  return !isSuppressed(lines, line, finding.category);
};
