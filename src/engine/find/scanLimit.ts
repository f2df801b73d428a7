// The part of a text an incremental rescan covers (find/incremental.ts builds it, ScanState reads it).
import type { LineIndex } from '../text/lineIndex';

/**
 * A scan of part of a text (an editor's rescan after an edit): keyword windows only in [from, to), while the text,
 * its lines and every look-around stay whole; which keywords the file holds is given, since [from, to) alone
 * would not tell.
 */
export interface ScanLimit {
  readonly from: number;
  readonly to: number;
  /** Per keyword-table id: true when the whole text holds the keyword. */
  readonly present: readonly boolean[];
  /** The whole text's line index, when the caller keeps one. */
  readonly lines?: LineIndex;
}

/**
 * What a scan tells the incremental rescan besides its findings: the starts of the spans where dedupe weighed how
 * far exchange words are (findings/dedupe.ts); an edit within WORD_DISTANCE_LIMIT of one can change who wins.
 */
export interface ScanNotes {
  readonly contested: number[];
}
