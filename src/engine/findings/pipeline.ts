// What happens to a match after matching, one named step per file, in this order:
//   1. suppressions.ts     a `keyguard:allow` (or another scanner's marker) on the line drops it
//   2. publicTestValue.ts  a well-known public test value becomes information, with its own message
//   3. categorySeverity.ts the user's severity per category (`keyguard.severity`)
//   4. contextSeverity.ts  tests, examples and docs lower it (contextStage; the env guard uses the same policy)
//   5. dedupe.ts           one finding per span: the exchange named closest, else the earlier detector
// Then, on a document's whole list (its findings and the .env guard's, joined by documentFindings):
//   6. ruleSettings.ts     the user's setting per rule id (`keyguard.rules`): off, or a severity
// The order matters: a category's severity is set before the context lowers it, and a rule's setting
// comes last so it has the final word.
import type { Finding } from '../types';
import { categorySeverityStage } from './categorySeverity';
import { contextStage, fileContextOf } from './contextSeverity';
import { dedupe } from './dedupe';
import { publicTestValueStage } from './publicTestValue';
import type { Match, MatchStage, StageScope } from './stage';
import { suppressionStage } from './suppressions';

export type { Match, MatchStage, StageScope } from './stage';

/** Steps 1–4, in order: each sees every match the one before kept. */
export const MATCH_STAGES: readonly MatchStage[] = [suppressionStage, publicTestValueStage, categorySeverityStage, contextStage];

/** The scope of one text's matches; the file's context is worked out once here. */
export function stageScope(scope: Omit<StageScope, 'fileContext'>): StageScope {
  return { ...scope, fileContext: fileContextOf(scope.path, scope.text) };
}

/** Runs steps 1–5 over one text's matches and returns its findings, sorted by position. */
export function finishMatches(matches: readonly Match[], scope: StageScope): Finding[] {
  const kept: Match[] = [];
  // An indexed loop, not `every` with a closure or for-of with an iterator result per match: a file of thousands
  // of findings made one each.
  for (let i = 0; i < matches.length; i++) if (passesStages(matches[i], scope)) kept.push(matches[i]);
  return dedupe(kept, scope.distance);
}

/** True when every step keeps the match, tried in order (the first false stops). */
function passesStages(m: Match, scope: StageScope): boolean {
  for (let i = 0; i < MATCH_STAGES.length; i++) if (!MATCH_STAGES[i](m, scope)) return false;
  return true;
}
