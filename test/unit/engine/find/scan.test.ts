import * as assert from 'assert';
import { mask, scanText } from '../../../../src/engine';

const KEY = 'u6WRx81a6Zx92Z04OA2t7sFSWcjxWPxBXC55IyqREMOXCh3uYIm8RNVUIIXgm3nX';
const SECRET = '7YtT3EhOhzX3N9tnKqZaHjiDIgnAKRAFzll9793aQf02twE5p4fQ0DvUWOIf3mXN';
const BOT = `from binance.client import Client\nclient = Client("${KEY}", "${SECRET}")\n`;

describe('scanText', () => {
  it('reports a Binance key and secret with exchange, role, env name and 0-based positions', () => {
    const { findings } = scanText(BOT, { path: 'bot.py' });
    assert.deepStrictEqual(findings.map((f) => [f.id, f.exchange, f.role, f.envName, f.range.startLine, f.range.startColumn]), [
      ['secret/binance-api-key', 'Binance', 'api-key', 'BINANCE_API_KEY', 1, 17],
      ['secret/binance-api-secret', 'Binance', 'api-secret', 'BINANCE_API_SECRET', 1, 85],
    ]);
  });

  it('never puts the secret itself in a finding', () => {
    const { findings } = scanText(BOT, { path: 'bot.py' });
    const serialized = JSON.stringify(findings);
    assert.ok(!serialized.includes(SECRET) && !serialized.includes(KEY));
    assert.ok(findings.every((f) => f.masked && f.message.includes(f.masked)));
  });

  it('masks as abcd…wxyz; short values show neither ends nor length, phrases only their word count', () => {
    assert.strictEqual(mask(SECRET), '7YtT…3mXN');
    assert.strictEqual(mask('abcdefghij'), '…');
    assert.strictEqual(mask('q8Zr2Lm5Xc7Vb1N'), '…', '15 characters: too short to show any');
    assert.strictEqual(mask('q8Zr2Lm5Xc7Vb1N', 'Bybit API key'), '… (Bybit API key)');
    assert.strictEqual(mask('abc'), '…');
    const phrase = 'melody length coach magic exact thank medal destroy laundry aim home absurd';
    assert.strictEqual(mask(phrase), '‹12-word phrase›');
    assert.strictEqual(mask(`["${phrase.split(' ').join('", "')}"]`.slice(1, -1)), '‹12-word phrase›', 'a quoted list');
    assert.strictEqual(mask(phrase.split(' ').join('\n    - ')), '‹12-word phrase›', 'a YAML list');
    for (const m of [mask(phrase), mask('q8Zr2Lm5Xc7Vb1N')]) assert.ok(!/melody|q8|1N/.test(m), m);
    assert.strictEqual(mask('-----BEGIN EC PRIVATE KEY-----\nMHcC'), '-----BEGIN EC PRIVATE KEY-----…');
  });

  for (const marker of ['keyguard:allow', 'gitleaks:allow', 'pragma: allowlist secret', 'trufflehog:ignore', 'secretlint-disable-line', 'ggignore', 'noqa: mock', 'noqa: documentation']) {
    it(`honours the suppression "${marker}" on the line`, () => {
      const text = `client = Client("${KEY}", "${SECRET}")  # ${marker}\n# binance`;
      assert.deepStrictEqual(scanText(text, { path: 'bot.py' }).findings, []);
    });
  }

  it('honours keyguard:allow in a comment line just above, but not an inline marker of the previous statement', () => {
    const above = `# keyguard:allow test account\nclient = Client("${KEY}", "${SECRET}")  # binance`;
    assert.strictEqual(scanText(above, { path: 'bot.py' }).findings.length, 0);
    const inline = `x = 1  # keyguard:allow\nclient = Client("${KEY}", "${SECRET}")  # binance`;
    assert.strictEqual(scanText(inline, { path: 'bot.py' }).findings.length, 2);
  });

  it('a category-specific allow keeps other categories', () => {
    const text = `client = Client("${KEY}", "${SECRET}")  # binance keyguard:allow withdraw`;
    assert.strictEqual(scanText(text, { path: 'bot.py' }).findings.length, 2);
  });

  it('lowers (never drops) findings in test and example paths to information (issue 17)', () => {
    for (const path of ['tests/test_bot.py', 'examples/bot.py', 'src/bot_test.go', 'src/client.test.ts', 'conftest.py']) {
      const { findings } = scanText(BOT, { path });
      assert.deepStrictEqual(findings.map((f) => [f.severity, f.inTestPath]), [['info', true], ['info', true]], path);
    }
  });

  it('skips binary content and lockfiles with a reason', () => {
    assert.deepStrictEqual(scanText(`\0\0${BOT}`, { path: 'bot.bin' }), { findings: [], skipped: 'binary' });
    assert.deepStrictEqual(scanText(BOT, { path: 'frontend/package-lock.json' }), { findings: [], skipped: 'lockfile' });
  });

  it('applies disabled categories and severity overrides', () => {
    assert.strictEqual(scanText(BOT, { path: 'bot.py', disabledCategories: ['secret'] }).findings.length, 0);
    const f = scanText(BOT, { path: 'bot.py', severityOverrides: { secret: 'hint' } }).findings;
    assert.deepStrictEqual(f.map((x) => x.severity), ['hint', 'hint']);
  });

  it('handles CRLF line endings with the same positions', () => {
    const crlf = BOT.replace(/\n/g, '\r\n');
    assert.deepStrictEqual(scanText(crlf, { path: 'bot.py' }).findings.map((f) => [f.range.startLine, f.range.startColumn]), [[1, 17], [1, 85]]);
  });

  it('keeps keyword windows in place after characters that lowercase to two (Turkish İ)', () => {
    const text = `# ${'İ'.repeat(400)}\n${BOT}`;
    assert.deepStrictEqual(scanText(text, { path: 'bot.py' }).findings.map((f) => [f.id, f.range.startLine, f.range.startColumn]), [
      ['secret/binance-api-key', 2, 17],
      ['secret/binance-api-secret', 2, 85],
    ]);
  });

  it('finds the same things whatever precedes them: keyword windows are anchored at their keyword (issue 22)', () => {
    // A JSON pair between lines that hold a 64-character hash. With windows cut from 64-character pieces counted
    // from the file's start, some paddings put the line above in the key's window: its hash paired with the key,
    // and the secret was taken for a key.
    const hash = 'db0981484563fb76d504212678d0b5f66cf5801c48802a0f14e924f4b54a8216';
    const row = `  "risk": {"id": 7, "hash": "${hash}"},\n`;
    const body = `${row}  "exchange": {"name": "binance", "key": "${KEY}", "secret": "${SECRET}"},\n${row}`;
    const expected = [['secret/binance-api-key', 2], ['secret/binance-api-secret', 2]];
    for (let pad = 0; pad < 64; pad++) {
      const text = `{\n  "note": "${'x'.repeat(pad)}",\n${body}  "dry_run": true\n}\n`;
      const got = scanText(text, { path: 'config.json' }).findings.map((f) => [f.id, f.range.startLine - 1]);
      assert.deepStrictEqual(got, expected, `padding ${pad}`);
    }
  });

  it('finds a secret in a very long minified line', () => {
    const line = 'var a=1;'.repeat(50_000) + `var binanceSecret="${SECRET}";` + 'var b=2;'.repeat(50_000);
    const f = scanText(line, { path: 'bundle.min.js' }).findings;
    assert.deepStrictEqual(f.map((x) => x.id), ['secret/binance-api-secret']);
  });

  it('names the exchange of a withdrawal call from its ccxt constructor or its SDK import', () => {
    const ccxtBot = 'import ccxt\nex = ccxt.kucoin(cfg)\nex.withdraw("USDT", 5, addr)\n';
    const sdkBot = 'from binance.client import Client\nclient = Client(k, s)\nclient.withdraw(coin="BTC", address=a, amount=1)\n';
    const unknown = 'import ccxt\nex = make_exchange()\nex.withdraw("USDT", 5, addr)\n';
    const exchangeOf = (text: string) => scanText(text, { path: 'bot.py' }).findings.filter((f) => f.category === 'withdraw').map((f) => f.exchange);
    assert.deepStrictEqual(exchangeOf(ccxtBot), ['KuCoin']);
    assert.deepStrictEqual(exchangeOf(sdkBot), ['Binance']);
    assert.deepStrictEqual(exchangeOf(unknown), [undefined]);
    const exchangeIn = (text: string, path: string) => scanText(text, { path }).findings.filter((f) => f.category === 'withdraw').map((f) => f.exchange);
    assert.deepStrictEqual(exchangeIn('import com.binance.connector.client.impl.SpotClientImpl;\nString r = client.createWallet().withdraw(parameters);\n', 'Wd.java'), ['Binance']);
    assert.deepStrictEqual(exchangeIn('// binance\nauto r = http.post(base + "/sapi/v1/capital/withdraw/apply", signed(params));\n', 'bot.cpp'), ['Binance']);
    assert.deepStrictEqual(exchangeIn('use binance::api::*;\nfn main() { let r = account.withdraw("USDT", address, 100.0, None); }\n', 'main.rs'), ['Binance']);
    assert.deepStrictEqual(exchangeIn('import bybit "github.com/wuhewuhe/bybit.go.api"\nres, err := client.NewUtaBybitServiceWithParams(p).Withdraw(ctx)\n', 'main.go'), ['Bybit']);
    assert.match(scanText(unknown, { path: 'bot.py' }).findings[0].message, /on the exchange\./);
  });

  it('reports the BIP39 reference test vectors and dev-chain mnemonics as info, not as leaks', () => {
    for (const phrase of [
      'legal winner thank year wave sausage worth useful legal winner thank yellow',
      'candy maple cake sugar pudding cream honey rich smooth crumble sweet treat',
      'zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong',
    ]) {
      const f = scanText(`MNEMONIC = "${phrase}"`, { path: 'wallet.py' }).findings;
      assert.deepStrictEqual(f.map((x) => [x.id, x.severity, x.publicTestValue]), [['secret/seed-phrase', 'info', true]], phrase);
    }
    // A valid mnemonic that nobody published stays an error.
    const own = scanText('MNEMONIC = "trial jaguar maid boring mesh simple dose service drastic path job toss"', { path: 'wallet.py' }).findings;
    assert.deepStrictEqual(own.map((x) => [x.id, x.severity, x.publicTestValue]), [['secret/seed-phrase', 'error', undefined]]);
  });

  it('reports the Solana Cookbook example keypair as info, and finds a keypair file by its content alone', () => {
    const cookbook = scanText('const kp = Keypair.fromSecretKey(bs58.decode("5MaiiCavjCmn9Hs1o3eznqDEhRwxo7pXiAYez7keQUviUkauRiTMD8DrESdrNjN8zd9mTmVhRvBJeg5vhyvgrAhG"));', { path: 'bot.ts' }).findings;
    assert.deepStrictEqual(cookbook.map((f) => [f.id, f.severity, f.publicTestValue]), [['secret/solana-secret-key', 'info', true]]);
    const bytes = '148,0,63,97,166,38,46,163,0,217,230,44,18,220,12,97,143,187,35,65,245,42,104,34,75,144,165,5,62,240,253,214,25,92,10,128,220,94,250,16,5,205,20,34,235,8,47,79,177,58,156,255,200,103,70,68,84,161,237,119,239,86,63,198';
    assert.deepStrictEqual(scanText(`[${bytes}]`, { path: 'id.json' }).findings.map((f) => [f.id, f.severity]), [['secret/solana-secret-key', 'error']]);
    // The same numbers with one byte changed are no longer a keypair.
    assert.deepStrictEqual(scanText(`[${bytes.replace(/^148/, '149')}]`, { path: 'id.json' }).findings, []);
  });

  it('reports a well-known public dev key as info, not as a leak', () => {
    // Uses the generic detector's name context; wallet detectors add more shapes.
    const text = `PRIVATE_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"`;
    const f = scanText(text, { path: 'deploy.py' }).findings;
    assert.ok(f.length >= 1);
    assert.ok(f.every((x) => x.severity === 'info' && x.publicTestValue));
  });

  it('reports the Hyperliquid Rust SDK\'s example key and the Solana Cookbook\'s sample keys and mnemonic as info', () => {
    const hl = scanText('let wallet: LocalWallet = "e908f86dbb4d55ac876378565aafeabc187f6690f046459397b17d9b9a19688e".parse().unwrap();', { path: 'src/bin/transfer.rs' }).findings;
    assert.deepStrictEqual(hl.map((f) => [f.id, f.severity, f.publicTestValue]), [['secret/evm-private-key', 'info', true]]);
    const payer = scanText('const feePayer = Keypair.fromSecretKey(bs58.decode("588FU4PktJWfGfxtzpAAXywSNt74AvtroVzGfKkVN1LwRuvHwKGr851uH8czM5qm4iqLbs1kKoMKtMJG4ATR7Ld2"));', { path: 'transfer.ts' }).findings;
    assert.deepStrictEqual(payer.map((f) => [f.id, f.severity, f.publicTestValue]), [['secret/solana-secret-key', 'info', true]]);
    const phrase = scanText('phrase = "pill tomorrow foster begin walnut borrow virtual kick shift mutual shoe scatter"', { path: 'from_bip39.py' }).findings;
    assert.deepStrictEqual(phrase.map((f) => [f.id, f.severity, f.publicTestValue]), [['secret/seed-phrase', 'info', true]]);
    // One character changed: a key nobody published stays an error.
    const own = scanText('let wallet: LocalWallet = "e908f86dbb4d55ac876378565aafeabc187f6690f046459397b17d9b9a19688f".parse().unwrap();', { path: 'src/bin/transfer.rs' }).findings;
    assert.deepStrictEqual(own.map((f) => [f.id, f.severity]), [['secret/evm-private-key', 'error']]);
  });

  it('reports BitMEX\'s documented example key and secret as information, with advice for an API key', () => {
    // The pair of BitMEX's API documentation (apiKeysUsage), copied into its connectors' signing code.
    const text = `from bitmex import bitmex\nclient = bitmex(api_key="LAqUlngMIQkIUjXMUreyu3qn", api_secret="chNOOS4KvNXR_Xq4k4c9qsfoKWvnDecLATCRlcBwyKDYnWgO")`;
    const f = scanText(text, { path: 'sign.py' }).findings;
    assert.deepStrictEqual(f.map((x) => [x.id, x.severity, x.publicTestValue]), [['secret/bitmex-api-key', 'info', true], ['secret/bitmex-api-secret', 'info', true]]);
    assert.ok(f.every((x) => /documented example value/.test(x.advice ?? '')));
  });

  it('names the exchange of a withdrawal from the file\'s own import before a shared method-name table', () => {
    const kucoin = scanText(`import { SpotClient } from 'kucoin-api';\nawait client.submitWithdraw({ currency: 'USDT', amount: 5, toAddress: a });`, { path: 'ex.ts' }).findings;
    assert.deepStrictEqual(kucoin.map((f) => [f.id, f.exchange]), [['withdraw/library-call', 'KuCoin']]);
    const bare = scanText(`await client.submitWithdraw({ currency: 'USDT', amount: 5, toAddress: a });`, { path: 'ex.ts' }).findings;
    assert.deepStrictEqual(bare.map((f) => [f.id, f.exchange]), [['withdraw/library-call', 'OKX']], 'no import: the table names it');
  });

  it('knows all 20 Hardhat/Anvil default accounts, not only the first four', () => {
    for (const hex of ['47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a', '2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6', 'df57089febbacf7ba0bc227dafbffa9fc08a93fdc68e1e42411a14efcf23656e']) {
      const f = scanText(`signer_key = "0x${hex}"`, { path: 'rpc/routers.py' }).findings;
      assert.ok(f.length >= 1 && f.every((x) => x.severity === 'info' && x.publicTestValue), hex.slice(0, 6));
    }
  });

  it('proposes each service\'s own environment variable for its tokens', () => {
    const text = [
      'AWS_KEY = "AKIAGSMOPFB34IQZ6GR5"',
      'openai.api_key = "sk-proj-Qm8Zr2Lw5Xv9Nb3Kt7HmT3BlbkFJ1Pd4Fs6Gj0YcRk4Vz9"',
      'token = "ghp_MmBvmNedSmw1XQY2zxlwdZZVMOtwO8M7RF8U"',
      'login(token="hf_6ycMKD85bCggmBSzgrbaEiEO0Cp1nOtSd6")',
      'client.run("MTA5ODc2NTQzMjEwOTg3NjU0Mw.Wu6AIr.vrud1Kgv2sbpfFIU893cN4yM4xbfSDGXJ8i55u")',
    ].join('\n');
    const names = scanText(text, { path: 'bot.py' }).findings.map((f) => f.envName);
    assert.deepStrictEqual(names, ['AWS_ACCESS_KEY_ID', 'OPENAI_API_KEY', 'GITHUB_TOKEN', 'HF_TOKEN', 'DISCORD_BOT_TOKEN']);
  });

  it('reports Bitcoin keys by their checksum, and the Bitcoin wiki example as info', () => {
    const wif = 'L4bMYAVMpYimRn6s2cMqijHFaj8KLW7crEDKuV3LADCfSFayuah1';
    const found = scanText(`key = Key("${wif}")\nWIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"\nkey2 = Key("${wif.slice(0, -1)}2")`, { path: 'w.py' }).findings;
    assert.deepStrictEqual(found.map((f) => [f.id, f.range.startLine, f.severity]), [
      ['secret/bitcoin-private-key', 0, 'error'],
      ['secret/bitcoin-private-key', 1, 'info'],
    ]);
  });

  it('gives a value claimed by two exchanges to the one named closest before it', () => {
    const secret = '946AE3E576BEA85719E9EA448D786E87';
    const text = [
      '# bybit is handled in bybit_bot.py; this file is the okx part',
      'import okx.Account as Account',
      `CFG = {"secret": "${secret}"}`,
      'BYBIT_NOTE = "see bybit_bot.py"',
    ].join('\n');
    const ids = scanText(text, { path: 'bots.py' }).findings.map((f) => f.id);
    assert.deepStrictEqual(ids, ['secret/okx-api-secret']);
    const swapped = text.replace('import okx.Account as Account', 'from pybit.unified_trading import HTTP  # bybit').replace('this file is the okx part', 'okx in okx_bot.py');
    assert.deepStrictEqual(scanText(swapped, { path: 'bots.py' }).findings.map((f) => f.id), ['secret/bybit-api-secret']);
  });
});
