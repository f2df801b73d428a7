// The engine's public surface: the extension, the CLI and the tests import from here only.
import { ALL_DETECTORS, DETECTORS } from './detectors';
import { GITIGNORE_RULES } from './workspace/envRules';
import { scanWith } from './find/scan';
import type { ScanOptions, ScanResult } from './types';

export type { Finding, FileKind, Mover, PathConstant, Role, ScanOptions, ScanResult, Severity, TextRange } from './types';
export type { Detector, DetectorSpec, Example, PatternSpec, Validator } from './defineDetector';
export { ALL_DETECTORS, DETECTORS, WORKSPACE_DETECTORS } from './detectors';
export { scanWith } from './find/scan';
export { crossFileMovers, fileMovers, MAX_LAYERS, moverKey, nameUses, workspaceMovers, type FileSummary, type WorkspaceFile } from './crossfile/fundMovers';
export { MoverIndex } from './crossfile/moverIndex';
export { PathIndex } from './crossfile/pathIndex';
export { filePathConstants, linkedFor, linkPathConstants, nearestConstant, postedConstantsOf, usedPathConstants, usedPathNames, workspacePathOptions, type PathLinks, type PathOptions } from './crossfile/pathConstants';
export { withWrapperCalls } from './crossfile/wrapperPass';
export { DEFAULT_FULL_SCAN_BELOW, IncrementalScan, mergeChanges, type TextChange } from './find/incremental';
export { mask } from './text/mask';
export { hideLine, hideRanges, LineHider, lineValues, MIN_VALUE_LENGTH, type HideInput, type HideSpan } from './text/hideRanges';
export { printable } from './text/printable';
export { docsUrl, REPOSITORY_URL, RULE_DOCS_DIR, ruleDocFile } from './detectors/docs';
export { shannonEntropy } from './text/entropy';
export { fileKindOf, isEnvFile, isEnvTemplate, isLockfile, looksBinary } from './text/fileKind';
export { isTestPath, pathContext, type FindingContext } from './findings/contextSeverity';
export { applyEnvFacts, documentFindings, type EnvFacts, type TextScanner } from './document/documentFindings';
export { applyRuleSettings, describeRuleSettings, parseRuleSettings, RULE_SETTING_VALUES, type ParsedRuleSettings, type RuleSetting } from './findings/ruleSettings';
export { withCategorySeverity } from './findings/categorySeverity';
export { isGenerated, isGeneratedPath, looksMinified } from './find/generatedFiles';
export { envNameFor, exchangeFromCcxtId, toEnvCase } from './detectors/exchanges/naming';
export { DETECTED_ONLY_RECORDS, EXCHANGE_RECORDS, NAMED_EXCHANGES, type ExchangeDetection } from './detectors/exchanges';

// Quick fixes: text edits the shells apply (moving a value to .env, renaming a variable, loading dotenv).
export { CannotMove, planMoveToEnv, type MoveOptions, type MovePlan, type MoveRequest } from './fixes/moveToEnv';
export { dotenvValue, upsertEnvVar } from './fixes/dotenvFile';
export { CannotRename, isEnvVarName, renameInCode, renameInEnvFile } from './fixes/renameEnvVar';
export type { TextEdit } from './fixes/textEdit';
export { ecosystemOf, hasLoaderDependency, INSTALL_HINT, isManifest, type LoaderEcosystem } from './fixes/dotenvLoader';
export { envTargetRefusal } from './fixes/envTarget';
export { moveToEnvTitle, moveToVaultTitle, plannedEnvNames } from './fixes/moveTitle';

// The env guard: .env files against git (the only engine part that reads files and runs git, through
// the injected Fs and Git).
export type { DirEntry, Fs, Git, GitResult, GitStdin } from './workspace/ports';
export { gitUnavailable, UnreadableFileError } from './workspace/ports';
export { nodeFs } from './workspace/node/nodeFs';
export { nodeGit, noGit, type NodeGitOptions } from './workspace/node/nodeGit';
export { checkEnvFiles, EnvGuard, type EnvCheckReport, type EnvFileStatus, type EnvFinding, type EnvFix, type EnvGuardOptions } from './workspace/envGuard';
export { GITIGNORE_RULES, type GitignoreRuleId, type WorkspaceRule } from './workspace/envRules';
export { GitIgnoreRules, processHostEnv, type HostEnv, type IgnoreVerdict } from './workspace/gitIgnoreRules';
export { findRepo, operationInProgress, type RepoInfo, type RepoOperation } from './workspace/repoLocator';
export { findEnvFiles } from './workspace/findEnvFiles';
export { addIgnoreEntry, ignoreEntryFor, type AddIgnoreOptions } from './workspace/ignoreEntry';
export { envAssignments, envExampleFrom } from './workspace/envText';
export { describeSecretHistory, findSecretInHistory, SecretHistory, type SecretHistoryHit } from './workspace/secretHistory';
export { stopTracking, type UntrackResult } from './workspace/untrack';
// Listing, reading and scanning many files (the workspace scan and the CLI).
export { gitOutput, inSkippedDir, keyguardIgnore, listFiles } from './workspace/node/listFiles';
export { decodeText, readTextFile, readTextFileAsync, type ReadResult, type SkipReason } from './workspace/node/readTextFile';
export { isInside } from './workspace/node/safeRead';
export { scanFiles, type FileFinding, type FilesScanResult } from './workspace/scanFiles';
export { scannableText, scannableTextAsync, type ScannableText } from './workspace/scannableText';
// History: every commit's blobs, each scanned once, findings attributed to the commit that introduced them.
export { attribute, type BlobFindings } from './workspace/history/attribution';
export { HistoryError, pushedCommits, readFileAtCommit, type HistorySelection } from './workspace/history/gitHistory';
export { scanHistory, type HistoryScanFinding, type HistoryScanOptions, type HistoryScanResult } from './workspace/history/historyScan';
export { streamHistory, type HistoryStreamOptions, type HistoryStreamResult, type WantedUnit } from './workspace/history/historyStream';
export { scanBlob, type BlobScanOptions } from './workspace/history/blobScan';
export { valueKey } from './text/valueKey';

/** Every rule id a finding can have: the detectors' and the env guard's (what per-rule settings may name). */
export function knownRuleIds(): Set<string> {
  return new Set([...ALL_DETECTORS.map((d) => d.id), ...GITIGNORE_RULES.map((r) => r.id)]);
}

/** Scans one text with every built-in detector. */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  return scanWith(DETECTORS, text, options);
}
