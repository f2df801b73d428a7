import * as assert from 'assert';
import { applyEdits } from '../../../../src/engine/fixes/textEdit';
import { CannotRename, renameInCode, renameInEnvFile } from '../../../../src/engine/fixes/renameEnvVar';

const rename = (text: string, from = 'BINANCE_API_KEY', to = 'GRID_BINANCE_KEY') => applyEdits(text, renameInCode(text, from, to));

describe('rename environment variable', () => {
  it('renames the lookups every language fix writes, and nothing else', () => {
    assert.strictEqual(rename('key = os.environ["BINANCE_API_KEY"]\nprint("BINANCE_API_KEY is set")\n'), 'key = os.environ["GRID_BINANCE_KEY"]\nprint("BINANCE_API_KEY is set")\n');
    assert.strictEqual(rename('k = os.getenv("BINANCE_API_KEY", "")'), 'k = os.getenv("GRID_BINANCE_KEY", "")');
    assert.strictEqual(rename('const k = process.env.BINANCE_API_KEY!;'), 'const k = process.env.GRID_BINANCE_KEY!;');
    assert.strictEqual(rename("const k = process.env['BINANCE_API_KEY'];"), "const k = process.env['GRID_BINANCE_KEY'];");
    assert.strictEqual(rename('k := os.Getenv("BINANCE_API_KEY")'), 'k := os.Getenv("GRID_BINANCE_KEY")');
    assert.strictEqual(rename('let k = std::env::var("BINANCE_API_KEY").expect("BINANCE_API_KEY is not set");'), 'let k = std::env::var("GRID_BINANCE_KEY").expect("GRID_BINANCE_KEY is not set");');
    assert.strictEqual(rename('var k = Environment.GetEnvironmentVariable("BINANCE_API_KEY");'), 'var k = Environment.GetEnvironmentVariable("GRID_BINANCE_KEY");');
    assert.strictEqual(rename("$k = getenv('BINANCE_API_KEY');"), "$k = getenv('GRID_BINANCE_KEY');");
    assert.strictEqual(rename('k = ENV.fetch("BINANCE_API_KEY")'), 'k = ENV.fetch("GRID_BINANCE_KEY")');
    assert.strictEqual(rename('curl -H "X-MBX-APIKEY: ${BINANCE_API_KEY}" "$BINANCE_API_KEY"'), 'curl -H "X-MBX-APIKEY: ${GRID_BINANCE_KEY}" "$GRID_BINANCE_KEY"');
    assert.strictEqual(rename('BINANCE_API_KEY = os.environ["BINANCE_API_KEY_2"]'), 'BINANCE_API_KEY = os.environ["BINANCE_API_KEY_2"]', 'longer names and plain identifiers stay');
  });

  it('renames the .env line, keeping its value, comments and line endings', () => {
    const env = '# keys\r\nBINANCE_API_KEY=abc # main\r\nOTHER=1\r\n';
    assert.strictEqual(applyEdits(env, renameInEnvFile(env, 'BINANCE_API_KEY', 'GRID_BINANCE_KEY')), '# keys\r\nGRID_BINANCE_KEY=abc # main\r\nOTHER=1\r\n');
    assert.deepStrictEqual(renameInEnvFile(env, 'MISSING', 'X'), []);
  });

  it('refuses a name that holds another value, and merges into one holding the same value', () => {
    const env = 'A=1\nB=2\nC=1\n';
    assert.throws(() => renameInEnvFile(env, 'A', 'B'), (e: Error) => e instanceof CannotRename && !e.message.includes('=1'));
    assert.strictEqual(applyEdits(env, renameInEnvFile(env, 'A', 'C')), 'B=2\nC=1\n');
  });
});
