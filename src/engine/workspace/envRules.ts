// The gitignore/… rules as data: ids, titles and default severities, for findings, SARIF and docs.
import type { Severity } from '../types';

/** A rule the env guard reports; the workspace checks produce its findings, not a text detector. */
export interface WorkspaceRule {
  id: string;
  title: string;
  severity: Severity;
  /** One sentence on why it matters. */
  description: string;
}

/** Every rule of the env guard, in the order they are documented. */
export const GITIGNORE_RULES = [
  {
    id: 'gitignore/env-not-ignored',
    title: 'Env file not ignored by git',
    severity: 'warning',
    description: 'git would add this env file with the next `git add .`; an error when it holds key-looking values.',
  },
  {
    id: 'gitignore/env-tracked',
    title: 'Env file tracked by git',
    severity: 'error',
    description: 'The file is in the repository: ignoring it no longer helps, and every clone has its values.',
  },
  {
    id: 'gitignore/env-in-history',
    title: 'Env file in git history',
    severity: 'error',
    description: 'The file was committed once; its values stay in every clone of the history even after deletion.',
  },
  {
    id: 'gitignore/no-git-repo',
    title: 'No git repository: nothing ignores this env file',
    severity: 'info',
    description: 'Outside a repository nothing ignores .env; a later `git init && git add .` would commit it.',
  },
  {
    id: 'gitignore/dotenv-unignored',
    title: 'Loads .env, which git does not ignore',
    severity: 'warning',
    description: 'This code reads secrets from .env, and the repository does not ignore .env.',
  },
] as const satisfies readonly WorkspaceRule[];

/** Id of one of the env guard's rules. */
export type GitignoreRuleId = (typeof GITIGNORE_RULES)[number]['id'];

/** The rule with this id. */
export function gitignoreRule(id: GitignoreRuleId): WorkspaceRule {
  return GITIGNORE_RULES.find((r) => r.id === id)!;
}
