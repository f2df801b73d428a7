// Test files that move real funds when run: integration programs against the exchange rather than unit tests
// against a mock. Their withdrawal calls keep their severity (contextSeverity.ts lowers the other tests').
import { TextMemo } from '../judge/textMemo';

// The exchange key read from the environment, in any case: Go's `os.Getenv`, Scala's `sys.env("…_apiKey")`, Ruby's
// `ENV.fetch('api_key')`, `os.environ['api_secret']`.
const ENV_CREDENTIAL = /(?:env::var|getenv|os\.environ|process\.env|System\.getenv|Environment\.GetEnvironmentVariable|sys\.env|\bENV)[ \t]*(?:\.(?:get|fetch)[ \t]*)?[(.[]?[ \t]*["']?[A-Z0-9_]*(?:API_?KEY|API_?SECRET|SECRET_?KEY)/i;
// Or read from a file kept beside the tests and out of the repository, named for the keys it holds, handed to a call:
// `File.ReadAllLines("key.txt")`, `json.load(open("keys.json"))`, `new FileInputStream("apikey.properties")`,
// `fs.readFileSync(path.join(__dirname, 'credentials.json'))`. Not a wallet's private key or seed (a test may fund
// itself on a local chain), nor a fixture named as one (`test_keys.json`, `fake-secrets.yml`).
const KEY_FILE = /[(,][ \t]*@?["'`](?:[^"'`\n]{0,80}[/\\])?(?![^"'`\n/\\]*(?:priv|wallet|mnemonic|seed|pem|test|fake|dummy|mock|sample|example))[A-Za-z0-9_.-]{0,40}?(?:api[_.-]?)?(?:keys?|secrets?|credentials?|apikeys?)\.(?:txt|json|ya?ml|ini|cfg|conf|properties|toml|dat)["'`]/i;
// Or a key by name out of a loaded properties or settings file: Java's `props.getProperty("api.key")`, .NET's
// `ConfigurationManager.AppSettings["ApiSecret"]`.
const CONFIG_CREDENTIAL = /(?:getProperty|AppSettings\[)[ \t]*\(?[ \t]*["'][A-Za-z0-9_.:-]*(?:api[_.-]?key|api[_.-]?secret|secret[_.-]?key)["']/i;
const MAIN_PROGRAM = /\bpublic[ \t]+static[ \t]+void[ \t]+main[ \t]*\(|\bif[ \t]+__name__[ \t]*==|\bfunc[ \t]+main[ \t]*\([ \t]*\)|\bfn[ \t]+main[ \t]*\(/;
/** Test frameworks' markers: test attributes and annotations, test functions, `describe(`/`it(` blocks. */
export const TEST_FRAMEWORK = /@Test\b|#\[(?:tokio::)?test\]|\bdef[ \t]+test_|\bfunc[ \t]+Test[A-Z_]|\b(?:describe|it|test)\([ \t]*["'`]|\[(?:Fact|Test|TestMethod)\]/;
const DOUBLES = /mock|stub|\bnock\b|\bfake|httpretty|wiremock|localhost|127\.0\.0\.1/i;
// A test network or sandbox named anywhere, unless every mention switches it off (see sandboxOff).
const SANDBOX = /testnet|sandbox/gi;
// The switch set false after the name that holds the word: `useSandbox = false`, `testnet=False`, `sandbox: false`,
// `"testnet": false`, `isTestnet := false`, `setSandboxMode(false)`, `UseTestnet(false)`, `:sandbox => false`.
const OFF_AFTER = /^[A-Za-z0-9_]*["']?[ \t]*(?:[:=]=?|=>|\()[ \t]*(?:false|False|FALSE)\b/;
const LIVE = new TextMemo<boolean>();

/** True when the mention of a test network at `at` is a switch set to false (the code talks to the live exchange). */
function sandboxOff(text: string, at: number): boolean {
  return OFF_AFTER.test(text.slice(at, at + 80));
}

/** True when the text names a test network or sandbox that it does not switch off. */
function pointsAtSandbox(text: string): boolean {
  for (const m of text.matchAll(SANDBOX)) if (!sandboxOff(text, m.index + m[0].length)) return true;
  return false;
}

/** True when the file reads an exchange key from the environment or from a key file (a tester's own keys). */
function readsOwnKeys(text: string): boolean {
  return ENV_CREDENTIAL.test(text) || KEY_FILE.test(text) || CONFIG_CREDENTIAL.test(text);
}

/**
 * True for a test file that moves real funds when run: it reads the tester's own exchange keys (environment, key file)
 * or is a program (a `main`) outside any test framework, and nothing in it mocks, stubs or points at a testnet or
 * sandbox (one switched off, `sandbox: false`, is the live exchange). Remembered for the last text.
 */
export function liveProgram(text: string): boolean {
  return LIVE.get(text, '', () => (readsOwnKeys(text) || (MAIN_PROGRAM.test(text) && !TEST_FRAMEWORK.test(text))) && !DOUBLES.test(text) && !pointsAtSandbox(text));
}
