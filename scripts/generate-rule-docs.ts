// Writes docs/rules/ from the rule records (`npm run docs:rules`); the unit test ruleDocs.test.ts fails when they are stale.
import * as fs from 'fs';
import * as path from 'path';
import { RULE_DOCS_DIR } from '../src/engine';
import { renderRuleDocs } from './ruleDocs/render';

/** Replaces docs/rules/ with the rendered pages; pages of removed rules are deleted. */
function main(): void {
  const root = path.resolve(__dirname, '..', '..');
  const dir = path.join(root, RULE_DOCS_DIR);
  const pages = renderRuleDocs();
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.md') && !pages.has(f)) fs.rmSync(path.join(dir, f));
  for (const [file, text] of pages) fs.writeFileSync(path.join(dir, file), text);
  console.log(`Wrote ${pages.size} pages to ${RULE_DOCS_DIR}/`);
}

main();
