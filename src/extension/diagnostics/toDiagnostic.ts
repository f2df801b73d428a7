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
  constructor(readonly finding: Finding, readonly documentVersion: number | undefined) {
    const r = finding.range;
    super(new vscode.Range(r.startLine, r.startColumn, r.endLine, r.endColumn), finding.message, SEVERITY[finding.severity]);
    this.source = DIAGNOSTIC_SOURCE;
    this.code = { value: finding.id, target: vscode.Uri.parse(docsUrl(finding.id)) };
  }
}

/** Diagnostics for a list of findings. */
export function toDiagnostics(findings: readonly Finding[], version?: number): KeyGuardDiagnostic[] {
  return findings.map((f) => new KeyGuardDiagnostic(f, version));
}
