// Shared types of the detection engine. Nothing here knows about VS Code or the filesystem.

/** How serious a finding is; maps onto VS Code's DiagnosticSeverity and SARIF levels. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** What a flagged value is for; drives environment-variable naming in quick fixes. */
export type Role =
  | 'api-key'
  | 'api-secret'
  | 'passphrase'
  | 'uid'
  | 'private-key'
  | 'key-name'
  | 'token'
  | 'mnemonic'
  | 'webhook'
  | 'url'
  | 'password'
  | 'endpoint';

/** The kinds of file the engine distinguishes (by name, never by content). */
export type FileKind =
  | 'python'
  | 'notebook'
  | 'javascript'
  | 'typescript'
  | 'go'
  | 'rust'
  | 'java'
  | 'kotlin'
  | 'csharp'
  | 'php'
  | 'ruby'
  | 'swift'
  | 'dart'
  | 'c'
  | 'cpp'
  | 'scala'
  | 'lua'
  | 'r'
  | 'elixir'
  | 'clojure'
  | 'perl'
  | 'powershell'
  | 'julia'
  | 'solidity'
  | 'xml'
  | 'json'
  | 'yaml'
  | 'toml'
  | 'env'
  | 'ini'
  | 'shell'
  | 'dockerfile'
  | 'markdown'
  | 'text';

/** A span of the scanned text: offsets plus 0-based line/column (UTF-16 units, as VS Code counts). */
export interface TextRange {
  start: number;
  end: number;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** One thing the engine found. It never holds the secret itself, only where it is and a masked copy. */
export interface Finding {
  /** Detector or rule id, `category/kebab-name`. */
  id: string;
  /** First path segment of the id: `secret`, `withdraw`, `gitignore`. */
  category: string;
  severity: Severity;
  title: string;
  /** One short sentence (notes on context and history may follow). */
  message: string;
  /** What to do about it, for the hover: the service-specific fix and revoke steps. */
  advice?: string;
  range: TextRange;
  /** `abcd…wxyz`: safe to print anywhere. */
  masked?: string;
  exchange?: string;
  role?: Role;
  /** Environment variable a quick fix would move the value to. */
  envName?: string;
  /** Name the value was assigned to in the code, when the pattern saw one. */
  assignedName?: string;
  /** Set when the finding sits in a test or example path and was downgraded. */
  inTestPath?: boolean;
  /** Set when the value is a well-known public test value (Hardhat keys, documented mnemonics). */
  publicTestValue?: boolean;
}

/** What the caller knows about the text being scanned. */
export interface ScanOptions {
  /** Path relative to the workspace or scan root, `/`-separated; decides file kind and test paths. */
  path?: string;
  /** Categories to skip entirely (e.g. `['withdraw']`). */
  disabledCategories?: readonly string[];
  /** Severity overrides per category. */
  severityOverrides?: Readonly<Record<string, Severity>>;
  /** Per-rule settings by rule id: `off` or a severity (applied by documentFindings, after the category settings). */
  rules?: Readonly<Record<string, string>>;
  /** Lines longer than this are scanned only in windows around keyword hits. */
  maxWindow?: number;
  /** Fund-moving functions of other files that this text calls (crossfile/fundMovers.ts): their calls are reported. */
  movers?: readonly Mover[];
  /** Other files' path constants this text uses (crossfile/pathConstants.ts): their POST uses are reported. */
  pathConstants?: readonly PathConstant[];
  /** This text's path constants that another file posts: reported where they are defined. */
  postedConstants?: readonly PathConstant[];
}

/** A name a file gives a request path to: a constant, an enum member, an object member, a config key. */
export interface PathConstant {
  name: string;
  path: string;
  /** `/`-separated path of the file that defines it. */
  file: string;
  /** 0-based line of the path. */
  line: number;
  /** The definition's own verb (an enum member's `HttpMethod.POST` argument): true for a write, false for GET. */
  posts?: boolean;
}

/** A function whose body holds a withdrawal or a send: where it is defined and the strongest finding in it. */
export interface Mover {
  name: string;
  /** `/`-separated path of the file that defines it. */
  path: string;
  /** 0-based line of its head. */
  line: number;
  severity: Severity;
}

/** Result of scanning one text. `skipped` explains why nothing was scanned. */
export interface ScanResult {
  findings: Finding[];
  skipped?: 'binary' | 'lockfile' | 'ignored';
}
