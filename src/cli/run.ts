import { parseArgs, USAGE, UsageError, type ScanArgs } from './args';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { runScan, ScanError, type ScanReport } from './scanCommand';
import { loopbackAllowed, runCheckKey } from './checkKeyCommand';
import { verifyReport } from './verifyScan';
import { resolveBaseUrl } from '../exchanges/baseUrls';
import { applyRuleSettings, nodeGit } from '../engine';
import { loadRuleConfig } from './ruleConfig';
import { printable } from '../engine';
import { ExchangeRequestError } from '../exchanges/http';

/** What a CLI run produced; `main.ts` writes it out, tests read it directly. */
export interface RunResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** Environment the CLI reads; passed in so tests need not touch the real process. */
export interface RunEnv {
  cwd: string;
  isTTY: boolean;
  noColor: boolean;
  version: string;
  /** Environment variables `check-key` reads credentials from (the process's when absent). */
  processEnv?: NodeJS.ProcessEnv;
}

/** Runs one CLI invocation: 0 clean, 1 findings at warning or above, 2 usage or runtime error. */
export async function run(argv: readonly string[], env: RunEnv): Promise<RunResult> {
  const args = parseOrUsage(argv);
  if ('exitCode' in args) return args;
  if (args.command === 'help') return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };
  if (args.command === 'version') return { exitCode: 0, stdout: `${env.version}\n`, stderr: '' };
  if (args.command === 'check-key') return runCheckKey(args, env.processEnv ?? process.env);
  const allowLoopback = loopbackAllowed(env.processEnv ?? process.env);
  let report: ScanReport;
  const ruleConfig = loadRuleConfig(args, env.cwd);
  const warnings = ruleConfig.warnings.map((w) => `keyguard: warning: ${printable(w)}\n`).join('');
  try {
    // A base URL that is not the exchange's own is refused before anything is scanned or sent.
    for (const [exchange, url] of Object.entries(args.baseUrls)) resolveBaseUrl(exchange as keyof typeof args.baseUrls, url, { allowLoopback });
    report = await runScan(args, env.cwd);
    // The same last step as in the editor (keyguard.rules): before --verify, so a rule turned off sends nothing.
    report.findings = applyRuleSettings(report.findings, ruleConfig.rules);
    report.notes.push(...ruleConfig.notes);
    if (args.verify) await verifyReport(report, { baseUrls: args.baseUrls, allowLoopback, maxBytes: args.maxFileSizeKB * 1024, git: args.useGit ? nodeGit() : undefined });
  } catch (e) {
    const message = e instanceof ScanError || e instanceof ExchangeRequestError ? e.message : `unexpected error: ${(e as Error).message}`;
    return { exitCode: 2, stdout: '', stderr: `${warnings}keyguard: ${printable(message)}\n` };
  }
  const failing = report.findings.some((f) => f.severity === 'error' || f.severity === 'warning');
  return { exitCode: failing ? 1 : 0, stdout: format(args, report, env), stderr: warnings };
}

/** Parsed arguments, or the usage error to print. */
function parseOrUsage(argv: readonly string[]): ReturnType<typeof parseArgs> | RunResult {
  try {
    return parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return { exitCode: 2, stdout: '', stderr: `keyguard: ${printable(e.message)}\n\n${USAGE}\n` };
    throw e;
  }
}

/** Renders the report in the requested format. */
function format(args: ScanArgs, report: ScanReport, env: RunEnv): string {
  if (args.format === 'sarif') return formatSarif(report, env.version);
  if (args.format === 'json') return formatJson(report);
  return formatText(report, args.color ?? (env.isTTY && !env.noColor));
}
