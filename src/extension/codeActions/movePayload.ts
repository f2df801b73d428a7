import type { Finding } from '../../engine';

/** What a move command needs of a diagnostic: its finding and the document version it was found in. */
export interface MovePayload {
  finding: Finding;
  version: number | undefined;
}
