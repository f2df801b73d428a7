// The findings view's shape, without VS Code: findings grouped severity → rule → file → finding, the
// words on each row, and the status bar's state. Pure (unit-tested); FindingsTree renders it.
import type { Finding, Severity } from '../../engine';
import { plural } from './plural';

/** Where a secret's value already is in git, when the history notes know it. */
export interface HistoryState {
  /** Short id of the oldest commit that added the value. */
  commit: string;
  /** The remote-tracking branch that holds it: the value has left this machine. */
  pushedTo?: string;
}

/** The last key check of this value in this session (never the value itself). */
export interface VerificationState {
  level: 'critical' | 'warning' | 'note' | 'ok' | 'failed';
  headline: string;
}

/** One finding as the view shows it. */
export interface ViewFinding {
  /** The file's URI, as a string (the group key). */
  uri: string;
  /** The file as the user reads it (relative to its workspace folder). */
  path: string;
  finding: Finding;
  history?: HistoryState;
  verification?: VerificationState;
}

/** The findings of one file under one rule. */
export interface FileGroup { uri: string; path: string; findings: ViewFinding[] }
/** The findings of one rule. */
export interface RuleGroup { id: string; title: string; count: number; files: FileGroup[] }
/** The findings of one severity. */
export interface SeverityGroup { severity: Severity; count: number; rules: RuleGroup[] }

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const SEVERITY_LABEL: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Information', hint: 'Hints' };

/** Groups findings severity → rule → file → finding: severities worst first, rules by title, files by path, findings by position. */
export function groupFindings(items: readonly ViewFinding[]): SeverityGroup[] {
  const out: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const ofSeverity = items.filter((i) => i.finding.severity === severity);
    if (ofSeverity.length === 0) continue;
    const rules = new Map<string, ViewFinding[]>();
    for (const i of ofSeverity) rules.set(i.finding.id, [...(rules.get(i.finding.id) ?? []), i]);
    const ruleGroups = [...rules].map(([id, list]): RuleGroup => {
      const files = new Map<string, ViewFinding[]>();
      for (const i of list) files.set(i.uri, [...(files.get(i.uri) ?? []), i]);
      const fileGroups = [...files].map(([uri, fs]): FileGroup => ({ uri, path: fs[0].path, findings: fs.sort((a, b) => a.finding.range.start - b.finding.range.start) }));
      return { id, title: list[0].finding.title, count: list.length, files: fileGroups.sort((a, b) => compare(a.path, b.path)) };
    });
    out.push({ severity, count: ofSeverity.length, rules: ruleGroups.sort((a, b) => compare(a.title, b.title) || compare(a.id, b.id)) });
  }
  return out;
}

/** "Errors", "Warnings"… */
export function severityLabel(severity: Severity): string {
  return SEVERITY_LABEL[severity];
}

/** A finding's row label: its masked value, else its title (withdrawal calls and .env findings have no value). */
export function findingLabel(v: ViewFinding): string {
  return v.finding.masked ?? v.finding.title;
}

/** A finding's row description: the line, then what is known about the value's history and key check. */
export function findingDescription(v: ViewFinding): string {
  const parts = [`line ${v.finding.range.startLine + 1}`];
  if (v.history) parts.push(v.history.pushedTo ? `pushed to ${v.history.pushedTo}` : `committed in ${v.history.commit}`);
  if (v.verification) parts.push(v.verification.level === 'failed' ? 'key check failed' : `key check: ${v.verification.level}`);
  return parts.join(' · ');
}

/** What the status bar says and does. */
export interface StatusState {
  text: string;
  tooltip: string;
  /** Worth the user's attention: secrets are exposed. */
  alert: boolean;
}

/** The status bar's state: "KeyGuard: on", "KeyGuard: 3 secrets" (click: the findings view), "KeyGuard: off". */
export function statusState(enabled: boolean, items: readonly ViewFinding[]): StatusState {
  if (!enabled) return { text: '$(shield) KeyGuard: off', tooltip: 'KeyGuard is turned off (keyguard.enable).', alert: false };
  const secrets = items.filter((i) => i.finding.category === 'secret');
  const files = new Set(secrets.map((i) => i.uri)).size;
  const others = items.length - secrets.length;
  const rest = others ? `, and ${plural(others, 'other finding')}` : '';
  if (secrets.length === 0) {
    return { text: '$(shield) KeyGuard: on', tooltip: `KeyGuard: no exposed secrets in the files checked so far${rest} — click to open the findings view`, alert: false };
  }
  return {
    text: `$(warning) KeyGuard: ${plural(secrets.length, 'secret')}`,
    tooltip: `KeyGuard: ${plural(secrets.length, 'exposed secret')} in ${plural(files, 'file')}${rest} — click to open the findings view`,
    alert: true,
  };
}

/** Locale-free string order (paths and titles sort the same on every machine). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
