// Parses `keyguard` command lines into a typed request; errors carry the message the user sees.

/** Output formats of `keyguard scan`. */
export type Format = 'text' | 'json' | 'sarif';

/** A parsed `keyguard scan` request. */
export interface ScanArgs {
  command: 'scan';
  paths: string[];
  format: Format;
  staged: boolean;
  gitignore: boolean;
  maxFileSizeKB: number;
  exclude: string[];
  disable: string[];
  color: boolean | undefined;
}

/** A parsed request to print help or the version. */
export type InfoArgs = { command: 'help' } | { command: 'version' };

/** A usage error: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: keyguard scan [paths…] [options]

Finds hard-coded exchange API keys, wallet keys, unignored .env files and withdrawal calls.

Options:
  --format text|json|sarif   output format (default: text)
  --staged                   scan the staged versions of staged files (for pre-commit hooks)
  --no-gitignore             also scan files that .gitignore excludes
  --max-file-size KB         skip files larger than this (default: 2048)
  --exclude GLOB             skip paths matching a gitignore-style pattern (repeatable)
  --disable CATEGORY         skip a category: secret, withdraw or gitignore (repeatable)
  --no-color                 plain text output
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 nothing at warning or above, 1 findings, 2 usage or runtime error.`;

/** Parses argv (without `node` and the script) into a request. */
export function parseArgs(argv: readonly string[]): ScanArgs | InfoArgs {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '-v' || argv[0] === '--version') return { command: 'version' };
  if (argv[0] !== 'scan') throw new UsageError(`unknown command "${argv[0]}"`);
  const args: ScanArgs = {
    command: 'scan', paths: [], format: 'text', staged: false, gitignore: true, maxFileSizeKB: 2048,
    exclude: [], disable: [], color: undefined,
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${f}"`);
        args.format = f;
        break;
      }
      case '--staged': args.staged = true; break;
      case '--no-gitignore': args.gitignore = false; break;
      case '--max-file-size': {
        const n = Number(value());
        if (!Number.isFinite(n) || n <= 0) throw new UsageError('--max-file-size needs a positive number of KB');
        args.maxFileSizeKB = n;
        break;
      }
      case '--exclude': args.exclude.push(value()); break;
      case '--disable': {
        const c = value();
        if (!['secret', 'withdraw', 'gitignore'].includes(c)) throw new UsageError(`--disable takes secret, withdraw or gitignore, not "${c}"`);
        args.disable.push(c);
        break;
      }
      case '--no-color': args.color = false; break;
      case '--color': args.color = true; break;
      case '-h': case '--help': return { command: 'help' };
      default:
        if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
        args.paths.push(a);
    }
  }
  if (args.staged && args.paths.length) throw new UsageError('--staged scans the staged files; give no paths with it');
  return args;
}
