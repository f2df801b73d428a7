// The one place a document's findings are built: the editor, the workspace scan and the CLI all call
// documentFindings, so a file shows the same findings wherever it is scanned. It strings find/ and findings/
// together, so it sits above both (findings/ never imports find/).
import { DETECTORS } from '../detectors';
import { scanWith } from '../find/scan';
import type { Finding, ScanOptions, ScanResult } from '../types';
import { withCategorySeverity } from '../findings/categorySeverity';
import { applyRuleSettings } from '../findings/ruleSettings';

/** What the .env guard knows about a folder, as far as one document's findings need it (EnvGuard has both). */
export interface EnvFacts {
  /** True for an env file git ignores and does not track: secrets in it are where they belong. */
  isSafeEnvFile(path: string): boolean;
  /** Warnings on code that loads a .env git does not ignore (or tracks). */
  dotenvFindings(text: string, path: string): Promise<Finding[]>;
}

/** How a document's text is scanned: a full scan, or the editor's incremental rescan (find/incremental.ts). */
export type TextScanner = (text: string, options: ScanOptions) => ScanResult;

/** Scans one document and applies what the .env guard knows: drops secrets of safe env files, adds dotenv-loader warnings. */
export async function documentFindings(
  text: string, options: ScanOptions & { path: string }, env?: EnvFacts, scan: TextScanner = (t, o) => scanWith(DETECTORS, t, o),
): Promise<ScanResult> {
  const scanned = scan(text, options);
  if (scanned.skipped) return scanned;
  const findings = await applyEnvFacts(scanned.findings, text, options, env);
  return { findings: applyRuleSettings(findings, options.rules), skipped: scanned.skipped };
}

/**
 * The .env guard's step of documentFindings on findings already made (the CLI's worker threads scan, the main
 * thread applies this); `text` is read only when `loads` says the file may call a dotenv loader.
 */
export async function applyEnvFacts(findings: Finding[], text: string | (() => string | undefined), options: ScanOptions & { path: string }, env?: EnvFacts, loads = true): Promise<Finding[]> {
  if (!env || options.disabledCategories?.includes('gitignore')) return findings;
  const kept = env.isSafeEnvFile(options.path) ? findings.filter((f) => f.category !== 'secret') : findings;
  const body = !loads ? undefined : typeof text === 'string' ? text : text();
  if (body === undefined) return kept;
  const loaders = (await env.dotenvFindings(body, options.path)).map((f) => withCategorySeverity(f, options));
  return [...kept, ...loaders].sort((a, b) => a.range.start - b.range.start);
}
