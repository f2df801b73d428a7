import * as assert from 'assert';
import { scanText } from '../../../../src/engine';
import { contextSeverity, findingContext, pathContext } from '../../../../src/engine/findings/contextSeverity';

// Random values generated for these tests.
const KEY = 'Qb7mWz2LxR9pT4vK8sN1cF6yH3jD5gA0eU2iO7wZ9qX4tM6rB8nV1kC3lP5sJ0fG';
const SECRET = 'h8Tz3Qm1Wc6Ry9Lp2Vx5Nb7Kd4Fs0Gj8Ha3Ue6Io1Pw9Yt2Rq5Ek7Zm4Xc0Vb3Na';
const BOT = `from binance.client import Client\nclient = Client("${KEY}", "${SECRET}")\n`;
const SOL_BASE58 = '3nzqXm9Ate7kyT8Ty1TnC8xYWKK1y5BvsgwTVXjVNnQPrvheiX79Zmbhn8T8zxDkpNadRN8CR2jYUJo24EZkYscS';

/** `severity id` of every finding. */
const severities = (text: string, path: string) => scanText(text, { path }).findings.map((f) => `${f.severity} ${f.id}`);

describe('context severity (findings/contextSeverity)', () => {
  it('knows test, example and documentation paths', () => {
    const cases: Array<[string, string | undefined]> = [
      ['tests/fixtures/key.pem', 'test'], ['test/bot.py', 'test'], ['src/__tests__/client.ts', 'test'], ['spec/client_spec.rb', 'test'],
      ['pkg/sign_test.go', 'test'], ['src/client.test.ts', 'test'], ['test_orders.py', 'test'], ['orders_test.py', 'test'],
      ['tests/cassettes/s3.yaml', 'test'], ['fixtures/resp.json', 'test'], ['Binance.Net.UnitTests/ClientTests.cs', 'test'],
      ['integration-tests/okx.ts', 'test'], ['src/__snapshots__/client.test.ts.snap', 'test'], ['app/tests.py', 'test'], ['config/test.exs', 'test'],
      ['README', 'docs'], ['readme.txt', 'docs'],
      ['config.example.json', 'example'], ['user_data/config_sample.yml', 'example'], ['example_settings.py', 'example'],
      ['strategy_template.py', 'example'], ['config.dist.php', 'example'], ['config_examples/binance.json', 'example'], ['.env.example', 'example'],
      ['examples/spot.py', 'example'], ['example/main.go', 'example'], ['samples/okx.ts', 'example'],
      ['docs/auth.md', 'docs'], ['doc/usage.py', 'docs'], ['README.md', 'docs'], ['guide.rst', 'docs'], ['llms.txt', 'docs'], ['llms-full.txt', 'docs'],
      // The innermost test or example folder decides: examples kept under a build tool's test root stay examples.
      ['src/test/java/com/acme/examples/spot/Withdraw.java', 'example'], ['examples/tests/helpers.py', 'test'],
      ['samples/fixtures/resp.json', 'test'], ['src/test/java/com/acme/examples/WithdrawTest.java', 'test'],
      // A demo, example or sample script by its own name is an example in a test folder too; CamelCase sample projects.
      ['tests/demo_sign_v2.py', 'example'], ['test/example-pull.ts', 'example'], ['tests/sampleRun.js', 'example'],
      ['test/SampleApplication/MainWindow.xaml.cs', 'example'], ['src/ClientSamples/Pull.cs', 'example'],
      ['tests/test_demo.py', 'test'], ['tests/demo_test.go', 'test'], ['tests/democracy.py', 'test'], ['tests/resample_bars.py', 'test'],
      ['test/SampleData/x.json', 'example'], ['src/Resampler/x.cs', undefined], ['test/DownsampleTests/x.cs', 'test'],
      // A folder named by the word glued to another is an example folder, under a test root too (held-out-4); demo
      // only under a test root. Test files by their own names stay tests; resampling and counterexamples are no examples.
      ['src/test/java/org/acme/Rsa2048examples/FundsClientExample.java', 'example'], ['src/test/java/org/acme/Rsa2048examples/FundsClientTest.java', 'test'],
      ['apisamples/pull.py', 'example'], ['tests/restexamples/test_pull.py', 'test'], ['test/wsdemos/pull.ts', 'example'], ['src/test/RestDemo/Pull.java', 'example'],
      ['test/wsdemos/pull.spec.ts', 'test'], ['tradingdemo/bot.py', undefined], ['config/prod.exs', undefined], ['src/RestDemo/Pull.java', undefined],
      ['tests/resamples/x.py', 'test'], ['src/downsample/x.py', undefined], ['tests/counterexamples/x.py', 'test'], ['signal/upsamples/x.py', undefined],
      // Go runs only `*_test.go` as tests: a bare `test.go` is a program (a usage sample, held-out-5); in a test folder it is a test.
      ['Coincheck/test.go', undefined], ['tests.go', undefined], ['test/test.go', 'test'],
      ['bot.py', undefined], ['src/strategy/grid.py', undefined], ['demo/bot.py', undefined], ['config/testnet.json', undefined],
      ['latest/bot.py', undefined], ['src/contest.py', undefined], ['attestations/bot.py', undefined], ['backtests/run.py', undefined],
      ['protests.py', undefined], ['src/latest_test_results/run.py', undefined], ['resample.py', undefined],
      ['sampler.py', undefined], ['distance.py', undefined], ['config.json', undefined], ['build/settings.py', undefined], ['notes.txt', undefined],
    ];
    for (const [path, want] of cases) assert.strictEqual(pathContext(path), want, path);
  });

  it('knows docstrings and doc blocks inside code, and not assigned strings or plain comments', () => {
    const py = 'def f():\n    """Returns:\n        {"apiKey": "X"}\n    """\n    KEY = """X"""\n    return KEY\n';
    assert.strictEqual(findingContext('sdk/client.py', py, py.indexOf('"apiKey"')), 'docs');
    assert.strictEqual(findingContext('sdk/client.py', py, py.lastIndexOf('X"""')), undefined);
    assert.strictEqual(findingContext('sdk/client.py', py, py.indexOf('return')), undefined);
    const ts = '/**\n * @example new Client({ apiKey: "X" })\n */\nexport class Client {}\n/* not a doc block: "Y" */\nconst a = "Z";\n';
    assert.strictEqual(findingContext('src/client.ts', ts, ts.indexOf('"X"')), 'docs');
    assert.strictEqual(findingContext('src/client.ts', ts, ts.indexOf('"Y"')), undefined);
    assert.strictEqual(findingContext('src/client.ts', ts, ts.indexOf('"Z"')), undefined);
    // Doc comment lines (rustdoc examples, C# XML docs); a plain `//` comment and a `////` rule are not documentation.
    const rs = '//! # Example\n//! let seed = "X";\n/// let signer = Signer::from_seed_phrase("Y", None)?;\npub fn f() {}\n// let k = "Z";\n//// "W"\n';
    assert.strictEqual(findingContext('api/src/lib.rs', rs, rs.indexOf('"X"')), 'docs');
    assert.strictEqual(findingContext('api/src/lib.rs', rs, rs.indexOf('"Y"')), 'docs');
    assert.strictEqual(findingContext('api/src/lib.rs', rs, rs.indexOf('"Z"')), undefined);
    assert.strictEqual(findingContext('api/src/lib.rs', rs, rs.indexOf('"W"')), undefined);
    const ex = 'defmodule Api do\n  @doc """\n  iex> Api.withdraw(%{address: "X"})\n  """\n  def withdraw(p), do: post("/withdrawals/crypto", p)\n  @key """\n  Y\n  """\nend\n';
    assert.strictEqual(findingContext('lib/api.ex', ex, ex.indexOf('"X"')), 'docs');
    assert.strictEqual(findingContext('lib/api.ex', ex, ex.indexOf('/withdrawals')), undefined);
    assert.strictEqual(findingContext('lib/api.ex', ex, ex.indexOf('Y')), undefined, 'a heredoc given to another attribute is no doc');
    const cs = '/// <example>var c = new Client("X");</example>\npublic class Client {}\n';
    assert.strictEqual(findingContext('Sdk/Client.cs', cs, cs.indexOf('"X"')), 'docs');
    assert.strictEqual(findingContext('src/a.ts', '/// <reference path="X" />\n', 20), undefined, 'a TypeScript triple-slash directive is no doc comment');
    const glob = 'const files = glob("src/**/*.ts");\nconst key = "Z";\n/* a comment */\n';
    assert.strictEqual(findingContext('src/build.ts', glob, glob.indexOf('"Z"')), undefined, 'a /** inside a string opens no doc block');
  });

  it('takes a schema field\'s documented example for docs, and an ordinary assignment or argument for code (held-out-3)', () => {
    const py = 'token: Annotated[\n    str | None,\n    Field(\n        description="Session token",\n        examples=[\n            "V1"\n        ],\n    ),\n]\nexample = "V2"\nclient = Client(token="V3")\n';
    assert.strictEqual(findingContext('api/models.py', py, py.indexOf('V1')), 'docs');
    assert.strictEqual(findingContext('api/models.py', py, py.indexOf('V2')), undefined, 'a top-level variable named example is code');
    assert.strictEqual(findingContext('api/models.py', py, py.indexOf('V3')), undefined);
    const java = '@Schema(description = "key", example = "V4")\nprivate String key = "V5";\n';
    assert.strictEqual(findingContext('src/Model.java', java, java.indexOf('V4')), 'docs');
    assert.strictEqual(findingContext('src/Model.java', java, java.indexOf('V5')), undefined);
    const json = '{"type": "string", "example": "V6", "default": "V7"}';
    assert.strictEqual(findingContext('openapi.json', json, json.indexOf('V6')), 'docs');
    assert.strictEqual(findingContext('openapi.json', json, json.indexOf('V7')), undefined);
  });

  it('takes a Rust test module for a test, and code before it for code', () => {
    const rs = 'fn main() { let k = "A"; }\n\n#[cfg(test)]\nmod tests {\n    const KEY: &str = "B";\n}\n';
    assert.strictEqual(findingContext('src/client.rs', rs, rs.indexOf('"A"')), undefined);
    assert.strictEqual(findingContext('src/client.rs', rs, rs.indexOf('"B"')), 'test');
    const decl = '#[cfg(test)]\nmod tests;\n#[cfg(test)]\nuse super::*;\n\nfn main() { let k = "C"; }\n';
    assert.strictEqual(findingContext('src/client.rs', decl, decl.indexOf('"C"')), undefined, 'a declared (out-of-line) test module is not test code');
    const after = '#[cfg(test)]\nmod tests {\n    fn t() {}\n}\nfn main() { let k = "D"; }\n';
    assert.strictEqual(findingContext('src/client.rs', after, after.indexOf('"D"')), undefined, 'code after the test module is code');
    // Test among other conditions is a test module too; a feature alone, or `not(test)`, is code.
    const all = 'fn main() { let k = "E"; }\n#[cfg(all(test, feature = "wallet"))]\nmod tests {\n    const KEY: &str = "F";\n}\n';
    assert.strictEqual(findingContext('src/client.rs', all, all.indexOf('"E"')), undefined);
    assert.strictEqual(findingContext('src/client.rs', all, all.indexOf('"F"')), 'test');
    const feature = '#[cfg(feature = "wallet")]\nmod wallet {\n    const KEY: &str = "G";\n}\n#[cfg(all(feature = "x", not(test)))]\nmod live {\n    const KEY: &str = "H";\n}\n';
    assert.strictEqual(findingContext('src/client.rs', feature, feature.indexOf('"G"')), undefined);
    assert.strictEqual(findingContext('src/client.rs', feature, feature.indexOf('"H"')), undefined);
    // A feature whose name says test is no test; test among nested conditions is.
    const named = '#[cfg(all(feature = "test-utils", unix))]\nmod helpers {\n    const KEY: &str = "I";\n}\n#[cfg(all(test, not(feature = "live")))]\nmod tests {\n    const KEY: &str = "J";\n}\n';
    assert.strictEqual(findingContext('src/client.rs', named, named.indexOf('"I"')), undefined);
    assert.strictEqual(findingContext('src/client.rs', named, named.indexOf('"J"')), 'test');
  });

  it('lowers to information, or one level for a value proven real in documentation', () => {
    assert.strictEqual(contextSeverity('error', undefined), 'error');
    assert.strictEqual(contextSeverity('error', 'test'), 'info');
    assert.strictEqual(contextSeverity('warning', 'docs'), 'info');
    assert.strictEqual(contextSeverity('error', 'docs', true), 'warning');
    assert.strictEqual(contextSeverity('hint', 'example'), 'hint');
  });

  // Positive: the context lowers the finding to information; negative: ordinary code keeps its error.
  it('reports credentials in tests, examples, READMEs, llms.txt, docstrings and JSDoc as information', () => {
    const info = ['info secret/binance-api-key', 'info secret/binance-api-secret'];
    for (const path of ['tests/test_bot.py', 'examples/spot.py', 'docs/quickstart.py']) assert.deepStrictEqual(severities(BOT, path), info, path);
    assert.deepStrictEqual(severities(`# Quick start\n\n\`\`\`python\n${BOT}\`\`\`\n`, 'README.md'), info);
    assert.deepStrictEqual(severities(`## Shell\n\n\`\`\`sh\nexport BINANCE_API_KEY=${KEY}\nexport BINANCE_API_SECRET=${SECRET}\n\`\`\`\n`, 'docs/index.md').map((s) => s.split(' ')[0]), ['info', 'info']);
    assert.deepStrictEqual(severities(BOT, 'llms.txt'), info);
    const docstring = `from binance.client import Client\n\nclass Spot:\n    def login(self):\n        """Log in.\n\n        >>> client = Client("${KEY}", "${SECRET}")\n        """\n        return 1\n`;
    assert.deepStrictEqual(severities(docstring, 'binance_sdk/spot.py'), info);
    const jsdoc = `import { MainClient } from 'binance';\n/**\n * @example\n * const client = new MainClient({\n *   api_key: '${KEY}',\n *   api_secret: '${SECRET}',\n * });\n */\nexport function make() {}\n`;
    assert.deepStrictEqual(severities(jsdoc, 'src/index.ts'), info);
    const notebook = (cell: string) => JSON.stringify({ cells: [{ cell_type: cell, source: ['import ccxt\n', `ex = ccxt.binance({"apiKey": "${KEY}", "secret": "${SECRET}"})\n`] }] });
    assert.deepStrictEqual(severities(notebook('markdown'), 'research.ipynb').map((s) => s.split(' ')[0]), ['info', 'info']);
    assert.deepStrictEqual(severities(notebook('code'), 'research.ipynb').map((s) => s.split(' ')[0]), ['error', 'error']);
    // A code cell's recorded output that prints the client it built: the key the notebook ran with, not an example.
    const printed = JSON.stringify({ cells: [{ cell_type: 'code', outputs: [{ output_type: 'execute_result', data: { 'text/plain': `ccxt.binance(apiKey='${KEY}', secret='${SECRET}')` } }], source: ['import ccxt\n', 'ex\n'] }] }, null, 1);
    assert.deepStrictEqual(severities(printed, 'research.ipynb').map((s) => s.split(' ')[0]), ['error', 'error']);
    assert.deepStrictEqual(severities(BOT, 'bot.py'), ['error secret/binance-api-key', 'error secret/binance-api-secret']);
    assert.deepStrictEqual(severities(BOT.replace('client = ', 'KEYS = """\n').replace(')\n', ')\n"""\n'), 'bot.py').map((s) => s.split(' ')[0]), ['error', 'error']);
  });

  it('reports a KuCoin-like sample API response in an SDK docstring as information', () => {
    const text = `class SubAccount:\n    def create_api(self):\n        """Create a sub-account key.\n\n        Returns:\n            {\n                "apiKey": "5f9c2a7e1b3d4c6a8e0f2b4d",\n                "apiSecret": "3b8e1c5d-7a2f-4e9b-8c1d-6f0a2e4b7c9d",\n                "passphrase": "Sub#Acc0unt77"\n            }\n        """\n        return self._post("/api/v1/sub/api-key")\n`;
    const found = scanText(text, { path: 'kucoin/sub_account.py' }).findings;
    assert.ok(found.length > 0);
    assert.deepStrictEqual(found.filter((f) => f.severity !== 'info'), []);
  });

  it('reports test PEM keys in tests, examples and Markdown as information, and in ordinary files as an error', () => {
    const pem = '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBmB1cRy6bF1Wn2yPq4g8sZk0Jt3Lh5Vd7Xa9Ec2Ru6ToAoGCCqGSM49\nAwEHoUQDQgAEq3pX6m1Yc8Zt2Wf5Jd9Rk0Lh7Vb4Ns6Gx1Ea3Uq8Ty5Mc2Hw9Pz0\n-----END EC PRIVATE KEY-----\n';
    for (const path of ['tests/fixtures/ec.pem', 'examples/keys/ec.pem', 'docs/signing.md']) assert.deepStrictEqual(severities(pem, path), ['info secret/pem-private-key'], path);
    assert.deepStrictEqual(severities(pem, 'deploy/ec.pem'), ['error secret/pem-private-key']);
  });

  it('reports a checksum-valid seed phrase in a README as information (any generated phrase passes), and in code as an error', () => {
    const text = 'MNEMONIC = "trial jaguar maid boring mesh simple dose service drastic path job toss"\n';
    assert.deepStrictEqual(severities(`Example output:\n\n\`\`\`\n${text}\`\`\`\n`, 'README.md'), ['info secret/seed-phrase']);
    assert.deepStrictEqual(severities(text, 'wallet.py'), ['error secret/seed-phrase']);
  });

  it('keeps a key proven by its own public key one level lower in documentation, but information in a tests/ fixture', () => {
    const text = `SOLANA_PRIVATE_KEY = "${SOL_BASE58}"\n`;
    assert.deepStrictEqual(severities(`\`\`\`\n${text}\`\`\`\n`, 'README.md'), ['warning secret/solana-secret-key']);
    assert.deepStrictEqual(severities(text, 'tests/fixtures/wallet.py'), ['info secret/solana-secret-key']);
    assert.deepStrictEqual(severities(text, 'wallet.py'), ['error secret/solana-secret-key']);
  });
});

describe('Python triple quotes in files over 100 KB', () => {
  it('judges code after a long prefix as code (the state is computed from the file start)', () => {
    // A 40 KB module docstring, then 100 KB of code: the last 100,000 characters hold only the docstring's
    // closing quotes, which a window-based count took for an opening, so the code below looked like a docstring.
    const text = `"""Trading helpers.\n\n${'Prose about the module, with no quotes in it at all, line after line.\n'.repeat(560)}"""\nimport ccxt\n${'x = 1  # filler line of ordinary code, no quotes at all here\n'.repeat(1400)}exchange = ccxt.binance()\nexchange.withdraw("USDT", 100, address)\nclient = Client("${KEY}", "${SECRET}")  # binance\n`;
    assert.ok(text.length > 120_000);
    const found = severities(text, 'client.py');
    assert.ok(found.includes('error secret/binance-api-key') && found.includes('error secret/binance-api-secret'), found.join());
    assert.ok(found.some((f) => /^warning withdraw\//.test(f)), found.join());
  });

  it('judges a docstring that opened more than 100,000 characters earlier as a docstring', () => {
    const text = `from binance.client import Client\n\ndef f():\n    """Usage.\n\n${'    this docstring goes on and on with prose and no quotes at all, line after line\n'.repeat(1400)}    >>> client = Client("${KEY}", "${SECRET}")\n    """\n    return 1\n`;
    assert.ok(text.length > 100_000);
    assert.deepStrictEqual(severities(text, 'client.py'), ['info secret/binance-api-key', 'info secret/binance-api-secret']);
  });
});
