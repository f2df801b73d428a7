// The rule pages are generated from the rule records: stale pages fail here (run `npm run docs:rules`).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_DETECTORS, docsUrl, GITIGNORE_RULES, mask, REPOSITORY_URL, RULE_DOCS_DIR, ruleDocFile } from '../../../src/engine';
import { renderRuleDocs } from '../../../scripts/ruleDocs/render';
import { parseExample } from '../exampleParser';

const ROOT = path.resolve(__dirname, '../../../..');
const DIR = path.join(ROOT, RULE_DOCS_DIR);

describe('rule documentation pages', () => {
  const pages = renderRuleDocs();

  it('docs/rules/ holds exactly the generated pages, unchanged (else run npm run docs:rules)', () => {
    const onDisk = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.md')).sort() : [];
    assert.deepStrictEqual(onDisk, [...pages.keys()].sort(), 'pages added or removed: run npm run docs:rules');
    for (const [file, text] of pages) assert.strictEqual(fs.readFileSync(path.join(DIR, file), 'utf8'), text, `${file} is stale: run npm run docs:rules`);
  });

  it('every rule, withdrawal and env rules included, has a page with each section, and the index links it', () => {
    const index = pages.get('README.md')!;
    for (const r of [...ALL_DETECTORS, ...GITIGNORE_RULES]) {
      const page = pages.get(ruleDocFile(r.id));
      assert.ok(page, `no page for ${r.id}`);
      for (const h of ['## What it finds', '## Why it is dangerous', '## How to fix', '## How to suppress']) assert.ok(page.includes(h), `${r.id}: no "${h}"`);
      assert.ok(index.includes(`(${ruleDocFile(r.id)})`), `index does not link ${r.id}`);
    }
  });

  it('secret pages show bad code with the values masked, never a marked value itself', () => {
    for (const d of ALL_DETECTORS.filter((x) => x.category === 'secret')) {
      const page = pages.get(ruleDocFile(d.id))!;
      assert.ok(page.includes('## Reported (bad)') && page.includes('## Not reported (good)'), d.id);
      for (const e of d.examples.positive) {
        const { text, spans } = parseExample(e);
        for (const [s, end] of spans) {
          const value = text.slice(s, end);
          if (value.length >= 12) assert.ok(!page.includes(value), `${d.id} shows ${mask(value)} unmasked`);
        }
      }
    }
  });

  it('service-specific revoke advice is on the page (Telegram: @BotFather, Discord: Developer Portal, GitHub: settings)', () => {
    assert.match(pages.get('secret-telegram-bot-token.md')!, /@BotFather/);
    assert.match(pages.get('secret-discord-bot-token.md')!, /Discord Developer Portal/);
    assert.match(pages.get('secret-cloud-token.md')!, /\*\*GitHub\*\*: .*GitHub Settings/);
  });

  it('links go to the page in the repository package.json names', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const repo = String(typeof pkg.repository === 'string' ? pkg.repository : pkg.repository.url).replace(/^git\+/, '').replace(/\.git$/, '');
    assert.strictEqual(REPOSITORY_URL, repo);
    assert.strictEqual(docsUrl('secret/binance-api-key'), `${repo}/blob/main/docs/rules/secret-binance-api-key.md`);
    assert.strictEqual(docsUrl('gitignore/env-tracked'), `${repo}/blob/main/docs/rules/gitignore-env-tracked.md`);
  });
});
