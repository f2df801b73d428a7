import type { KeyCheckResult } from '../../exchanges/checkKey';
import type { Level } from '../../exchanges/verdict';

const COLOR: Record<Level, string> = { critical: 'var(--vscode-errorForeground)', warning: 'var(--vscode-editorWarning-foreground)', note: 'var(--vscode-editorInfo-foreground)', ok: 'var(--vscode-testing-iconPassed)' };
const LABEL: Record<Level, string> = { critical: 'Critical', warning: 'Warning', note: 'Note', ok: 'OK' };
/** The headline judges the key as a whole: notes alone do not make a key unsafe. */
const HEADLINE: Record<Level, string> = { critical: 'act now', warning: 'needs attention', note: 'looks safe', ok: 'looks safe' };

/** Escapes text for HTML: every string in the report comes from the exchange or the user. */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The report page: no scripts, a strict CSP, masked key only. */
export function reportHtml(result: KeyCheckResult, maskedKey: string, checkedAt: Date): string {
  const rows = result.verdict.items
    .map((i) => `<tr><td style="color:${COLOR[i.level]};font-weight:600;white-space:nowrap">${LABEL[i.level]}</td><td>${esc(i.text)}</td></tr>`)
    .join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<style>body{font-family:var(--vscode-font-family);padding:0 1.5em}td{padding:.4em .8em;vertical-align:top;border-bottom:1px solid var(--vscode-panel-border)}table{border-collapse:collapse}</style>
</head><body>
<h2>${esc(result.facts.exchange)} key ${esc(maskedKey)}: <span style="color:${COLOR[result.verdict.level]}">${HEADLINE[result.verdict.level]}</span></h2>
<p>Checked ${esc(checkedAt.toISOString())} against ${esc(result.baseUrl)} (${esc(result.facts.source)}).</p>
<table>${rows}</table>
<h3>The rules</h3>
<ul><li>Never enable withdrawals on a bot key.</li><li>Bind every key to an IP whitelist.</li><li>One key per tool, named after the tool.</li><li>Rotate keys every 6–12 months.</li><li>Delete keys you no longer use — a disabled key can be re-enabled.</li><li>A leaked key must be deleted at once.</li></ul>
</body></html>`;
}
