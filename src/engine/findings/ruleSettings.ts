// Per-rule settings (`keyguard.rules`: `{ "withdraw/library-call": "info" }`): the last step of the findings
// pipeline (pipeline.ts), run by documentFindings on a document's whole list, so one setting shapes the
// editor, the workspace scan and the env guard's file findings alike.
import type { Finding, Severity } from '../types';

/** What a user can set per rule id. */
export type RuleSetting = 'off' | 'error' | 'warning' | 'info' | 'hint';

const SEVERITIES = new Set<string>(['error', 'warning', 'info', 'hint']);

/** Drops findings of rules set to `off` and gives the others their set severity; unknown values change nothing. */
export function applyRuleSettings<T extends Finding>(findings: readonly T[], rules: Readonly<Record<string, string>> | undefined): T[] {
  if (!rules || Object.keys(rules).length === 0) return findings as T[];
  const out: T[] = [];
  for (const f of findings) {
    const setting = Object.prototype.hasOwnProperty.call(rules, f.id) ? rules[f.id] : undefined;
    if (setting === 'off') continue;
    out.push(setting && SEVERITIES.has(setting) ? { ...f, severity: setting as Severity } : f);
  }
  return out;
}
