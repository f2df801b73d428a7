import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DETECTORS } from '../../src/engine';

describe('README', () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');

  it('lists every detector in its table (regenerate with scripts/detector-table.js)', () => {
    const table = readme.slice(readme.indexOf('<!-- detector-table:start -->'), readme.indexOf('<!-- detector-table:end -->'));
    const missing = DETECTORS.filter((d) => !table.includes(`| \`${d.id}\` | ${d.title} | ${d.severity} |`)).map((d) => d.id);
    assert.deepStrictEqual(missing, []);
  });

  it('names the two commands: set up and run, and run every test', () => {
    assert.match(readme, /npm install && npm run \w+/);
    assert.match(readme, /^npm test\b/m);
  });
});
