// Line-comment syntax per VS Code language id, for suppression comments KeyGuard inserts.
const HASH = new Set(['python', 'shellscript', 'yaml', 'toml', 'ruby', 'perl', 'r', 'dockerfile', 'dotenv', 'properties', 'makefile', 'powershell']);
const DASH = new Set(['sql', 'lua', 'haskell']);

/** The token that starts a line comment in a language (`#`, `//`, `--`). */
export function lineCommentToken(languageId: string): string {
  if (HASH.has(languageId)) return '#';
  if (DASH.has(languageId)) return '--';
  return '//';
}
