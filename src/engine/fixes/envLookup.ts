// How each language reads an environment variable, and the import it needs for that.
import type { FileKind } from '../types';

/** The expression that reads `name` from the environment in a file kind, or undefined for config formats. */
export function envLookupFor(kind: FileKind, name: string): string | undefined {
  switch (kind) {
    case 'python': return `os.environ["${name}"]`;
    case 'notebook': return `os.environ[\\"${name}\\"]`;
    case 'javascript': return `process.env.${name}`;
    // The non-null assertion keeps the type `string`, as the literal was; the .env loader supplies the value.
    case 'typescript': return `process.env.${name}!`;
    case 'go': return `os.Getenv("${name}")`;
    case 'rust': return `std::env::var("${name}").expect("${name} is not set")`;
    case 'java': case 'kotlin': return `System.getenv("${name}")`;
    case 'csharp': return `Environment.GetEnvironmentVariable("${name}")`;
    case 'php': return `getenv('${name}')`;
    case 'ruby': return `ENV.fetch("${name}")`;
    // Swift and Dart keep a non-optional String, as the literal was.
    case 'swift': return `ProcessInfo.processInfo.environment["${name}"] ?? ""`;
    case 'dart': return `Platform.environment['${name}']!`;
    case 'c': return `getenv("${name}")`;
    case 'cpp': return `std::getenv("${name}")`;
    case 'scala': return `sys.env("${name}")`;
    case 'lua': return `os.getenv("${name}")`;
    case 'r': return `Sys.getenv("${name}")`;
    case 'elixir': return `System.fetch_env!("${name}")`;
    case 'perl': return `$ENV{${name}}`;
    case 'powershell': return `$env:${name}`;
    case 'julia': return `ENV["${name}"]`;
    case 'shell': return `"\${${name}}"`;
    case 'yaml': return `\${${name}}`;
    default: return undefined;
  }
}

/** Where an import must be added so the lookup compiles: Python's `import os`, Go's "os". */
export function importEditFor(kind: FileKind, text: string): { offset: number; text: string } | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (kind === 'python') {
    if (/^[ \t]*import[ \t]+(?:[\w., \t]*,[ \t]*)?os\b|^[ \t]*from[ \t]+os[ \t]+import\b/m.test(text)) return undefined;
    return { offset: pythonImportOffset(text), text: `import os${eol}` };
  }
  if (kind === 'go') {
    if (/^[ \t]*"os"[ \t]*$|^import[ \t]+"os"/m.test(text)) return undefined;
    const block = /^import[ \t]*\([ \t]*\r?\n/m.exec(text);
    if (block) return { offset: block.index + block[0].length, text: `\t"os"${eol}` };
    const pkg = /^package[ \t]+\w+[ \t]*\r?\n/m.exec(text);
    return { offset: pkg ? pkg.index + pkg[0].length : 0, text: `${eol}import "os"${eol}` };
  }
  if (kind === 'csharp' && !/^using[ \t]+System;/m.test(text) && !/\bSystem\.Environment\b/.test(text)) {
    return { offset: 0, text: `using System;${eol}` };
  }
  if (kind === 'swift' && !/^[ \t]*import[ \t]+Foundation\b/m.test(text)) return { offset: 0, text: `import Foundation${eol}` };
  if (kind === 'dart' && !/^[ \t]*import[ \t]+['"]dart:io['"]/m.test(text)) return { offset: 0, text: `import 'dart:io';${eol}` };
  if (kind === 'c' && !/^[ \t]*#[ \t]*include[ \t]*<stdlib\.h>/m.test(text)) return { offset: 0, text: `#include <stdlib.h>${eol}` };
  if (kind === 'cpp' && !/^[ \t]*#[ \t]*include[ \t]*<(?:cstdlib|stdlib\.h)>/m.test(text)) return { offset: 0, text: `#include <cstdlib>${eol}` };
  return undefined;
}

/** After the shebang, encoding line, module docstring and `from __future__` imports: where `import os` goes. */
function pythonImportOffset(text: string): number {
  let offset = 0;
  const skip = (re: RegExp) => {
    re.lastIndex = offset;
    const m = re.exec(text);
    if (m && m.index === offset) {
      offset += m[0].length;
      return true;
    }
    return false;
  };
  skip(/\uFEFF/y);
  skip(/#![^\n]*\n/y);
  skip(/#[^\n]*coding[:=][^\n]*\n/y);
  skip(/[ \t]*(?:[rRuU]?"""[\s\S]*?"""|[rRuU]?'''[\s\S]*?''')[ \t]*\r?\n/y);
  while (skip(/from[ \t]+__future__[ \t]+import[^\n]*\n/y)) { /* several future imports */ }
  return offset;
}

/** A literal that is the fallback of an env lookup: the variable the code already reads, and what to cut. */
export interface EnvFallback {
  /** The variable the surrounding lookup reads. */
  name: string;
  /** Where the fallback starts (its `,`, `||`, `??`, `?:` or `:-`); the cut runs to the literal's end. */
  start: number;
  /** Text to put in place of the fallback (TypeScript keeps its `string` type with `!`). */
  replacement: string;
}

// The lookup and its fallback operator, right before a literal, per language.
const FALLBACKS: Array<{ kinds: readonly FileKind[]; re: RegExp }> = [
  { kinds: ['python', 'notebook'], re: /(?:os\.getenv|os\.environ\.get|environ\.get|getenv)\([ \t]*\\?["']([A-Za-z_][A-Za-z0-9_]*)\\?["'](?<cut>[ \t]*,[ \t]*)$/ },
  { kinds: ['javascript', 'typescript'], re: /process\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[[ \t]*["'`]([A-Za-z_][A-Za-z0-9_]*)["'`][ \t]*\])(?<cut>[ \t]*(?:\|\||\?\?)[ \t]*)$/ },
  { kinds: ['ruby'], re: /ENV\.fetch\([ \t]*["']([A-Za-z_][A-Za-z0-9_]*)["'](?<cut>[ \t]*,[ \t]*)$/ },
  { kinds: ['php'], re: /getenv\([ \t]*["']([A-Za-z_][A-Za-z0-9_]*)["'][ \t]*\)(?<cut>[ \t]*(?:\?:|\?\?|\|\|)[ \t]*)$/ },
  { kinds: ['shell', 'yaml', 'dockerfile'], re: /\$\{([A-Za-z_][A-Za-z0-9_]*)(?<cut>:?-)$/ },
];

/** The env lookup whose fallback a literal (starting at `literalStart`) is, if any. */
export function envFallbackAt(kind: FileKind, text: string, literalStart: number): EnvFallback | undefined {
  const lineStart = text.lastIndexOf('\n', literalStart - 1) + 1;
  const before = text.slice(Math.max(lineStart, literalStart - 200), literalStart);
  for (const f of FALLBACKS) {
    if (!f.kinds.includes(kind)) continue;
    const m = f.re.exec(before);
    if (!m?.groups) continue;
    const name = m[1] ?? m[2];
    const cutStart = literalStart - m.groups.cut.length;
    return { name, start: cutStart, replacement: kind === 'typescript' ? '!' : '' };
  }
  return undefined;
}
