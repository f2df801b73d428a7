// The user's severity per category (`keyguard.severity`: `{ "withdraw": "info" }`), before the context
// downgrade, so a withdrawal call set to a warning still drops a level in a test.
import type { Finding, ScanOptions } from '../types';
import type { MatchStage } from './stage';

/** Gives a match its category's set severity, when one is set. */
export const categorySeverityStage: MatchStage = ({ finding }, { options }) => {
  const override = options.severityOverrides?.[finding.category];
  if (override) finding.severity = override;
  return true;
};

/** The same step for findings made outside matching (the env guard's): a copy with the set severity, or the finding itself. */
export function withCategorySeverity<T extends Finding>(finding: T, options: Pick<ScanOptions, 'severityOverrides'>): T {
  const override = options.severityOverrides?.[finding.category];
  return override ? { ...finding, severity: override } : finding;
}
