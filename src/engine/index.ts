// The engine's public surface: the extension, the CLI and the tests import from here only.
import { DETECTORS } from './detectors';
import { scanWith } from './scan';
import type { ScanOptions, ScanResult } from './types';

export type { Finding, FileKind, Role, ScanOptions, ScanResult, Severity, TextRange } from './types';
export type { Detector, DetectorSpec, Example, PatternSpec, Validator } from './detector';
export { ALL_DETECTORS, DETECTORS, WORKSPACE_DETECTORS } from './detectors';
export { scanWith } from './scan';
export { mask } from './mask';
export { hideLine, hideRanges, LineHider, lineValues, MIN_VALUE_LENGTH, type HideInput, type HideSpan } from './text/hideRanges';
export { printable } from './printable';
export { docsUrl } from './docs';
export { shannonEntropy } from './entropy';
export { fileKindOf, isEnvFile, isEnvTemplate, isLockfile, looksBinary } from './fileKind';
export { isTestPath, pathContext, type FindingContext } from './findings/contextSeverity';
export { isGenerated, isGeneratedPath, looksMinified } from './generatedFiles';
export { envNameFor, exchangeFromCcxtId, toEnvCase } from './naming';

// The env guard: .env files against git (the only engine part that reads files and runs git, through
// the injected Fs and Git).
export type { DirEntry, Fs, Git, GitResult } from './workspace/ports';
export { UnreadableFileError } from './workspace/ports';
export { nodeFs } from './workspace/nodeFs';
export { nodeGit, noGit, type NodeGitOptions } from './workspace/nodeGit';
export { checkEnvFiles, EnvGuard, type EnvCheckReport, type EnvFileStatus, type EnvFinding, type EnvFix, type EnvGuardOptions } from './workspace/envGuard';
export { GITIGNORE_RULES, type GitignoreRuleId, type WorkspaceRule } from './workspace/envRules';
export { GitIgnoreRules, processHostEnv, type HostEnv, type IgnoreVerdict } from './workspace/gitIgnoreRules';
export { findRepo, operationInProgress, type RepoInfo, type RepoOperation } from './workspace/repoLocator';
export { findEnvFiles } from './workspace/findEnvFiles';
export { addIgnoreEntry, ignoreEntryFor, type AddIgnoreOptions } from './workspace/ignoreEntry';
export { envAssignments, envExampleFrom } from './workspace/envText';
export { describeSecretHistory, findSecretInHistory, SecretHistory, type SecretHistoryHit } from './workspace/secretHistory';
export { stopTracking, type UntrackResult } from './workspace/untrack';

/** Scans one text with every built-in detector. */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  return scanWith(DETECTORS, text, options);
}
