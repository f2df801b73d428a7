// What the .env guard reports: its findings, each env file's status, the report and the guard's options.
import type { Finding } from '../types';
import type { CommitRef } from './gitFacts';
import type { HostEnv, IgnoreVerdict } from './gitIgnoreRules';

/** What a quick fix needs to know about an env finding, so it never has to re-derive it. */
export interface EnvFix {
  /** The env file (absolute). */
  envFile: string;
  /** Top folder of its repository; undefined outside any repository. */
  repoRoot?: string;
  /** The .gitignore an "add to .gitignore" fix appends to (absolute; may not exist yet). */
  gitignore: string;
  /** The pattern that fix appends. */
  entry: string;
  /** Committable siblings (`.env.example`…) present next to the env file: keep them visible. */
  examples: string[];
  /** Where "Create .env.example" writes (absolute). */
  exampleFile: string;
  exampleExists: boolean;
  /** git has the file in its index: "Stop tracking this file" applies. */
  tracked: boolean;
  /** False for a file that exists only in history (deleted since). */
  onDisk: boolean;
}

/** A finding of the env guard: where it sits (path relative to the checked root) and how to fix it. */
export interface EnvFinding extends Finding {
  path: string;
  /** Absolute path of the file the finding sits on. */
  file: string;
  fix: EnvFix;
}

/** Everything the env guard learned about one env file. */
export interface EnvFileStatus {
  file: string;
  path: string;
  repoRoot?: string;
  ignored: boolean;
  ignoredBy?: IgnoreVerdict;
  /** undefined when git could not say. */
  tracked?: boolean;
  /** Commits that added the file, newest first; undefined when git could not say. */
  history?: CommitRef[];
  /** A remote branch holding one of those commits. */
  pushedTo?: string;
  /** Holds values that look like credentials. */
  sensitive: boolean;
  onDisk: boolean;
}

/** Result of checking a folder's env files. */
export interface EnvCheckReport {
  root: string;
  findings: EnvFinding[];
  files: EnvFileStatus[];
  /** Every env file looked at (absolute), including those that need no finding: a watcher's starting list. */
  envFiles: string[];
  /** Why some answers are partial (git missing, an unreadable .gitignore, a rebase in progress…). */
  notes: string[];
}

/** Options of the env guard. */
export interface EnvGuardOptions {
  /** Home and XDG folders git reads global config from (default: this process's). */
  env?: HostEnv;
  /** Folder limit of the env file search. */
  maxDirs?: number;
  /** Env files larger than this are judged by their name only (default 2 MB, the CLI's --max-file-size). */
  maxEnvFileBytes?: number;
  /** Env files to check instead of searching (absolute, or relative to the root): a watcher or `git ls-files` already knows them. */
  envFiles?: readonly string[];
}

/** Per-repository facts, loaded once per check. */
