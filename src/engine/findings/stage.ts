// What every step of the findings pipeline (pipeline.ts) sees: one match on its way to becoming a
// reported finding, and what is known about the text it was found in.
import type { Detector } from '../defineDetector';
import type { LineIndex } from '../text/lineIndex';
import type { FileKind, Finding, ScanOptions } from '../types';

/** Where a finding sits, when that lowers its severity (contextSeverity.ts). */
export type FindingContext = 'test' | 'example' | 'docs';

/** What dedupe asks of the scan: how far before a position the nearest of some words is. */
export interface WordDistance {
  distanceTo(words: readonly string[], start: number): number;
}

/** A match as matching made it: the finding with its detector's severity and message (its range is the value's). */
export interface Match {
  finding: Finding;
  detector: Detector;
  /** The detector's place in the list (dedupe prefers the earlier one). */
  order: number;
  /** The words that name the finding's exchange (dedupe prefers the one named closest). */
  words?: readonly string[];
}

/** The text the matches were found in, and the caller's settings. */
export interface StageScope {
  text: string;
  /** `/`-separated path, as scanned ('' when unknown). */
  path: string;
  kind: FileKind;
  lines: LineIndex;
  options: ScanOptions;
  /** The path's own context (tests, examples, docs), computed once per text. */
  fileContext: FindingContext | undefined;
  /** How far before a position some words are, for dedupe. */
  distance: WordDistance;
}

/** A step that sees one match at a time and may change it in place; false drops it. */
export type MatchStage = (match: Match, scope: StageScope) => boolean;
