import * as assert from 'assert';
import { envAssignments, envExampleFrom } from '../../../../src/engine';

describe('envExampleFrom', () => {
  it('keeps names and comments, empties values', () => {
    const env = '# Binance\nBINANCE_API_KEY=Xq3bJ6ZpYw0Tn8kVhR2mLc5s\nBINANCE_API_SECRET="hN3pQ8xYz1Vb6Tk0"\n\n# Telegram\nexport TELEGRAM_TOKEN=\'7087522179:AA0Dk\'\n';
    assert.strictEqual(envExampleFrom(env), '# Binance\nBINANCE_API_KEY=\nBINANCE_API_SECRET=\n\n# Telegram\nexport TELEGRAM_TOKEN=\n');
  });

  it('keeps CRLF line endings and a missing final newline', () => {
    assert.strictEqual(envExampleFrom('A=1\r\n# c\r\nB=2'), 'A=\r\n# c\r\nB=');
  });

  it('keeps inline comments but never a value', () => {
    assert.strictEqual(envExampleFrom('MODE=live # or paper\nURL="https://x#y" # endpoint\nPASS=ab#cd\n'), 'MODE= # or paper\nURL= # endpoint\nPASS=\n');
  });

  it('drops every line of a multi-line quoted value', () => {
    const env = 'ED25519_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIFakeBodyLine\n-----END PRIVATE KEY-----"\nNEXT=1\n';
    assert.strictEqual(envExampleFrom(env), 'ED25519_PRIVATE_KEY=\nNEXT=\n');
  });

  it('handles spaces around =, colons, BOM, and drops stray non-assignment lines', () => {
    assert.strictEqual(envExampleFrom('\ufeffKEY = value\nNAME: bot\nsource_up\nuse nix\n  INDENTED=1\n'), 'KEY =\nNAME:\n  INDENTED=\n');
  });
});

describe('envAssignments', () => {
  it('reads names, unquoted values and lines', () => {
    assert.deepStrictEqual(envAssignments('# x\nA=1\nexport B="two words"\nC=\'x # y\' # z\nD=e # f\n'), [
      { name: 'A', value: '1', line: 1 },
      { name: 'B', value: 'two words', line: 2 },
      { name: 'C', value: 'x # y', line: 3 },
      { name: 'D', value: 'e', line: 4 },
    ]);
  });
});
