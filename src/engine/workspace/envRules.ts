// The gitignore/… rules as data: ids, titles and default severities, for findings, SARIF and docs.
import type { Severity } from '../types';

/** A rule the env guard reports; the workspace checks produce its findings, not a text detector. */
export interface WorkspaceRule {
  id: string;
  title: string;
  severity: Severity;
  /** One sentence on why it matters. */
  description: string;
  /** What finds it, for the rule page. */
  finds: string;
  /** How to fix it, for the rule page and the hover. */
  advice: string;
}

/** Every rule of the env guard, in the order they are documented. */
export const GITIGNORE_RULES = [
  {
    id: 'gitignore/env-not-ignored',
    title: 'Env file not ignored by git',
    severity: 'warning',
    description: 'git would add this env file with the next `git add .`; an error when it holds key-looking values.',
    finds: 'An env file (`.env`, `.env.local`, `config.env` …) on disk that no .gitignore rule covers.',
    advice: 'Add the file (or `.env*` with `!.env.example`) to .gitignore: the quick fix writes the entry. If keys in it were ever committed, delete them on the exchange and create new ones.',
  },
  {
    id: 'gitignore/env-tracked',
    title: 'Env file tracked by git',
    severity: 'error',
    description: 'The file is in the repository: ignoring it no longer helps, and every clone has its values.',
    finds: 'An env file that git tracks (committed or staged): an error when it holds key-looking values; a warning for `.env` or `.env.local` without them (the next key put there is committed); a note for other variants without them (`.env.test`, `.env.production`).',
    advice: 'Stop tracking it with `git rm --cached <file>` (KeyGuard: Stop Tracking Env File; the file stays on disk), add it to .gitignore, then delete every key it held on its service and create new ones.',
  },
  {
    id: 'gitignore/env-in-history',
    title: 'Env file in git history',
    severity: 'error',
    description: 'The file was committed once; its values stay in every clone of the history even after deletion.',
    finds: 'An env file that is untracked or deleted now but was committed in the past.',
    advice: 'Treat every key in it as leaked: delete them on the exchange (deleting, not disabling) and create new ones. Rewriting history (git filter-repo) does not reach clones that already exist.',
  },
  {
    id: 'gitignore/no-git-repo',
    title: 'No git repository: nothing ignores this env file',
    severity: 'info',
    description: 'Outside a repository nothing ignores .env; a later `git init && git add .` would commit it.',
    finds: 'An env file in a folder that is not a git repository, so no .gitignore covers it.',
    advice: 'Add the env file to a .gitignore now, so a later `git init` and `git add .` leave it out.',
  },
  {
    id: 'gitignore/dotenv-unignored',
    title: 'Loads .env, which git does not ignore',
    severity: 'warning',
    description: 'This code reads secrets from .env, and the repository does not ignore .env.',
    finds: 'Code that loads .env (python-dotenv, dotenv, godotenv, `--env-file` …) where the .env it reads is not ignored or is tracked.',
    advice: 'Add .env to .gitignore (the quick fix does it); if git already tracks it, stop tracking it and rotate the keys.',
  },
] as const satisfies readonly WorkspaceRule[];

/** Id of one of the env guard's rules. */
export type GitignoreRuleId = (typeof GITIGNORE_RULES)[number]['id'];

/** The rule with this id. */
export function gitignoreRule(id: GitignoreRuleId): WorkspaceRule {
  return GITIGNORE_RULES.find((r) => r.id === id)!;
}
