// "…and load .env": the lines that make a program read .env at start-up, in the loader its ecosystem
// uses (python-dotenv, dotenv for Node, godotenv), and whether the project already depends on it.
import type { FileKind } from '../types';
import { lineBreakOf, type TextEdit } from './textEdit';

export type LoaderEcosystem = 'python' | 'node' | 'go';

/** The ecosystem whose dotenv loader a file would use, if any. */
export function ecosystemOf(kind: FileKind): LoaderEcosystem | undefined {
  if (kind === 'python') return 'python';
  if (kind === 'javascript' || kind === 'typescript') return 'node';
  if (kind === 'go') return 'go';
  return undefined;
}

/** What to install when the project does not depend on the loader yet. */
export const INSTALL_HINT: Record<LoaderEcosystem, string> = {
  python: 'pip install python-dotenv, then call load_dotenv() at start-up',
  node: 'npm install dotenv, then import "dotenv/config" first',
  go: 'go get github.com/joho/godotenv, then call godotenv.Load() in main',
};

/** Manifest file names that can declare the loader, per ecosystem. */
export function isManifest(eco: LoaderEcosystem, fileName: string): boolean {
  if (eco === 'python') return /^(?:requirements[\w.-]*\.(?:txt|in)|pyproject\.toml|Pipfile|setup\.(?:cfg|py)|environment\.ya?ml)$/i.test(fileName);
  if (eco === 'node') return fileName === 'package.json';
  return fileName === 'go.mod';
}

/** True when one of the manifests lists the loader package (broken JSON counts as "no"). */
export function hasLoaderDependency(eco: LoaderEcosystem, manifests: ReadonlyArray<{ name: string; text: string }>): boolean {
  return manifests.some(({ name, text }) => {
    if (!isManifest(eco, name)) return false;
    if (eco === 'python') return /(?:^|[\s"'[,])python-dotenv\b/im.test(text);
    if (eco === 'go') return /(?:^|\s)github\.com\/joho\/godotenv\b/m.test(text);
    try {
      const pkg = JSON.parse(text) as Record<string, Record<string, string> | undefined>;
      return ['dependencies', 'devDependencies', 'optionalDependencies'].some((k) => typeof pkg[k]?.dotenv === 'string' || typeof pkg[k]?.['@dotenvx/dotenvx'] === 'string');
    } catch {
      return false;
    }
  });
}

/** Inserts that make the file load .env before anything reads the environment; undefined if there is no safe place. */
export function loaderEdits(kind: FileKind, text: string): TextEdit[] | undefined {
  const eol = lineBreakOf(text);
  const eco = ecosystemOf(kind);
  if (eco === 'python') {
    const at = pythonAfterImports(text);
    return [{ start: at, end: at, newText: `from dotenv import load_dotenv${eol}${eol}load_dotenv()${eol}` }];
  }
  if (eco === 'node') {
    const at = afterPreamble(text);
    const esm = kind === 'typescript' || /^[ \t]*(?:import|export)\b/m.test(text) || !/\brequire[ \t]*\(/.test(text);
    return [{ start: at, end: at, newText: esm ? `import 'dotenv/config';${eol}` : `require('dotenv').config();${eol}` }];
  }
  if (eco === 'go') {
    const main = /^func[ \t]+main[ \t]*\([ \t]*\)[ \t]*\{[ \t]*\r?\n/m.exec(text);
    if (!main) return undefined;
    const edits: TextEdit[] = [];
    const block = /^import[ \t]*\([ \t]*\r?\n/m.exec(text);
    if (block) edits.push({ start: block.index + block[0].length, end: block.index + block[0].length, newText: `\t"github.com/joho/godotenv"${eol}` });
    else {
      const pkg = /^package[ \t]+\w+[ \t]*\r?\n/m.exec(text);
      const at = pkg ? pkg.index + pkg[0].length : 0;
      edits.push({ start: at, end: at, newText: `${eol}import "github.com/joho/godotenv"${eol}` });
    }
    const at = main.index + main[0].length;
    edits.push({ start: at, end: at, newText: `\tgodotenv.Load() // KeyGuard: reads .env; variables already set win${eol}` });
    return edits;
  }
  return undefined;
}

/** After the shebang, `"use strict"` and leading comments of a JS/TS file. */
function afterPreamble(text: string): number {
  const m = /^\uFEFF?(?:#![^\n]*\n)?(?:[ \t]*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)?[ \t]*\r?\n)*(?:[ \t]*["']use strict["'];?[ \t]*\r?\n)?/.exec(text);
  return m ? m[0].length : 0;
}

/** The end of a Python file's leading import block (shebang, docstring, comments and blank lines skipped). */
function pythonAfterImports(text: string): number {
  const line = /[^\n]*(?:\n|$)/y;
  let offset = 0;
  let end = 0;
  let seenImport = false;
  let inDocstring: string | undefined;
  while (offset < text.length) {
    line.lastIndex = offset;
    const m = line.exec(text);
    if (!m || m[0] === '') break;
    const l = m[0].trimEnd().replace(/^\uFEFF/, '');
    const next = offset + m[0].length;
    if (inDocstring) {
      if (l.includes(inDocstring)) inDocstring = undefined;
      offset = end = next;
      continue;
    }
    const doc = /^[rRuU]?("""|\'\'\')/.exec(l);
    if (doc && !seenImport) {
      if (l.indexOf(doc[1], doc[0].length) === -1) inDocstring = doc[1];
      offset = end = next;
      continue;
    }
    if (/^(?:import|from)[ \t]/.test(l)) {
      seenImport = true;
      // A parenthesised import continues until its closing parenthesis, a backslash onto the next line.
      let stop = next;
      if (l.includes('(') && !l.includes(')')) {
        const close = text.indexOf(')', next);
        const nl = close === -1 ? -1 : text.indexOf('\n', close);
        stop = nl === -1 ? text.length : nl + 1;
      } else if (l.endsWith('\\')) {
        const nl = text.indexOf('\n', next);
        stop = nl === -1 ? text.length : nl + 1;
      }
      offset = end = stop;
      continue;
    }
    if (l === '' || l.startsWith('#')) {
      offset = next;
      // Before the first import, comments (shebang, coding line, licence) stay above the loader.
      if (!seenImport) end = next;
      continue;
    }
    break;
  }
  return end;
}
