// Test files that move real funds when run: integration programs against the exchange rather than unit tests
// against a mock. Their withdrawal calls keep their severity (contextSeverity.ts lowers the other tests').
import { TextMemo } from '../judge/textMemo';

// The exchange key read from the environment, in any case: Go's `os.Getenv`, Scala's `sys.env("…_apiKey")`, Ruby's
// `ENV.fetch('api_key')`, `os.environ['api_secret']`.
const ENV_CREDENTIAL = /(?:env::var|getenv|os\.environ|process\.env|System\.getenv|Environment\.GetEnvironmentVariable|sys\.env|\bENV)[ \t]*(?:\.(?:get|fetch)[ \t]*)?[(.[]?[ \t]*["']?[A-Z0-9_]*(?:API_?KEY|API_?SECRET|SECRET_?KEY)/i;
// Or read from a file kept beside the tests and out of the repository, named for the keys it holds, handed to a call:
// `File.ReadAllLines("key.txt")`, `json.load(open("keys.json"))`, `new FileInputStream("apikey.properties")`,
// `Path.Combine(dir, "acme_api.txt")`, `fs.readFileSync(path.join(__dirname, 'credentials.json'))`. Not a wallet's private
// key or seed (a test may fund itself on a local chain), nor a fixture named as one (`test_keys.json`, `fake-secrets.yml`);
// a file named `api` only as plain text or settings (`api.json` is as often a recorded response).
const KEY_FILE = /[(,][ \t]*@?["'`](?:[^"'`\n]{0,80}[/\\])?(?![^"'`\n/\\]*(?:priv|wallet|mnemonic|seed|pem|test|fake|dummy|mock|sample|example))[A-Za-z0-9_.-]{0,40}?(?:(?:api[_.-]?)?(?:keys?|secrets?|credentials?|apikeys?)\.(?:txt|json|ya?ml|ini|cfg|conf|properties|toml|dat)|(?<![A-Za-z])api\.(?:txt|key|ini|cfg|conf|properties|dat))["'`]/i;
// Or out of the tester's home or application-data folder: `Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData)`,
// `os.path.expanduser("~/.acme")`, `Path.home()`, `os.homedir()`, `System.getProperty("user.home")`, Go's `os.UserHomeDir()`.
const HOME_FILE = /Environment\.SpecialFolder\.|os\.path\.expanduser\([ \t]*["']~|\bPath\.home\(\)|\bos\.homedir\(\)|System\.getProperty\([ \t]*"user\.home"|\bos\.UserHomeDir\(\)|\bhome_dir\(\)/;
// Or a settings file read into a type of API keys: `GetDataFromFile<ApiInformation>(path)`,
// `JsonConvert.DeserializeObject<ApiCredentials>(File.ReadAllText(p))`, `LoadJson<ExchangeApiKeys>(…)`.
const CREDENTIAL_TYPE = /\b[A-Za-z_]{0,40}(?:File|Json|JSON|Deserialize|Load|Read|Config)[A-Za-z_]{0,40}[ \t]*<[ \t]*(?:[A-Za-z_]\w{0,40}\.){0,4}[A-Za-z_]{0,40}(?:Api[A-Za-z]{0,20}(?:Info|Information|Credentials?|Keys?|Secrets?)|Credentials?)[ \t]*>/;
// Or a key by name out of a loaded properties or settings file: Java's `props.getProperty("api.key")`, .NET's
// `ConfigurationManager.AppSettings["ApiSecret"]`.
const CONFIG_CREDENTIAL = /(?:getProperty|AppSettings\[)[ \t]*\(?[ \t]*["'][A-Za-z0-9_.:-]*(?:api[_.-]?key|api[_.-]?secret|secret[_.-]?key)["']/i;
const MAIN_PROGRAM = /\bpublic[ \t]+static[ \t]+void[ \t]+main[ \t]*\(|\bif[ \t]+__name__[ \t]*==|\bfunc[ \t]+main[ \t]*\([ \t]*\)|\bfn[ \t]+main[ \t]*\(/;
/** Test frameworks' markers: test attributes and annotations, test functions, `describe(`/`it(` blocks. */
export const TEST_FRAMEWORK = /@Test\b|#\[(?:tokio::)?test\]|\bdef[ \t]+test_|\bfunc[ \t]+Test[A-Z_]|\b(?:describe|it|test)\([ \t]*["'`]|\[(?:Fact|Test|TestMethod)\]/;
const DOUBLES = /mock|stub|\bnock\b|\bfake|httpretty|wiremock|localhost|127\.0\.0\.1/i;
// A test network or sandbox named anywhere, unless it is switched off (see pointsAtSandbox). The word alone: the name
// around it is walked by hand (a regex taking the whole name would retry every start of a long identifier).
const SANDBOX = /testnet|sandbox/gi;
const IDENT_CHAR = /[A-Za-z0-9_]/;
// The switch set false after the name: `useSandbox = false`, `testnet=False`, `sandbox: false`, `"testnet": false`,
// `isTestnet := false`, `setSandboxMode(false)`, `UseTestnet(false)`, `:sandbox => false`.
const OFF_AFTER = /^["']?[ \t]*(?:[:=]=?|=>|\()[ \t]*(?:false|False|FALSE)\b/;
// Any other value given to it (`testnet=True`, `sandbox: IS_CI`, `self.testnet = testnet`); a comparison is no setting.
const SET_AFTER = /^["']?[ \t]*(?:[:=](?!=)|=>|\((?![ \t]*\)))/;
const LIVE = new TextMemo<boolean>();

/**
 * True when the text names a test network or sandbox that it does not switch off. A name set only to false anywhere
 * (`var useSandbox = false;`) is off wherever else it is read (`new Client(api, useSandbox)`).
 */
function pointsAtSandbox(text: string): boolean {
  const off = new Set<string>();
  const on = new Set<string>();
  const mentions: string[] = [];
  for (const m of text.matchAll(SANDBOX)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start > 0 && m.index - start < 60 && IDENT_CHAR.test(text[start - 1])) start--;
    while (end < text.length && end - m.index < 60 && IDENT_CHAR.test(text[end])) end++;
    const name = text.slice(start, end);
    const after = text.slice(end, end + 40);
    if (OFF_AFTER.test(after)) off.add(name);
    else if (SET_AFTER.test(after)) on.add(name);
    mentions.push(name);
  }
  return mentions.some((name) => !off.has(name) || on.has(name));
}

/** True when the file reads an exchange key from the environment, a key file, the home folder or a settings file (a tester's own keys). */
function readsOwnKeys(text: string): boolean {
  return ENV_CREDENTIAL.test(text) || KEY_FILE.test(text) || HOME_FILE.test(text) || CREDENTIAL_TYPE.test(text) || CONFIG_CREDENTIAL.test(text);
}

/**
 * True for a test file that moves real funds when run: it reads the tester's own exchange keys (environment, key file,
 * home folder, settings) or is a program (a `main`) outside any test framework, and nothing in it mocks, stubs or points at a testnet or
 * sandbox (one switched off, `sandbox: false`, is the live exchange). Remembered for the last text.
 */
export function liveProgram(text: string): boolean {
  return LIVE.get(text, '', () => (readsOwnKeys(text) || (MAIN_PROGRAM.test(text) && !TEST_FRAMEWORK.test(text))) && !DOUBLES.test(text) && !pointsAtSandbox(text));
}
