import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { tsFilesUnder } from '../sourceFiles';
import { GENERATED_SENDS, sdkLibs } from '../../../src/engine/detectors/chainSendTable';
import { CHAIN_SDK_VERSIONS } from '../../../src/engine/detectors/chainSendTable.generated';

const ROOT = path.resolve(__dirname, '../../../..');
// The generator is plain JavaScript run by node; the SDKs are dev dependencies whose declarations it reads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(path.join(ROOT, 'scripts/generate-chain-send-table.js')) as {
  generate(): string;
  OUT: string;
  SDKS: ReadonlyArray<{ pkg: string }>;
};

describe('chain send table (generated from the SDKs\' type declarations)', () => {
  it('is up to date with the installed SDKs (run npm run generate:chain-sends)', function () {
    this.timeout(300_000);
    assert.strictEqual(fs.readFileSync(generator.OUT, 'utf8'), generator.generate());
  });

  it('was generated from the exact versions package.json pins', () => {
    const dev = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies as Record<string, string>;
    for (const v of CHAIN_SDK_VERSIONS) {
      const at = v.lastIndexOf('@');
      assert.strictEqual(dev[v.slice(0, at)], v.slice(at + 1), v);
    }
    for (const s of generator.SDKS) assert.match(dev[s.pkg] ?? '', /^\d+\.\d+\.\d+$/, `${s.pkg} is pinned exactly`);
  });

  it('holds each SDK\'s sends with a destination and an amount, behind the SDK\'s file words', () => {
    assert.ok(GENERATED_SENDS.length >= 20);
    const has = (pkg: string, name: string) => GENERATED_SENDS.some((s) => s.pkg === pkg && s.name === name);
    assert.ok(has('@solana/web3.js', 'transfer'));
    assert.ok(has('@cosmjs/stargate', 'sendTokens'));
    assert.ok(has('ethers', 'sendTransaction'));
    assert.ok(has('near-api-js', 'transfer'));
    for (const s of GENERATED_SENDS) {
      assert.ok(sdkLibs(s.pkg).length > 0, s.pkg);
      assert.ok(Number.isInteger(s.dest.arg) && Number.isInteger(s.amount.arg), `${s.pkg} ${s.name}`);
      // Reads, quotes and fee estimates are never sends.
      assert.ok(!/^(?:get|estimate|simulate|query|fetch)|Fee|Gas/.test(s.name), s.name);
    }
  });

  it('never lets an SDK into the shipped sources (the bundle carries only the table)', () => {
    const files = tsFilesUnder(path.join(ROOT, 'src'));
    // Import statements only (the detectors' examples quote SDK imports inside strings).
    const pkgs = generator.SDKS.map((s) => s.pkg.replace(/[.]/g, '\\.')).join('|');
    const sdk = new RegExp(String.raw`^(?:import[^\n]*from |(?:const|let|var)[^\n]*=\s*require\()['"](?:${pkgs})(?:/[^'"]*)?['"]`, 'm');
    assert.deepStrictEqual(files.filter((f) => sdk.test(fs.readFileSync(f, 'utf8'))), []);
  });
});
