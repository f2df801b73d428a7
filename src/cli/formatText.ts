import { printable, type Severity } from '../engine';
import type { FileFinding } from '../engine';
import type { HistoryFinding } from './scanReport';
import type { ScanReport } from './scanCommand';
import { GUIDANCE } from '../exchanges/guidance';
import type { VerifiedFinding } from './verifyScan';

const COLORS: Record<Severity | 'dim' | 'bold', string> = {
  error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m',
};

/** Human-friendly report: one block per finding, secrets masked, summary last. */
export function formatText(report: ScanReport, color: boolean): string {
  const c = (k: keyof typeof COLORS, s: string) => (color ? `${COLORS[k]}${s}\x1b[0m` : s);
  const lines: string[] = [];
  if (report.history) lines.push(...historyLines(report, c));
  else for (const f of report.findings) lines.push(...findingLines(f, c));
  const counts = countBySeverity(report.findings);
  const parts = (['error', 'warning', 'info', 'hint'] as const).filter((s) => counts[s]).map((s) => `${counts[s]} ${s}${counts[s] > 1 ? 's' : ''}`);
  const summary = report.findings.length
    ? `${report.findings.length} finding${report.findings.length > 1 ? 's' : ''} (${parts.join(', ')})`
    : 'No findings';
  const h = report.history;
  const scope = h ? `${h.commits} commit${h.commits === 1 ? '' : 's'}, ${report.scannedFiles} blob${report.scannedFiles === 1 ? '' : 's'}` : `${report.scannedFiles} file${report.scannedFiles === 1 ? '' : 's'}`;
  let tail = `${summary} in ${scope} (${formatSize(report.scannedBytes)})`;
  if (report.skipped.length) tail += `; skipped ${report.skipped.length} (${skipSummary(report)})`;
  lines.push(c('bold', tail));
  for (const n of report.notes) lines.push(c('dim', `note: ${printable(n)}`));
  return lines.join('\n') + '\n';
}

/** The lines of one finding; file names and messages with control characters escaped. */
function findingLines(f: FileFinding, c: (k: keyof typeof COLORS, s: string) => string): string[] {
  const where = `${printable(f.path)}:${f.range.startLine + 1}:${f.range.startColumn + 1}`;
  const value = shownValue(f) ? `  ${printable(shownValue(f)!)}` : '';
  return [`${c('bold', where)}  ${c(f.severity, f.severity)}  ${printable(f.title)}${value}  ${c('dim', printable(f.id))}`, `  ${printable(f.message)}`, ...verificationLines(f), ''];
}

/** What a finding shows after its title: a secret's masked value; a withdrawal's method or path as written (not secret). */
export function shownValue(f: FileFinding): string | undefined {
  return f.category === 'secret' ? f.masked : f.assignedName;
}

/** `0.4 MB`, or `37 KB` below 0.1 MB (where one decimal of MB would read 0.0). */
export function formatSize(bytes: number): string {
  if (bytes === 0) return '0 KB';
  return bytes < 0.1 * 1_048_576 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** `scan --verify`: the exchange's answer under the finding (state, risk, one line per rule); no value is ever shown. */
function verificationLines(f: VerifiedFinding): string[] {
  const v = f.verification;
  if (!v) return [];
  const head = `  verified: ${v.state}${v.state === 'dead' ? '' : ` · risk ${v.risk}`}${v.permissions.length ? ` · can: ${v.permissions.join(', ')}` : ''}${v.reason ? ` (${v.reason})` : ''}`;
  return [printable(head), ...(v.lines ?? []).map((l) => printable(`    ${l.level.padEnd(8)} ${l.text}${l.guidance ? ` [guidance: ${GUIDANCE[l.guidance]}]` : ''}`))];
}

/** History findings in two groups: values still in the files, then values only in history. */
function historyLines(report: ScanReport, c: (k: keyof typeof COLORS, s: string) => string): string[] {
  const all = report.findings as HistoryFinding[];
  const lines: string[] = [];
  const groups: Array<[string, HistoryFinding[]]> = [
    ['Still in your files: move the key out of the code, then rotate it', all.filter((f) => f.inHead)],
    ['Only in history: rotate the key; rewriting history does not un-leak a pushed key', all.filter((f) => !f.inHead)],
  ];
  for (const [title, findings] of groups) {
    if (!findings.length) continue;
    lines.push(c('bold', `${title} (${findings.length})`), '');
    for (const f of findings) {
      const [first, ...rest] = findingLines(f, c);
      const origin = `  ${c('dim', `commit ${f.commit}  ${f.date.slice(0, 10)}  ${printable(f.author)}`)}  ${f.pushed === null ? c('warning', 'pushed: unknown') : f.pushed ? c('error', 'pushed') : c('dim', 'not pushed')}`;
      lines.push(first, origin, ...rest);
    }
  }
  return lines;
}

/** Counts findings per severity. */
function countBySeverity(findings: readonly FileFinding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** `2 binary, 1 too-large` */
function skipSummary(report: ScanReport): string {
  const by = new Map<string, number>();
  for (const s of report.skipped) by.set(s.reason, (by.get(s.reason) ?? 0) + 1);
  return [...by].map(([r, n]) => `${n} ${r}`).join(', ');
}
