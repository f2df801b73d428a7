// Parses `keyguard` command lines into a typed request; errors carry the message the user sees.
import { RULE_SETTING_VALUES } from '../engine';
import { CHECKABLE, exchangeById, isCheckable, type CheckableExchange } from '../exchanges/registry';

/** Output formats of `keyguard scan`. */
export type Format = 'text' | 'json' | 'sarif';

/** A parsed `keyguard scan` request. */
export interface ScanArgs {
  command: 'scan';
  paths: string[];
  format: Format;
  staged: boolean;
  gitignore: boolean;
  /** False with `--no-git`: no git process is started. */
  useGit: boolean;
  maxFileSizeKB: number;
  exclude: string[];
  disable: string[];
  color: boolean | undefined;
  /** Also scan minified and generated files (bundles, source maps, framework build output). */
  includeGenerated: boolean;
  /** `--history`: scan every commit's blobs instead of the working tree. */
  history: boolean;
  /** `--since REF`: only commits not reachable from REF. */
  since?: string;
  /** `--range A..B`: only the commits of a push. */
  range?: string;
  /** `--branch NAME`: only commits reachable from this branch. */
  branch?: string;
  /** `--jobs N`: worker threads (default: the cores available). */
  jobs?: number;
  /** `--verify`: ask each exchange about the keys found (the flag is the consent); `--base-url EXCHANGE=URL`. */
  verify: boolean;
  baseUrls: Partial<Record<CheckableExchange, string>>;
  /** `--rule ID=off|error|warning|info` (repeatable; wins over the config file). */
  rules: Record<string, string>;
  /** False with `--no-config`: the repository's .keyguard.json is not read. */
  config: boolean;
}

/** A parsed `keyguard check-key` request. */
export interface CheckKeyArgs {
  command: 'check-key';
  exchange: CheckableExchange;
  baseUrl?: string;
  keyEnv: string;
  secretEnv: string;
  passphraseEnv?: string;
  format: 'text' | 'json';
  rotationDays: number;
}

/** A parsed request to print help or the version. */
export type InfoArgs = { command: 'help' } | { command: 'version' };

/** A usage error: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: keyguard scan [paths…] [options]
       keyguard check-key --exchange ${CHECKABLE.join('|')} [--base-url URL|mainnet|testnet|demo|paper]
                          [--key-env NAME] [--secret-env NAME] [--passphrase-env NAME] [--format text|json]

Finds hard-coded exchange API keys, wallet keys, unignored .env files and withdrawal calls.

Options:
  --format text|json|sarif   output format (default: text)
  --staged                   scan the staged versions of staged files (for pre-commit hooks)
  --no-gitignore             also scan files that .gitignore excludes
  --no-git                   never start git: walk the folder, apply .gitignore/.keyguardignore files
                             (for untrusted checkouts; tracked/history checks of .env files are skipped)
  --max-file-size KB         skip files larger than this (default: 2048)
  --exclude GLOB             skip paths matching a gitignore-style pattern (repeatable)
  --disable CATEGORY         skip a category: secret, withdraw or gitignore (repeatable)
  --rule ID=off|error|warning|info
                             turn a rule off or report it at another severity (repeatable; rule ids are in
                             docs/rules). A .keyguard.json in the current folder may hold the same settings:
                             { "rules": { "secret/generic-secret": "off" } } (flags win)
  --no-config                do not read .keyguard.json
  --include-generated        also scan minified and generated files (*.min.js, source maps, _nuxt/, dist/ bundles)
  --history                  scan every commit reachable from any ref instead of the working tree: each blob
                             once, each finding with the commit that introduced it (id, date, author), whether
                             it is still in your files and whether that commit was pushed
  --since REF                with --history: only commits not reachable from REF
  --range A..B               with --history: only the commits in A..B (a push: before..after)
  --branch NAME              with --history: only commits reachable from NAME
  -j, --jobs N               worker threads scanning in parallel (default: the available cores; with --history
                             one fewer, for git)
  --verify                   ask each exchange what every key found may do (sends requests: the flag is your
                             consent); prints live/dead/unknown and the risk per finding; a dead key drops to info
  --base-url EXCHANGE=URL    with --verify: another base URL or preset for an exchange (repeatable)
  --no-color                 plain text output
  -h, --help                 show this help
  -v, --version              show the version

check-key reads the key from environment variables (default BINANCE_API_KEY / BINANCE_API_SECRET, and the
matching names for the other exchanges), asks the exchange what the key may do, and judges it: exit 0 when
nothing is critical, 1 when something is (withdrawals enabled), 2 on error. Keys go only to the exchange's own
HTTPS hosts (KeyGuard's own tests set KEYGUARD_TEST_LOOPBACK=1 to reach a mock exchange on loopback).

Exit codes of scan: 0 nothing at warning or above, 1 findings, 2 usage or runtime error.`;

/** Parses argv (without `node` and the script) into a request. */
export function parseArgs(argv: readonly string[]): ScanArgs | CheckKeyArgs | InfoArgs {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '-v' || argv[0] === '--version') return { command: 'version' };
  if (argv[0] === 'check-key') return parseCheckKey(argv.slice(1));
  if (argv[0] !== 'scan') throw new UsageError(`unknown command "${argv[0]}"`);
  const args: ScanArgs = {
    command: 'scan', paths: [], format: 'text', staged: false, gitignore: true, useGit: true, maxFileSizeKB: 2048,
    exclude: [], disable: [], color: undefined, includeGenerated: false, history: false, verify: false, baseUrls: {},
    rules: {}, config: true,
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
      case '--no-git': args.useGit = false; break;
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
      case '--include-generated': args.includeGenerated = true; break;
      case '--history': args.history = true; break;
      case '--since': args.since = revision(flag, value()); break;
      case '--range': args.range = revision(flag, value()); break;
      case '--branch': args.branch = revision(flag, value()); break;
      case '--jobs': case '-j': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`${flag} needs a whole number of worker threads from 1 to 256`);
        args.jobs = n;
        break;
      }
      case '--verify': args.verify = true; break;
      case '--base-url': {
        const v = value();
        const eq = v.indexOf('=');
        const [exchange, url] = eq > 0 ? [v.slice(0, eq).toLowerCase(), v.slice(eq + 1)] : ['', ''];
        if (!isCheckable(exchange) || !url) throw new UsageError(`--base-url takes EXCHANGE=URL with EXCHANGE one of ${CHECKABLE.join(', ')}`);
        args.baseUrls[exchange] = url;
        break;
      }
      case '--rule': {
        const v = value();
        const eq = v.lastIndexOf('=');
        const [id, setting] = eq > 0 ? [v.slice(0, eq), v.slice(eq + 1)] : ['', ''];
        if (!id || !(RULE_SETTING_VALUES as readonly string[]).includes(setting)) throw new UsageError(`--rule takes ID=${RULE_SETTING_VALUES.join('|')}, not "${v}"`);
        args.rules[id] = setting;
        break;
      }
      case '--no-config': args.config = false; break;
      case '--no-color': args.color = false; break;
      case '--color': args.color = true; break;
      case '-h': case '--help': return { command: 'help' };
      default:
        if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
        args.paths.push(a);
    }
  }
  if (Object.keys(args.baseUrls).length && !args.verify) throw new UsageError('--base-url is for --verify');
  if (args.verify && args.history) throw new UsageError('--verify checks keys in the working tree; it cannot be combined with --history');
  if (args.verify && args.staged) throw new UsageError('--verify checks keys in the working tree; it cannot be combined with --staged');
  if (args.staged && args.paths.length) throw new UsageError('--staged scans the staged files; give no paths with it');
  const historyOnly = [args.since && '--since', args.range && '--range', args.branch && '--branch'].filter(Boolean);
  if (historyOnly.length && !args.history) throw new UsageError(`${historyOnly[0]} selects commits for --history; add --history`);
  if (args.history && (args.staged || args.paths.length || !args.useGit)) throw new UsageError('--history scans the whole repository from git; give no paths, --staged or --no-git with it');
  if (args.range && (args.since || args.branch)) throw new UsageError('--range names the commits itself; it cannot be combined with --since or --branch');
  if (args.staged && !args.useGit) throw new UsageError('--staged reads the staged files from git; it cannot be combined with --no-git');
  return args;
}

/** A revision name as given; one that git would read as an option is refused. */
function revision(flag: string, v: string): string {
  if (v.startsWith('-') || /[\0\s]/.test(v)) throw new UsageError(`${flag} needs a commit, branch or A..B range, not "${v}"`);
  return v;
}

/** Parses the options of `keyguard check-key`. */
function parseCheckKey(argv: readonly string[]): CheckKeyArgs | InfoArgs {
  const opts = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return { command: 'help' };
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq !== -1 ? a.slice(0, eq) : a;
    if (!['--exchange', '--base-url', '--key-env', '--secret-env', '--passphrase-env', '--format', '--rotation-days'].includes(flag)) throw new UsageError(`unknown option ${a}`);
    const value = eq !== -1 && a.startsWith('--') ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    opts.set(flag, value);
  }
  const exchange = (opts.get('--exchange') ?? '').toLowerCase();
  if (!isCheckable(exchange)) throw new UsageError(`--exchange must be ${CHECKABLE.join(', ')}`);
  const format = opts.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  const rotationDays = Number(opts.get('--rotation-days') ?? 180);
  if (!Number.isFinite(rotationDays) || rotationDays <= 0) throw new UsageError('--rotation-days needs a positive number');
  const { fields } = exchangeById(exchange);
  return {
    command: 'check-key',
    exchange,
    baseUrl: opts.get('--base-url'),
    keyEnv: opts.get('--key-env') ?? fields.apiKey.env,
    secretEnv: opts.get('--secret-env') ?? fields.secret.env,
    passphraseEnv: opts.get('--passphrase-env') ?? fields.passphrase?.env,
    format,
    rotationDays,
  };
}
