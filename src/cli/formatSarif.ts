import { createHash } from 'crypto';
import { DETECTORS, GITIGNORE_RULES, type Severity } from '../engine';
import type { ScanReport } from './scanCommand';
import { docsUrl } from '../engine/docs';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0 log with one run of tool `keyguard`; URIs are relative to the scan root. */
export function formatSarif(report: ScanReport, version: string): string {
  const known: Array<{ id: string; title: string; severity: Severity }> = [...DETECTORS, ...GITIGNORE_RULES];
  const ruleIds = [...new Set([...known.map((d) => d.id), ...report.findings.map((f) => f.id)])];
  const titles = new Map(known.map((d) => [d.id, d]));
  const firstTitle = new Map(report.findings.map((f) => [f.id, f.title]));
  const rules = ruleIds.map((id) => {
    const d = titles.get(id);
    return {
      id,
      name: id.replace(/[/-](\w)/g, (_, ch: string) => ch.toUpperCase()),
      shortDescription: { text: d?.title ?? firstTitle.get(id) ?? id },
      helpUri: docsUrl(id),
      defaultConfiguration: { level: LEVEL[d?.severity ?? 'warning'] },
      properties: { category: id.slice(0, id.indexOf('/')) },
    };
  });
  const index = new Map(ruleIds.map((id, i) => [id, i]));
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
    properties: { masked: f.masked, exchange: f.exchange },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'keyguard', version, informationUri: docsUrl(), rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: report.rootUri } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
