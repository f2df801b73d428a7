// Where each rule is explained: one generated page per rule under docs/rules/, so editor, CLI and SARIF
// link to the same text (scripts/generate-rule-docs.ts writes the pages from the rule records).

/** The project's repository, as package.json's `repository` field names it (a unit test keeps them equal). */
export const REPOSITORY_URL = 'https://github.com/keyguard-dev/trading-key-guard';

/** Folder of the rule pages in the repository. */
export const RULE_DOCS_DIR = 'docs/rules';

/** File name of a rule's page: `secret/binance-api-key` → `secret-binance-api-key.md` (categories hold no dash). */
export function ruleDocFile(id: string): string {
  return `${id.replace('/', '-')}.md`;
}

/** Link to the page of a rule id (or to the README without one). */
export function docsUrl(id?: string): string {
  if (!id) return `${REPOSITORY_URL}#readme`;
  return `${REPOSITORY_URL}/blob/main/${RULE_DOCS_DIR}/${ruleDocFile(id)}`;
}
