// The .env guard's words: what each env file status means for the user, at which severity, with which fix.
import { applyContext, pathContext } from '../findings/contextSeverity';
import type { Severity, TextRange } from '../types';
import type { EnvFileStatus, EnvFinding, EnvFix } from './envGuardTypes';
import { gitignoreRule, type GitignoreRuleId } from './envRules';
import { dayOf, type CommitRef } from './gitFacts';
import { originalName } from '../text/fileKind';

/** The findings (messages and severities) for one env file's status; `inRepo` false outside any git repository. */
export function envFindingsFor(s: EnvFileStatus, text: string | undefined, inRepo: boolean, fix: EnvFix): EnvFinding[] {
  const out: EnvFinding[] = [];
  // Fixture env files are often committed on purpose with fake values: information, never silent.
  const context = pathContext(s.path);
  const add = (id: GitignoreRuleId, message: string, advice: string, severity?: Severity) => {
    const rule = gitignoreRule(id);
    const finding: EnvFinding = {
      id, category: 'gitignore', severity: severity ?? rule.severity, title: rule.title, message, advice,
      range: firstLine(text), path: s.path, file: s.file, fix,
    };
    applyContext(finding, context);
    out.push(finding);
  };
  // The first sentence names the file and the fact; commit details follow, the fix goes to the hover.
  const p = shortPath(s.path);
  if (!inRepo) {
    if (!s.ignored) {
      add('gitignore/no-git-repo', `${p} is not in a git repository, so nothing ignores it.`,
        `A later \`git init\` and \`git add .\` would commit ${s.sensitive ? 'the keys in it' : 'it'}. Add ${fix.entry} to a .gitignore now.`);
    }
    return out;
  }
  const committed = s.history?.length ? s.history[s.history.length - 1] : undefined;
  const where = committed ? commitPhrase(committed, s.history!.length, s.pushedTo) : '';
  const leaked = s.pushedTo
    ? 'treat every key in it as leaked: delete them on the exchange (deleting, not disabling) and create new ones'
    : 'if that commit was ever pushed, treat the keys as leaked: delete them on the exchange and create new ones';
  if (s.tracked) {
    // A committed env file with no key-looking value (`API_URL=http://localhost:8000` in `.env.test`) is a note:
    // nothing leaked, and such variants are often committed on purpose. The file the app loads its keys from
    // (`.env`, `.env.local`) is a warning even while empty: the key someone puts there next is committed with it.
    if (text !== undefined && !s.sensitive) {
      const loaded = isKeysFile(s.path);
      add('gitignore/env-tracked', loaded
        ? `${committed ? 'git tracks' : 'git has staged'} ${p}: a key put in it gets committed.`
        : `${committed ? 'git tracks' : 'git has staged'} ${p}, which holds no key-looking values.`,
      loaded
        ? `Nothing key-looking is in it yet. Stop tracking it (Stop Tracking Env File, or \`git rm --cached\`), add it to .gitignore, and share a ${p.replace(/[^/]*$/, '')}.env.example with empty values instead.`
        : 'Fine while it stays that way. Keys belong in an env file git ignores.', loaded ? 'warning' : 'info');
      return out;
    }
    if (committed) {
      add('gitignore/env-tracked', `git tracks ${p}: its values are in the repository. ${capitalize(where)}.`,
        `Ignoring it no longer helps: stop tracking it (\`git rm --cached\`) and ${leaked}.`, 'error');
    } else {
      add('gitignore/env-tracked',
        `git has ${p} staged: the next commit puts its values in the repository.`,
        'Stop tracking it (`git rm --cached`) and add it to .gitignore.', s.sensitive ? 'error' : 'warning');
    }
    return out;
  }
  if (committed) {
    add('gitignore/env-in-history', `${p} was committed once: its values stay in the history of every clone. ${capitalize(where)}; it is ${s.onDisk ? 'untracked' : 'deleted'} now.`,
      `${capitalize(leaked)}.`);
  }
  if (!s.ignored && s.onDisk) {
    add('gitignore/env-not-ignored', `git does not ignore ${p}: the next \`git add .\` commits it${s.sensitive ? ' and its keys' : ''}.`,
      `Add ${fix.entry} to .gitignore (the quick fix writes it).`, s.sensitive ? 'error' : 'warning');
  }
  return out;
}

/** Env file names loaded for keys by default (`.env`, `.env.local`, `.env.production.local`), after a backup suffix is cut. */
const KEYS_FILE = /^\.env(?:(?:\.[a-z]+)?\.local)?$/i;

/** True for an env file the app loads its keys from (or a backup copy), not a variant committed on purpose (`.env.test`, `.env.production`). */
export function isKeysFile(path: string): boolean {
  return KEYS_FILE.test(originalName(path));
}

/** A path short enough for a one-line message: long ones keep their last two segments. */
export function shortPath(p: string): string {
  if (p.length <= 40) return p;
  const parts = p.split('/');
  const tail = parts.slice(-2).join('/');
  return tail.length <= 40 ? `…/${tail}` : `…/${parts[parts.length - 1].slice(-40)}`;
}

/** "committed in abc1234 on 2024-05-01 and pushed to origin/main". */
function commitPhrase(first: CommitRef, count: number, pushedTo: string | undefined): string {
  const times = count > 1 ? ` (and added again in ${count - 1} later commit${count > 2 ? 's' : ''})` : '';
  const pushed = pushedTo ? ` and pushed to ${pushedTo}` : ', and no remote branch has that commit yet';
  return `committed in ${first.short} on ${dayOf(first.date)}${times}${pushed}`;
}

/** The range of line 1 (without its line break). */
function firstLine(text: string | undefined): TextRange {
  const end = text === undefined ? 0 : /^[^\r\n]*/.exec(text)![0].length;
  return { start: 0, end, startLine: 0, startColumn: 0, endLine: 0, endColumn: end };
}

/** First letter upper-cased. */
function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
