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

describe('engine purity', () => {
  it('never imports vscode', () => {
    const files = tsFiles(ENGINE);
    assert.ok(files.length > 5, `engine sources not found under ${ENGINE}`);
    const offenders = files.filter((f) => /from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(fs.readFileSync(f, 'utf8')));
    assert.deepStrictEqual(offenders, []);
  });

  it('keeps the exchange checks and the vault free of vscode too (the CLI uses them)', () => {
    const files = [...tsFiles(path.join(SRC, 'exchanges')), ...tsFiles(path.join(SRC, 'vault'))];
    assert.ok(files.length > 5);
    const offenders = files.filter((f) => /from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(fs.readFileSync(f, 'utf8')));
    assert.deepStrictEqual(offenders, []);
  });

  it('does file or process I/O only in the Node adapters, workspace/node/ (the rest goes through the ports)', () => {
    const adapters = `${path.sep}workspace${path.sep}node${path.sep}`;
    const files = tsFiles(ENGINE).filter((f) => !f.includes(adapters));
    const offenders = files.filter((f) => /from ['"](?:node:)?(?:fs|fs\/promises|child_process|net|http|https)['"]|require\(['"](?:node:)?fs['"]\)/.test(fs.readFileSync(f, 'utf8')));
    assert.deepStrictEqual(offenders, []);
  });

  it('starts git (or any process) only in the one hardened runner, nodeGit.ts', () => {
    const runner = path.join(ENGINE, 'workspace', 'node', 'nodeGit.ts');
    const offenders = tsFiles(SRC).filter((f) => f !== runner && /from ['"](?:node:)?child_process['"]|require\(['"](?:node:)?child_process['"]\)/.test(fs.readFileSync(f, 'utf8')));
    assert.deepStrictEqual(offenders, []);
  });
});
