import { createHash } from 'crypto';
import { docsUrl } from '../engine';
import type { FileFinding } from '../engine';
import type { HistoryFinding } from './scanReport';
import type { ScanReport } from './scanCommand';
import { knownRules, LEVEL, ruleDescriptor } from './sarifRules';
import type { VerifiedFinding } from './verifyScan';

/** SARIF 2.1.0 log with one run of tool `keyguard`; URIs are relative to the scan root. */
export function formatSarif(report: ScanReport, version: string): string {
  const known = new Map(knownRules().map((r) => [r.id, r]));
  for (const f of report.findings) {
    // A finding whose rule is not in the tables (a workspace-only rule) still gets a full descriptor.
    if (!known.has(f.id)) known.set(f.id, { id: f.id, title: f.title, severity: f.severity });
  }
  const rules = [...known.values()].map(ruleDescriptor);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.findings.map((f) => ({
    ruleId: f.id,
    ruleIndex: index.get(f.id),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.path), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: f.range.startLine + 1,
            startColumn: f.range.startColumn + 1,
            endLine: f.range.endLine + 1,
            endColumn: f.range.endColumn + 1,
          },
        },
      },
    ],
    // Code scanning tracks an alert across commits by this: rule, file and masked value, not the line
    // (an edit above must not open a new alert) and never the value itself.
    partialFingerprints: { 'keyguardFinding/v1': createHash('sha256').update(`${f.id}\0${f.path}\0${f.masked ?? ''}`).digest('hex').slice(0, 32) },
    properties: { masked: f.masked, exchange: f.exchange, ...historyProperties(f), ...verificationOf(f) },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'keyguard', version, informationUri: docsUrl(), rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: report.rootUri } },
        ...(report.history ? { versionControlProvenance: provenance(report) } : {}),
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A history finding's origin (commit, date, author, inHead, pushed); nothing for a working-tree finding. */
function historyProperties(f: FileFinding): Partial<Pick<HistoryFinding, 'commit' | 'date' | 'author' | 'inHead' | 'pushed'>> {
  if (!('commit' in f)) return {};
  const h = f as HistoryFinding;
  return { commit: h.commit, date: h.date, author: h.author, inHead: h.inHead, pushed: h.pushed };
}

/** The repository and every commit a history finding names, as SARIF versionControlDetails. */
function provenance(report: ScanReport) {
  const seen = new Map<string, string>();
  for (const f of report.findings as HistoryFinding[]) if (!seen.has(f.commit)) seen.set(f.commit, f.date);
  return [...seen].map(([revisionId, asOfTimeUtc]) => ({
    repositoryUri: report.rootUri,
    revisionId,
    asOfTimeUtc: new Date(asOfTimeUtc).toISOString(),
    mappedTo: { uriBaseId: '%SRCROOT%' },
  }));
}

/** `scan --verify`'s answer for a result's properties: state, risk and permissions (never a value). */
function verificationOf(f: VerifiedFinding): { verification?: object } {
  const v = f.verification;
  return v ? { verification: { state: v.state, risk: v.risk, permissions: v.permissions, ...(v.reason ? { reason: v.reason } : {}) } } : {};
}
