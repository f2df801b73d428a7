// The editor's half of "one place builds a document's diagnostics": settings, the engine's
// documentFindings (shared with the CLI), then the history notes. Open documents and the workspace
// scan both come through here.
import * as vscode from 'vscode';
import { DETECTORS, documentFindings, scanWith, type EnvFacts, type Finding, type Mover, type PathOptions, type ScanResult, type TextScanner } from '../../engine';
import { readConfig, scanOptionsFrom } from '../config';
import { applyVerdicts, type FoundKeyVerdict } from './applyVerdicts';
import { toDiagnostics, type KeyGuardDiagnostic } from './toDiagnostic';

/** What the contributors know; they are asked, never call back (they signal changes through events). */
export interface FindingSources {
  /** The .env guard's facts for the folder holding `uri` (undefined: no guard there, or the category is off). */
  envFacts(uri: vscode.Uri): EnvFacts | undefined;
  /** Adds "already committed in …" to secrets known to be in history; `lookUp` queues unknown values. */
  annotate(uri: vscode.Uri, text: string, findings: Finding[], lookUp: boolean): Finding[];
  /** What an exchange last answered about the key whose value has this fingerprint (the found-key check). */
  verdict?(fingerprint: string): FoundKeyVerdict | undefined;
}

/** One text to diagnose: an open document (with its version) or a file read by the workspace scan. */
export interface DiagnosticsInput {
  uri: vscode.Uri;
  text: string;
  version?: number;
  /** True for open documents: history lookups run for what the user looks at, not for a whole workspace. */
  open: boolean;
  /** The open document's incremental scanner (DocumentScans); a full scan without one. */
  scan?: TextScanner;
  /** Other files' fund movers the text calls (the workspace's index, FundMoverIndex): their calls are reported. */
  movers?: readonly Mover[];
  /** Path constants of other files the text uses, and its own they post (FundMoverIndex's PathIndex). */
  paths?: PathOptions;
}

/** Diagnostics of one text, or why there are none. */
export type DiagnosticsOutcome =
  | { diagnostics: KeyGuardDiagnostic[]; /** The scan's own findings, before settings and notes (what the text defines). */ scanned?: readonly Finding[] }
  | { skipped: 'disabled' | 'too-large' | 'binary' | 'lockfile' | 'ignored'; limitKB?: number };

/** Path relative to its workspace folder, which decides file kind and test-path downgrades. */
function relativePath(uri: vscode.Uri): string {
  if (uri.scheme === 'untitled') return '';
  return vscode.workspace.asRelativePath(uri, false);
}

/** Builds the diagnostics of one text: the single pipeline behind every KeyGuard diagnostic of code and config. */
export async function diagnosticsFor(input: DiagnosticsInput, sources: FindingSources): Promise<DiagnosticsOutcome> {
  const config = readConfig(input.uri);
  if (!config.enable) return { skipped: 'disabled' };
  if (input.text.length > config.maxFileSizeKB * 1024) return { skipped: 'too-large', limitKB: config.maxFileSizeKB };
  // The scan's own result is kept: the fund-mover index reads what the text defines from it.
  let scanned: ScanResult = { findings: [] };
  const scan = input.scan ?? ((t, o) => scanWith(DETECTORS, t, o));
  const options = { ...scanOptionsFrom(config), path: relativePath(input.uri), ...(input.movers?.length ? { movers: input.movers } : {}), ...input.paths };
  const result = await documentFindings(input.text, options, sources.envFacts(input.uri), (t, o) => (scanned = scan(t, o)));
  if (result.skipped) return { skipped: result.skipped };
  const annotated = sources.annotate(input.uri, input.text, result.findings, input.open);
  const findings = sources.verdict ? applyVerdicts(input.text, annotated, (p) => sources.verdict!(p)) : annotated;
  return { diagnostics: toDiagnostics(findings, input.version, input.uri), scanned: scanned.findings };
}
