import type { FileKind } from '../types';

const BY_EXTENSION: Record<string, FileKind> = {
  py: 'python', pyw: 'python', ipynb: 'notebook',
  // Cython (Hummingbot's connectors are `.pyx`): Python's syntax with C declarations added.
  pyx: 'python', pxd: 'python', pxi: 'python',
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript',
  // Single-file components: their <script> is JavaScript or TypeScript (a dApp's withdraw page posts from there).
  vue: 'javascript', svelte: 'javascript',
  ts: 'typescript', tsx: 'typescript', mts: 'typescript', cts: 'typescript',
  // GoCryptoTrader's `.gct` scripts are Tengo, a Go-like script language (Go's comments and strings).
  go: 'go', gct: 'go', tengo: 'go', rs: 'rust', java: 'java', kt: 'kotlin', kts: 'kotlin', cs: 'csharp', php: 'php', rb: 'ruby',
  // Crystal has Ruby's syntax (comments, strings, `def`, `@ivar.call(…)`): read as Ruby, its tip bots' sends are seen.
  cr: 'ruby',
  // F# shares C#'s strings, line comments and .NET calls (`Environment.GetEnvironmentVariable("X")` runs in both).
  fs: 'csharp', fsx: 'csharp', fsi: 'csharp',
  swift: 'swift', dart: 'dart', c: 'c', h: 'c', cc: 'cpp', cpp: 'cpp', cxx: 'cpp', hpp: 'cpp', hh: 'cpp',
  scala: 'scala', sc: 'scala', lua: 'lua', r: 'r', ex: 'elixir', exs: 'elixir', clj: 'clojure', cljs: 'clojure', cljc: 'clojure', pl: 'perl', pm: 'perl', jl: 'julia',
  sol: 'solidity',
  ps1: 'powershell', psm1: 'powershell', xml: 'xml', config: 'xml', plist: 'xml',
  json: 'json', jsonc: 'json', json5: 'json',
  yml: 'yaml', yaml: 'yaml', toml: 'toml',
  ini: 'ini', cfg: 'ini', conf: 'ini', properties: 'ini',
  sh: 'shell', bash: 'shell', zsh: 'shell', ksh: 'shell',
  dockerfile: 'dockerfile',
  md: 'markdown', markdown: 'markdown', mdx: 'markdown',
  env: 'env',
};

/** Lockfiles hold thousands of base64 integrity values and never a secret: skip them. */
const LOCKFILES = new Set([
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock',
  'poetry.lock', 'pipfile.lock', 'uv.lock', 'pdm.lock', 'cargo.lock', 'go.sum', 'composer.lock',
  'gemfile.lock', 'packages.lock.json', 'flake.lock',
]);

/**
 * Env files meant to be committed: templates (`.env.example`, `.env.test.example`, `example.env`), schemas,
 * defaults and dotenv-vault's encrypted `.env.vault`.
 */
const ENV_TEMPLATE = /^\.env\.(?:[\w.-]*\.)?(?:example|sample|template|dist|defaults?|tpl|schema|vault)$|^(?:[\w.-]*[._-])?(?:example|sample|template|dist|tpl)\.env$/i;

/** Last `/`-separated segment of a path. */
export function baseName(path: string): string {
  const p = path.replace(/\\/g, '/');
  return p.slice(p.lastIndexOf('/') + 1);
}

// A copy kept beside the original (`wallet.json.backup`, `settings.py.orig`, `config.yml~`) holds what the original
// held: it is read as the original's kind.
const BACKUP_SUFFIX = /(?:\.(?:bak|backup|old|orig|save)|~)$/;

/** A file's base name, lowercase, without a backup copy's suffix (`wallet.json.backup` -> `wallet.json`). */
export function originalName(path: string): string {
  return baseName(path).toLowerCase().replace(BACKUP_SUFFIX, '');
}

/** Decides the kind of a file from its name. */
export function fileKindOf(path: string): FileKind {
  const name = originalName(path);
  if (name === '.env' || name.startsWith('.env.') || name === '.envrc') return 'env';
  if (name === 'dockerfile' || name.startsWith('dockerfile.') || name === 'containerfile') return 'dockerfile';
  const dot = name.lastIndexOf('.');
  if (dot === -1) return 'text';
  return BY_EXTENSION[name.slice(dot + 1)] ?? 'text';
}

/** True for lockfiles, whose integrity hashes are never secrets. */
export function isLockfile(path: string): boolean {
  return LOCKFILES.has(baseName(path).toLowerCase());
}

/** True for env files that hold real values (not `.env.example` and friends). */
export function isEnvFile(path: string): boolean {
  const name = baseName(path);
  if (ENV_TEMPLATE.test(name)) return false;
  return name === '.env' || name === '.envrc' || /^\.env\.[\w.-]+$/.test(name) || /^[\w.-]+\.env$/.test(name);
}

/** True for env templates such as `.env.example`, which are meant to be committed. */
export function isEnvTemplate(path: string): boolean {
  return ENV_TEMPLATE.test(baseName(path));
}

/** True when the first 8 KB hold a NUL byte, as git decides binary content. */
export function looksBinary(text: string): boolean {
  return text.slice(0, 8192).indexOf('\0') !== -1;
}
