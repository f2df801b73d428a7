// Where each rule is explained: the README's sections, so one document serves editor, CLI and SARIF.
export const DOCS_BASE = 'https://github.com/keyguard-dev/trading-key-guard#';

/** Link to the documentation of a rule id (or to the top of the docs). */
export function docsUrl(id?: string): string {
  if (!id) return DOCS_BASE.slice(0, -1);
  const category = id.slice(0, id.indexOf('/'));
  const anchor = category === 'withdraw' ? 'withdrawal-guard' : category === 'gitignore' ? 'env-guard' : 'what-keyguard-finds';
  return DOCS_BASE + anchor;
}
