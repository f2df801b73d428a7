import * as vscode from 'vscode';
import { docsUrl, type Finding, type Severity } from '../../engine';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The source name every KeyGuard diagnostic carries. */
export const DIAGNOSTIC_SOURCE = 'KeyGuard';

/** A diagnostic that remembers its finding, so quick fixes need no rescan. */
export class KeyGuardDiagnostic extends vscode.Diagnostic {
  constructor(readonly finding: Finding, readonly documentVersion: number | undefined, uri?: vscode.Uri) {
    const r = finding.range;
    super(new vscode.Range(r.startLine, r.startColumn, r.endLine, r.endColumn), finding.message, SEVERITY[finding.severity]);
    this.source = DIAGNOSTIC_SOURCE;
    // The code links to the rule's own page (what, why, bad and good code, fix, suppression).
    this.code = { value: finding.id, target: vscode.Uri.parse(docsUrl(finding.id)) };
    // The message stays one short line (Error Lens shows it inline); the fix is one hover line below it.
    if (uri && finding.advice) this.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, this.range), finding.advice)];
  }
}

/** Diagnostics for a list of findings. */
export function toDiagnostics(findings: readonly Finding[], version?: number, uri?: vscode.Uri): KeyGuardDiagnostic[] {
  return findings.map((f) => new KeyGuardDiagnostic(f, version, uri));
}
