// What makes a git call safe in a repository an attacker wrote: the repository's config, attributes and
// hooks can name programs for git to run, and inherited GIT_* variables can point git at another
// repository. Command-line `-c` settings win over every config file (includes and includeIf too).

/** Settings on every call; each one turns off a way for repository config to start a program. */
export const HARDENING_CONFIG: readonly string[] = [
  'core.fsmonitor=false', // a hook program run on status/ls-files/diff (also arrives through includeIf)
  'core.hooksPath=/dev/null', // post-index-change, pre-auto-gc and every other hook
  'core.pager=cat', // never a pager program, even if something decides stdout is a terminal
  'diff.external=', // an external diff program
  'core.askPass=', // a password prompt program (empty means none)
  'credential.helper=', // empty resets the list of credential helper programs
  'protocol.allow=never', // no transport at all: no ssh command, no remote helper
  'safe.bareRepository=explicit', // a committed bare repository is never discovered from a work tree
  'log.showSignature=false', // would run gpg.program on `git log`
  'gc.auto=0', // no background gc (and its hooks) after a command that writes
  'maintenance.auto=false',
];

// Subcommands that show diffs: textconv filters and external diff drivers come from .gitattributes.
const DIFFING = new Set(['log', 'show', 'diff']);

/**
 * Subcommands that never run a clean/smudge filter, so configured filter drivers need no neutralising:
 * they read the index, refs, objects or config, and never hash a work-tree file.
 */
const NO_FILTERS = new Set([
  'rev-parse', // names and paths only
  'config', // reads config files; includes are files, never programs
  'show-ref', 'for-each-ref', 'branch', 'rev-list', // refs and commits
  'log', 'show', // committed objects; textconv is off (DIFFING) and work-tree files are never read
  'check-ignore', // patterns only
]);

/** The subcommand's position in an argument list that may start with `-c name=value` pairs. */
export function subcommandIndex(args: readonly string[]): number {
  let i = 0;
  while (i < args.length && args[i].startsWith('-')) i += args[i] === '-c' || args[i] === '-C' ? 2 : 1;
  return i;
}

/**
 * True when the call might run a filter driver from .gitattributes (it may hash a work-tree file or
 * apply filters to a blob), so the runner must switch every configured filter off first.
 */
export function mayRunFilters(args: readonly string[]): boolean {
  const at = subcommandIndex(args);
  const cmd = args[at];
  const rest = args.slice(at + 1);
  if (cmd !== undefined && NO_FILTERS.has(cmd)) return false;
  // `cat-file` returns raw objects unless asked for --filters/--textconv.
  if (cmd === 'cat-file') return rest.some((a) => a === '--filters' || a === '--textconv' || a.startsWith('--path'));
  // `ls-files` lists the index and walks folders; only -m/--modified compares file contents.
  if (cmd === 'ls-files') return rest.some((a) => a === '-m' || a === '--modified');
  // `diff --cached` compares the index with a commit; without --cached it would hash work-tree files.
  if (cmd === 'diff') return !rest.includes('--cached') && !rest.includes('--staged');
  return true;
}

/** The argument list git gets: the hardening settings, then the call, with diff programs off where it shows diffs. */
export function hardenedArgs(args: readonly string[], extraConfig: readonly string[] = []): string[] {
  // --no-pager also beats a repository's `pager.<command>` setting (core.pager=cat alone would not).
  const config = ['--no-pager', ...[...HARDENING_CONFIG, ...extraConfig].flatMap((c) => ['-c', c])];
  const at = subcommandIndex(args);
  const out = [...config, ...args];
  if (DIFFING.has(args[at])) out.splice(config.length + at + 1, 0, '--no-ext-diff', '--no-textconv');
  return out;
}

/** `-c` settings that switch off each named filter driver (empty commands are skipped by git). */
export function filterOverrides(driverNames: Iterable<string>): string[] | undefined {
  const out: string[] = [];
  for (const name of driverNames) {
    // A name git would split differently on the command line cannot be overridden: refuse the call.
    if (/[=\n\r\0]/.test(name)) return undefined;
    out.push(`filter.${name}.clean=`, `filter.${name}.smudge=`, `filter.${name}.process=`, `filter.${name}.required=false`);
  }
  return out;
}

/** Driver names in `git config -z --name-only --get-regexp ^filter\.` output (`filter.<name>.<key>`). */
export function filterDriverNames(configOutput: string): Set<string> {
  const names = new Set<string>();
  for (const key of configOutput.split('\0')) {
    const m = /^filter\.(.+)\.[^.]+$/s.exec(key.trim());
    if (m) names.add(m[1]);
  }
  return names;
}

// Inherited variables are dropped wholesale: GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE, GIT_OBJECT_DIRECTORY,
// GIT_ALTERNATE_OBJECT_DIRECTORIES, GIT_CONFIG*, GIT_EXTERNAL_DIFF, GIT_PAGER, GIT_SSH*, GIT_ASKPASS,
// GIT_EXEC_PATH, GIT_CEILING_DIRECTORIES… all redirect git or name programs, and none is needed.
const DROPPED_PREFIXES = ['GIT_'];
const DROPPED_NAMES = new Set(['SSH_ASKPASS', 'PAGER', 'EDITOR', 'VISUAL']);

/** Never prompt, never take optional locks a concurrent `git commit` would trip over, stable messages. */
const QUIET_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };

/**
 * The environment git runs with: the inherited one without any GIT_* or program-naming variable, then
 * `explicit` (set by our own code, e.g. tests isolating HOME and the global config), then the quiet settings.
 */
export function hardenedEnv(inherited: NodeJS.ProcessEnv, explicit: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(inherited)) {
    const upper = k.toUpperCase(); // Windows variable names are case-insensitive
    if (DROPPED_PREFIXES.some((p) => upper.startsWith(p)) || DROPPED_NAMES.has(upper)) continue;
    env[k] = v;
  }
  Object.assign(env, explicit);
  return Object.assign(env, QUIET_ENV);
}
