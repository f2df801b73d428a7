import type { KeyCheckResult } from '../../exchanges/checkKey';
import type { Level, VerdictItem } from '../../exchanges/verdict';

const COLOR: Record<Level, string> = { critical: 'var(--vscode-errorForeground)', warning: 'var(--vscode-editorWarning-foreground)', note: 'var(--vscode-editorInfo-foreground)', ok: 'var(--vscode-testing-iconPassed)' };
const LABEL: Record<Level, string> = { critical: 'Critical', warning: 'Warning', note: 'Note', ok: 'OK' };
/** The headline judges the key as a whole: notes alone do not make a key unsafe. */
const HEADLINE: Record<Level, string> = { critical: 'act now', warning: 'needs attention', note: 'looks safe', ok: 'looks safe' };
/** Lines whose advice is carried out on the exchange's API management page (delete, restrict, rotate, check there). */
const DONE_ON_THE_EXCHANGE = /\b(?:delete|restrict|rotate|turn it off|on the exchange)\b/i;

/** Where the report is read: the user's locale (VS Code's display language) and the exchange's key page. */
export interface ReportOptions {
  locale?: string;
  apiManagementUrl?: string;
}

/** Escapes text for HTML: every string in the report comes from the exchange or the user. */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A date and time in the user's locale (an unknown locale tag falls back to the runtime's). */
export function localDateTime(at: Date | number, locale?: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Date(at).toLocaleString(locale, options);
  } catch {
    return new Date(at).toLocaleString(undefined, options);
  }
}

/** A date in the user's locale. */
function localDate(at: number, locale?: string): string {
  try {
    return new Date(at).toLocaleDateString(locale, { dateStyle: 'medium' });
  } catch {
    return new Date(at).toLocaleDateString(undefined, { dateStyle: 'medium' });
  }
}

/** The report page: no scripts, a strict CSP, masked key only; links (the exchange's HTTPS page) open in the browser. */
export function reportHtml(result: KeyCheckResult, maskedKey: string, checkedAt: Date, options: ReportOptions = {}): string {
  const page = options.apiManagementUrl && /^https:\/\//.test(options.apiManagementUrl) ? options.apiManagementUrl : undefined;
  const link = page ? `<a href="${esc(page)}">Open API Management</a>` : '';
  const action = (i: VerdictItem) => (link && (i.level === 'critical' || i.level === 'warning') && DONE_ON_THE_EXCHANGE.test(i.text) ? link : '');
  const rows = result.verdict.items
    .map((i) => `<tr><td style="color:${COLOR[i.level]};font-weight:600;white-space:nowrap">${LABEL[i.level]}</td><td>${esc(i.text)}</td><td style="white-space:nowrap">${action(i)}</td></tr>`)
    .join('');
  const { createdAt, expiresAt } = result.facts;
  const dates = [createdAt !== undefined ? `Created ${esc(localDate(createdAt, options.locale))}.` : '', expiresAt !== undefined ? `Expires ${esc(localDate(expiresAt, options.locale))}.` : ''].filter(Boolean).join(' ');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<style>body{font-family:var(--vscode-font-family);padding:0 1.5em}td{padding:.4em .8em;vertical-align:top;border-bottom:1px solid var(--vscode-panel-border)}table{border-collapse:collapse}</style>
</head><body>
<h2>${esc(result.facts.exchange)} key ${esc(maskedKey)}: <span style="color:${COLOR[result.verdict.level]}">${HEADLINE[result.verdict.level]}</span></h2>
<p>Checked ${esc(localDateTime(checkedAt, options.locale))} against ${esc(result.baseUrl)} (${esc(result.facts.source)}).${dates ? ` ${dates}` : ''}</p>
${link ? `<p>${link}: where ${esc(result.facts.exchange)} keys are created, restricted and deleted.</p>` : ''}
<table>${rows}</table>
<h3>The rules</h3>
<ul><li>Never enable withdrawals on a bot key.</li><li>Bind every key to an IP whitelist.</li><li>One key per tool, named after the tool.</li><li>Rotate keys every 6–12 months.</li><li>Delete keys you no longer use — a disabled key can be re-enabled.</li><li>A leaked key must be deleted at once.</li></ul>
</body></html>`;
}
