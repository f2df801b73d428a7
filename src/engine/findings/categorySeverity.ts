// The user's severity per category (`keyguard.severity`: `{ "withdraw": "info" }`), before the context
// downgrade, so a withdrawal call set to a warning still drops a level in a test.
import type { MatchStage } from './stage';

/** Gives a match its category's set severity, when one is set. */
export const categorySeverityStage: MatchStage = ({ finding }, { options }) => {
  const override = options.severityOverrides?.[finding.category];
  if (override) finding.severity = override;
  return true;
};
