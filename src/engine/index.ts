// The engine's public surface: the extension, the CLI and the tests import from here only.
import { DETECTORS } from './detectors';
import { scanWith } from './scan';
import type { ScanOptions, ScanResult } from './types';

export type { Finding, FileKind, Role, ScanOptions, ScanResult, Severity, TextRange } from './types';
export type { Detector, DetectorSpec, Example, PatternSpec, Validator } from './detector';
export { DETECTORS } from './detectors';
export { scanWith } from './scan';
export { mask } from './mask';
export { docsUrl } from './docs';
export { shannonEntropy } from './entropy';
export { fileKindOf, isEnvFile, isEnvTemplate, isLockfile, isTestPath, looksBinary } from './fileKind';
export { envNameFor, exchangeFromCcxtId, toEnvCase } from './naming';

/** Scans one text with every built-in detector. */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  return scanWith(DETECTORS, text, options);
}
