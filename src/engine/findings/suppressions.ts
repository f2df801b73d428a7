// Suppressions: a marker on the finding's line, or on a comment line just above it, drops the finding.
import type { LineIndex } from '../text/lineIndex';
import type { MatchStage } from './stage';

// Markers users already write for other scanners, plus KeyGuard's own (optionally naming a category).
const MARKER = /keyguard:allow(?:[ \t]+(secret|withdraw|gitignore)\b)?|gitleaks:allow|pragma:[ \t]*allowlist[ -]secret|trufflehog:ignore|secretlint-disable-(?:next-)?line|ggignore|noqa:[ \t]*(?:mock|documentation)/gi;
const COMMENT_ONLY = /^\s*(?:#|\/\/|\/\*|\*|--|;|<!--|'|rem\b)/i;

/** True when `text` carries a suppression marker that covers `category`. */
function lineSuppresses(text: string, category: string): boolean {
  if (text.length > 4096) text = text.slice(0, 4096) + text.slice(-4096);
  for (const m of text.matchAll(MARKER)) {
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

/** Drops a match whose line (or the comment line above) carries a marker for its category. */
export const suppressionStage: MatchStage = ({ finding }, { lines }) => !isSuppressed(lines, finding.range.startLine, finding.category);
