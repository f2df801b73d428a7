// Titles of the move actions, read from the plan the action will carry out: a title never names a
// variable the move does not write (freqtrade configs get FREQTRADE__EXCHANGE__*, clashes get NAME_2).
import type { Finding } from '../types';
import { CannotMove, planMoveToEnv } from './moveToEnv';

/** The variables a move of `findings` would write, in order; falls back to the findings' own names when the move would refuse. */
export function plannedEnvNames(text: string, path: string, findings: readonly Finding[], envText: string | undefined): string[] {
  const requests = findings.map((finding) => ({ finding, value: text.slice(finding.range.start, finding.range.end) }));
  try {
    return [...new Set(planMoveToEnv(text, path, requests, envText).names)];
  } catch (e) {
    if (!(e instanceof CannotMove)) throw e;
    return [...new Set(findings.map((f) => f.envName ?? 'SECRET'))];
  }
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "Move to environment variable A" / "Move to environment variables A and B". */
export function moveToEnvTitle(names: readonly string[]): string {
  return `Move to environment variable${names.length > 1 ? 's' : ''} ${joinNames(names)}`;
}

/** "Move A and B to KeyGuard secret storage". */
export function moveToVaultTitle(names: readonly string[]): string {
  return `Move ${joinNames(names)} to KeyGuard secret storage`;
}
