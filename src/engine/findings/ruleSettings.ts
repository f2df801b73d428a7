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

/** The values `keyguard.rules`, `.keyguard.json` and `--rule` accept (the setting's enum). */
export const RULE_SETTING_VALUES: readonly RuleSetting[] = ['off', 'error', 'warning', 'info'];

/** Per-rule settings that passed the checks, and what was ignored and why. */
export interface ParsedRuleSettings {
  rules: Record<string, RuleSetting>;
  warnings: string[];
}

/**
 * Checks per-rule settings read from `source` (a setting, a config file, flags): only known rule ids and
 * the values above are kept, everything else is named in a warning. The input may be hostile: nothing in
 * it is evaluated, and what a warning repeats is cut short.
 */
export function parseRuleSettings(input: unknown, knownIds: ReadonlySet<string>, source: string): ParsedRuleSettings {
  const out: ParsedRuleSettings = { rules: {}, warnings: [] };
  if (input === undefined || input === null) return out;
  if (typeof input !== 'object' || Array.isArray(input)) {
    out.warnings.push(`${source}: "rules" must be an object of rule id → ${RULE_SETTING_VALUES.join('|')}; ignored`);
    return out;
  }
  for (const [id, value] of Object.entries(input as Record<string, unknown>)) {
    if (!knownIds.has(id)) {
      out.warnings.push(`${source}: unknown rule id "${short(id)}" ignored (rule ids are listed in docs/rules/README.md)`);
    } else if (typeof value !== 'string' || !(RULE_SETTING_VALUES as readonly string[]).includes(value)) {
      out.warnings.push(`${source}: "${id}" must be ${RULE_SETTING_VALUES.join(', ')}, not ${short(JSON.stringify(value) ?? String(value))}; ignored`);
    } else {
      out.rules[id] = value as RuleSetting;
    }
  }
  return out;
}

/** A repeated value, at most 60 characters, so a hostile file cannot flood the output. */
function short(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** A one-line summary of what per-rule settings change (`2 rules off (a, b); 1 rule at info (c)`). */
export function describeRuleSettings(rules: Readonly<Record<string, RuleSetting>>): string {
  const by = new Map<RuleSetting, string[]>();
  for (const [id, v] of Object.entries(rules)) by.set(v, [...(by.get(v) ?? []), id]);
  return RULE_SETTING_VALUES.filter((v) => by.has(v)).map((v) => {
    const ids = by.get(v)!;
    return `${ids.length} rule${ids.length === 1 ? '' : 's'} ${v === 'off' ? 'off' : `at ${v}`} (${ids.join(', ')})`;
  }).join('; ');
}
