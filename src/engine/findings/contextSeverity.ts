// Context downgrade: where a finding sits (a test, an example, documentation) changes how loud it is, never
// whether it is reported. Tests, fixtures, examples and docs are full of placeholder and throwaway keys, so
// findings there are information; a real key there still leaks, which the message says.
import { inDocBlock } from '../judge/codeContext';
import { inSchemaExample } from '../judge/schemaExample';
import { baseName, fileKindOf } from '../text/fileKind';
import { liveNetworkTest } from './liveNetwork';
import { liveProgram, TEST_FRAMEWORK } from './liveProgram';
import { inRecordedRequest } from './recordedRequest';
import type { FileKind, Finding, Severity } from '../types';
import type { FindingContext, MatchStage } from './stage';

export type { FindingContext } from './stage';

// Test folders, also C#/Java test projects (`Binance.Net.UnitTests/`, `integration-tests/`) and Jest snapshots.
const TEST_DIR = /(?:^|\/)(?:tests?|__tests__|__mocks__|__snapshots__|__fixtures__|spec|specs|testdata|test_?data|fixtures?|mocks?|cassettes|(?:unit|integration|e2e)[_-]?tests?|[^/]*[._-](?:unit|integration|e2e)?tests?)\//i;
// Test files by their own name, wherever they sit: `test.js`, `tests.py`, `spec.ts`, `test_orders.py`, `sign_test.go`,
// `client.spec.ts`, `client_spec.rb`, Jest snapshots, `conftest.py`; a bare `test.json` may be a testnet config, and a
// bare `test.go` is a program (the Go toolchain runs only `*_test.go` as tests; `test.go` is a usage sample's name).
// Elixir's `config/test.exs` is the test environment's configuration (fake keys for mocked clients).
const TEST_FILE = /(?:^|\/)(?:test_[^/]*|(?:tests?|specs?)\.(?:[cm]?[jt]sx?|py|rb|php|rs|java|kt|cs|swift|dart|sh|exs)|[^/]*_test\.(?:go|py)|[^/]*[._-](?:test|spec)\.[a-z]+|[^/]*\.snap|conftest\.py)$/i;
// JVM and .NET test classes by convention (`WalletTest.java`, `ClientTests.cs`, `OrderSpec.kt`): case-sensitive,
// so `Contest.java` and `Latest.cs` stay code; a `BackTest.java` is a backtest.
const TEST_CLASS = /(?:^|\/)[A-Za-z0-9_]*[a-z0-9](?<![Bb]ack)(?:Tests?|Spec|IT)\.(?:java|kt|cs|scala|groovy|php|swift)$/;
// Not `demo/`: a project's demo folder is often a working bot. A snippets folder (`docs/.snippets/code/…`) holds
// runnable code that readers copy, an example rather than prose.
const EXAMPLE_DIR = /(?:^|\/)(?:[^/]*[._-])?(?:examples?|samples?|snippets)\//i;
// .NET and Java project folders named in CamelCase (`SampleApplication/`, `ExamplesApp/`, `ClientSamples/`): case matters.
const EXAMPLE_PROJECT = /(?:^|\/)(?:(?:Examples?|Samples?)[A-Z][A-Za-z0-9]*|[A-Za-z0-9]*[a-z0-9](?:Examples?|Samples?))\//;
// A folder whose name ends in the word glued to another (`Hmac256examples/`, `apisamples/`): signal
// processing's resample/downsample folders and a counterexample are no examples.
const GLUED_EXAMPLE = /^[A-Za-z0-9]+(?:examples?|samples?)\/$/i;
const NOT_GLUED_EXAMPLE = /(?:re|down|up|sub|over|under|multi|super)samples?\/$|counterexamples?\/$/i;
// The same with `demo` (`RestDemo/`), which counts only under a test folder: a project's own `tradingdemo/` may be a
// working bot (see EXAMPLE_DIR), a demo kept among the tests is not a test.
const GLUED_DEMO = /^[A-Za-z0-9]+demos?\/$/i;
// A runnable demo, example or sample script by its own name (`demo_transfer.py`, `example-withdraw.ts`, `SampleApp.cs`):
// an example even when it sits in a test folder (`tests/demo_sign.py`), where a test file would be named test_….
const DEMO_FILE = /^(?:[Dd]emos?|[Ee]xamples?|[Ss]amples?)(?:[._-]|[A-Z0-9])/;
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
  // Asked for every secret finding with no path of its own (findingContext): no replace for that.
  if (path === '') return undefined;
  const p = path.replace(/\\/g, '/');
  if (TEST_FILE.test(p) || TEST_CLASS.test(p)) return 'test';
  const dir = innermostDirContext(p);
  if (dir) return dir;
  if (EXAMPLE_FILE.test(baseName(p))) return 'example';
  if (DOCS_DIR.test(p) || DOCS_FILE.test(baseName(p))) return 'docs';
  return undefined;
}

/**
 * Test or example by the innermost folder that says: `src/test/java/…/examples/Withdraw.java` is an example kept
 * under a build tool's test root (run as it is), `examples/tests/` is a test; a demo script or a glued demo folder
 * in a test folder is an example. Test files by their own names were taken for tests before this.
 */
function innermostDirContext(p: string): FindingContext | undefined {
  const dirs = p.split('/').slice(0, -1);
  let demo = false;
  for (let i = dirs.length - 1; i >= 0; i--) {
    const seg = `${dirs[i]}/`;
    if (TEST_DIR.test(seg)) return demo || DEMO_FILE.test(baseName(p)) ? 'example' : 'test';
    if (EXAMPLE_DIR.test(seg) || EXAMPLE_PROJECT.test(seg) || (GLUED_EXAMPLE.test(seg) && !NOT_GLUED_EXAMPLE.test(seg))) return 'example';
    demo ||= GLUED_DEMO.test(seg);
  }
  return undefined;
}

/**
 * The context of one offset: a path's context, else a docstring, JSDoc block or a schema field's example (documentation inside code),
 * else a Rust test module (`#[cfg(test)] mod tests`, by convention at the end of the file).
 */
export function findingContext(path: string, text: string, offset: number, kind: FileKind = fileKindOf(path)): FindingContext | undefined {
  const context = pathContext(path) ?? (inDocBlock(text, offset, kind) || inSchemaExample(text, offset) ? 'docs' : undefined);
  if (context) return context;
  return kind === 'rust' && inRustTestModule(text, offset) ? 'test' : undefined;
}

/** A Rust cfg attribute, its condition captured: `#[cfg(test)]`, `#[cfg(all(test, feature = "wallet"))]`, any other. */
const RUST_CFG = /#\[cfg\(((?:[^()\n]|\((?:[^()\n]|\([^()\n]*\)){0,200}\)){1,200})\)\]/;
/** A cfg attribute that mentions test (an over-reach is fine: the incremental scanner then rescans the whole text). */
export const RUST_TEST_CFG_HINT = /#\[cfg\([^\]\n]{0,300}?\btest\b/;
const RUST_CFG_MODULE = new RegExp(String.raw`^${RUST_CFG.source}\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+\w+\s*\{`);

/** True when a cfg condition holds `test` itself: `test`, or a bare `test` among `all(…)`'s top-level conditions (not `not(test)`, not a feature named test-…). */
function isTestCondition(cond: string): boolean {
  const c = cond.trim();
  if (c === 'test') return true;
  const all = /^all[ \t]*\(([\s\S]*)\)$/.exec(c)?.[1];
  if (all === undefined) return false;
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= all.length; i++) {
    const ch = all[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if ((ch === ',' || i === all.length) && depth === 0) {
      if (all.slice(from, i).trim() === 'test') return true;
      from = i + 1;
    }
  }
  return false;
}

/**
 * True inside the braces of an inline `#[cfg(test)] mod name { … }` (or `#[cfg(all(test, …))]`). A `#[cfg(test)] mod tests;` or a
 * `#[cfg(test)] use …` near the top must not turn the rest of the file into test code.
 */
function inRustTestModule(text: string, offset: number): boolean {
  for (let at = text.lastIndexOf('#[cfg(', offset); at !== -1; at = at === 0 ? -1 : text.lastIndexOf('#[cfg(', at - 1)) {
    const head = RUST_CFG_MODULE.exec(text.slice(at, at + 300));
    if (!head || !isTestCondition(head[1])) continue;
    // Count braces from the module's opening brace to the offset: still open means inside.
    let depth = 0;
    for (let i = at + head[0].length - 1; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 123) depth++;
      else if (c === 125 && --depth === 0) break;
    }
    if (depth > 0) return true;
  }
  return false;
}

/**
 * Rules whose values are proven by an exact check (a checksum, a key that matches its own public key): in
 * documentation such a value is more likely a real one pasted in, so it keeps one level less than its own
 * severity instead of dropping to information. In tests and examples it is information all the same.
 * Not Stellar's secret seeds: every seed an SDK prints passes their 16-bit checksum, and the Stellar SDKs' guides and
 * docstrings are full of testnet seeds for readers to fund from Friendbot (held-out-12: ten such, none real). Nor seed
 * phrases: any generated phrase passes the BIP39 checksum, and a README's example output or tutorial prints one (every
 * seed phrase in the docs of 58 labelled sets is an example: 25 facts at info or none, none higher).
 */
const EXACT_RULES = new Set(['secret/solana-secret-key', 'secret/bitcoin-private-key']);

/** True when a finding's value is proven real enough to stay above information in this context. */
export function provenInContext(ruleId: string, context: FindingContext | undefined): boolean {
  return context === 'docs' && EXACT_RULES.has(ruleId);
}

/** How far a context lowers a finding: not at all, one level, or to information. */
export type Downgrade = 'keep' | 'one' | 'info';

/**
 * The downgrade per category and context. Secrets: tests, examples and docs are full of placeholder keys.
 * Withdrawal calls: an example is code users copy and run as it is, so it keeps its severity; a test usually
 * runs against a mock (one level lower); documentation prose is not run (information).
 * Categories not listed (and `gitignore`) drop to information in every context.
 */
export const CONTEXT_POLICY: Readonly<Record<string, Readonly<Record<FindingContext, Downgrade>>>> = {
  secret: { test: 'info', example: 'info', docs: 'info' },
  withdraw: { test: 'one', example: 'keep', docs: 'info' },
};
const DEFAULT_POLICY: Readonly<Record<FindingContext, Downgrade>> = { test: 'info', example: 'info', docs: 'info' };

/** The downgrade of a category in a context (a proven value lowers one level at most). */
export function downgradeFor(category: string, context: FindingContext, proven = false): Downgrade {
  const d = (CONTEXT_POLICY[category] ?? DEFAULT_POLICY)[context];
  return proven && d === 'info' ? 'one' : d;
}

const ONE_LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info', hint: 'hint' };

/** The severity in a context for a category (secrets by default): kept, one level lower, or information. */
export function contextSeverity(severity: Severity, context: FindingContext | undefined, proven = false, category = 'secret'): Severity {
  if (!context) return severity;
  const d = downgradeFor(category, context, proven);
  if (d === 'keep') return severity;
  if (d === 'one') return ONE_LOWER[severity];
  return severity === 'hint' ? 'hint' : 'info';
}

const WHERE: Record<FindingContext, string> = {
  test: 'In a test or fixture',
  example: 'In an example',
  docs: 'In documentation',
};

/** The sentence a downgraded finding's message ends with. */
export function contextNote(category: string, context: FindingContext): string {
  if (category === 'withdraw' && context === 'docs') return ` (${WHERE[context]}, not run: reported at lower severity.)`;
  if (category === 'withdraw') return ` (${WHERE[context]}, usually against a mock: reported at lower severity.)`;
  if (category === 'gitignore') return ' (In a test, example or docs folder, so reported at lower severity; real keys here still leak.)';
  return ` (${WHERE[context]}, so reported at lower severity; a real key here is still a leak.)`;
}

/** Lowers a finding for its context, in place: severity, the note in its message, and the `inTestPath` flag. */
export function applyContext(finding: Finding, context: FindingContext | undefined, proven = false, note?: string): void {
  if (!context) return;
  // Kept findings (a withdrawal call in an example) carry no note: nothing was lowered.
  if (downgradeFor(finding.category, context, proven) === 'keep') return;
  finding.severity = contextSeverity(finding.severity, context, proven, finding.category);
  finding.message += note ?? contextNote(finding.category, context);
  finding.inTestPath = true;
}

// A file named only `test` (`test.py`, `tests.js`), or `test_` and a word (`test_balance.py`), is a test when its text
// is test code: a test framework, test functions, assertions. Otherwise it is a scratch script someone runs by hand (a bot's `test.py` trying its keys
// against the exchange), ordinary code whose findings keep their severity, unless its folder says otherwise. The
// same holds for a console program named `Test.cs` or `Test.java` (a `Main` that calls the client, no test attributes).
const BARE_TEST_FILE = /(?:^|\/)(?:tests?|test_[^/]*)\.(?:[cm]?[jt]sx?|py|rb|php|sh|ps1|bat|cmd|cs|java|kt|swift|dart)$/i;
const TEST_CODE = new RegExp(String.raw`${TEST_FRAMEWORK.source}|\b(?:import|from)[ \t]+(?:unittest|pytest|nose2?)\b|@pytest|\bassert(?:Equals?|True|False|That|_called)|\bexpect\(|\bassert\.|require\([ \t]*["'](?:assert|chai|mocha|jest|tap|ava)["']|from[ \t]+["'](?:vitest|chai|node:test|node:assert|assert|@jest/globals)["']|PHPUnit|RSpec|Minitest`);

/** The context of a scanned file: its path's, except that a bare `test.py` holding no test code is ordinary code (or its folder's context). */
export function fileContextOf(path: string, text: string): FindingContext | undefined {
  const context = pathContext(path);
  const p = path.replace(/\\/g, '/');
  if (context !== 'test' || TEST_CODE.test(text)) return context;
  // A script in a test folder that calls a live exchange and holds no test code (`kucoin-crawler/test/get-balance.py`
  // posting to api.kucoin.com): someone's try-out, run by hand with their own keys.
  // Code only: a cassette or fixture file records the host it was sent to.
  if (SCRIPT.test(p) && !TEST_FILE.test(p) && !TEST_CLASS.test(p) && LIVE_HOST.test(text)) return undefined;
  if (!BARE_TEST_FILE.test(p)) return context;
  return innermostDirContext(p) ?? (DOCS_DIR.test(p) ? 'docs' : undefined);
}

/** A script's or program's file (not a recording, a fixture or a config). */
const SCRIPT = /\.(?:py|[cm]?[jt]sx?|rb|php|go|java|kt|cs|swift|rs|dart|sh|ps1|bat)$/i;
/** A live exchange's API host written in the text (not a sandbox's or testnet's). */
const LIVE_HOST = /https?:\/\/(?:api|www|openapi|fapi|futures|contract)\.(?:binance|bybit|okx|okex|kucoin|kraken|gateio|gate|bitget|mexc|huobi|htx|bitfinex|bitstamp|gemini|coinbase|coinex|bitmart|bingx|upbit|bithumb|deribit|bitmex|phemex|poloniex)\.(?:com|io|pro|me|net|vip|us)\b/i;

const API_KEY_ROLES = new Set(['api-key', 'api-secret', 'passphrase', 'key-name']);
const RECORDED_NOTE = ' (Recorded in a test cassette\'s request to a real host: this is the key that was sent. Delete it at the exchange and filter it in the recorder.)';

/** The direct sends an integration test makes on its network (its wrappers' calls are the test's plumbing). */
const LIVE_SENDS = new Set(['withdraw/onchain-send', 'withdraw/chain-send', 'withdraw/cosmos-send', 'withdraw/nethereum-send']);

/**
 * The context step of the pipeline: secrets and withdrawal calls in a test, example or docs path (or in a
 * docstring, or a Rust test module) are lowered as CONTEXT_POLICY says, except withdrawal calls in a test that runs
 * live (see liveProgram, liveNetworkTest) and keys a cassette recorded in a real request (one level only, see
 * recordedRequest); other categories keep theirs here.
 */
export const contextStage: MatchStage = ({ finding }, { text, path, kind, fileContext }) => {
  if (finding.category !== 'secret' && finding.category !== 'withdraw') return true;
  const context = fileContext ?? findingContext('', text, finding.range.start, kind);
  if (finding.category === 'withdraw' && context === 'test' && (liveProgram(text) || (fileContext === 'test' && LIVE_SENDS.has(finding.id) && liveNetworkTest(path, text)))) return true;
  // API keys only: they live until deleted, while a recorded bearer, OAuth or session token has long expired.
  if (finding.category === 'secret' && API_KEY_ROLES.has(finding.role ?? '') && context === 'test' && inRecordedRequest(text, finding.range.start)) {
    applyContext(finding, context, true, RECORDED_NOTE);
    return true;
  }
  applyContext(finding, context, provenInContext(finding.id, context));
  return true;
};
