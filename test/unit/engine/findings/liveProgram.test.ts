import * as assert from 'assert';
import { scanText } from '../../../../src/engine';
import { liveProgram } from '../../../../src/engine/findings/liveProgram';

/** `severity id` of the withdrawal findings. */
const withdrawals = (text: string, path: string) =>
  scanText(text, { path }).findings.filter((f) => f.category === 'withdraw').map((f) => `${f.severity} ${f.id}`);

// Our own shapes: an SDK's test class that builds its client from the tester's keys, then withdraws.
const CS_TEST = (keys: string) =>
  `using Acme.Bithumb.Net;\nusing Xunit;\n\npublic class ApiTests\n{\n    private readonly AcmeClient client;\n\n    public ApiTests()\n    {\n${keys}\n        client = new AcmeClient(lines[0], lines[1]);\n    }\n\n    [Fact]\n    public async Task Withdraws()\n    {\n        var res = await client.WithdrawCoinAsync("XRP", 12m, "rPayoutAddr", "memo");\n    }\n}\n`;
const PY_TEST = (keys: string) =>
  `import json\nimport unittest\nfrom binance.spot import Spot\n\nclass TestWallet(unittest.TestCase):\n    def setUp(self):\n${keys}\n        self.client = Spot(k["key"], k["secret"])\n\n    def test_withdraw(self):\n        self.client.withdraw(coin="USDT", amount=12, address=DEST)\n`;

describe('live test programs (findings/liveProgram)', () => {
  it('keeps a test live when it reads its exchange keys from a key file beside it', () => {
    const cs = CS_TEST('        var lines = File.ReadAllLines("key.txt");');
    assert.deepStrictEqual(withdrawals(cs, 'Acme.Bithumb.Net.Tests/ApiTests.cs'), ['warning withdraw/library-call']);
    const py = PY_TEST('        k = json.load(open("keys.json"))');
    assert.deepStrictEqual(withdrawals(py, 'tests/test_wallet.py'), ['warning withdraw/library-call']);
    // A path before the name, another argument first, a properties file, a key read by name from a loaded config.
    assert.ok(liveProgram('const k = JSON.parse(fs.readFileSync(path.join(__dirname, "../api_keys.json")));\nclient.withdraw(a);'));
    assert.ok(liveProgram('props.load(new FileInputStream("src/test/resources/apikey.properties"));'));
    assert.ok(liveProgram('String key = props.getProperty("exchange.api.key");'));
    assert.ok(liveProgram('var secret = ConfigurationManager.AppSettings["ApiSecret"];'));
    // A plain-text file named for an API, out of the tester's application-data folder; settings read into a key type.
    const appData = CS_TEST('        var dir = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);\n        var lines = File.ReadAllLines(Path.Combine(dir, "Acme", "acme_api.txt"));');
    assert.deepStrictEqual(withdrawals(appData, 'Acme.Bithumb.Net.Tests/ApiTests.cs'), ['warning withdraw/library-call']);
    assert.ok(liveProgram('var lines = File.ReadAllLines(Path.Combine(dir, "acme_api.txt"));'));
    assert.ok(liveProgram('lines = open(os.path.expanduser("~/.acme/login")).read().split()'));
    assert.ok(liveProgram('var api = repo.GetDataFromFile<ApiInformation>(configPath);'));
    assert.ok(liveProgram('var k = JsonConvert.DeserializeObject<Acme.ExchangeCredentials>(File.ReadAllText(p));'));
  });

  it('leaves a test reading fixtures, wallet keys or fake keys from files one level lower', () => {
    const fixture = CS_TEST('        var lines = File.ReadAllLines("responses/withdraw.json");');
    assert.deepStrictEqual(withdrawals(fixture, 'Acme.Bithumb.Net.Tests/ApiTests.cs'), ['info withdraw/library-call']);
    const fake = PY_TEST('        k = json.load(open("fixtures/fake_keys.json"))');
    assert.deepStrictEqual(withdrawals(fake, 'tests/test_wallet.py'), ['info withdraw/library-call']);
    // A recorded response named `api.json`, a settings type that holds no keys.
    assert.ok(!liveProgram('var r = File.ReadAllText(Path.Combine(dir, "api.json"));'));
    assert.ok(!liveProgram('var s = repo.GetDataFromFile<ChartSettings>(path);'));
    for (const name of ['test_keys.json', 'private_key.txt', 'wallet-secret.json', 'seed.key.txt', 'dummy_credentials.yml']) {
      assert.ok(!liveProgram(`k = json.load(open("${name}"))\nclient.withdraw(a)`), name);
    }
    // The name alone, not read: a string in a message.
    assert.ok(!liveProgram('print "put your keys.json beside this file"\nclient.withdraw(a)'));
    // A key file read by a test that mocks its transport stays a unit test.
    assert.ok(!liveProgram('var lines = File.ReadAllLines("key.txt");\nvar handler = new Mock<HttpMessageHandler>();'));
  });

  it('takes a sandbox or testnet switched off for the live exchange, and one switched on (or named) for a sandbox', () => {
    const env = `        k = {"key": os.getenv("BINANCE_API_KEY"), "secret": os.getenv("BINANCE_API_SECRET")}`;
    const live = PY_TEST(env).replace('import json', 'import json\nimport os');
    assert.deepStrictEqual(withdrawals(live, 'tests/test_wallet.py'), ['warning withdraw/library-call']);
    const off = live.replace('Spot(k["key"], k["secret"])', 'Spot(k["key"], k["secret"], testnet=False)');
    assert.deepStrictEqual(withdrawals(off, 'tests/test_wallet.py'), ['warning withdraw/library-call']);
    const on = live.replace('Spot(k["key"], k["secret"])', 'Spot(k["key"], k["secret"], testnet=True)');
    assert.deepStrictEqual(withdrawals(on, 'tests/test_wallet.py'), ['info withdraw/library-call']);
    // A switch kept in a variable set false, then handed to the client, is off where it is read too.
    const variable = CS_TEST('        var lines = File.ReadAllLines("key.txt");\n        var useSandbox = false;').replace('new AcmeClient(lines[0], lines[1])', 'new AcmeClient(lines[0], lines[1], useSandbox)');
    assert.deepStrictEqual(withdrawals(variable, 'Acme.Bithumb.Net.Tests/ApiTests.cs'), ['warning withdraw/library-call']);
    assert.deepStrictEqual(withdrawals(variable.replace('useSandbox = false', 'useSandbox = true'), 'Acme.Bithumb.Net.Tests/ApiTests.cs'), ['info withdraw/library-call']);
    assert.ok(!liveProgram('key = getenv("API_KEY")\nsandbox = false\nif ci: sandbox = true\nClient(key, sandbox)'));
    for (const sw of ['useSandbox = false;', 'opts = { sandbox: false }', '{"testnet": false}', 'isTestnet := false', 'ex.setSandboxMode(false)', 'Client.new(key, secret, :sandbox => false)']) {
      assert.ok(liveProgram(`key = getenv("API_KEY")\n${sw}\nclient.withdraw(a)`), sw);
    }
    for (const sw of ['useSandbox = true;', 'opts = { sandbox: IS_CI }', 'ex.setSandboxMode(true)', '# runs on the testnet', 'testnet=False  # set testnet=True to try it']) {
      assert.ok(!liveProgram(`key = getenv("API_KEY")\n${sw}\nclient.withdraw(a)`), sw);
    }
  });
});
