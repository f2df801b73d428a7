import * as vscode from 'vscode';
import { knownRuleIds, parseRuleSettings, type ScanOptions, type Severity } from '../engine';
import { log } from './log';

/** Severity a user can pick per category; `default` keeps each rule's own. */
export type SeveritySetting = 'default' | 'error' | 'warning' | 'information' | 'hint';

/** Typed mirror of the `keyguard.*` settings, read in one place. */
export interface KeyGuardConfig {
  enable: boolean;
  categories: Record<'secret' | 'withdraw' | 'gitignore', boolean>;
  severity: Record<'secret' | 'withdraw' | 'gitignore', SeveritySetting>;
  exclude: string[];
  maxFileSizeKB: number;
  /** Workspace scans include minified and generated files (open documents are scanned either way). */
  scanGeneratedFiles: boolean;
  debounceMs: number;
  /** `workspace`: a trusted folder is scanned in the background when it opens; `openFiles`: only what is opened. */
  scanOnOpen: 'workspace' | 'openFiles';
  /** Per-rule settings: `off` or a severity, by rule id. */
  rules: Record<string, string>;
}

const TO_SEVERITY: Record<Exclude<SeveritySetting, 'default'>, Severity> = {
  error: 'error', warning: 'warning', information: 'info', hint: 'hint',
};

/** Reads the settings (for a resource, so folder settings apply). */
export function readConfig(scope?: vscode.ConfigurationScope): KeyGuardConfig {
  const c = vscode.workspace.getConfiguration('keyguard', scope);
  return {
    enable: c.get('enable', true),
    categories: {
      secret: c.get('secret.enabled', true),
      withdraw: c.get('withdraw.enabled', true),
      gitignore: c.get('gitignore.enabled', true),
    },
    severity: {
      secret: c.get('severity.secret', 'default'),
      withdraw: c.get('severity.withdraw', 'default'),
      gitignore: c.get('severity.gitignore', 'default'),
    },
    exclude: c.get('exclude', []),
    maxFileSizeKB: c.get('maxFileSizeKB', 2048),
    scanGeneratedFiles: c.get('scanGeneratedFiles', false),
    debounceMs: c.get('debounceMs', 250),
    scanOnOpen: c.get<string>('scanOnOpen', 'workspace') === 'openFiles' ? 'openFiles' : 'workspace',
    rules: ruleSettings(c.get<unknown>('rules', {})),
  };
}

let ruleIds: Set<string> | undefined;
const warned = new Set<string>();

/** `keyguard.rules` checked by the engine's parser (the CLI's --rule and .keyguard.json use it too); each problem logged once. */
function ruleSettings(raw: unknown): Record<string, string> {
  const parsed = parseRuleSettings(raw, (ruleIds ??= knownRuleIds()), 'keyguard.rules');
  for (const w of parsed.warnings) if (!warned.has(w)) (warned.add(w), log().warn(w));
  return parsed.rules;
}

/** Engine options that follow from the settings. */
export function scanOptionsFrom(config: KeyGuardConfig): Omit<ScanOptions, 'path'> {
  const disabledCategories = Object.entries(config.categories).filter(([, on]) => !on).map(([k]) => k);
  const severityOverrides: Record<string, Severity> = {};
  for (const [k, v] of Object.entries(config.severity)) if (v !== 'default') severityOverrides[k] = TO_SEVERITY[v];
  return { disabledCategories, severityOverrides, rules: config.rules };
}
