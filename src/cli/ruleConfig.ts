// Per-rule settings of a CLI scan: `--rule ID=SETTING` flags and a `.keyguard.json` in the current folder, in
// the format of the editor's `keyguard.rules` setting. A repository's file is untrusted input: it is read
// only as rule id → off/severity (no hosts, commands or paths), and what it changes is printed as a note.
import * as fs from 'fs';
import * as path from 'path';
import { describeRuleSettings, knownRuleIds, parseRuleSettings, type RuleSetting } from '../engine';
import type { ScanArgs } from './args';

/** The config file's name, read from the folder the CLI runs in. */
export const CONFIG_FILE = '.keyguard.json';

/** A config file is a few lines; a larger one is not read. */
const MAX_CONFIG_BYTES = 64 * 1024;

/** The settings to apply, warnings for stderr and notes for the report. */
export interface RuleConfig {
  rules: Record<string, RuleSetting>;
  warnings: string[];
  notes: string[];
}

/** Reads `.keyguard.json` (unless `--no-config`) and the `--rule` flags; flags win. */
export function loadRuleConfig(args: Pick<ScanArgs, 'rules' | 'config'>, cwd: string): RuleConfig {
  const known = knownRuleIds();
  const warnings: string[] = [];
  const notes: string[] = [];
  let fileRules: Record<string, RuleSetting> = {};
  if (args.config) {
    const read = readConfigFile(path.join(cwd, CONFIG_FILE));
    if ('warning' in read) warnings.push(read.warning);
    else if (read.json !== undefined) {
      const parsed = parseRuleSettings(read.json.rules, known, CONFIG_FILE);
      fileRules = parsed.rules;
      warnings.push(...parsed.warnings);
      const other = Object.keys(read.json).filter((k) => k !== 'rules');
      if (other.length) warnings.push(`${CONFIG_FILE}: only "rules" is read from a repository; ignored: ${other.slice(0, 5).map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}${other.length > 5 ? '…' : ''}`);
      if (Object.keys(fileRules).length) notes.push(`${CONFIG_FILE}: ${describeRuleSettings(fileRules)} (--no-config ignores the file)`);
    }
  }
  const flags = parseRuleSettings(args.rules, known, '--rule');
  warnings.push(...flags.warnings);
  return { rules: { ...fileRules, ...flags.rules }, warnings, notes };
}

/** The file's top-level object; nothing when absent; a warning when it cannot be used. */
function readConfigFile(file: string): { json?: Record<string, unknown> } | { warning: string } {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch {
    return {};
  }
  // A link could point anywhere on the machine; a repository's config is a plain file in it.
  if (!st.isFile()) return { warning: `${CONFIG_FILE} is not a regular file (a link or a folder); not read` };
  if (st.size > MAX_CONFIG_BYTES) return { warning: `${CONFIG_FILE} is larger than ${MAX_CONFIG_BYTES / 1024} KB; not read` };
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    return { warning: `${CONFIG_FILE} is not valid JSON; not read` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { warning: `${CONFIG_FILE} must hold an object such as { "rules": { "secret/generic-secret": "off" } }; not read` };
  return { json: json as Record<string, unknown> };
}
