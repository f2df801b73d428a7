// Golden JSON of whole findings per fixture workspace: a changed message, severity, range or proposed
// variable name shows up as a diff to review. Regenerate with `UPDATE_GOLDEN=1 npm run test:unit`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { EnvGuard, nodeFs, noGit } from '../../../src/engine';
import { scanFiles } from '../../../src/engine/workspace/scanFiles';

const ROOT = path.resolve(__dirname, '../../../..');
const GOLDEN = path.join(ROOT, 'test/fixtures/golden');
const WORKSPACES = [
  ...fs.readdirSync(path.join(ROOT, 'test/fixtures/workspaces')).sort().map((name) => ({ name, dir: path.join(ROOT, 'test/fixtures/workspaces', name) })),
  { name: 'demo', dir: path.join(ROOT, 'demo') },
];

/** Every file under `dir`, relative and `/`-separated, sorted (fixtures are small: no ignore rules needed). */
function filesUnder(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, `${rel}${e.name}/`) : [`${rel}${e.name}`]))
    .sort();
}

/** The whole findings of a workspace as the CLI builds them without git (env guard included). */
async function findingsOf(dir: string): Promise<unknown[]> {
  const files = filesUnder(dir);
  const guard = new EnvGuard(dir, nodeFs, noGit('golden test'), { envFiles: files });
  await guard.check();
  const result = await scanFiles(dir, files, { maxBytes: 2 * 1024 * 1024, env: guard });
  // Absolute paths (env fixes) differ per checkout; everything else is pinned.
  return result.findings.map((f) => JSON.parse(JSON.stringify(f, (k, v) => (k === 'file' || k === 'fix' ? undefined : v))));
}

describe('golden findings per fixture workspace', () => {
  for (const { name, dir } of WORKSPACES) {
    it(`${name}: findings equal test/fixtures/golden/${name}.json`, async () => {
      const actual = await findingsOf(dir);
      const file = path.join(GOLDEN, `${name}.json`);
      if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      assert.ok(fs.existsSync(file), `no golden file ${file}: run UPDATE_GOLDEN=1 npm run test:unit`);
      assert.deepStrictEqual(actual, JSON.parse(fs.readFileSync(file, 'utf8')), `${name} changed: review, then UPDATE_GOLDEN=1 npm run test:unit`);
    });
  }
});
