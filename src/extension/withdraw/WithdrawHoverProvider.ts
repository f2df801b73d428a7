import * as vscode from 'vscode';
import { docsUrl } from '../../engine';
import { KeyGuardDiagnostic } from '../diagnostics/toDiagnostic';

/** Explains a withdrawal finding on hover: why it matters and what to do, with a link to the docs. */
export class WithdrawHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const d = vscode.languages
      .getDiagnostics(document.uri)
      .find((x): x is KeyGuardDiagnostic => x instanceof KeyGuardDiagnostic && x.finding.category === 'withdraw' && x.range.contains(position));
    if (!d) return undefined;
    const f = d.finding;
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**$(shield) KeyGuard: ${f.title}${f.exchange ? ` (${f.exchange})` : ''}**\n\n`);
    md.appendMarkdown(
      'Code that moves funds off an exchange needs an API key with **withdrawal permission** — the permission Binance and every other exchange advise never to enable on a bot key. If this key leaks, the attacker does not need your password: they withdraw directly.\n\n',
    );
    md.appendMarkdown('- Prefer keeping withdrawals out of bot code (withdraw by hand from the exchange).\n');
    md.appendMarkdown('- If you must: use a separate key for it, bound to an **IP whitelist**, with a **withdrawal-address whitelist** on the account.\n');
    md.appendMarkdown('- Trading keys keep withdrawals disabled.\n\n');
    md.appendMarkdown(`[Withdrawal guard](${docsUrl(f.id)}) · mark an intended call with \`keyguard:allow withdraw — reason\``);
    return new vscode.Hover(md, d.range);
  }
}
