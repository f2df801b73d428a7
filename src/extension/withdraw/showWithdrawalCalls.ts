import * as vscode from 'vscode';
import { plural } from '../plural';
import { KeyGuardDiagnostic } from '../diagnostics/toDiagnostic';

/** Options of the command; `list` returns the locations instead of showing a quick pick (scripts, tests). */
export interface ShowWithdrawalOptions {
  list?: boolean;
}

/** Lists every withdrawal finding known in the workspace in a quick pick; picking one reveals it. */
export async function showWithdrawalCalls(scan: () => Promise<unknown>, options: ShowWithdrawalOptions = {}): Promise<Array<{ uri: vscode.Uri; range: vscode.Range }>> {
  let items = collect();
  if (items.length === 0) {
    await scan();
    items = collect();
  }
  if (options.list) return items.map(({ uri, range }) => ({ uri, range }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('KeyGuard found no withdrawal calls in this workspace.');
    return [];
  }
  const pick = await vscode.window.showQuickPick(items, { title: `KeyGuard: ${plural(items.length, 'withdrawal call')}`, matchOnDescription: true });
  if (pick) {
    const editor = await vscode.window.showTextDocument(pick.uri);
    editor.selection = new vscode.Selection(pick.range.start, pick.range.end);
    editor.revealRange(pick.range, vscode.TextEditorRevealType.InCenter);
  }
  return items.map(({ uri, range }) => ({ uri, range }));
}

/** Quick pick items for every withdrawal diagnostic. */
function collect(): Array<vscode.QuickPickItem & { uri: vscode.Uri; range: vscode.Range }> {
  const out: Array<vscode.QuickPickItem & { uri: vscode.Uri; range: vscode.Range }> = [];
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics) {
      if (!(d instanceof KeyGuardDiagnostic) || d.finding.category !== 'withdraw') continue;
      out.push({
        label: `$(warning) ${d.finding.title}${d.finding.exchange ? ` · ${d.finding.exchange}` : ''}`,
        description: `${vscode.workspace.asRelativePath(uri)}:${d.range.start.line + 1}`,
        uri,
        range: d.range,
      });
    }
  }
  return out;
}
