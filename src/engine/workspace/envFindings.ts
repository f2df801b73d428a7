// The .env guard's words: what each env file status means for the user, at which severity, with which fix.
import { applyContext, pathContext } from '../findings/contextSeverity';
import type { Severity, TextRange } from '../types';
import type { EnvFileStatus, EnvFinding, EnvFix } from './envGuardTypes';
import { gitignoreRule, type GitignoreRuleId } from './envRules';
import { dayOf, type CommitRef } from './gitFacts';

/** The findings (messages and severities) for one env file's status; `inRepo` false outside any git repository. */
export function envFindingsFor(s: EnvFileStatus, text: string | undefined, inRepo: boolean, fix: EnvFix): EnvFinding[] {
  const out: EnvFinding[] = [];
  // Fixture env files are often committed on purpose with fake values: information, never silent.
  const context = pathContext(s.path);
  const add = (id: GitignoreRuleId, message: string, severity?: Severity) => {
    const rule = gitignoreRule(id);
    const finding: EnvFinding = {
      id, category: 'gitignore', severity: severity ?? rule.severity, title: rule.title, message,
      range: firstLine(text), path: s.path, file: s.file, fix,
    };
    applyContext(finding, context);
    out.push(finding);
  };
  if (!inRepo) {
    if (!s.ignored) {
      add('gitignore/no-git-repo', `${s.path} is not in a git repository, so nothing ignores it: a later \`git init\` and \`git add .\` would commit ${s.sensitive ? 'the keys in it' : 'it'}. Add ${fix.entry} to a .gitignore now.`);
    }
    return out;
  }
  const committed = s.history?.length ? s.history[s.history.length - 1] : undefined;
  const where = committed ? commitPhrase(committed, s.history!.length, s.pushedTo) : '';
  const leaked = s.pushedTo
    ? 'treat every key in it as leaked: delete them on the exchange (deleting, not disabling) and create new ones'
    : 'if that commit was ever pushed, treat the keys as leaked: delete them on the exchange and create new ones';
  if (s.tracked) {
    // A committed env file with no key-looking value (`API_URL=http://localhost:8000`) is a note: nothing
    // leaked, and it is often committed on purpose (test settings).
    if (text !== undefined && !s.sensitive) {
      add('gitignore/env-tracked', `${committed ? 'git tracks' : 'git has staged'} ${s.path}, which holds no key-looking values: fine while it stays that way. Keys belong in an env file git ignores.`, 'info');
      return out;
    }
    const message = committed
      ? `git tracks ${s.path}: its values are in the repository (${where}). Ignoring it no longer helps: stop tracking it (\`git rm --cached\`) and ${leaked}.`
      : `git has ${s.path} staged: the next commit puts its values in the repository. Stop tracking it (\`git rm --cached\`) and add it to .gitignore.`;
    add('gitignore/env-tracked', message, s.sensitive || committed ? 'error' : 'warning');
    return out;
  }
  if (committed) {
    add('gitignore/env-in-history', `${s.path} ${s.onDisk ? 'is untracked now, but it' : 'is deleted now, but it'} was ${where}: its values stay in the history of every clone. ${capitalize(leaked)}.`);
  }
  if (!s.ignored && s.onDisk) {
    add('gitignore/env-not-ignored',
      `git does not ignore ${s.path}: the next \`git add .\` commits it${s.sensitive ? ' and the keys in it' : ''}. Add ${fix.entry} to .gitignore.`,
      s.sensitive ? 'error' : 'warning');
  }
  return out;
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
