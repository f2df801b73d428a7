import type { ScanReport } from './scanCommand';

/**
 * `--format json`: the report without its absolute root, each finding with a 1-based `line` and `column`
 * beside its `range` (0-based, VS Code's convention, kept as it was for existing consumers).
 */
export function formatJson(report: ScanReport): string {
  const { root: _root, findings, ...rest } = report;
  const withPositions = findings.map((f) => {
    const { path, range, ...others } = f;
    // Keys in the order a reader looks for them: where first, then what.
    return { path, line: range.startLine + 1, column: range.startColumn + 1, ...others, range };
  });
  return JSON.stringify({ findings: withPositions, ...rest }, null, 2) + '\n';
}
