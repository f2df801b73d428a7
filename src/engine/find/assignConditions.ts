// Which name-assignment patterns apply to a file: each pattern's file words and path test, asked once per distinct
// condition, and the resulting lists shared by the files that answer alike (most files of a workspace name no
// exchange). Asking ~180 patterns and filling a list of their size per file cost more than the site search of a
// small file.
import type { PlannedPattern } from './scanPlan';

/** One condition of assignment patterns: file words (`slot`, -1: none; `fileIds`) and a path test (none: any path). */
export interface AssignCondition {
  readonly slot: number;
  readonly fileIds?: readonly number[];
  readonly path?: (path: string) => boolean;
  /** The patterns it decides: positions in the kind's assignment patterns. */
  readonly members: readonly number[];
}

/** The applying-pattern lists made so far for one file kind, by their conditions' answers. */
export type ActiveLists = Map<string, readonly boolean[]>;

/** Lists kept per file kind: the answers are few in practice, but a workspace must not grow the map without end. */
const KEPT = 256;

/** The distinct (file words, path test) conditions of assignment patterns, with the positions each decides. */
export function assignConditionsOf(patterns: readonly PlannedPattern[]): AssignCondition[] {
  const paths = new Map<(path: string) => boolean, number>();
  const byKey = new Map<string, { slot: number; fileIds?: readonly number[]; path?: (path: string) => boolean; members: number[] }>();
  patterns.forEach((pp, i) => {
    let pathId = -1;
    if (pp.path) {
      if (!paths.has(pp.path)) paths.set(pp.path, paths.size);
      pathId = paths.get(pp.path)!;
    }
    const key = `${pp.fileSlot}:${pathId}`;
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { slot: pp.fileSlot, fileIds: pp.fileIds, path: pp.path, members: [] }));
    c.members.push(i);
  });
  return [...byKey.values()];
}

/**
 * Per assignment pattern (classifier position, `positionOf` a member), whether it applies to a file whose answer to
 * each condition is `holds`: a frozen list, shared with the other files that answer alike.
 */
export function applyingPatterns(
  conditions: readonly AssignCondition[], kept: ActiveLists, count: number, positionOf: readonly number[], holds: (c: AssignCondition) => boolean,
): readonly boolean[] {
  let answers = '';
  for (let k = 0; k < conditions.length; k++) answers += holds(conditions[k]) ? '1' : '0';
  let active = kept.get(answers);
  if (!active) {
    // Filled, not written at scattered indices (which made a holey array).
    const made: boolean[] = new Array<boolean>(count).fill(false);
    for (let k = 0; k < conditions.length; k++) {
      if (answers.charCodeAt(k) !== 49) continue;
      const { members } = conditions[k];
      for (let m = 0; m < members.length; m++) made[positionOf[members[m]]] = true;
    }
    active = Object.freeze(made);
    if (kept.size < KEPT) kept.set(answers, active);
  }
  return active;
}
