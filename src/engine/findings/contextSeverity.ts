// Context downgrade: where a finding sits (a test, an example, documentation) changes how loud it is, never
// whether it is reported. Tests, fixtures, examples and docs are full of placeholder and throwaway keys, so
// findings there are information; a real key there still leaks, which the message says.
import { inDocBlock } from '../judge/codeContext';
import { baseName, fileKindOf } from '../text/fileKind';
import type { FileKind, Finding, Severity } from '../types';

/** Where a finding sits, when that lowers its severity. */
export type FindingContext = 'test' | 'example' | 'docs';

// Test folders, also C#/Java test projects (`Binance.Net.UnitTests/`, `integration-tests/`) and Jest snapshots.
const TEST_DIR = /(?:^|\/)(?:tests?|__tests__|__mocks__|__snapshots__|__fixtures__|spec|specs|testdata|test_?data|fixtures?|mocks?|cassettes|(?:unit|integration|e2e)[_-]?tests?|[^/]*[._-](?:unit|integration|e2e)?tests?)\//i;
const TEST_FILE = /(?:^|\/)(?:test_[^/]*|tests?\.py|[^/]*_test\.(?:go|py)|[^/]*[._-](?:test|spec)\.[a-z]+|[^/]*\.snap|conftest\.py)$/i;
// Not `demo/`: a project's demo folder is often a working bot.
const EXAMPLE_DIR = /(?:^|\/)(?:[^/]*[._-])?(?:examples?|samples?)\//i;
// Example and template files: `config.example.json`, `config_sample.yml`, `example_settings.py`, `config.dist.php`.
const EXAMPLE_FILE = /(?:^|[._-])(?:examples?|samples?|templates?|tpl)(?=[._-]|$)|\.dist\./i;
const DOCS_DIR = /(?:^|\/)(?:docs?|documentation)\//i;
// Documentation files: prose and code samples for readers (Markdown, reStructuredText, AsciiDoc, llms.txt).
const DOCS_FILE = /\.(?:md|markdown|mdx|rst|adoc|asciidoc)$|^llms(?:-full)?\.txt$|^readme(?:\.txt)?$/i;

/** True for paths of tests, fixtures, examples and docs, where findings are downgraded, never dropped. */
export function isTestPath(path: string): boolean {
  return pathContext(path) !== undefined;
}

/** The context of a path: tests and fixtures, examples, or documentation; undefined for ordinary code. */
export function pathContext(path: string): FindingContext | undefined {
  const p = path.replace(/\\/g, '/');
  if (p === '') return undefined;
  if (TEST_DIR.test(p) || TEST_FILE.test(p)) return 'test';
  if (EXAMPLE_DIR.test(p) || EXAMPLE_FILE.test(baseName(p))) return 'example';
  if (DOCS_DIR.test(p) || DOCS_FILE.test(baseName(p))) return 'docs';
  return undefined;
}

/**
 * The context of one offset: a path's context, else a docstring or JSDoc block (documentation inside code),
 * else a Rust test module (`#[cfg(test)] mod tests`, by convention at the end of the file).
 */
export function findingContext(path: string, text: string, offset: number, kind: FileKind = fileKindOf(path)): FindingContext | undefined {
  const context = pathContext(path) ?? (inDocBlock(text, offset, kind) ? 'docs' : undefined);
  if (context) return context;
  return kind === 'rust' && text.lastIndexOf('#[cfg(test)]', offset) !== -1 ? 'test' : undefined;
}

/**
 * Rules whose values are proven by an exact check (a checksum, a key that matches its own public key): in
 * documentation such a value is more likely a real one pasted in, so it keeps one level less than its own
 * severity instead of dropping to information. In tests and examples it is information all the same.
 */
const EXACT_RULES = new Set(['secret/seed-phrase', 'secret/solana-secret-key', 'secret/bitcoin-private-key']);

/** True when a finding's value is proven real enough to stay above information in this context. */
export function provenInContext(ruleId: string, context: FindingContext | undefined): boolean {
  return context === 'docs' && EXACT_RULES.has(ruleId);
}

const ONE_LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info', hint: 'hint' };

/** The severity in a context: information, or one level lower when the value is proven real. */
export function contextSeverity(severity: Severity, context: FindingContext | undefined, proven = false): Severity {
  if (!context) return severity;
  if (proven) return ONE_LOWER[severity];
  return severity === 'hint' ? 'hint' : 'info';
}

const WHERE: Record<FindingContext, string> = {
  test: 'In a test or fixture',
  example: 'In an example',
  docs: 'In documentation',
};

/** The sentence a downgraded finding's message ends with. */
export function contextNote(category: string, context: FindingContext): string {
  if (category === 'withdraw') return ` (${WHERE[context]}, usually against a mock: reported at lower severity.)`;
  if (category === 'gitignore') return ' (In a test, example or docs folder, so reported at lower severity; real keys here still leak.)';
  return ` (${WHERE[context]}, so reported at lower severity; a real key here is still a leak.)`;
}

/** Lowers a finding for its context, in place: severity, the note in its message, and the `inTestPath` flag. */
export function applyContext(finding: Finding, context: FindingContext | undefined, proven = false): void {
  if (!context) return;
  finding.severity = contextSeverity(finding.severity, context, proven);
  finding.message += contextNote(finding.category, context);
  finding.inTestPath = true;
}
