import * as assert from 'assert';
import { fileKindOf, isEnvFile, isEnvTemplate } from '../../../../src/engine';

describe('isEnvFile / isEnvTemplate', () => {
  const envFiles = ['.env', '.env.local', '.env.production', '.env.development.local', '.env.test', '.env.bak', '.env.keys',
    'prod.env', 'docker.env', 'config/bot.env', '.envrc', 'a\\b\\.env'];
  const templates = ['.env.example', '.env.sample', '.env.template', '.env.dist', '.env.defaults', '.env.test.example',
    '.env.local.sample', '.env.schema', '.env.vault', 'example.env', 'sample.env', 'docker.example.env', 'prod-template.env', '.ENV.EXAMPLE'];
  const neither = ['env', 'env.py', '.environment', '.envrc.example', 'dotenv.js', '.env-local', 'environment.yml', '.envs/'];

  it('accepts env files that hold real values', () => {
    assert.deepStrictEqual(envFiles.filter((f) => !isEnvFile(f)), []);
    assert.deepStrictEqual(envFiles.filter(isEnvTemplate), []);
  });

  it('takes templates, schemas and vaults for committable files', () => {
    assert.deepStrictEqual(templates.filter(isEnvFile), []);
    assert.deepStrictEqual(templates.filter((f) => !isEnvTemplate(f)), []);
  });

  it('rejects names that only look like env files', () => {
    assert.deepStrictEqual(neither.filter(isEnvFile), []);
  });
});

describe('fileKindOf', () => {
  it('reads GoCryptoTrader scripts (Tengo, `.gct`) as Go-like code, so code rules such as the withdrawal guard see them', () => {
    assert.deepStrictEqual(['withdraw_crypto.gct', 'gctscript/x.tengo', 'main.go'].map(fileKindOf), ['go', 'go', 'go']);
    assert.strictEqual(fileKindOf('notes.gcx'), 'text');
  });

  it('reads Cython (`.pyx`, `.pxd`, `.pxi`) as Python: Hummingbot\'s exchange connectors are written in it', () => {
    assert.deepStrictEqual(['hummingbot/market/binance/binance_market.pyx', 'x.pxd', 'y.pxi'].map(fileKindOf), ['python', 'python', 'python']);
    assert.strictEqual(fileKindOf('notes.pyc'), 'text');
  });

  it('reads Crystal (`.cr`) as Ruby, whose syntax it shares, so a tip bot written in it is scanned as code', () => {
    assert.deepStrictEqual(['src/bot/coin_api.cr', 'wallet.rb'].map(fileKindOf), ['ruby', 'ruby']);
  });

  it('reads F# (`.fs`, `.fsx`, `.fsi`) as C#, whose strings, line comments and .NET calls it shares', () => {
    assert.deepStrictEqual(['BitBankApi/PrivateApi.fs', 'build.fsx', 'Api.fsi'].map(fileKindOf), ['csharp', 'csharp', 'csharp']);
  });

  it('reads a backup copy (`.bak`, `.backup`, `.old`, `.orig`, `.save`, `~`) as the file it copies, so a saved keypair file is still JSON', () => {
    assert.deepStrictEqual(
      ['wallets/hot.json.backup', 'settings.py.orig', 'config.yml~', 'bot.js.bak', 'app.properties.old', 'main.go.save'].map(fileKindOf),
      ['json', 'python', 'yaml', 'javascript', 'ini', 'go'],
    );
    assert.deepStrictEqual(['notes.bak', 'archive.old'].map(fileKindOf), ['text', 'text']);
  });
});
