import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.resolve(__dirname, '../../../../src');
const ENGINE = path.join(SRC, 'engine');

/** Every .ts file under a folder. */
function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Relative module paths a source names: `from '…'`, `import('…')`, `require('…')`, `import '…'`. */
function specifiers(text: string): string[] {
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(['"])(\.{1,2}(?:\/[^'"]*)?)\1/g;
  return [...text.matchAll(re)].map((m) => m[2]);
}

/** Imports of a file (outside the engine) that reach into the engine past its index. */
function bypasses(file: string, text: string): string[] {
  return specifiers(text).filter((spec) => {
    const target = path.resolve(path.dirname(file), spec);
    const inside = path.relative(ENGINE, target);
    return inside !== '' && inside !== 'index' && !inside.startsWith('..') && !path.isAbsolute(inside);
  });
}

describe('one way into the engine', () => {
  it('src/ outside the engine imports the engine only through src/engine/index.ts', () => {
    const files = tsFiles(SRC).filter((f) => !f.startsWith(ENGINE + path.sep));
    assert.ok(files.length > 20, `sources not found under ${SRC}`);
    const offenders = files.flatMap((f) => bypasses(f, fs.readFileSync(f, 'utf8')).map((s) => `${path.relative(SRC, f)}: ${s}`));
    assert.deepStrictEqual(offenders, []);
  });

  it('the engine imports nothing of the layers above it (src/exchanges, src/vault, the shells)', () => {
    const outside = tsFiles(ENGINE).flatMap((f) => specifiers(fs.readFileSync(f, 'utf8'))
      .filter((spec) => path.relative(ENGINE, path.resolve(path.dirname(f), spec)).startsWith('..'))
      .map((spec) => `${path.relative(SRC, f)}: ${spec}`));
    assert.deepStrictEqual(outside, []);
  });

  it('catches a bypass in every import form, and lets the index through', () => {
    const file = path.join(SRC, 'cli', 'x.ts');
    const text = [
      `import { mask } from '../engine/text/mask';`,
      `import type { Role } from "../engine/types";`,
      `const m = require('../engine/fixes/moveToEnv');`,
      `const n = await import('../engine/detectors');`,
      `import '../engine/find/scan';`,
      `import { scanText } from '../engine';`,
      `import { x } from '../engine/index';`,
      `import { y } from '../exchanges/registry';`,
    ].join('\n');
    assert.deepStrictEqual(bypasses(file, text), ['../engine/text/mask', '../engine/types', '../engine/fixes/moveToEnv', '../engine/detectors', '../engine/find/scan']);
  });
});
