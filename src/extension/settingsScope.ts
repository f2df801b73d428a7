// Which `keyguard.*` settings change findings, so a settings change re-lints (and the env guard rechecks)
// only when it matters: a new rotation period or exchange URL must not rescan every open file and run git.
// No vscode import: the lists are plain data a unit test checks against package.json.

/** Settings that change what an open document's findings are (the diagnostics pipeline re-lints). */
export const FINDING_SETTINGS = [
  'keyguard.enable', 'keyguard.secret.enabled', 'keyguard.withdraw.enabled', 'keyguard.gitignore.enabled',
  'keyguard.severity.secret', 'keyguard.severity.withdraw', 'keyguard.severity.gitignore', 'keyguard.rules',
  'keyguard.maxFileSizeKB',
] as const;

/** Settings that change the env guard's own check (it reads env files up to maxFileSizeKB; rules apply when published). */
export const ENV_GUARD_SETTINGS = ['keyguard.enable', 'keyguard.gitignore.enabled', 'keyguard.severity.gitignore', 'keyguard.maxFileSizeKB'] as const;

/** Settings with their own listener, or read when used: no re-lint. */
export const OTHER_SETTINGS = [
  'keyguard.debounceMs', 'keyguard.scanOnOpen', 'keyguard.exclude', 'keyguard.scanGeneratedFiles', 'keyguard.screenShare.enabled',
  'keyguard.rotationDays', 'keyguard.exchangeBaseUrls', 'keyguard.debug.injectKeys',
] as const;

/** The part of a configuration change event these checks need. */
export interface ConfigChange {
  affectsConfiguration(section: string): boolean;
}

/** True when the change touches one of `settings`. */
export function affectsAny(e: ConfigChange, settings: readonly string[]): boolean {
  return settings.some((s) => e.affectsConfiguration(s));
}
