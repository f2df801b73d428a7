// Comment syntax per VS Code language id, for the suppression comments KeyGuard inserts.
const HASH = new Set(['python', 'shellscript', 'yaml', 'toml', 'ruby', 'perl', 'r', 'dockerfile', 'dotenv', 'properties', 'makefile', 'powershell', 'elixir', 'coffeescript', 'julia', 'nim', 'raw', 'cython']);
const DASH = new Set(['sql', 'lua', 'haskell']);
const SEMI = new Set(['ini', 'clojure', 'lisp', 'scheme']);
const MARKUP = new Set(['html', 'xml', 'markdown', 'vue-html', 'svg', 'xsl']);
const BLOCK = new Set(['css', 'scss', 'less']);
// Formats without comments: a comment would break the file (JSON parsers reject it).
const NONE = new Set(['json']);

/** How a comment is written in a language: its opening and (for block-only languages) closing token. */
export interface CommentSyntax {
  start: string;
  end: string;
}

/** The comment syntax of a language, or undefined when the format has no comments (plain JSON). */
export function commentSyntax(languageId: string): CommentSyntax | undefined {
  if (NONE.has(languageId)) return undefined;
  if (HASH.has(languageId)) return { start: '#', end: '' };
  if (DASH.has(languageId)) return { start: '--', end: '' };
  if (SEMI.has(languageId)) return { start: ';', end: '' };
  if (MARKUP.has(languageId)) return { start: '<!--', end: ' -->' };
  if (BLOCK.has(languageId)) return { start: '/*', end: ' */' };
  return { start: '//', end: '' };
}

/** The token that starts a line comment in a language (`#`, `//`, `--`). */
export function lineCommentToken(languageId: string): string {
  return commentSyntax(languageId)?.start ?? '//';
}
